import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { Button } from '@/components/Button'
import { StaffLayout } from '@/components/staff/StaffLayout'
import { orderTail } from '@/components/staff/order-actions'
import type { Run } from '@/components/staff/run'
import { toDisplayMessage } from '@/services/errors'
import { CAN_SCAN, confirmPickup, fetchPickupLocks, liftPickupLock, lookupPickup, scanCode, type PickupLock, type StaffOrder } from '@/services/staff'
import { formatClock } from '@/utils/format'

import '@/components/staff/staff.css'
import './index.css'

const CODE_LENGTH = 6
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const

export default function StaffPickupPage() {
  return (
    <StaffLayout tab='pickup'>
      {({ store, run }) => (
        <>
          <Pickup storeId={store.storeId} />
          {store.permissions.includes('ORDER_EXCEPTIONS') && <PickupLocks storeId={store.storeId} run={run} />}
        </>
      )}
    </StaffLayout>
  )
}

/** Where a pickup check stands: what the clerk sees full-width under the pad. */
type Check =
  | { state: 'typing' }
  | { state: 'checking' }
  | { state: 'found'; code: string; order: StaffOrder }
  | { state: 'handed'; order: StaffOrder }
  | { state: 'refused'; reason: string }

/**
 * Scan the shopper's pickup QR, or type the 6 digits on the pad (no system keyboard): the 6th digit
 * looks the order up, then 确认交付 hands it over. The code itself is never shown back: the BFF does
 * not send it, and the typed digits are cleared once checked.
 */
function Pickup({ storeId }: { storeId: string }) {
  const [digits, setDigits] = useState('')
  const [check, setCheck] = useState<Check>({ state: 'typing' })

  const lookUp = async (code: string) => {
    setCheck({ state: 'checking' })
    setDigits('')
    try {
      setCheck({ state: 'found', code, order: await lookupPickup(storeId, code) })
    } catch (error) {
      setCheck({ state: 'refused', reason: toDisplayMessage(error) })
    }
  }

  const press = (key: (typeof KEYS)[number]) => {
    if (check.state === 'checking') return
    if (check.state !== 'typing') setCheck({ state: 'typing' })
    if (key === 'clear') return setDigits('')
    if (key === 'back') return setDigits(digits.slice(0, -1))
    const next = `${digits}${key}`.slice(0, CODE_LENGTH)
    setDigits(next)
    if (next.length === CODE_LENGTH) void lookUp(next)
  }

  const scan = async () => {
    const scanned = await scanCode()
    if (scanned) await lookUp(scanned)
  }

  const handOver = async (code: string) => {
    setCheck({ state: 'checking' })
    try {
      setCheck({ state: 'handed', order: await confirmPickup(storeId, code) })
    } catch (error) {
      setCheck({ state: 'refused', reason: toDisplayMessage(error) })
    }
  }

  return (
    <View className='handover'>
      {check.state === 'found' || check.state === 'handed' ? (
        <OrderPanel check={check} onHandOver={() => check.state === 'found' && void handOver(check.code)} onNext={() => setCheck({ state: 'typing' })} />
      ) : (
        <>
          <View className='handover__code' aria-label={`已输入${digits.length}位`}>
            {Array.from({ length: CODE_LENGTH }, (_, i) => (
              <View key={i} className={`handover__digit ${i === digits.length ? 'handover__digit--next' : ''}`}>
                <Text>{digits[i] ?? ''}</Text>
              </View>
            ))}
          </View>
          {check.state === 'checking' && <Text className='handover__hint'>正在核对…</Text>}
          {check.state === 'typing' && <Text className='handover__hint'>输入顾客的6位取货码，输满自动核对</Text>}
          {check.state === 'refused' && (
            <View className='handover__result handover__result--bad' role='alert' data-testid='pickup-refused'>
              <Text className='handover__result-title'>✗ 核销失败</Text>
              <Text className='handover__result-detail'>{check.reason}</Text>
            </View>
          )}
          <View className='handover__pad'>
            {KEYS.map((key) => (
              <View
                key={key}
                role='button'
                aria-label={key === 'clear' ? '清空' : key === 'back' ? '删除' : key}
                className={`handover__key ${key.length > 1 ? 'handover__key--fn' : ''}`}
                onClick={() => press(key)}
              >
                <Text>{key === 'clear' ? '清空' : key === 'back' ? '删除' : key}</Text>
              </View>
            ))}
          </View>
          {CAN_SCAN && (
            <Button block size='lg' variant='secondary' onClick={() => void scan()}>
              扫描顾客取货码
            </Button>
          )}
        </>
      )}
    </View>
  )
}

function OrderPanel({ check, onHandOver, onNext }: { check: Extract<Check, { state: 'found' | 'handed' }>; onHandOver: () => void; onNext: () => void }) {
  const { order } = check
  const handed = check.state === 'handed'
  const lines = order.items.filter((item) => !item.outOfStock)
  return (
    <View className='handover__result handover__result--ok' role='alert' data-testid='pickup-order'>
      <Text className='handover__result-title'>{handed ? '✓ 已交付' : '✓ 取货码正确'}</Text>
      <Text className='handover__tail-label'>订单尾号</Text>
      <Text className='handover__tail'>{orderTail(order.orderNo)}</Text>
      <View className='handover__items'>
        {lines.map((item) => (
          <View key={item.id} className='handover__item'>
            <Text className='handover__item-name'>{item.name}</Text>
            <Text className='handover__item-qty'>{`×${item.quantity}${item.unit}`}</Text>
          </View>
        ))}
      </View>
      {handed ? (
        <Button block size='lg' variant='secondary' className='handover__next' onClick={onNext}>
          下一位
        </Button>
      ) : (
        <View className='handover__actions'>
          <Button size='lg' variant='ghost' onClick={onNext}>
            取消
          </Button>
          <Button size='lg' variant='secondary' className='handover__confirm' onClick={onHandOver}>
            确认交付
          </Button>
        </View>
      )}
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
    <View className='handover-locks' data-testid='pickup-locks'>
      <Text className='handover-locks__title'>核销已锁定的店员</Text>
      {locks.map((lock) => (
        <View key={lock.staffUserId} className='handover-locks__row'>
          <Text className='handover-locks__who'>{`${lock.name ?? '店员'} · 错误${lock.failedAttempts}次 · 锁定至${formatClock(lock.lockedUntil)}`}</Text>
          <Button variant='secondary' onClick={() => void lift(lock)}>
            解锁
          </Button>
        </View>
      ))}
      {done && <Text className='staff__ok'>{done}</Text>}
    </View>
  )
}
