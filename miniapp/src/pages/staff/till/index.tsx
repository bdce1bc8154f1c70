import { Button, Input, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'

import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { newOrderKey, placeOrderForMember, redeemCoupon, scanCode, scanMember, tillEarnPoints, type TillSession } from '@/services/staff'
import { formatYuanFixed } from '@/utils/format'

import '@/components/staff/staff.css'

export default function StaffTillPage() {
  return <StaffLayout tab='till'>{({ store, run }) => <Till storeId={store.storeId} run={run} />}</StaffLayout>
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
