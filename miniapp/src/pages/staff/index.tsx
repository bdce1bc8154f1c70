import { Button, Input, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'

import { ManagerFigures } from '@/components/staff/ManagerFigures'
import { toDisplayMessage } from '@/services/errors'
import { usePageVisibility } from '@/services/page-lifecycle'
import {
  acceptOrder,
  completeDelivery,
  confirmPickup,
  fetchPickupLocks,
  fetchQueue,
  fetchStaffStores,
  fetchStock,
  liftPickupLock,
  lookupPickup,
  markItemsOutOfStock,
  markPicked,
  markProductOutOfStock,
  newOrderKey,
  orderReady,
  placeOrderForMember,
  QUEUE_POLL_MS,
  redeemCoupon,
  scanCode,
  scanMember,
  setStockCount,
  tillEarnPoints,
  type PickupLock,
  type StaffOrder,
  type StaffQueueEntry,
  type TillSession,
} from '@/services/staff'
import { formatYuanFixed } from '@/utils/format'

import FailedRefunds from './FailedRefunds'
import QrCodes from './QrCodes'
import type { Run } from './run'
import './index.css'

type Store = Awaited<ReturnType<typeof fetchStaffStores>>[number]
type Tab = 'queue' | 'pickup' | 'till' | 'stock' | 'today' | 'refunds' | 'qr'

const clock = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' })

export default function StaffPage() {
  const [stores, setStores] = useState<Store[] | null>(null)
  const [store, setStore] = useState<Store | null>(null)
  const [tab, setTab] = useState<Tab>('queue')
  const [message, setMessage] = useState<string | null>(null)
  const [visible, setVisible] = useState(true)
  usePageVisibility(() => setVisible(true), () => setVisible(false))

  useEffect(() => {
    fetchStaffStores()
      .then((list) => {
        setStores(list)
        setStore(list[0] ?? null)
      })
      .catch((error) => setMessage(toDisplayMessage(error)))
  }, [])

  /** Runs a staff action, showing the server's refusal (in Chinese) instead of throwing. */
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | null> => {
    try {
      setMessage(null)
      return await action()
    } catch (error) {
      setMessage(toDisplayMessage(error))
      return null
    }
  }, [])

  if (stores && !store) return <View className='staff'><Text>您不是门店员工</Text></View>
  if (!store) return <View className='staff'><Text>{message ?? '加载中…'}</Text></View>
  const tabs: Array<[Tab, string]> = [['queue', '订单'], ['pickup', '核销'], ['till', '会员'], ['stock', '库存']]
  if (store.role === 'MANAGER') tabs.push(['today', '今日'], ['refunds', '退款异常'], ['qr', '二维码'])
  return (
    <View className='staff'>
      <View className='staff__store'>
        <Text>{store.name}</Text>
        {stores!.length > 1 && stores!.map((s) => <Button key={s.storeId} size='mini' onClick={() => setStore(s)}>{s.name}</Button>)}
      </View>
      <View className='staff__tabs'>
        {tabs.map(([key, label]) => (
          <Text key={key} className={`staff__tab ${tab === key ? 'staff__tab--on' : ''}`} onClick={() => setTab(key)}>{label}</Text>
        ))}
      </View>
      {message && <Text className='staff__error'>{message}</Text>}
      {tab === 'queue' && <Queue storeId={store.storeId} polling={visible} run={run} />}
      {tab === 'pickup' && <Pickup storeId={store.storeId} run={run} />}
      {tab === 'pickup' && store.role === 'MANAGER' && <PickupLocks storeId={store.storeId} run={run} />}
      {tab === 'till' && <Till storeId={store.storeId} run={run} />}
      {tab === 'stock' && <Stock storeId={store.storeId} run={run} />}
      {tab === 'today' && <ManagerFigures storeId={store.storeId} />}
      {tab === 'refunds' && <FailedRefunds storeId={store.storeId} run={run} />}
      {tab === 'qr' && <QrCodes storeId={store.storeId} run={run} />}
    </View>
  )
}

/** The queue, polled with the server's cursor only while the page is visible. */
function Queue({ storeId, polling, run }: { storeId: string; polling: boolean; run: Run }) {
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
              {`已等${entry.ageMinutes}分钟 · 承诺${clock(entry.order.promiseEnd)}前 · ${entry.late ? `已超时${-entry.minutesLeft}分钟` : `剩${entry.minutesLeft}分钟`}`}
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

/** Scan the shopper's pickup QR or type the 6 digits → the order is shown → confirm handover. */
function Pickup({ storeId, run }: { storeId: string; run: Run }) {
  const [code, setCode] = useState('')
  const [order, setOrder] = useState<StaffOrder | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const find = async (value: string) => {
    setDone(null)
    setCode(value)
    setOrder(await run(() => lookupPickup(storeId, value)))
  }
  const confirm = async () => {
    const completed = await run(() => confirmPickup(storeId, code))
    if (completed) {
      setOrder(null)
      setCode('')
      setDone(`订单 ${completed.orderNo.slice(-6)} 已取货`)
    }
  }
  return (
    <View>
      <Button onClick={async () => { const scanned = await scanCode(); if (scanned) await find(scanned) }}>扫描取货码</Button>
      <Input className='staff__input' type='number' maxlength={6} placeholder='或输入6位取货码' value={code} onInput={(e) => setCode(e.detail.value)} />
      <Button disabled={!code} onClick={() => void find(code)}>查询</Button>
      {order && (
        <View className='staff__detail' data-testid='pickup-order'>
          <Text className='staff__order-title'>{`${order.orderNo.slice(-6)} · ${order.statusLabel} · ${formatYuanFixed(order.payableFen - order.refundedFen)}`}</Text>
          {order.items.filter((i) => !i.outOfStock).map((i) => <Text key={i.id} className='staff__line'>{`${i.name} ×${i.quantity}${i.unit}`}</Text>)}
          <Button type='primary' onClick={() => void confirm()}>确认交付</Button>
        </View>
      )}
      {done && <Text className='staff__ok'>{done}</Text>}
    </View>
  )
}

/** Manager: staff locked out of pickup checks by wrong codes (README: the pickup lock), each with 解锁. */
function PickupLocks({ storeId, run }: { storeId: string; run: Run }) {
  const [locks, setLocks] = useState<PickupLock[]>([])
  const [done, setDone] = useState<string | null>(null)
  const load = useCallback(async () => setLocks((await run(() => fetchPickupLocks(storeId))) ?? []), [storeId, run])
  useEffect(() => void load(), [load])
  const lift = async (lock: PickupLock) => {
    if ((await run(() => liftPickupLock(storeId, lock.staffUserId))) !== null) setDone(`已为${lock.name ?? '店员'}解锁`)
    await load()
  }
  if (locks.length === 0 && !done) return null
  return (
    <View className='staff__detail' data-testid='pickup-locks'>
      <Text className='staff__order-title'>核销已锁定的店员</Text>
      {locks.map((lock) => (
        <View key={lock.staffUserId} className='staff__line'>
          <Text>{`${lock.name ?? '店员'} · 错误${lock.failedAttempts}次 · 锁定至${clock(lock.lockedUntil)}`}</Text>
          <Button size='mini' onClick={() => void lift(lock)}>解锁</Button>
        </View>
      ))}
      {done && <Text className='staff__ok'>{done}</Text>}
    </View>
  )
}

/** The member at the till: card code → member → amount + receipt → points; coupons; 代客下单. */
function Till({ storeId, run }: { storeId: string; run: Run }) {
  const [session, setSession] = useState<TillSession | null>(null)
  const [code, setCode] = useState('')
  const [receiptNo, setReceiptNo] = useState('')
  const [amount, setAmount] = useState('')
  const [phone, setPhone] = useState('')
  const [lines, setLines] = useState('')
  const [result, setResult] = useState<string | null>(null)
  const orderKey = useRef(newOrderKey())

  const accept = async (value: string) => {
    setResult(null)
    setSession(await run(() => scanMember(storeId, value)))
  }
  const earn = async () => {
    const fen = Math.round(Number(amount) * 100)
    const receipt = await run(() => tillEarnPoints(storeId, session!.tillToken, receiptNo.trim(), fen))
    if (receipt) setResult(`小票 ${receipt.receiptNo}：${formatYuanFixed(receipt.amountFen)}，积分 +${receipt.pointsEarned}（现有 ${receipt.pointsBalance}）`)
  }
  /** Lines typed as "商品编号x数量, …", e.g. "1x2, 20x1". */
  const order = async () => {
    const items = lines.split(/[,，\s]+/).filter(Boolean).map((part) => {
      const [productId, quantity] = part.split(/[x×*]/)
      return { productId: productId!, quantity: Number(quantity ?? 1) }
    })
    const placed = await run(() =>
      placeOrderForMember({ storeId, items, idempotencyKey: orderKey.current, ...(session ? { tillToken: session.tillToken } : { phone: phone.trim() }) }),
    )
    if (placed) {
      orderKey.current = newOrderKey()
      setResult(`已代客下单 ${placed.orderNo.slice(-6)}，应付 ${formatYuanFixed(placed.payableFen)}，请顾客在小程序「我的订单」中支付`)
    }
  }
  return (
    <View>
      <Button onClick={async () => { const scanned = await scanCode(); if (scanned) await accept(scanned) }}>扫描会员码</Button>
      <Input className='staff__input' type='number' placeholder='或输入会员码数字' value={code} onInput={(e) => setCode(e.detail.value)} />
      <Button disabled={!code} onClick={() => void accept(code)}>识别会员</Button>
      {session && (
        <View className='staff__detail'>
          <Text className='staff__order-title'>{`${session.member.nickname ?? '会员'} · ${session.member.tierName} · 可用积分 ${session.member.pointsAvailable}`}</Text>
          <Input className='staff__input' type='digit' placeholder='消费金额（元）' value={amount} onInput={(e) => setAmount(e.detail.value)} />
          <Input className='staff__input' placeholder='小票号' value={receiptNo} onInput={(e) => setReceiptNo(e.detail.value)} />
          <Button disabled={!amount || !receiptNo} onClick={() => void earn()}>登记积分</Button>
          {session.coupons.map((c) => (
            <View key={c.userCouponId} className='staff__line'>
              <Text>{`${c.name}（满${formatYuanFixed(c.minSpendFen)}）`}</Text>
              <Button size='mini' onClick={async () => { const used = await run(() => redeemCoupon(storeId, session.tillToken, c.userCouponId)); if (used) setResult(`已核销：${used.name}`) }}>核销</Button>
            </View>
          ))}
        </View>
      )}
      <View className='staff__detail'>
        <Text className='staff__order-title'>代客下单（到店自提）</Text>
        {!session && <Input className='staff__input' type='number' placeholder='会员手机号（未扫会员码时）' value={phone} onInput={(e) => setPhone(e.detail.value)} />}
        <Input className='staff__input' placeholder='商品编号x数量，如 1x2, 20x1' value={lines} onInput={(e) => setLines(e.detail.value)} />
        <Button disabled={!lines || (!session && !phone)} onClick={() => void order()}>下单</Button>
      </View>
      {result && <Text className='staff__ok'>{result}</Text>}
    </View>
  )
}

function Stock({ storeId, run }: { storeId: string; run: Run }) {
  const [key, setKey] = useState('')
  const [line, setLine] = useState<Awaited<ReturnType<typeof fetchStock>> | null>(null)
  const [count, setCount] = useState('')
  const [reason, setReason] = useState('')
  const load = async (value = key) => setLine(await run(() => fetchStock(storeId, value)))
  const change = async (action: () => Promise<unknown>) => {
    if ((await run(action)) !== null) await load()
  }
  return (
    <View>
      <Input className='staff__input' type='number' placeholder='商品编号或条码' value={key} onInput={(e) => setKey(e.detail.value)} />
      <Button disabled={!key} onClick={() => void load()}>查询库存</Button>
      {line && (
        <View className='staff__detail'>
          <Text className='staff__order-title'>{`${line.name}：在架 ${line.onHand}，订单占用 ${line.reserved}，可售 ${line.available}`}</Text>
          <Input className='staff__input' type='number' placeholder='盘点数量' value={count} onInput={(e) => setCount(e.detail.value)} />
          <Input className='staff__input' placeholder='原因（必填）' value={reason} onInput={(e) => setReason(e.detail.value)} />
          <Button disabled={!count || !reason} onClick={() => void change(() => setStockCount(storeId, line.productId, Number(count), reason))}>更新库存</Button>
          <Button disabled={!reason} onClick={() => void change(() => markProductOutOfStock(storeId, line.productId, reason))}>标记售罄</Button>
          {line.movements.map((m) => (
            <Text key={m.id} className='staff__meta'>{`${clock(m.at)} ${m.actorName ?? ''} ${m.onHandFrom}→${m.onHandTo} ${m.reason}`}</Text>
          ))}
        </View>
      )}
    </View>
  )
}

