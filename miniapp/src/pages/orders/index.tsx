import { Text, View } from '@tarojs/components'

import { Empty, ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import { fetchMyOrders, openOrder, usePageShow } from '@/services'
import { formatYuan } from '@/utils/format'
import { formatLedgerTime } from '@/utils/member'

import './index.css'

export default function Orders() {
  const { state, reload } = useAsync(fetchMyOrders, [])
  // Coming back from a detail page where the order was paid or cancelled: show the new status.
  usePageShow(() => state.status === 'ready' && reload())

  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
  if (state.data.length === 0) return <Empty text='还没有订单' />
  return (
    <View className='orders'>
      {state.data.map((order) => (
        <View key={order.id} className='order-card' data-order-id={order.id} onClick={() => void openOrder(order.id)}>
          <View className='order-card__head'>
            <Text>{order.fulfilment === 'DELIVERY' ? '外卖配送' : '到店自提'}</Text>
            <Text className='order-card__status'>{order.statusLabel}</Text>
          </View>
          <Text className='order-card__items'>
            {order.items.map((item) => `${item.name}×${item.quantity}`).join('、')}
          </Text>
          <View className='order-card__foot'>
            <Text className='order-card__time'>{formatLedgerTime(order.createdAt)}</Text>
            <Text className='order-card__amount'>{`¥${formatYuan(order.payableFen)}`}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
