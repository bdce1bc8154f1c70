import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { Tag } from '@/components/Tag'
import { ScanField } from '@/components/staff/ScanField'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { switchStaffTab } from '@/services/navigation'
import { fetchPointsPerYuan, holdMemberAtTill, memberAtTillNow, pointsFor, redeemCoupon, scanMember, tillEarnPoints, type TillSession } from '@/services/staff'
import { formatYuanFixed } from '@/utils/format'

import '@/components/staff/counter.css'

export default function StaffTillPage() {
  return <StaffLayout tab='till'>{({ store, run }) => <Till storeId={store.storeId} run={run} />}</StaffLayout>
}

type Coupon = TillSession['coupons'][number]

/** Yuan as typed (25.9, 25.90) in fen; null unless it is a positive amount with at most two decimals. */
function toFen(text: string): number | null {
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(text.trim())) return null
  const fen = Math.round(Number(text) * 100)
  return fen > 0 ? fen : null
}

/** As the BFF takes it: 4–32 letters, digits or -. */
const RECEIPT_NO = /^[A-Za-z0-9-]{4,32}$/

/** The member at the till: card code (scanned or its 12-digit typed form) → the member, their coupons, points for a receipt. */
function Till({ storeId, run }: { storeId: string; run: Run }) {
  const [session, setSession] = useState<TillSession | null>(memberAtTillNow)
  const [amount, setAmount] = useState('')
  const [receiptNo, setReceiptNo] = useState('')
  const [pointsPerYuan, setPointsPerYuan] = useState<number | null>(null)
  const [confirming, setConfirming] = useState<'earn' | Coupon | null>(null)
  const [result, setResult] = useState<string | null>(null)
  const [usedCoupons, setUsedCoupons] = useState<string[]>([])

  useEffect(() => {
    void run(fetchPointsPerYuan).then((rule) => rule !== null && setPointsPerYuan(rule))
  }, [run])

  const accept = async (code: string) => {
    setResult(null)
    const found = await run(() => scanMember(storeId, code))
    if (!found) return false
    holdMemberAtTill(found)
    setSession(found)
    setUsedCoupons([])
    setAmount('')
    setReceiptNo('')
    return true
  }
  const amountFen = toFen(amount)
  const receipt = receiptNo.trim()
  const canEarn = session !== null && amountFen !== null && RECEIPT_NO.test(receipt)

  const earn = async () => {
    setConfirming(null)
    const earned = await run(() => tillEarnPoints(storeId, session!.tillToken, receipt, amountFen!))
    if (!earned) return
    setResult(`已登记小票 ${earned.receiptNo}：消费 ${formatYuanFixed(earned.amountFen)}，积分 +${earned.pointsEarned}，现有 ${earned.pointsBalance}`)
    setAmount('')
    setReceiptNo('')
  }
  const redeem = async (coupon: Coupon) => {
    setConfirming(null)
    const used = await run(() => redeemCoupon(storeId, session!.tillToken, coupon.userCouponId))
    if (!used) return
    setUsedCoupons((ids) => [...ids, used.userCouponId])
    setResult(`已核销：${used.name}`)
  }

  const coupons = session?.coupons.filter((c) => !usedCoupons.includes(c.userCouponId)) ?? []
  const memberName = session?.member.nickname ?? '会员'
  return (
    <View className='counter-page'>
      <ScanField placeholder='会员码或12位手输码' submitText='识别' scanText='扫会员码' scanTypes={['qrCode', 'barCode']} digits onSubmit={accept} />
      {result && (
        <View className='counter-ok' role='status'>
          {result}
        </View>
      )}
      {!session && <Text className='counter-empty'>请顾客出示会员码，扫描或输入码下方的12位数字</Text>}
      {session && (
        <>
          <View className='counter-card' data-testid='till-member'>
            <View className='member-head'>
              <Text className='member-head__name'>{memberName}</Text>
              <Tag tone='member'>{session.member.tierName}</Tag>
              <View className='member-head__points'>
                <Text className='member-head__points-value'>{session.member.pointsAvailable}</Text>
                <Text className='member-head__points-label'>可用积分</Text>
              </View>
            </View>
            <Text className='counter-muted'>{`卡号尾号 ${session.member.cardNo.slice(-4)}`}</Text>
          </View>

          <View className='counter-card'>
            <Text className='counter-card__title'>{`可用优惠券（${coupons.length}）`}</Text>
            {coupons.length === 0 && <Text className='counter-muted'>没有可在本店使用的优惠券</Text>}
            {coupons.map((c) => (
              <View key={c.userCouponId} className='counter-row'>
                <View className='counter-row__main'>
                  <Text className='counter-row__name'>{c.name}</Text>
                  <Text className='counter-row__meta'>{c.minSpendFen > 0 ? `满${formatYuanFixed(c.minSpendFen)}可用` : '无门槛'}</Text>
                </View>
                <Button variant='secondary' className='counter-row__action' onClick={() => setConfirming(c)}>
                  核销
                </Button>
              </View>
            ))}
          </View>

          <View className='counter-card'>
            <Text className='counter-card__title'>登记积分</Text>
            <Text className='counter-label'>消费金额（元）</Text>
            <Input className='counter-input' type='digit' placeholder='如 25.90' value={amount} onInput={(e) => setAmount(e.detail.value)} />
            <Text className='counter-label'>小票号</Text>
            <Input className='counter-input' placeholder='小票上的单号' value={receiptNo} onInput={(e) => setReceiptNo(e.detail.value)} />
          </View>
        </>
      )}

      <View className='counter-bar'>
        <Button variant='secondary' size='lg' onClick={() => void switchStaffTab('assist')}>
          代客下单
        </Button>
        <Button size='lg' block disabled={!canEarn} onClick={() => setConfirming('earn')}>
          登记积分
        </Button>
      </View>

      <Dialog
        open={confirming === 'earn'}
        title='确认登记积分'
        message={canEarn ? `${memberName} · 小票 ${receipt}，消费 ${formatYuanFixed(amountFen)}${pointsPerYuan !== null ? `，将获得 ${pointsFor(amountFen, pointsPerYuan)} 积分` : ''}` : ''}
        confirmText='登记'
        onConfirm={() => void earn()}
        onCancel={() => setConfirming(null)}
      />
      <Dialog
        open={confirming !== null && confirming !== 'earn'}
        title='确认核销优惠券'
        message={confirming !== null && confirming !== 'earn' ? `为 ${memberName} 核销「${confirming.name}」，核销后不能撤回` : ''}
        confirmText='核销'
        onConfirm={() => confirming !== null && confirming !== 'earn' && void redeem(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </View>
  )
}
