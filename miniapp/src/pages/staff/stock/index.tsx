import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { fetchStock, markProductOutOfStock, setStockCount } from '@/services/staff'
import { formatClock } from '@/utils/format'

import '@/components/staff/staff.css'

export default function StaffStockPage() {
  return <StaffLayout tab='stock'>{({ store, run }) => <Stock storeId={store.storeId} run={run} />}</StaffLayout>
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
            <Text key={m.id} className='staff__meta'>{`${formatClock(m.at)} ${m.actorName ?? ''} ${m.onHandFrom}→${m.onHandTo} ${m.reason}`}</Text>
          ))}
        </View>
      )}
    </View>
  )
}
