import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import { ProductImage } from '@/components/ProductImage'
import type { ProductSummary } from '@/services/catalog'
import { formatYuanFixed } from '@/utils/format'

import './counter.css'

export type FoundProduct = ProductSummary

/** Products found by the store's catalogue search, with their pictures; a row opens the product, or carries its own control. */
export function ProductResults({ products, onPick, trailing }: { products: FoundProduct[]; onPick?: (product: FoundProduct) => void; trailing?: (product: FoundProduct) => ReactNode }) {
  if (products.length === 0) return <Text className='counter-empty'>没有找到，换个名称、拼音或条码试试</Text>
  return (
    <View className='counter-card' data-testid='product-results'>
      {products.map((p) => (
        <View key={p.id} className='counter-row product-result' onClick={() => onPick?.(p)}>
          <ProductImage src={p.image?.thumb} name={p.name} size='sm' />
          <View className='counter-row__main'>
            <Text className='counter-row__name'>{p.name}</Text>
            <Text className={`counter-row__meta ${p.available > 0 ? '' : 'product-result--out'}`}>
              {`${formatYuanFixed(p.priceFen)} · ${p.available > 0 ? `可售 ${p.available}` : '已售罄'}`}
            </Text>
          </View>
          {trailing?.(p)}
        </View>
      ))}
    </View>
  )
}
