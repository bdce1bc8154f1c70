import { Button, Image, Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import { BUTTON } from '@/components/control'
import { PriceStepRows } from '@/components/PriceBreakdown'
import { ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import {
  callPhone,
  cancelOrder,
  openCart,
  reorder,
  confirmDialog,
  fetchOrder,
  PaymentCancelledError,
  payOrder,
  requestOrderUpdates,
  requestRefund,
  shortfallText,
  toast,
  toDisplayMessage,
  usePageParams,
  waitForPayment,
  type OrderView,
} from '@/services'
import { formatYuan } from '@/utils/format'
import { formatLedgerTime, maskPhone } from '@/utils/member'
import { qrDataUrl } from '@/utils/qr'

import './index.css'

const CANCELLABLE = new Set(['PENDING_PAYMENT', 'PAID'])
const REFUNDABLE = new Set(['PICKING', 'READY_FOR_PICKUP', 'OUT_FOR_DELIVERY', 'COMPLETED'])
const ACTOR = { customer: '您', staff: '门店', system: '系统', wechatpay: '微信支付' } as Record<string, string>

/** A pending order may have been paid while the page was away: ask the BFF (which asks WeChat Pay) once. */
async function loadOrder(id: string): Promise<OrderView> {
  const order = await fetchOrder(id)
  return order.status === 'PENDING_PAYMENT' ? waitForPayment(id, { attempts: 1 }) : order
}

function PickupCode({ order }: { order: OrderView }) {
  if (!order.pickupCode || !order.pickupQrContent) return null
  return (
    <View className='pickup'>
      <Text className='pickup__title'>取货码</Text>
      <Text className='pickup__code'>{order.pickupCode}</Text>
      <Image className='pickup__qr' src={qrDataUrl(order.pickupQrContent)} mode='aspectFit' nativeProps={{ alt: '取货二维码' }} />
      <Text className='pickup__note'>到店出示取货码或二维码，店员核销后取货</Text>
    </View>
  )
}

/**
 * What was bought and what it cost. Every amount is a step of the order's own price breakdown, which
 * adds up to 实付; items are listed by quantity only, since an item's own price is not one of them.
 */
function Amounts({ order }: { order: OrderView }) {
  return (
    <View className='order-section'>
      {order.items.map((item) => (
        <View key={item.id} className='order-item'>
          <Text className={item.outOfStock ? 'order-item__name order-item__name--out' : 'order-item__name'}>
            {`${item.name} ×${item.quantity}${item.outOfStock ? '（缺货已退款）' : ''}`}
          </Text>
          {item.substitute && <Text className='order-item__substitute'>{`已换为 ${item.substitute.name}`}</Text>}
        </View>
      ))}
      <View className='order-amounts'>
        <PriceStepRows steps={order} totalLabel='实付' />
      </View>
      {order.refundedFen > 0 && (
        <View className='order-amount order-amount--refunded'>
          <Text>已退款</Text>
          <Text>{`¥${formatYuan(order.refundedFen)}`}</Text>
        </View>
      )}
    </View>
  )
}

const STATUS_TEXT: Record<string, string> = {
  PENDING_PAYMENT: '已下单，待支付',
  PAID: '已支付',
  PICKING: '门店拣货中',
  READY_FOR_PICKUP: '已备好，待取货',
  OUT_FOR_DELIVERY: '配送中',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
  REFUND_REQUESTED: '已申请退款',
  REFUNDED: '已退款',
}

function Timeline({ order }: { order: OrderView }) {
  return (
    <View className='order-section timeline'>
      <Text className='order-section__title'>订单进度</Text>
      {order.events.map((event, index) => (
        <View key={`${event.at}-${index}`} className='timeline__event'>
          <Text className='timeline__status'>{STATUS_TEXT[event.to] ?? event.to}</Text>
          <Text className='timeline__meta'>{`${formatLedgerTime(event.at)} · ${ACTOR[event.actorRole] ?? event.actorRole}${event.reason ? ` · ${event.reason}` : ''}`}</Text>
        </View>
      ))}
    </View>
  )
}

export default function OrderDetail() {
  const { id = '' } = usePageParams()
  const { state, reload } = useAsync(() => loadOrder(id), [id])
  const [order, setOrder] = useState<OrderView | null>(null)
  const [busy, setBusy] = useState<'paying' | 'cancelling' | 'refunding' | 'reordering' | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [refundReason, setRefundReason] = useState<string | null>(null)
  const [shortfalls, setShortfalls] = useState<string[]>([])

  useEffect(() => {
    if (state.status === 'ready') setOrder(state.data)
  }, [state])

  if (!order) {
    if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
    return <Loading />
  }

  async function pay(method: 'WECHAT_PAY' | 'STORED_VALUE') {
    // From the tap itself, before anything is awaited: WeChat shows the dialog only then.
    const asked = requestOrderUpdates()
    setBusy('paying')
    setNotice(null)
    try {
      await asked
      const paid = await payOrder(order!.id, method)
      setOrder(paid)
      if (paid.status === 'PENDING_PAYMENT') setNotice('支付结果确认中，请稍后刷新')
    } catch (error) {
      if (!(error instanceof PaymentCancelledError)) setNotice(toDisplayMessage(error))
    } finally {
      setBusy(null)
    }
  }

  async function cancel() {
    const paid = order!.status !== 'PENDING_PAYMENT'
    if (!(await confirmDialog('取消订单', paid ? '取消后将全额退款，确定取消吗？' : '确定取消该订单吗？'))) return
    setBusy('cancelling')
    try {
      setOrder(await cancelOrder(order!.id, '顾客取消'))
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setBusy(null)
    }
  }

  async function refund(reason: string) {
    if (!reason.trim()) return toast('请填写退款原因')
    if (!(await confirmDialog('申请退款', '提交后由门店审核，确定申请退款吗？'))) return
    setBusy('refunding')
    try {
      setOrder(await requestRefund(order!.id, reason.trim()))
      setRefundReason(null)
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setBusy(null)
    }
  }

  async function orderAgain() {
    setBusy('reordering')
    try {
      const result = await reorder(order!.id)
      const missing = result.shortfalls.map(shortfallText)
      setShortfalls(missing)
      // With lines missing the shopper reads which first, then goes to the cart from the notice.
      if (missing.length === 0) void openCart()
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setBusy(null)
    }
  }

  const pending = order.status === 'PENDING_PAYMENT'
  return (
    <View className='order-detail'>
      <View className='order-status'>
        <Text className='order-status__label'>{order.statusLabel}</Text>
        <Text className='order-status__promise'>
          {`${order.fulfilment === 'DELIVERY' ? '预计送达' : '可取货时间'} ${formatLedgerTime(order.promiseStart)}-${formatLedgerTime(order.promiseEnd).slice(11)}`}
        </Text>
        {pending && order.payBefore && <Text className='order-status__pay-before'>{`请在${formatLedgerTime(order.payBefore).slice(11)}前支付，超时订单将自动取消`}</Text>}
      </View>

      {busy === 'paying' && <Text className='order-detail__notice'>正在确认支付结果…</Text>}
      {notice && (
        <View className='order-detail__notice'>
          <Text>{notice}</Text>
          <Button {...BUTTON} size='mini' onClick={reload}>
            刷新
          </Button>
        </View>
      )}

      {pending && (
        <View className='order-actions order-actions--pay'>
          <Button {...BUTTON} className='order-actions__wechat' {...(busy ? { disabled: true } : {})} onClick={() => void pay('WECHAT_PAY')}>
            {`微信支付 ¥${formatYuan(order.payableFen)}`}
          </Button>
          <Button {...BUTTON} className='order-actions__stored' {...(busy ? { disabled: true } : {})} onClick={() => void pay('STORED_VALUE')}>
            储值余额支付
          </Button>
        </View>
      )}

      <PickupCode order={order} />

      {order.address && (
        <View className='order-section'>
          <Text className='order-section__title'>收货地址</Text>
          <Text className='order-address'>{order.address.detail}</Text>
          <Text className='order-address__contact'>{`${order.address.contactName} ${maskPhone(order.address.phone)}`}</Text>
        </View>
      )}

      <View className='order-section order-store'>
        <View className='order-store__text'>
          <Text className='order-store__name'>{order.store.name}</Text>
          <Text className='order-store__address'>{`${order.store.address} · ${order.store.openingStatus.label}`}</Text>
        </View>
        <Button {...BUTTON} className='order-store__call' onClick={() => callPhone(order.store.phone)}>
          联系门店
        </Button>
      </View>

      <Amounts order={order} />
      <Timeline order={order} />

      <View className='order-section order-meta'>
        <Text>{`订单号 ${order.orderNo}`}</Text>
        <Text>{`下单时间 ${formatLedgerTime(order.createdAt)}`}</Text>
      </View>

      {refundReason !== null && (
        <View className='order-section refund-form'>
          <Input className='refund-form__reason' placeholder='请填写退款原因' value={refundReason} onInput={(e) => setRefundReason(e.detail.value)} />
          <Button {...BUTTON} size='mini' {...(busy ? { disabled: true } : {})} onClick={() => void refund(refundReason)}>
            提交申请
          </Button>
        </View>
      )}
      {shortfalls.length > 0 && (
        <View className='order-section reorder-notice'>
          <Text className='reorder-notice__title'>以下商品未能全部加入购物车</Text>
          {shortfalls.map((line) => (
            <Text key={line} className='reorder-notice__line'>
              {line}
            </Text>
          ))}
          <Button {...BUTTON} className='reorder-notice__cart' onClick={() => void openCart()}>
            去购物车
          </Button>
        </View>
      )}
      <View className='order-actions'>
        {!pending && (
          <Button {...BUTTON} size='mini' className='order-actions__again' onClick={() => void orderAgain()}>
            再来一单
          </Button>
        )}
        {CANCELLABLE.has(order.status) && (
          <Button {...BUTTON} size='mini' className='order-actions__cancel' {...(busy ? { disabled: true } : {})} onClick={() => void cancel()}>
            取消订单
          </Button>
        )}
        {REFUNDABLE.has(order.status) && refundReason === null && (
          <Button {...BUTTON} size='mini' className='order-actions__refund' onClick={() => setRefundReason('')}>
            申请退款
          </Button>
        )}
      </View>
    </View>
  )
}
