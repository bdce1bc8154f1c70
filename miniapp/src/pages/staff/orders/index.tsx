import { Button, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'

import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import {
  acceptOrder,
  completeDelivery,
  fetchQueue,
  markItemsOutOfStock,
  markPicked,
  orderReady,
  QUEUE_POLL_MS,
  type StaffOrder,
  type StaffQueueEntry,
} from '@/services/staff'
import { formatClock } from '@/utils/format'

import '@/components/staff/staff.css'

export default function StaffOrdersPage() {
  return (
    <StaffLayout tab='orders'>
      {({ store, run, storeEvents, shown }) => <Queue storeId={store.storeId} polling={shown} refresh={storeEvents} run={run} />}
    </StaffLayout>
  )
}

/** The queue, polled with the server's cursor only while the page is visible. */
function Queue({ storeId, polling, refresh, run }: { storeId: string; polling: boolean; refresh: number; run: Run }) {
  const [entries, setEntries] = useState<StaffQueueEntry[]>([])
  const [openId, setOpenId] = useState<string | null>(null)
  const cursor = useRef<string | null>(null)

  const poll = useCallback(async () => {
    const queue = await fetchQueue(storeId, cursor.current).catch(() => null)
    if (!queue) return
    cursor.current = queue.cursor
    if (queue.changed) setEntries(queue.entries)
  }, [storeId])

  useEffect(() => {
    cursor.current = null
    if (!polling) return
    void poll()
    const timer = setInterval(() => void poll(), QUEUE_POLL_MS)
    return () => clearInterval(timer)
  }, [poll, polling])

  // A store event (a new paid order, a cancellation) reloads at once instead of at the next poll.
  useEffect(() => {
    if (refresh) void poll()
  }, [poll, refresh])

  const act = async (action: () => Promise<unknown>) => {
    if ((await run(action)) !== null) {
      cursor.current = null
      await poll()
    }
  }

  if (entries.length === 0) return <Text className='staff__empty'>暂无待处理订单</Text>
  return (
    <View>
      {entries.map((entry) => (
        <View key={entry.order.id} className={`staff__order ${entry.late ? 'staff__order--late' : entry.atRisk ? 'staff__order--risk' : ''}`} data-testid='staff-order'>
          <View onClick={() => setOpenId(openId === entry.order.id ? null : entry.order.id)}>
            <Text className='staff__order-title'>{`${entry.order.fulfilment === 'PICKUP' ? '自提' : '外送'} · ${entry.order.orderNo.slice(-6)} · ${entry.order.statusLabel}`}</Text>
            <Text className='staff__meta'>
              {`已等${entry.ageMinutes}分钟 · 承诺${formatClock(entry.order.promiseEnd)}前 · ${entry.late ? `已超时${-entry.minutesLeft}分钟` : `剩${entry.minutesLeft}分钟`}`}
            </Text>
          </View>
          {openId === entry.order.id && <OrderDetail order={entry.order} act={act} />}
        </View>
      ))}
    </View>
  )
}

function OrderDetail({ order, act }: { order: StaffOrder; act: (action: () => Promise<unknown>) => Promise<void> }) {
  const pending = order.items.filter((item) => !item.picked && !item.outOfStock)
  return (
    <View className='staff__detail'>
      {order.items.map((item) => (
        <View key={item.id} className='staff__line'>
          <Text>{`${item.name} ×${item.quantity}${item.unit}`}</Text>
          {item.picked && <Text className='staff__tag'>已拣</Text>}
          {item.outOfStock && <Text className='staff__tag staff__tag--out'>缺货已退</Text>}
          {order.status === 'PICKING' && !item.picked && !item.outOfStock && (
            <>
              <Button size='mini' onClick={() => void act(() => markPicked(order.id, [item.id]))}>拣货</Button>
              <Button size='mini' onClick={() => void act(() => markItemsOutOfStock(order.id, [item.id], '门店缺货'))}>缺货</Button>
            </>
          )}
        </View>
      ))}
      {order.note && <Text className='staff__meta'>{`备注：${order.note}`}</Text>}
      {order.status === 'PAID' && <Button onClick={() => void act(() => acceptOrder(order.id))}>接单拣货</Button>}
      {order.status === 'PICKING' && pending.length > 0 && <Button onClick={() => void act(() => markPicked(order.id, pending.map((i) => i.id)))}>全部拣好</Button>}
      {order.status === 'PICKING' && pending.length === 0 && (
        <Button onClick={() => void act(() => orderReady(order.id))}>{order.fulfilment === 'PICKUP' ? '备货完成，待取货' : '交给骑手'}</Button>
      )}
      {order.status === 'OUT_FOR_DELIVERY' && <Button onClick={() => void act(() => completeDelivery(order.id))}>已送达</Button>}
      {order.status === 'READY_FOR_PICKUP' && <Text className='staff__meta'>顾客到店后在「核销」扫码或输入取货码</Text>}
    </View>
  )
}
