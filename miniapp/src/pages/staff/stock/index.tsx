import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { ProductImage } from '@/components/ProductImage'
import { ProductResults, type FoundProduct } from '@/components/staff/ProductResults'
import { ScanField } from '@/components/staff/ScanField'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { searchProducts } from '@/services/catalog'
import { fetchStock, markProductOutOfStock, setStockCount, type StockLine } from '@/services/staff'
import { formatClock } from '@/utils/format'

import '@/components/staff/counter.css'

export default function StaffStockPage() {
  return <StaffLayout tab='stock'>{({ store, run }) => <Stock storeId={store.storeId} run={run} />}</StaffLayout>
}

/** The usual reasons for a count to differ; 其他 asks for the reason in words. */
const REASONS = ['盘点', '破损', '过期', '退货入库', '其他'] as const
type Reason = (typeof REASONS)[number]

/** Stock at the counter: find a product (name, pinyin, barcode, scan), see its stock and changes, correct the count, mark it sold out. */
function Stock({ storeId, run }: { storeId: string; run: Run }) {
  const [hits, setHits] = useState<FoundProduct[] | null>(null)
  const [product, setProduct] = useState<FoundProduct | null>(null)
  const [line, setLine] = useState<StockLine | null>(null)
  const [count, setCount] = useState('')
  const [reason, setReason] = useState<Reason | null>(null)
  const [otherReason, setOtherReason] = useState('')
  const [confirming, setConfirming] = useState<'count' | 'soldOut' | null>(null)
  const [result, setResult] = useState<string | null>(null)

  const open = async (found: FoundProduct) => {
    const stock = await run(() => fetchStock(storeId, found.id))
    if (!stock) return
    setProduct(found)
    setLine(stock)
    setCount('')
    setReason(null)
    setOtherReason('')
  }
  const find = async (query: string) => {
    setResult(null)
    const page = await run(() => searchProducts(storeId, query, null))
    if (!page) return false
    setHits(page.nodes)
    setLine(null)
    // A scanned barcode names one product: straight to its stock.
    if (page.nodes.length === 1) await open(page.nodes[0]!)
    return true
  }

  const counted = /^\d{1,6}$/.test(count) ? Number(count) : null
  const reasonText = reason === '其他' ? otherReason.trim() : reason
  const canCount = line !== null && counted !== null && counted !== line.onHand && Boolean(reasonText)

  const change = async (action: () => Promise<{ onHand: number }>, done: (onHandFrom: number, onHandTo: number) => string) => {
    setConfirming(null)
    const from = line!.onHand
    const changed = await run(action)
    if (!changed) return
    setResult(done(from, changed.onHand))
    setLine(await run(() => fetchStock(storeId, line!.productId)))
    setCount('')
  }

  return (
    <View className='counter-page'>
      <ScanField placeholder='商品名、拼音或条码' submitText='查找' scanText='扫商品条码' scanTypes={['barCode', 'qrCode']} onSubmit={find} />
      {result && (
        <View className='counter-ok' role='status'>
          {result}
        </View>
      )}
      {!line && hits && <ProductResults products={hits} onPick={(p) => void open(p)} />}
      {!line && !hits && <Text className='counter-empty'>输入商品名（可用拼音，如 kele）或条码查找</Text>}
      {line && product && (
        <>
          <View className='counter-card' data-testid='stock-line'>
            <View className='counter-row'>
              <ProductImage src={product.image?.thumb} name={product.name} size='sm' />
              <View className='counter-row__main'>
                <Text className='counter-row__name'>{line.name}</Text>
                <Text className='counter-row__meta'>{`条码 ${line.barcode}`}</Text>
              </View>
              {hits && hits.length > 1 && (
                <Button size='sm' variant='ghost' className='counter-row__action' onClick={() => setLine(null)}>
                  返回列表
                </Button>
              )}
            </View>
            <View className='stock-figures'>
              <Figure label='在架' value={line.onHand} />
              <Figure label='订单占用' value={line.reserved} />
              <Figure label='可售' value={line.available} tone={line.available > 0 ? 'available' : 'out'} />
            </View>
          </View>

          <View className='counter-card'>
            <Text className='counter-card__title'>盘点</Text>
            <Text className='counter-label'>实点在架数量</Text>
            <Input className='counter-input' type='number' placeholder={`现为 ${line.onHand}`} value={count} onInput={(e) => setCount(e.detail.value)} />
            <Text className='counter-label'>原因</Text>
            <View className='reason-chips' role='radiogroup'>
              {REASONS.map((r) => (
                <View key={r} role='radio' aria-checked={r === reason} className={`reason-chip ${r === reason ? 'reason-chip--on' : ''}`} onClick={() => setReason(r)}>
                  <Text>{r}</Text>
                </View>
              ))}
            </View>
            {reason === '其他' && (
              <Input className='counter-input counter-input--other' placeholder='请写明原因' value={otherReason} onInput={(e) => setOtherReason(e.detail.value)} />
            )}
          </View>

          <View className='counter-card'>
            <Text className='counter-card__title'>最近变动</Text>
            {line.movements.length === 0 && <Text className='counter-muted'>暂无变动</Text>}
            {line.movements.map((m) => (
              <View key={m.id} className='counter-row'>
                <View className='counter-row__main'>
                  <Text className='counter-row__name'>{`${m.onHandFrom} → ${m.onHandTo}　${m.reason}`}</Text>
                  <Text className='counter-row__meta'>{`${formatClock(m.at)}${m.actorName ? ` · ${m.actorName}` : ''}`}</Text>
                </View>
              </View>
            ))}
          </View>

          <View className='counter-bar'>
            <Button variant='secondary' size='lg' disabled={line.available <= 0} onClick={() => setConfirming('soldOut')}>
              标记售罄
            </Button>
            <Button size='lg' block disabled={!canCount} onClick={() => setConfirming('count')}>
              更新库存
            </Button>
          </View>
          <Dialog
            open={confirming === 'count'}
            title='确认更新库存'
            message={canCount ? `${line.name}：在架 ${line.onHand} → ${counted}（${reasonText}）` : ''}
            confirmText='更新'
            onConfirm={() =>
              void change(
                () => setStockCount(storeId, line.productId, counted!, reasonText!),
                (from, to) => `已更新 ${line.name}：在架 ${from} → ${to}`,
              )
            }
            onCancel={() => setConfirming(null)}
          />
          <Dialog
            open={confirming === 'soldOut'}
            title='确认标记售罄'
            message={`${line.name}：在架 ${line.onHand} → ${line.reserved}（只留订单已占用的），顾客将不能再购买`}
            confirmText='标记售罄'
            destructive
            onConfirm={() =>
              void change(
                () => markProductOutOfStock(storeId, line.productId, '标记售罄'),
                (from, to) => `已标记售罄 ${line.name}：在架 ${from} → ${to}`,
              )
            }
            onCancel={() => setConfirming(null)}
          />
        </>
      )}
    </View>
  )
}

function Figure({ label, value, tone }: { label: string; value: number; tone?: 'available' | 'out' }) {
  return (
    <View className={`stock-figure ${tone ? `stock-figure--${tone}` : ''}`}>
      <Text className='stock-figure__value'>{value}</Text>
      <Text className='stock-figure__label'>{label}</Text>
    </View>
  )
}
