import { Button, Image, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { BUTTON, toggleButton } from '@/components/control'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import {
  fetchMyOrders,
  goHome,
  openCart,
  openOrder,
  reorder,
  shortfallText,
  toast,
  toDisplayMessage,
  usePageShow,
  type OrderStatus,
  type OrderSummary,
} from '@/services'
import { formatYuan } from '@/utils/format'
import { formatLedgerTime } from '@/utils/member'

import './index.css'

/** The tabs and the statuses each asks the server for (全部: no filter). */
const TABS: Array<{ name: string; status: OrderStatus[] | null }> = [
  { name: '全部', status: null },
  { name: '待付款', status: ['PENDING_PAYMENT'] },
  { name: '进行中', status: ['PAID', 'PICKING', 'READY_FOR_PICKUP', 'OUT_FOR_DELIVERY'] },
  { name: '已完成', status: ['COMPLETED'] },
  { name: '退款售后', status: ['REFUND_REQUESTED', 'REFUNDED'] },
]
const SHOWN_THUMBS = 4
const ORDER_AGAIN = new Set<OrderStatus>(['COMPLETED', 'CANCELLED', 'REFUNDED'])

/** What the shopper most likely wants to do next with this order. */
function nextAction(order: OrderSummary): '去支付' | '查看取货码' | '再来一单' | '查看订单' {
  if (order.status === 'PENDING_PAYMENT') return '去支付'
  if (order.pickupCode) return '查看取货码'
  if (ORDER_AGAIN.has(order.status)) return '再来一单'
  return '查看订单'
}

function Thumbs({ order }: { order: OrderSummary }) {
  const more = order.items.length - SHOWN_THUMBS
  return (
    <View className='order-card__thumbs'>
      {order.items.slice(0, SHOWN_THUMBS).map((item) =>
        item.image ? (
          <Image key={item.id} className='order-thumb' src={item.image.thumb} mode='aspectFill' nativeProps={{ alt: '' }} />
        ) : (
          <View key={item.id} className='order-thumb order-thumb--placeholder'>
            <Text>{item.name.slice(0, 2)}</Text>
          </View>
        ),
      )}
      {more > 0 && <Text className='order-card__more'>{`等${order.items.length}件`}</Text>}
    </View>
  )
}

async function orderAgain(orderId: string) {
  try {
    const { shortfalls } = await reorder(orderId)
    if (shortfalls.length > 0) toast(`${shortfalls.map(shortfallText).join('；')}，其余已加入购物车`)
    void openCart()
  } catch (error) {
    toast(toDisplayMessage(error))
  }
}

export default function Orders() {
  const [tab, setTab] = useState(0)
  const { state, reload } = useAsync(() => fetchMyOrders(TABS[tab]!.status), [tab])
  // Coming back from a detail page where the order was paid or cancelled: show the new status.
  usePageShow(() => state.status === 'ready' && reload())

  return (
    <View className='orders'>
      <View className='orders-tabs'>
        {TABS.map((each, index) => (
          <Text
            key={each.name}
            className={index === tab ? 'orders-tab orders-tab--active' : 'orders-tab'}
            {...toggleButton(index === tab)}
            onClick={() => setTab(index)}
          >
            {each.name}
          </Text>
        ))}
      </View>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message} onRetry={reload} />}
      {state.status === 'ready' && state.data.length === 0 && <Empty text={tab === 0 ? '还没有订单' : `没有${TABS[tab]!.name}的订单`} actionText='去逛逛' onAction={goHome} />}
      {state.status === 'ready' &&
        state.data.map((order) => {
          const action = nextAction(order)
          return (
            <View key={order.id} className='order-card' data-order-id={order.id} onClick={() => void openOrder(order.id)}>
              <View className='order-card__head'>
                <Text>{order.fulfilment === 'DELIVERY' ? '外卖配送' : '到店自提'}</Text>
                <Text className='order-card__status'>{order.statusLabel}</Text>
              </View>
              <Thumbs order={order} />
              <Text className='order-card__items'>{order.items.map((item) => `${item.name}×${item.quantity}`).join('、')}</Text>
              <View className='order-card__foot'>
                <View className='order-card__sum'>
                  <Text className='order-card__time'>{formatLedgerTime(order.createdAt)}</Text>
                  <Text className='order-card__amount'>{`¥${formatYuan(order.payableFen)}`}</Text>
                </View>
                <Button
                  {...BUTTON}
                  className={action === '去支付' ? 'order-card__action order-card__action--primary' : 'order-card__action'}
                  onClick={(event) => {
                    event.stopPropagation()
                    if (action === '再来一单') void orderAgain(order.id)
                    else void openOrder(order.id)
                  }}
                >
                  {action}
                </Button>
              </View>
            </View>
          )
        })}
    </View>
  )
}
