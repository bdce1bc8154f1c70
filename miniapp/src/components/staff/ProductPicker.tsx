import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { ProductResults, type FoundProduct } from '@/components/staff/ProductResults'
import { ScanField } from '@/components/staff/ScanField'
import type { Run } from '@/components/staff/run'
import { searchProducts } from '@/services/catalog'

/**
 * Finds a store's products by name, pinyin or barcode (typed, or scanned on WeChat) and hands the
 * chosen one over: operators pick products, never type their ids. A search naming one product
 * (a scanned barcode) picks it at once.
 */
export function ProductPicker({ storeId, run, onPick, picked }: { storeId: string; run: Run; onPick: (product: FoundProduct) => void; picked: (productId: string) => boolean }) {
  const [hits, setHits] = useState<FoundProduct[] | null>(null)
  const find = async (query: string) => {
    const page = await run(() => searchProducts(storeId, query, null))
    if (!page) return false
    if (page.nodes.length === 1) {
      onPick(page.nodes[0]!)
      setHits(null)
    } else {
      setHits(page.nodes)
    }
    return true
  }
  return (
    <View className='product-picker'>
      <ScanField placeholder='商品名、拼音或条码' submitText='查找' scanText='扫条码添加' scanTypes={['barCode']} onSubmit={find} />
      {hits && (
        <ProductResults
          products={hits}
          onPick={onPick}
          trailing={(p) => <Text className={`product-picker__state ${picked(p.id) ? 'product-picker__state--on' : ''}`}>{picked(p.id) ? '已选' : '添加'}</Text>}
        />
      )}
    </View>
  )
}
