import { Button, Switch, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { AddressPicker } from '@/components/AddressPicker'
import { PriceBreakdown } from '@/components/PriceBreakdown'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import {
  fetchCart,
  fetchQuote,
  fetchAddresses,
  fetchSlots,
  GraphQLRequestError,
  placeOrder,
  replaceWithOrder,
  toAddressInput,
  toDisplayMessage,
  usePageParams,
  type CheckoutInput,
  type Quote,
  type SavedAddress,
  type Slot,
} from '@/services'
import { formatYuan } from '@/utils/format'

import { useIdempotencyKey } from './useIdempotencyKey'
import './index.css'

type Fulfilment = CheckoutInput['fulfilment']

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className='checkout-section'>
      <Text className='checkout-section__title'>{title}</Text>
      {children}
    </View>
  )
}

function SlotChoice({ slots, fulfilment, value, onChange }: { slots: Slot[]; fulfilment: Fulfilment; value: string | null; onChange: (slot: string | null) => void }) {
  const open = slots.filter((slot) => slot.available)
  return (
    <View className='slot-list'>
      <Text className={value === null ? 'slot slot--selected' : 'slot'} onClick={() => onChange(null)}>
        {fulfilment === 'DELIVERY' ? '尽快送达' : '尽快备好'}
      </Text>
      {open.map((slot) => (
        <Text
          key={slot.slotStart}
          className={value === slot.slotStart ? 'slot slot--selected' : 'slot'}
          onClick={() => onChange(slot.slotStart)}
        >
          {fulfilment === 'DELIVERY' ? slot.deliveryLabel : slot.pickupLabel}
        </Text>
      ))}
      {open.length === 0 && <Text className='slot-list__none'>近24小时已约满</Text>}
    </View>
  )
}

function CouponChoice({ quote, value, onChange }: { quote: Quote; value: string | null; onChange: (id: string | null) => void }) {
  if (quote.coupons.length === 0) return <Text className='coupon-none'>暂无可用优惠券</Text>
  return (
    <View>
      <Text className={value === null ? 'coupon coupon--selected' : 'coupon'} onClick={() => onChange(null)}>
        不使用优惠券
      </Text>
      {quote.coupons.map((coupon) => (
        <View
          key={coupon.userCouponId}
          className={[
            'coupon',
            value === coupon.userCouponId ? 'coupon--selected' : '',
            coupon.applicable ? '' : 'coupon--unusable',
          ].join(' ')}
          onClick={() => coupon.applicable && onChange(coupon.userCouponId)}
        >
          <Text>{coupon.name}</Text>
          <Text className='coupon__note'>{coupon.applicable ? `可减¥${formatYuan(coupon.discountFen)}` : coupon.reason ?? '不可用'}</Text>
        </View>
      ))}
    </View>
  )
}

export default function Checkout() {
  const { storeId = '' } = usePageParams()
  const setup = useAsync(async () => {
    const [cart, slots, addresses] = await Promise.all([fetchCart(storeId), fetchSlots(storeId), fetchAddresses()])
    return { items: cart.items.map((line) => ({ productId: line.productId, quantity: line.quantity })), slots, addresses }
  }, [storeId])

  const [fulfilment, setFulfilment] = useState<Fulfilment>('DELIVERY')
  // Until the shopper picks one: the default address (the BFF lists it first).
  const [chosenAddress, setAddress] = useState<SavedAddress | null>(null)
  const [added, setAdded] = useState<SavedAddress[]>([])
  const [slotStart, setSlotStart] = useState<string | null>(null)
  const [couponId, setCouponId] = useState<string | null>(null)
  const [points, setPoints] = useState(0)
  const [submitting, setSubmitting] = useState(false)
  const [placeError, setPlaceError] = useState<string | null>(null)
  const keyFor = useIdempotencyKey()

  const items = setup.state.status === 'ready' ? setup.state.data.items : null
  const addresses = setup.state.status === 'ready' ? [...added, ...setup.state.data.addresses] : []
  const address = chosenAddress ?? addresses[0] ?? null
  const input: CheckoutInput | null =
    items && (fulfilment === 'PICKUP' || address)
      ? {
          storeId,
          items,
          fulfilment,
          slotStart,
          address: fulfilment === 'DELIVERY' && address ? toAddressInput(address) : null,
          userCouponId: couponId,
          pointsToUse: points || null,
        }
      : null
  const quote = useAsync(async () => (input ? fetchQuote(input) : null), [JSON.stringify(input)])

  if (setup.state.status === 'loading') return <Loading />
  if (setup.state.status === 'error') return <ErrorState message={setup.state.message} onRetry={setup.reload} />
  const { slots } = setup.state.data
  if (setup.state.data.items.length === 0) return <Empty text='购物车是空的' />
  const quoted = quote.state.status === 'ready' ? quote.state.data : null

  async function submit(current: Quote) {
    if (!input || submitting) return
    setSubmitting(true)
    setPlaceError(null)
    try {
      const order = await placeOrder(input, keyFor({ input, payable: current.payableFen }), current.payableFen)
      void replaceWithOrder(order.id)
    } catch (error) {
      setPlaceError(toDisplayMessage(error))
      // The shopper must see the new price (or the new stock) before agreeing to it: re-quote.
      if (error instanceof GraphQLRequestError) quote.reload()
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <View className='checkout'>
      <View className='fulfilment-tabs'>
        {(['DELIVERY', 'PICKUP'] as const).map((kind) => (
          <Text
            key={kind}
            className={fulfilment === kind ? 'fulfilment-tab fulfilment-tab--active' : 'fulfilment-tab'}
            onClick={() => {
              setFulfilment(kind)
              setSlotStart(null)
            }}
          >
            {kind === 'DELIVERY' ? '外卖配送' : '到店自提'}
          </Text>
        ))}
      </View>

      {fulfilment === 'DELIVERY' && (
        <Section title='收货地址'>
          <AddressPicker
            addresses={addresses}
            selected={address}
            onSelect={setAddress}
            onAdded={(saved) => {
              setAdded((previous) => [saved, ...previous])
              setAddress(saved)
            }}
          />
        </Section>
      )}

      <Section title={fulfilment === 'DELIVERY' ? '送达时间' : '自提时间'}>
        {quoted && <Text className='checkout__promise'>{quoted.promise.label}</Text>}
        <SlotChoice slots={slots} fulfilment={fulfilment} value={slotStart} onChange={setSlotStart} />
      </Section>

      {quoted && (
        <>
          <Section title='优惠券'>
            <CouponChoice quote={quoted} value={couponId} onChange={setCouponId} />
          </Section>
          {quoted.isMember && quoted.pointsAvailable > 0 && (
            <View className='checkout-points'>
              <Text>{points > 0 ? `使用${points}积分` : `可用积分${quoted.pointsAvailable}，本单最多可用${quoted.maxPointsUsable}`}</Text>
              <Switch
                className='checkout-points__switch'
                checked={points > 0}
                disabled={quoted.maxPointsUsable <= 0}
                onChange={(event) => setPoints(event.detail.value ? quoted.maxPointsUsable : 0)}
              />
            </View>
          )}
        </>
      )}

      <Section title='价格明细'>
        {fulfilment === 'DELIVERY' && !address && <Text className='checkout__hint'>请先选择收货地址</Text>}
        {quote.state.status === 'loading' && input && <Loading text='正在计算价格…' />}
        {quote.state.status === 'error' && <ErrorState message={quote.state.message} onRetry={quote.reload} />}
        {quoted && <PriceBreakdown quote={quoted} showLines />}
      </Section>

      {placeError && <Text className='checkout__error'>{placeError}</Text>}
      <View className='checkout__footer'>
        <Text className='checkout__payable'>{quoted ? `应付 ¥${formatYuan(quoted.payableFen)}` : ''}</Text>
        <Button
          className='checkout__submit'
          disabled={!quoted || submitting || (quoted.fulfilment === 'DELIVERY' && quoted.belowMinimumFen > 0)}
          loading={submitting}
          onClick={() => quoted && void submit(quoted)}
        >
          提交订单
        </Button>
      </View>
    </View>
  )
}
