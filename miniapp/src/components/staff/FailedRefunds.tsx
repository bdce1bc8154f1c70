import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import { fetchFailedRefunds, handleFailedRefund, type FailedRefund } from '@/services/staff'
import { formatYuanFixed } from '@/utils/format'

import type { Run } from './run'

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' })

/**
 * Managers' list of refunds WeChat Pay could not complete (the shopper's card was closed, …): the money
 * is still owed, so the store returns it another way and records how; the refund then leaves the list.
 */
export default function FailedRefunds({ storeId, run }: { storeId: string; run: Run }) {
  const [refunds, setRefunds] = useState<FailedRefund[] | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    setRefunds(null)
    void run(() => fetchFailedRefunds(storeId)).then(setRefunds)
  }, [storeId, run])

  const settle = async (refund: FailedRefund) => {
    setNotice(null)
    const handled = await run(() => handleFailedRefund(refund.id, notes[refund.id] ?? ''))
    if (!handled) return
    setRefunds((list) => list?.filter((r) => r.id !== refund.id) ?? null)
    setNotice(`已记录订单 ${refund.orderNo} 的线下退款`)
  }

  if (!refunds) return null
  return (
    <View>
      {notice && <Text className='staff__ok'>{notice}</Text>}
      {refunds.length === 0 && <Text className='staff__meta'>没有待处理的退款异常</Text>}
      {refunds.map((refund) => (
        <View key={refund.id} className='staff__detail' data-testid='failed-refund'>
          <Text className='staff__order-title'>{`订单 ${refund.orderNo} · 应退 ${formatYuanFixed(refund.amountFen)}`}</Text>
          <Text className='staff__meta'>{`微信退款未成功${refund.failedAt ? `（${when(refund.failedAt)}）` : ''} · 退款原因：${refund.reason}`}</Text>
          {refund.failureReason && <Text className='staff__meta'>{`微信支付说明：${refund.failureReason}`}</Text>}
          <Input
            className='staff__input'
            placeholder='处理方式，如 已到店现金退还'
            value={notes[refund.id] ?? ''}
            onInput={(e) => setNotes((all) => ({ ...all, [refund.id]: e.detail.value }))}
          />
          <Button size='mini' disabled={!(notes[refund.id] ?? '').trim()} onClick={() => void settle(refund)}>已线下退款</Button>
        </View>
      ))}
    </View>
  )
}
