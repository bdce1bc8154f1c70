import { Text, View } from '@tarojs/components'

import type { ProductSummary } from '@/services'
import { formatYuan } from '@/utils/format'

import './ProductCard.css'

const BADGE_TEXT = { LOW_STOCK: '仅剩少量', OUT_OF_STOCK: '本店缺货', MEMBER_PRICE: '会员价' } as const

export function ProductCard({ product, onOpen }: { product: ProductSummary; onOpen: (productId: string) => void }) {
  const soldOut = product.badges.includes('OUT_OF_STOCK')
  return (
    <View
      className={soldOut ? 'product-card product-card--sold-out' : 'product-card'}
      data-product-id={product.id}
      onClick={() => onOpen(product.id)}
    >
      <Text className='product-card__name'>{product.name}</Text>
      <View className='product-card__badges'>
        {product.badges.map((badge) => (
          <Text key={badge} className={`product-card__badge product-card__badge--${badge.toLowerCase()}`}>
            {badge === 'LOW_STOCK' ? `仅剩${product.available}${product.unit}` : BADGE_TEXT[badge]}
          </Text>
        ))}
      </View>
      <View className='product-card__prices'>
        <Text className='product-card__price'>{`¥${formatYuan(product.priceFen)}`}</Text>
        {product.badges.includes('MEMBER_PRICE') && product.memberPriceFen != null && (
          <Text className='product-card__member-price'>{`会员¥${formatYuan(product.memberPriceFen)}`}</Text>
        )}
        <Text className='product-card__unit'>{`/${product.unit}`}</Text>
      </View>
    </View>
  )
}
