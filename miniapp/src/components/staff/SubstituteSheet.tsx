import { Text } from '@tarojs/components'
import { useEffect, useState } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { Sheet } from '@/components/Sheet'
import { Empty, Loading } from '@/components/StateView'
import { ProductResults, type FoundProduct } from '@/components/staff/ProductResults'
import { ScanField } from '@/components/staff/ScanField'
import type { Run } from '@/components/staff/run'
import { searchProducts } from '@/services/catalog'
import { substituteRefusal, type StaffOrderItem } from '@/services/staff'
import { formatYuanFixed } from '@/utils/format'

import './counter.css'

export interface SubstituteSheetProps {
  storeId: string
  /** The line to replace (render the sheet keyed by it: it searches once, when opened). */
  item: StaffOrderItem
  run: Run
  onClose: () => void
  /** After the clerk confirmed what the shopper gets: calls staffSubstituteItem. */
  onSubstitute: (item: StaffOrderItem, product: FoundProduct) => Promise<void>
}

/**
 * 换货: the store's products found by the catalogue search, only those the BFF would take choosable
 * (each other row says why not), then a confirmation of what the shopper gets and gets back.
 */
export function SubstituteSheet({ storeId, item, run, onClose, onSubstitute }: SubstituteSheetProps) {
  const [hits, setHits] = useState<FoundProduct[] | null>(null)
  const [chosen, setChosen] = useState<FoundProduct | null>(null)
  // Until the clerk searches, hits are the category guess: an empty guess is no "nothing found".
  const [searched, setSearched] = useState(false)

  const find = async (query: string, byClerk = true) => {
    const page = await run(() => searchProducts(storeId, query, null))
    if (!page) return false
    setHits(page.nodes)
    setSearched(byClerk)
    return true
  }
  // Opened on a line: products matching its category first, the likeliest substitutes.
  useEffect(() => void find(item.categoryName, false), [])

  const refundFen = chosen ? item.outOfStockRefundFen - chosen.priceFen * item.quantity : 0
  const confirm = async () => {
    const product = chosen!
    setChosen(null)
    await onSubstitute(item, product)
  }

  return (
    <>
      <Sheet open title={`换货：${item.name} ×${item.quantity}${item.unit}`} onClose={onClose}>
        <ScanField placeholder='商品名、拼音或条码' submitText='查找' scanText='扫商品条码' scanTypes={['barCode']} onSubmit={find} />
        {hits === null ? (
          <Loading skeleton='rows' />
        ) : hits.length === 0 && !searched ? (
          <Empty text='输入商品名、拼音或条码，或扫商品条码，找一件替代商品' />
        ) : (
          <ProductResults
            products={hits}
            trailing={(p) => {
              const refusal = substituteRefusal(item, p)
              return refusal ? (
                <Text className='counter-row__meta'>{refusal}</Text>
              ) : (
                <Button size='sm' variant='secondary' onClick={() => setChosen(p)}>
                  换这个
                </Button>
              )
            }}
          />
        )}
      </Sheet>
      <Dialog
        open={chosen !== null}
        title='确认换货？'
        message={
          chosen
            ? `顾客将收到 ${chosen.name} ×${item.quantity}${item.unit}，${refundFen > 0 ? `退还差价 ${formatYuanFixed(refundFen)}（原路退回）` : '价格相同，无差价退还'}。`
            : ''
        }
        confirmText='确认换货'
        cancelText='再看看'
        onConfirm={() => void confirm()}
        onCancel={() => setChosen(null)}
      />
    </>
  )
}
