import { Input, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { PriceBreakdown } from '@/components/PriceBreakdown'
import { Stepper } from '@/components/Stepper'
import { Tag } from '@/components/Tag'
import { ProductResults, type FoundProduct } from '@/components/staff/ProductResults'
import { ScanField } from '@/components/staff/ScanField'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { searchProducts } from '@/services/catalog'
import { switchStaffTab } from '@/services/navigation'
import { holdMemberAtTill, memberAtTillNow, newOrderKey, placeOrderForMember, quoteForMember, type StaffQuote } from '@/services/staff'
import { formatYuanFixed } from '@/utils/format'

import '@/components/staff/counter.css'

export default function StaffAssistPage() {
  return <StaffLayout tab='assist'>{({ store, run }) => <Assist storeId={store.storeId} run={run} />}</StaffLayout>
}

interface CartLine {
  product: FoundProduct
  quantity: number
}

const PHONE = /^1\d{10}$/

/**
 * 代客下单: the member (from the till's scan, or by phone), products picked by search into a cart,
 * the BFF's quote exactly as the shopper's checkout prices it, then a confirmed pickup order the
 * member pays in the mini-program.
 */
function Assist({ storeId, run }: { storeId: string; run: Run }) {
  const [tillSession, setTillSession] = useState(memberAtTillNow)
  const [phone, setPhone] = useState('')
  const [hits, setHits] = useState<FoundProduct[] | null>(null)
  const [cart, setCart] = useState<CartLine[]>([])
  const [quote, setQuote] = useState<StaffQuote | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [placed, setPlaced] = useState<{ orderNo: string; payableFen: number; name: string } | null>(null)
  const orderKey = useRef(newOrderKey())
  const asked = useRef(0)

  const customer = tillSession ? { tillToken: tillSession.tillToken } : PHONE.test(phone.trim()) ? { phone: phone.trim() } : null
  const items = cart.map((l) => ({ productId: l.product.id, quantity: l.quantity }))

  // Every change of member or cart asks the BFF again (the key says what was asked); only the newest answer is shown.
  const asking = customer && items.length > 0 ? JSON.stringify({ storeId, ...customer, items }) : null
  useEffect(() => {
    setQuote(null)
    if (!asking) return
    const ask = ++asked.current
    void run(() => quoteForMember(JSON.parse(asking))).then((answer) => ask === asked.current && setQuote(answer))
  }, [asking, run])

  const find = async (query: string) => {
    const page = await run(() => searchProducts(storeId, query, null))
    if (!page) return false
    setHits(page.nodes)
    return true
  }
  const setQuantity = (product: FoundProduct, quantity: number) => {
    orderKey.current = newOrderKey()
    setCart((lines) => {
      const rest = lines.filter((l) => l.product.id !== product.id)
      if (quantity <= 0) return rest
      const at = lines.findIndex((l) => l.product.id === product.id)
      const next = [...rest]
      next.splice(at < 0 ? rest.length : at, 0, { product, quantity })
      return next
    })
  }
  const quantityOf = (product: FoundProduct) => cart.find((l) => l.product.id === product.id)?.quantity ?? 0
  const memberName = quote?.member.nickname ?? tillSession?.member.nickname ?? '会员'
  const units = cart.reduce((sum, l) => sum + l.quantity, 0)

  const place = async () => {
    setConfirming(false)
    const order = await run(() =>
      placeOrderForMember({ storeId, ...customer!, items, idempotencyKey: orderKey.current, expectedPayableFen: quote!.quote.payableFen }),
    )
    if (!order) return
    setPlaced({ orderNo: order.orderNo, payableFen: order.payableFen, name: memberName })
    orderKey.current = newOrderKey()
    setCart([])
    setHits(null)
  }
  const nextCustomer = () => {
    holdMemberAtTill(null)
    setTillSession(null)
    setPhone('')
    setPlaced(null)
  }

  if (placed) {
    return (
      <View className='counter-page'>
        <View className='counter-card assist-done' role='status'>
          <Text className='assist-done__title'>已为顾客下单</Text>
          <Text className='assist-done__line'>{`订单号 ${placed.orderNo}`}</Text>
          <Text className='assist-done__line'>{`${placed.name} · 应付 ${formatYuanFixed(placed.payableFen)}`}</Text>
          <Text className='assist-done__hint'>请顾客在小程序「我的订单」中支付</Text>
        </View>
        <View className='counter-bar'>
          <Button variant='secondary' size='lg' onClick={() => void switchStaffTab('till')}>
            回到收银
          </Button>
          <Button size='lg' block onClick={nextCustomer}>
            下一位顾客
          </Button>
        </View>
      </View>
    )
  }

  return (
    <View className='counter-page'>
      <View className='counter-card'>
        <Text className='counter-card__title'>顾客</Text>
        {tillSession ? (
          <View className='counter-row'>
            <View className='counter-row__main'>
              <Text className='counter-row__name'>{`${tillSession.member.nickname ?? '会员'} · 收银台已识别`}</Text>
              <Text className='counter-row__meta'>{`卡号尾号 ${tillSession.member.cardNo.slice(-4)}`}</Text>
            </View>
            <Tag tone='member'>{tillSession.member.tierName}</Tag>
            <Button size='sm' variant='ghost' className='counter-row__action' onClick={() => setTillSession(null)}>
              改用手机号
            </Button>
          </View>
        ) : (
          <>
            <Input className='counter-input' type='number' maxlength={11} placeholder='会员手机号（11位）' value={phone} onInput={(e) => setPhone(e.detail.value)} />
            {quote && (
              <Text className='counter-muted assist-member'>{`${quote.member.nickname ?? '会员'} · ${quote.member.tierName} · 可用积分 ${quote.member.pointsAvailable}`}</Text>
            )}
          </>
        )}
      </View>

      <ScanField placeholder='商品名、拼音或条码' submitText='查找' scanText='扫商品条码' scanTypes={['barCode', 'qrCode']} onSubmit={find} />
      {hits && (
        <ProductResults
          products={hits}
          trailing={(p) =>
            quantityOf(p) > 0 ? (
              <Stepper value={quantityOf(p)} max={p.available} label={p.name} onChange={(n) => setQuantity(p, n)} />
            ) : (
              <Button variant='secondary' className='counter-row__action' disabled={p.available <= 0} onClick={() => setQuantity(p, 1)}>
                加入
              </Button>
            )
          }
        />
      )}

      <View className='counter-card' data-testid='assist-cart'>
        <Text className='counter-card__title'>{`已选商品（${units}件）`}</Text>
        {cart.length === 0 && <Text className='counter-muted'>查找商品后点「加入」</Text>}
        {cart.map((l) => (
          <View key={l.product.id} className='counter-row'>
            <View className='counter-row__main'>
              <Text className='counter-row__name'>{l.product.name}</Text>
              <Text className='counter-row__meta'>{formatYuanFixed(l.product.priceFen)}</Text>
            </View>
            <Stepper value={l.quantity} max={l.product.available} label={l.product.name} onChange={(n) => setQuantity(l.product, n)} />
          </View>
        ))}
      </View>

      {quote && (
        <View className='counter-card' data-testid='assist-quote'>
          <Text className='counter-card__title'>价格（与小程序结算一致）</Text>
          <PriceBreakdown quote={quote.quote} showLines />
          <Text className='counter-muted assist-promise'>{`到店自提 · ${quote.quote.promise.label}`}</Text>
        </View>
      )}

      <View className='counter-bar'>
        <View className='counter-bar__summary'>
          <Text className={`counter-bar__total ${quote ? '' : 'counter-bar__total--none'}`}>{quote ? `应付 ${formatYuanFixed(quote.quote.payableFen)}` : '应付 —'}</Text>
          <Text className='counter-bar__note'>{customer ? '到店自提，顾客在小程序支付' : '请先识别会员或输入手机号'}</Text>
        </View>
        <Button size='lg' disabled={!quote} onClick={() => setConfirming(true)}>
          下单
        </Button>
      </View>
      <Dialog
        open={confirming && quote !== null}
        title='确认代客下单'
        message={quote ? `为 ${memberName} 下单 ${units} 件，应付 ${formatYuanFixed(quote.quote.payableFen)}，到店自提 · ${quote.quote.promise.label}` : ''}
        confirmText='下单'
        onConfirm={() => void place()}
        onCancel={() => setConfirming(false)}
      />
    </View>
  )
}
