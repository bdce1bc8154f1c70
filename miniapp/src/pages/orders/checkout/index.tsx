import { Button, Switch, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import { AddressPicker } from '@/components/AddressPicker'
import { BUTTON, toggleButton } from '@/components/control'
import { PriceBreakdown } from '@/components/PriceBreakdown'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import {
  confirmDialog,
  fetchCart,
  fetchPickupStore,
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
import { formatDistance, formatYuan } from '@/utils/format'

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

/** 尽快送达 or a booked slot's label, and its day ("今天"/"明天") for the sheet's day tabs. */
const slotLabel = (slot: Slot, fulfilment: Fulfilment) => (fulfilment === 'DELIVERY' ? slot.deliveryLabel : slot.pickupLabel)
const dayOf = (label: string) => label.split(' ')[0]!

/**
 * The time row shows the quote's promise (the one shown everywhere); tapping it opens a sheet with
 * 尽快 first, then a day's open slots.
 */
function TimePicker({ slots, fulfilment, value, promise, onChange }: { slots: Slot[]; fulfilment: Fulfilment; value: string | null; promise: string | null; onChange: (slot: string | null) => void }) {
  const [open, setOpen] = useState(false)
  const available = slots.filter((slot) => slot.available)
  const days = [...new Set(available.map((slot) => dayOf(slotLabel(slot, fulfilment))))]
  const [day, setDay] = useState<string | null>(null)
  const shownDay = day ?? days[0] ?? null
  const asap = fulfilment === 'DELIVERY' ? '尽快送达' : '尽快备好'
  const choose = (slot: string | null) => {
    onChange(slot)
    setOpen(false)
  }
  return (
    <>
      <View className='time-row' {...BUTTON} onClick={() => setOpen(true)}>
        <Text className='time-row__kind'>{value === null ? asap : '预约'}</Text>
        <Text className='checkout__promise'>{promise ?? ''}</Text>
        <Text className='time-row__more'>修改 ›</Text>
      </View>
      {open && (
        <View className='sheet-mask' onClick={() => setOpen(false)}>
          <View className='time-sheet' onClick={(event) => event.stopPropagation()}>
            <Text className='time-sheet__title'>{fulfilment === 'DELIVERY' ? '选择送达时间' : '选择自提时间'}</Text>
            <Text className={value === null ? 'time-option time-option--selected' : 'time-option'} {...toggleButton(value === null)} onClick={() => choose(null)}>
              {value === null && promise ? `${asap} · ${promise}` : asap}
            </Text>
            <View className='time-sheet__body'>
              <View className='time-sheet__days'>
                {days.map((name) => (
                  <Text
                    key={name}
                    className={name === shownDay ? 'time-day time-day--active' : 'time-day'}
                    {...toggleButton(name === shownDay)}
                    onClick={() => setDay(name)}
                  >
                    {name}
                  </Text>
                ))}
              </View>
              <View className='time-sheet__times'>
                {available
                  .filter((slot) => dayOf(slotLabel(slot, fulfilment)) === shownDay)
                  .map((slot) => (
                    <Text
                      key={slot.slotStart}
                      className={value === slot.slotStart ? 'time-option time-option--selected' : 'time-option'}
                      {...toggleButton(value === slot.slotStart)}
                      onClick={() => choose(slot.slotStart)}
                    >
                      {slotLabel(slot, fulfilment).slice(shownDay!.length + 1)}
                    </Text>
                  ))}
                {available.length === 0 && <Text className='slot-list__none'>近24小时已约满</Text>}
              </View>
            </View>
          </View>
        </View>
      )}
    </>
  )
}

/** For pickup: where the shopper goes, how far it is, and whether it is open. */
function PickupStore({ storeId }: { storeId: string }) {
  const { state } = useAsync(() => fetchPickupStore(storeId), [storeId])
  if (state.status !== 'ready') return null
  const { store, distanceM } = state.data
  return (
    <Section title='自提门店'>
      <View className='pickup-store'>
        <Text className='pickup-store__name'>{store.name}</Text>
        <Text className='pickup-store__address'>{distanceM === null ? store.address : `${store.address} · 距您${formatDistance(distanceM)}`}</Text>
        <Text className='pickup-store__hours'>{store.openingStatus.label}</Text>
      </View>
    </Section>
  )
}

function CouponChoice({ quote, value, onChange }: { quote: Quote; value: string | null; onChange: (id: string | null) => void }) {
  if (quote.coupons.length === 0) return <Text className='coupon-none'>暂无可用优惠券</Text>
  return (
    <View>
      <Text className={value === null ? 'coupon coupon--selected' : 'coupon'} {...toggleButton(value === null)} onClick={() => onChange(null)}>
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
          {...toggleButton(value === coupon.userCouponId)}
          {...(coupon.applicable ? {} : { 'aria-disabled': 'true' })}
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
  // 'best' until the shopper picks a coupon or none: the coupon is then the quote's bestUserCouponId.
  const [couponChoice, setCouponChoice] = useState<string | null | 'best'>('best')
  const [bestCouponId, setBestCouponId] = useState<string | null>(null)
  const couponId = couponChoice === 'best' ? bestCouponId : couponChoice
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

  const quotedNow = quote.state.status === 'ready' ? quote.state.data : null
  // The server names the best coupon; quote again with it applied (it settles after one round).
  useEffect(() => {
    if (couponChoice === 'best' && quotedNow && quotedNow.bestUserCouponId !== bestCouponId) setBestCouponId(quotedNow.bestUserCouponId)
  }, [couponChoice, quotedNow, bestCouponId])
  if (setup.state.status === 'loading') return <Loading />
  if (setup.state.status === 'error') return <ErrorState message={setup.state.message} onRetry={setup.reload} />
  const { slots } = setup.state.data
  if (setup.state.data.items.length === 0) return <Empty text='购物车是空的' />
  const quoted = quote.state.status === 'ready' ? quote.state.data : null

  const shortfall = quoted && quoted.fulfilment === 'DELIVERY' ? quoted.belowMinimumFen : 0
  // Not while the best coupon is still being applied: the price shown must be the one placed.
  const settling = couponChoice === 'best' && quoted !== null && quoted.bestUserCouponId !== couponId
  const ready = quoted !== null && !submitting && shortfall === 0 && !settling

  async function submit(current: Quote) {
    if (!input || submitting) return
    const what = `应付¥${formatYuan(current.payableFen)}，${current.promise.label}`
    if (!(await confirmDialog('确认下单', what))) return
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
            {...toggleButton(fulfilment === kind)}
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
        <TimePicker slots={slots} fulfilment={fulfilment} value={slotStart} promise={quoted?.promise.label ?? null} onChange={setSlotStart} />
      </Section>
      {fulfilment === 'PICKUP' && <PickupStore storeId={storeId} />}

      {quoted && (
        <>
          <Section title='优惠券'>
            <CouponChoice quote={quoted} value={couponId} onChange={setCouponChoice} />
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
        <View className='checkout__sum'>
          <Text className='checkout__payable'>{quoted ? `应付 ¥${formatYuan(quoted.payableFen)}` : ''}</Text>
          {shortfall > 0 && <Text className='checkout__shortfall'>{`还差¥${formatYuan(shortfall)}起送`}</Text>}
        </View>
        {ready ? (
          <Button {...BUTTON} className='checkout__submit' loading={submitting} onClick={() => quoted && void submit(quoted)}>
            提交订单
          </Button>
        ) : (
          <Button className='checkout__submit checkout__submit--off' disabled>
            提交订单
          </Button>
        )}
      </View>
    </View>
  )
}
