import { Button, Input, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { confirmPickup, fetchPickupLocks, liftPickupLock, lookupPickup, scanCode, type PickupLock, type StaffOrder } from '@/services/staff'
import { formatClock, formatYuanFixed } from '@/utils/format'

import '@/components/staff/staff.css'

export default function StaffPickupPage() {
  return (
    <StaffLayout tab='pickup'>
      {({ store, run }) => (
        <>
          <Pickup storeId={store.storeId} run={run} />
          {store.role === 'MANAGER' && <PickupLocks storeId={store.storeId} run={run} />}
        </>
      )}
    </StaffLayout>
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
          <Text>{`${lock.name ?? '店员'} · 错误${lock.failedAttempts}次 · 锁定至${formatClock(lock.lockedUntil)}`}</Text>
          <Button size='mini' onClick={() => void lift(lock)}>解锁</Button>
        </View>
      ))}
      {done && <Text className='staff__ok'>{done}</Text>}
    </View>
  )
}
