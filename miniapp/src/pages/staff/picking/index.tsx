import { Input, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { ProductImage } from '@/components/ProductImage'
import { ErrorState, Loading } from '@/components/StateView'
import { Tag } from '@/components/Tag'
import { SubstituteSheet } from '@/components/staff/SubstituteSheet'
import { StaffLayout } from '@/components/staff/StaffLayout'
import { orderTail, pendingLines, primaryAction } from '@/components/staff/order-actions'
import type { Run } from '@/components/staff/run'
import { backToQueue, usePageParams } from '@/services/navigation'
import { CAN_SCAN, fetchStaffOrder, markItemsOutOfStock, markPicked, scanCode, substituteItem, type StaffOrder, type StaffOrderItem } from '@/services/staff'
import { countdownLabel, toCard } from '@/services/staff-queue'
import { formatClock, formatYuanFixed } from '@/utils/format'

import './index.css'

export default function StaffPickingPage() {
  const { id = '' } = usePageParams()
  return <StaffLayout tab='orders'>{({ store, run }) => <Picking orderId={id} storeId={store.storeId} run={run} />}</StaffLayout>
}

type ScanVerdict = { ok: boolean; title: string; detail: string }

/** Lines by category, categories in shelf order, so a picker walks the store once. */
function byCategory(items: readonly StaffOrderItem[]) {
  const groups = new Map<string, StaffOrderItem[]>()
  const sorted = [...items].sort((a, b) => a.categorySortOrder - b.categorySortOrder || a.categoryName.localeCompare(b.categoryName))
  for (const item of sorted) groups.set(item.categoryName, [...(groups.get(item.categoryName) ?? []), item])
  return [...groups]
}

function Picking({ orderId, storeId, run }: { orderId: string; storeId: string; run: Run }) {
  const [order, setOrder] = useState<StaffOrder | null>(null)
  const [failed, setFailed] = useState(false)
  const [typed, setTyped] = useState('')
  const [verdict, setVerdict] = useState<ScanVerdict | null>(null)
  const [missing, setMissing] = useState<StaffOrderItem | null>(null)
  const [swapping, setSwapping] = useState<StaffOrderItem | null>(null)

  const load = useCallback(async () => {
    setFailed(false)
    const found = await run(() => fetchStaffOrder(orderId))
    if (found) setOrder(found)
    else setFailed(true)
  }, [orderId, run])
  useEffect(() => void load(), [load])

  if (!order) return failed ? <ErrorState message='订单加载失败' onRetry={() => void load()} /> : <Loading skeleton='rows' />

  const update = async (action: () => Promise<StaffOrder>) => {
    const next = await run(action)
    if (next) setOrder(next)
    return next
  }

  const pick = async (item: StaffOrderItem) => {
    const next = await update(() => markPicked(order.id, [item.id]))
    if (next) setVerdict({ ok: true, title: `已拣 ${item.name}`, detail: `×${item.quantity}${item.unit}` })
  }

  /** A scanned or typed barcode: picks its line, or says plainly why not. */
  const confirmBarcode = async (raw: string) => {
    const barcode = raw.trim()
    setTyped('')
    if (!barcode) return
    const item = order.items.find((i) => i.barcode === barcode && !i.outOfStock)
    if (!item) return setVerdict({ ok: false, title: '不是这件商品', detail: `条码 ${barcode} 不在这个订单里` })
    if (item.picked) return setVerdict({ ok: true, title: `${item.name} 已拣过`, detail: '无需重复扫描' })
    if (order.status !== 'PICKING') return setVerdict({ ok: false, title: '请先接单', detail: '接单后才能拣货' })
    await pick(item)
  }

  const scan = async () => {
    const scanned = await scanCode(['barCode'])
    if (scanned) await confirmBarcode(scanned)
  }

  const remaining = pendingLines(order)
  // The BFF cancels the whole order (full refund) when nothing else of it can be supplied.
  const lastLine = order.items.filter((i) => !i.outOfStock).length === 1
  const confirmMissing = async () => {
    const item = missing!
    setMissing(null)
    if (await update(() => markItemsOutOfStock(order.id, [item.id], '门店缺货'))) {
      setVerdict({ ok: true, title: `${item.name} 已标记缺货`, detail: '已为顾客退款' })
    }
  }

  const substitute = async (item: StaffOrderItem, product: { id: string; name: string }) => {
    setSwapping(null)
    if (await update(() => substituteItem(order.id, item.id, product.id))) {
      setVerdict({ ok: true, title: `${item.name} 已换为 ${product.name}`, detail: '顾客的订单页显示换货，差价原路退回' })
    }
  }

  const card = toCard(order, Date.now(), false)
  const action = primaryAction(order)
  const finish = async () => {
    if (!action?.run) return
    const next = await update(action.run)
    if (next && next.status !== 'PICKING' && next.status !== 'PAID') void backToQueue()
  }
  const picking = order.status === 'PICKING'

  return (
    <View className='picking'>
      <View className={`picking__head ${card.late ? 'picking__head--late' : ''}`}>
        <Text className='picking__no'>{orderTail(order.orderNo)}</Text>
        <Tag tone={order.fulfilment === 'PICKUP' ? 'success' : 'brand'}>{order.fulfilment === 'PICKUP' ? '自提' : '外送'}</Tag>
        <Text className='picking__status'>{order.statusLabel}</Text>
        <View className='picking__clock'>
          {(order.status === 'PAID' || picking) && <Text className='picking__left'>{countdownLabel(card)}</Text>}
          <Text className='picking__promise'>{`${formatClock(order.promiseEnd)}前`}</Text>
        </View>
      </View>
      {order.note && <Text className='picking__note'>{`备注：${order.note}`}</Text>}

      {picking && (
        <View className='picking__scan'>
          {CAN_SCAN ? (
            <Button block size='lg' onClick={() => void scan()}>
              扫码确认商品
            </Button>
          ) : (
            <View className='picking__typed'>
              <Input
                className='picking__input'
                type='text'
                confirmType='done'
                placeholder='扫描枪扫码或输入条码'
                aria-label='商品条码'
                value={typed}
                focus
                onInput={(e) => setTyped(e.detail.value)}
                onConfirm={(e) => void confirmBarcode(e.detail.value)}
              />
              <Button size='lg' disabled={!typed.trim()} onClick={() => void confirmBarcode(typed)}>
                确认
              </Button>
            </View>
          )}
        </View>
      )}
      {verdict && (
        <View className={`picking__verdict picking__verdict--${verdict.ok ? 'ok' : 'bad'}`} role='alert' data-testid='scan-verdict'>
          <Text className='picking__verdict-title'>{`${verdict.ok ? '✓' : '✗'} ${verdict.title}`}</Text>
          <Text className='picking__verdict-detail'>{verdict.detail}</Text>
        </View>
      )}

      {byCategory(order.items).map(([category, items]) => (
        <View key={category} className='picking__group'>
          <Text className='picking__category'>{category}</Text>
          {items.map((item) => (
            <View key={item.id} className={`picking-line ${item.picked ? 'picking-line--done' : ''} ${item.outOfStock ? 'picking-line--out' : ''}`} data-testid='picking-line'>
              <ProductImage src={item.image?.thumb} name={item.name} tone={item.categoryName} size='sm' />
              <View className='picking-line__info'>
                <Text className='picking-line__name'>{item.name}</Text>
                <Text className='picking-line__barcode'>{`条码 ${item.barcode}`}</Text>
                {item.substitute && <Text className='picking-line__substitute'>{`已换为 ${item.substitute.name}`}</Text>}
                {item.picked && <Tag tone='success'>已拣</Tag>}
                {item.outOfStock && <Tag tone='muted'>缺货已退款</Tag>}
                {!item.outOfStock && !item.picked && item.shortQuantity > 0 && <Tag tone='warn'>{`门店已售出，缺${item.shortQuantity}${item.unit}`}</Tag>}
              </View>
              <View className='picking-line__side'>
                <Text className={`picking-line__qty ${item.quantity > 1 ? 'picking-line__qty--many' : ''}`}>{`×${item.quantity}`}</Text>
                <Text className='picking-line__unit'>{item.unit}</Text>
              </View>
              {picking && !item.picked && !item.outOfStock && (
                <View className='picking-line__actions'>
                  <Button variant='ghost' onClick={() => setMissing(item)}>
                    缺货
                  </Button>
                  <Button variant='ghost' className='picking-line__swap' onClick={() => setSwapping(item)}>
                    换货
                  </Button>
                  <Button variant='secondary' onClick={() => void pick(item)}>
                    已拣
                  </Button>
                </View>
              )}
            </View>
          ))}
        </View>
      ))}

      <View className='picking__bar'>
        {picking && remaining.length > 0 ? (
          <Text className='picking__remaining'>{`还差 ${remaining.length} 种未拣`}</Text>
        ) : action?.run ? (
          <Button block size='lg' onClick={() => void finish()}>
            {action.label}
          </Button>
        ) : (
          <Text className='picking__remaining'>{order.status === 'READY_FOR_PICKUP' ? '等待顾客到店，在「核销」输入取货码' : order.statusLabel}</Text>
        )}
      </View>

      {swapping && <SubstituteSheet key={swapping.id} storeId={storeId} item={swapping} run={run} onClose={() => setSwapping(null)} onSubstitute={substitute} />}
      <Dialog
        open={missing !== null}
        title='确认缺货？'
        message={
          missing
            ? lastLine
              ? `订单里只剩这件商品。标记缺货后整单取消，顾客已付的 ${formatYuanFixed(order.payableFen - order.refundedFen)} 全额原路退回。`
              : `「${missing.name}」×${missing.quantity}${missing.unit} 不再发货，顾客将收到退款 ${formatYuanFixed(missing.outOfStockRefundFen)}（原路退回）。`
            : ''
        }
        confirmText='确认缺货并退款'
        cancelText='再找找'
        destructive
        onConfirm={() => void confirmMissing()}
        onCancel={() => setMissing(null)}
      />
    </View>
  )
}
