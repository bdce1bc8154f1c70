import { Text, View } from './elements'

import type { ProductSummary } from '@/services'

import { LINK } from './control'
import { Price } from './Price'
import { ProductImage } from './ProductImage'
import { QuickAdd } from './QuickAdd'
import { Tag } from './Tag'

const BADGE = {
  LOW_STOCK: { tone: 'warn', text: '' },
  OUT_OF_STOCK: { tone: 'muted', text: '本店缺货' },
  MEMBER_PRICE: { tone: 'member', text: '会员价' },
} as const

export interface ProductCardProps {
  product: ProductSummary
  storeId: string
  /** grid: two to a row (home); row: image left, text right (category, search). */
  layout?: 'grid' | 'row'
  /** On screen as the page opens: load the picture at once, ahead of other pictures, rather than through the lazy loader. */
  eagerImage?: boolean
  onOpen: (productId: string) => void
}

export function ProductCard({ product, storeId, layout = 'row', eagerImage = false, onOpen }: ProductCardProps) {
  const soldOut = product.badges.includes('OUT_OF_STOCK')
  const memberFen = product.badges.includes('MEMBER_PRICE') ? product.memberPriceFen : null
  return (
    <View
      className={`product-card product-card--${layout}${soldOut ? ' product-card--sold-out' : ''}`}
      data-product-id={product.id}
      onClick={() => onOpen(product.id)}
    >
      <View className='product-card__media'>
        <ProductImage src={product.image?.thumb} name={product.name} size='fill' lazy={!eagerImage} priority={eagerImage} />
        {soldOut && <Text className='product-card__sold-out'>已售罄</Text>}
      </View>
      <View className='product-card__body'>
        {/* The card takes the tap; its name is the link for screen readers and the keyboard (a card-wide link would wrap the quick add). */}
        <Text className='product-card__name' {...LINK}>
          {product.name}
        </Text>
        <View className='product-card__badges'>
          {product.badges.map((badge) => (
            <Tag key={badge} tone={BADGE[badge].tone} className={`product-card__badge product-card__badge--${badge.toLowerCase()}`}>
              {badge === 'LOW_STOCK' ? `仅剩${product.available}${product.unit}` : BADGE[badge].text}
            </Tag>
          ))}
        </View>
        <View className='product-card__foot'>
          <Price fen={product.priceFen} memberFen={memberFen} unit={product.unit} size='sm' />
          {!soldOut && (
            <View className='product-card__add'>
              <QuickAdd storeId={storeId} productId={product.id} name={product.name} max={product.available} />
            </View>
          )}
        </View>
      </View>
    </View>
  )
}
