import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import { Button } from '@/components/Button'
import { ProductImage } from '@/components/ProductImage'
import { Empty, Loading } from '@/components/StateView'
import { Tag } from '@/components/Tag'
import { StaffLayout } from '@/components/staff/StaffLayout'
import { orderTail, primaryAction } from '@/components/staff/order-actions'
import type { Run } from '@/components/staff/run'
import { openPicking } from '@/services/navigation'
import {
  ALL_ORDERS,
  countdownLabel,
  filterQueue,
  useStaffQueue,
  type QueueCard,
  type QueueFilter,
  type QueueFulfilmentFilter,
  type QueueStatusFilter,
} from '@/services/staff-queue'
import { formatClock } from '@/utils/format'

import '@/components/staff/staff.css'
import './index.css'

const STATUS_FILTERS: Array<{ value: QueueStatusFilter; label: string }> = [
  { value: 'ALL', label: '全部' },
  { value: 'PAID', label: '待接单' },
  { value: 'PICKING', label: '拣货中' },
  { value: 'READY_FOR_PICKUP', label: '待取货' },
  { value: 'OUT_FOR_DELIVERY', label: '配送中' },
]
const FULFILMENT_FILTERS: Array<{ value: QueueFulfilmentFilter; label: string }> = [
  { value: 'ALL', label: '全部方式' },
  { value: 'DELIVERY', label: '外送' },
  { value: 'PICKUP', label: '自提' },
]

export default function StaffOrdersPage() {
  return (
    <StaffLayout tab='orders'>
      {({ store, run, shown, storeEvents }) => <Queue storeId={store.storeId} live={shown} storeEvents={storeEvents} run={run} />}
    </StaffLayout>
  )
}

function Queue({ storeId, live, storeEvents, run }: { storeId: string; live: boolean; storeEvents: number; run: Run }) {
  const { cards, refresh } = useStaffQueue(storeId, live)
  // A store event (a new paid order, a cancellation) reloads at once instead of at the next poll.
  useEffect(() => {
    if (storeEvents) void refresh()
  }, [storeEvents, refresh])
  const [filter, setFilter] = useState<QueueFilter>(ALL_ORDERS)
  if (!cards) return <Loading skeleton='rows' />
  const { shown, count } = filterQueue(cards, filter)
  const late = count('lateOnly', true)
  return (
    <View>
      <View className='queue-filter' role='tablist' aria-label='订单状态'>
        {STATUS_FILTERS.map((f) => (
          <View
            key={f.value}
            role='tab'
            aria-selected={String(filter.status === f.value)}
            className={`queue-filter__item ${filter.status === f.value ? 'queue-filter__item--on' : ''}`}
            onClick={() => setFilter({ ...filter, status: f.value })}
          >
            <Text className='queue-filter__count'>{count('status', f.value)}</Text>
            <Text className='queue-filter__label'>{f.label}</Text>
          </View>
        ))}
      </View>
      <View className='queue-chips'>
        {FULFILMENT_FILTERS.map((f) => (
          <View
            key={f.value}
            role='button'
            aria-pressed={String(filter.fulfilment === f.value)}
            className={`queue-chip ${filter.fulfilment === f.value ? 'queue-chip--on' : ''}`}
            onClick={() => setFilter({ ...filter, fulfilment: f.value })}
          >
            <Text>{f.value === 'ALL' ? f.label : `${f.label} ${count('fulfilment', f.value)}`}</Text>
          </View>
        ))}
        <View
          role='button'
          aria-pressed={String(filter.lateOnly)}
          className={`queue-chip queue-chip--late ${filter.lateOnly ? 'queue-chip--late-on' : ''}`}
          onClick={() => setFilter({ ...filter, lateOnly: !filter.lateOnly })}
        >
          <Text>{`超时 ${late}`}</Text>
        </View>
      </View>
      {shown.length === 0 ? (
        cards.length === 0 ? (
          <Empty text='暂无待处理订单，新订单会自动出现' />
        ) : (
          <Empty text='没有符合筛选的订单' actionText='看全部订单' onAction={() => setFilter(ALL_ORDERS)} />
        )
      ) : (
        shown.map((card) => <OrderCard key={card.order.id} card={card} run={run} refresh={refresh} />)
      )}
    </View>
  )
}

function OrderCard({ card, run, refresh }: { card: QueueCard; run: Run; refresh: () => Promise<void> }) {
  const { order } = card
  const action = primaryAction(order)
  const lines = order.items.filter((item) => !item.outOfStock)
  const pieces = lines.reduce((sum, item) => sum + item.quantity, 0)
  const short = lines.reduce((sum, item) => sum + item.shortQuantity, 0)
  const tone = card.late ? 'late' : card.atRisk ? 'risk' : 'calm'
  const act = async () => {
    if (!action?.run) return void openPicking(order.id)
    if ((await run(action.run)) !== null) await refresh()
  }
  return (
    <View className={`queue-card queue-card--${tone}`} data-testid='staff-order' onClick={() => void openPicking(order.id)}>
      <View className='queue-card__head'>
        <Text className='queue-card__no'>{orderTail(order.orderNo)}</Text>
        <Tag tone={order.fulfilment === 'PICKUP' ? 'success' : 'brand'}>{order.fulfilment === 'PICKUP' ? '自提' : '外送'}</Tag>
        <Text className='queue-card__status'>{order.statusLabel}</Text>
        {card.fresh && <Tag tone='warn'>新</Tag>}
        {short > 0 && <Tag tone='warn'>{`缺${short}件`}</Tag>}
        <View className='queue-card__clock'>
          <Text className={`queue-card__left queue-card__left--${tone}`}>{countdownLabel(card)}</Text>
          <Text className='queue-card__promise'>{`${formatClock(order.promiseEnd)}前`}</Text>
        </View>
      </View>
      <View className='queue-card__body'>
        <View className='queue-card__thumbs'>
          {lines.slice(0, 3).map((item) => (
            <ProductImage key={item.id} src={item.image?.thumb} name={item.name} tone={item.categoryName} size='sm' className='queue-card__thumb' />
          ))}
        </View>
        <Text className='queue-card__pieces'>{`${lines.length}种 共${pieces}件`}</Text>
      </View>
      {order.note && <Text className='queue-card__note'>{`备注：${order.note}`}</Text>}
      {action && (
        <View className='queue-card__actions' onClick={(e) => e.stopPropagation()}>
          <Button size='lg' variant={action.run ? 'primary' : 'secondary'} className='queue-card__action' onClick={() => void act()}>
            {action.label}
          </Button>
        </View>
      )}
    </View>
  )
}
