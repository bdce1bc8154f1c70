import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { ProductImage } from '@/components/ProductImage'
import { Segmented } from '@/components/Segmented'
import { Empty } from '@/components/StateView'
import { Tag } from '@/components/Tag'
import { ScanField } from '@/components/staff/ScanField'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { searchShelf, setShelfItem, type ShelfItem, type ShelfItemInput } from '@/services/store-settings'
import { formatYuan, formatYuanFixed, parseYuan } from '@/utils/format'

import '@/components/staff/counter.css'
import './index.css'

export default function StaffShelfPage() {
  return (
    <StaffLayout tab='manager'>
      {({ store, run }) =>
        store.permissions.includes('STORE_SHELF') ? <Shelf key={store.storeId} storeId={store.storeId} run={run} /> : <Text className='counter-empty'>{`您的角色（${store.roleName}）不能管理货架`}</Text>
      }
    </StaffLayout>
  )
}

const bandText = (item: ShelfItem) =>
  item.priceBandMinFen == null && item.priceBandMaxFen == null
    ? '总部未设价格带'
    : `总部价格带 ${item.priceBandMinFen == null ? '不限' : formatYuanFixed(item.priceBandMinFen)} – ${item.priceBandMaxFen == null ? '不限' : formatYuanFixed(item.priceBandMaxFen)}`
const inBand = (fen: number, item: ShelfItem) => (item.priceBandMinFen == null || fen >= item.priceBandMinFen) && (item.priceBandMaxFen == null || fen <= item.priceBandMaxFen)

/** 货架: find a product the store stocks (name, pinyin, barcode, scan), take it off or put it on sale, price it within head office's band, set its warning line. */
function Shelf({ storeId, run }: { storeId: string; run: Run }) {
  const [hits, setHits] = useState<ShelfItem[] | null>(null)
  const [item, setItem] = useState<ShelfItem | null>(null)
  const [result, setResult] = useState<string | null>(null)

  const find = async (query: string) => {
    setResult(null)
    const found = await run(() => searchShelf(storeId, query))
    if (!found) return false
    setHits(found)
    // A scanned barcode names one product: straight to it.
    setItem(found.length === 1 ? found[0]! : null)
    return true
  }
  const saved = (next: ShelfItem, text: string) => {
    setItem(next)
    setHits((list) => list?.map((row) => (row.productId === next.productId ? next : row)) ?? null)
    setResult(text)
  }

  return (
    <View className='counter-page'>
      <ScanField placeholder='商品名、拼音或条码' submitText='查找' scanText='扫商品条码' scanTypes={['barCode', 'qrCode']} onSubmit={find} />
      {result && (
        <View className='counter-ok' role='status'>
          {result}
        </View>
      )}
      {!item && hits && hits.length === 0 && <Empty text='本店货架上没有找到该商品' />}
      {!item && hits && hits.length > 0 && (
        <View className='counter-card'>
          {hits.map((hit) => (
            <View key={hit.productId} className='counter-row shelf-hit' role='button' onClick={() => setItem(hit)}>
              <ProductImage src={hit.image?.thumb} name={hit.name} size='sm' />
              <View className='counter-row__main'>
                <Text className='counter-row__name'>{hit.name}</Text>
                <Text className='counter-row__meta'>{`${formatYuanFixed(hit.priceFen)} · 可售 ${hit.available}`}</Text>
              </View>
              <Tag tone={hit.onSale ? 'success' : 'muted'}>{hit.onSale ? '在售' : '已下架'}</Tag>
            </View>
          ))}
        </View>
      )}
      {!item && !hits && <Text className='counter-empty'>输入商品名（可用拼音，如 kele）或条码，管理上下架和价格</Text>}
      {item && (
        <ShelfEditor
          key={item.productId}
          storeId={storeId}
          item={item}
          run={run}
          onBack={hits && hits.length > 1 ? () => setItem(null) : null}
          onSaved={saved}
        />
      )}
    </View>
  )
}

function ShelfEditor({
  storeId,
  item,
  run,
  onBack,
  onSaved,
}: {
  storeId: string
  item: ShelfItem
  run: Run
  onBack: (() => void) | null
  onSaved: (item: ShelfItem, text: string) => void
}) {
  const [price, setPrice] = useState(formatYuan(item.priceFen))
  const [memberPrice, setMemberPrice] = useState(item.memberPriceFen == null ? '' : formatYuan(item.memberPriceFen))
  const [threshold, setThreshold] = useState(String(item.lowStockThreshold))
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  const priceFen = parseYuan(price)
  const memberFen = memberPrice.trim() === '' ? null : parseYuan(memberPrice)
  const thresholdCount = /^\d{1,4}$/.test(threshold.trim()) ? Number(threshold) : null
  const problem =
    priceFen === null || priceFen <= 0
      ? '门店价请填大于0的金额'
      : !inBand(priceFen, item)
        ? `门店价超出${bandText(item)}`
        : memberPrice.trim() !== '' && memberFen === null
          ? '会员价请填金额，或留空表示无会员价'
          : memberFen !== null && !inBand(memberFen, item)
            ? `会员价超出${bandText(item)}`
            : memberFen !== null && memberFen >= priceFen
              ? '会员价须低于门店价'
              : thresholdCount === null
                ? '预警线请填0–9999的整数'
                : null
  const pricesChanged = priceFen !== item.priceFen || memberFen !== item.memberPriceFen
  const changed = pricesChanged || thresholdCount !== item.lowStockThreshold

  const save = async (input: ShelfItemInput, text: string) => {
    setConfirming(false)
    setBusy(true)
    const next = await run(() => setShelfItem(storeId, item.productId, input))
    setBusy(false)
    if (next) onSaved(next, text)
  }
  // On or off sale at the store's current prices: one tap, undone by the next.
  const toggle = (onSale: boolean) =>
    save(
      { onSale, priceFen: item.priceFen, memberPriceFen: item.memberPriceFen ?? null, lowStockThreshold: item.lowStockThreshold },
      onSale ? `${item.name} 已上架` : `${item.name} 已下架，顾客将看不到它`,
    )
  const submit = () => save({ onSale: item.onSale, priceFen: priceFen!, memberPriceFen: memberFen, lowStockThreshold: thresholdCount! }, `${item.name} 已保存`)
  const priceLine = (fen: number | null) => (fen == null ? '无' : formatYuanFixed(fen))

  return (
    <>
      <View className='counter-card' data-testid='shelf-item'>
        <View className='counter-row'>
          <ProductImage src={item.image?.thumb} name={item.name} size='sm' />
          <View className='counter-row__main'>
            <Text className='counter-row__name'>{item.name}</Text>
            <Text className='counter-row__meta'>{`条码 ${item.barcode}`}</Text>
            <Text className='counter-row__meta'>{`在架 ${item.onHand} · 可售 ${item.available}`}</Text>
          </View>
          {onBack && (
            <Button size='sm' variant='ghost' className='counter-row__action' onClick={onBack}>
              返回列表
            </Button>
          )}
        </View>
        <Text className='counter-label'>本店销售</Text>
        <Segmented
          ariaLabel='本店销售'
          options={[
            { value: 'on', label: '在售' },
            { value: 'off', label: '下架' },
          ]}
          value={item.onSale ? 'on' : 'off'}
          onChange={(value) => void toggle(value === 'on')}
        />
        {!item.onSale && <Text className='shelf-off'>已下架：顾客在本店的商品列表、搜索和结算中都看不到它</Text>}
      </View>

      <View className='counter-card'>
        <Text className='counter-card__title'>价格</Text>
        <Text className='shelf-band'>{bandText(item)}</Text>
        <View className='shelf-prices'>
          <View className='shelf-prices__field'>
            <Text className='counter-label'>门店价（元）</Text>
            <Input className='counter-input' type='digit' placeholder={formatYuan(item.basePriceFen)} value={price} onInput={(e) => setPrice(e.detail.value)} />
          </View>
          <View className='shelf-prices__field'>
            <Text className='counter-label'>会员价（元）</Text>
            <Input className='counter-input' type='digit' placeholder='留空则无' value={memberPrice} onInput={(e) => setMemberPrice(e.detail.value)} />
          </View>
        </View>
        <Text className='counter-muted'>{`总部基础价 ${formatYuanFixed(item.basePriceFen)}；线上与收银同一价格`}</Text>
        <Text className='counter-label'>库存预警线（可售不多于此数时显示「仅剩」）</Text>
        <Input className='counter-input' type='number' placeholder='如 5' value={threshold} onInput={(e) => setThreshold(e.detail.value)} />
        {problem && changed && (
          <View className='shelf-problem' role='alert'>
            {problem}
          </View>
        )}
      </View>

      <View className='counter-bar'>
        <Button size='lg' block loading={busy} disabled={!changed || problem !== null} onClick={() => (pricesChanged ? setConfirming(true) : void submit())}>
          保存
        </Button>
      </View>
      <Dialog
        open={confirming}
        title='确认修改价格'
        message={`${item.name}：门店价 ${priceLine(item.priceFen)} → ${priceLine(priceFen)}，会员价 ${priceLine(item.memberPriceFen ?? null)} → ${priceLine(memberFen)}。顾客下一次打开即按新价格购买，收银同价。`}
        confirmText='改价'
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
      />
    </>
  )
}
