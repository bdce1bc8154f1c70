import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { Empty, Loading } from '@/components/StateView'
import { Tag } from '@/components/Tag'
import { fetchFailedRefunds, handleFailedRefund, type FailedRefund } from '@/services/staff'
import { formatYuanFixed } from '@/utils/format'

import type { Run } from './run'
import './FailedRefunds.css'

/** Quick notes for the usual ways a store pays back by hand; any other way is typed. */
const NOTE_CHOICES = ['到店现金退还', '微信转账退还', '银行转账退还']
/** Past this the refund is overdue for a shopper who is waiting for their money. */
const OVERDUE_HOURS = 24
const HOUR_MS = 3_600_000

/** How long a refund has waited, in the words a manager would use: 35分钟, 5小时, 2天3小时. */
function waitedFor(since: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000))
  if (minutes < 60) return `${minutes}分钟`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours}小时`
  const rest = hours % 24
  return `${Math.floor(hours / 24)}天${rest ? `${rest}小时` : ''}`
}

const orderTail = (orderNo: string) => orderNo.slice(-4)

/**
 * Managers' list of refunds WeChat Pay could not complete (the shopper's card was closed, …): the money
 * is still owed, so the store returns it another way and records how; the refund then leaves the list.
 */
export default function FailedRefunds({ storeId, run }: { storeId: string; run: Run }) {
  const [refunds, setRefunds] = useState<FailedRefund[] | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [confirming, setConfirming] = useState<FailedRefund | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    setRefunds(null)
    void run(() => fetchFailedRefunds(storeId)).then(setRefunds)
  }, [storeId, run])

  const noteOf = (refund: FailedRefund) => (notes[refund.id] ?? '').trim()
  const setNote = (refund: FailedRefund, note: string) => setNotes((all) => ({ ...all, [refund.id]: note }))

  const settle = async (refund: FailedRefund) => {
    setConfirming(null)
    setNotice(null)
    const handled = await run(() => handleFailedRefund(refund.id, noteOf(refund)))
    if (!handled) return
    setRefunds((list) => list?.filter((r) => r.id !== refund.id) ?? null)
    setNotice(`已记录订单 ${refund.orderNo} 的线下退款`)
  }

  if (!refunds) return <Loading skeleton='rows' />
  return (
    <View>
      {notice && <View className='staff-notice' role='status'>{notice}</View>}
      {refunds.length === 0 ? (
        <Empty text='没有待处理的退款异常' />
      ) : (
        <Text className='refunds__intro'>{`${refunds.length} 笔退款微信支付未能退回，请线下退还顾客后登记`}</Text>
      )}
      {refunds.map((refund) => (
        <View key={refund.id} className='staff-card refund-card' data-testid='failed-refund'>
          <View className='refund-card__head'>
            <View className='refund-card__order'>
              <Text className='refund-card__tail'>{`尾号 ${orderTail(refund.orderNo)}`}</Text>
              <Text className='refund-card__no'>{`订单号 ${refund.orderNo}`}</Text>
            </View>
            <View className='refund-card__amount'>
              <Text className='refund-card__yuan'>{formatYuanFixed(refund.amountFen)}</Text>
              <Text className='refund-card__owed'>应退</Text>
            </View>
          </View>
          {refund.failedAt && (
            <View className='refund-card__waited'>
              <Tag tone={Date.now() - Date.parse(refund.failedAt) >= OVERDUE_HOURS * HOUR_MS ? 'brand' : 'warn'}>{`已等待 ${waitedFor(refund.failedAt)}`}</Tag>
            </View>
          )}
          <View className='refund-card__facts'>
            <Text className='refund-card__fact'>{`退款原因：${refund.reason}`}</Text>
            {refund.failureReason && <Text className='refund-card__fact'>{`微信支付说明：${refund.failureReason}`}</Text>}
          </View>
          <Text className='refund-card__label'>线下怎么退的（必填）</Text>
          <View className='refund-card__choices'>
            {NOTE_CHOICES.map((choice) => (
              <View
                key={choice}
                role='radio'
                aria-checked={noteOf(refund) === choice ? 'true' : 'false'}
                className={`refund-card__choice ${noteOf(refund) === choice ? 'refund-card__choice--on' : ''}`}
                onClick={() => setNote(refund, choice)}
              >
                {choice}
              </View>
            ))}
          </View>
          <Input
            className='refund-card__note'
            placeholder='或写下处理方式，如 已到店现金退还'
            value={notes[refund.id] ?? ''}
            onInput={(e) => setNote(refund, e.detail.value)}
          />
          <Button block disabled={!noteOf(refund)} onClick={() => setConfirming(refund)}>已线下退款</Button>
        </View>
      ))}
      <Dialog
        open={confirming !== null}
        title='确认已线下退款？'
        message={
          confirming
            ? `订单尾号 ${orderTail(confirming.orderNo)} 的 ${formatYuanFixed(confirming.amountFen)} 将记为已在店外退还顾客（${noteOf(confirming)}），不再经微信退款。登记后不能撤销。`
            : undefined
        }
        confirmText='确认登记'
        onConfirm={() => confirming && void settle(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </View>
  )
}
