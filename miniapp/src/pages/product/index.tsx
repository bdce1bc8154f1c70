import { Button, Image, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import { addToCart, fetchProduct, setChosenStore, toast, toDisplayMessage, usePageParams, openProduct, type ProductDetail } from '@/services'
import { formatDistance, formatYuan } from '@/utils/format'

import './index.css'

function Elsewhere({ product }: { product: ProductDetail }) {
  if (product.elsewhere.length === 0) return <View className='product__elsewhere-none'>附近门店也暂时缺货</View>
  return (
    <View className='product__elsewhere'>
      <Text className='product__section'>附近有货的门店</Text>
      {product.elsewhere.map((other) => (
        <View
          key={other.store.id}
          className='elsewhere-row'
          data-store-id={other.store.id}
          onClick={() => {
            // Browsing moves to that store: its price and stock are what the shopper would get there.
            setChosenStore({ id: other.store.id, name: other.store.name })
            void openProduct(other.store.id, product.id)
          }}
        >
          <Text className='elsewhere-row__name'>{other.store.name}</Text>
          <Text className='elsewhere-row__meta'>{`距本店${formatDistance(other.distanceM)} · 有货${other.available}${product.unit} · ${other.store.openingStatus.label}`}</Text>
        </View>
      ))}
    </View>
  )
}

function AddToCart({ storeId, productId }: { storeId: string; productId: string }) {
  const [adding, setAdding] = useState(false)
  async function add() {
    setAdding(true)
    try {
      await addToCart(storeId, productId)
      toast('已加入购物车')
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setAdding(false)
    }
  }
  return (
    <Button className='product__add-to-cart' loading={adding} disabled={adding} onClick={() => void add()}>
      加入购物车
    </Button>
  )
}

export default function Product() {
  const { storeId = '', id = '' } = usePageParams()
  const { state, reload } = useAsync(() => fetchProduct(storeId, id), [storeId, id])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
  const product = state.data
  const soldOut = product.available <= 0
  return (
    <View className='product'>
      {product.images[0] && <Image className='product__image' src={product.images[0].large} mode='aspectFit' />}
      <Text className='product__name'>{product.name}</Text>
      <View className='product__prices'>
        <Text className='product__price'>{`¥${formatYuan(product.priceFen)}`}</Text>
        {product.badges.includes('MEMBER_PRICE') && product.memberPriceFen != null && (
          <Text className='product__member-price'>{`会员价 ¥${formatYuan(product.memberPriceFen)}`}</Text>
        )}
        <Text className='product__unit'>{`/${product.unit}`}</Text>
      </View>
      <Text className={soldOut ? 'product__stock product__stock--out' : 'product__stock'}>
        {soldOut ? '本店暂时缺货' : `本店有货 ${product.available}${product.unit}`}
      </Text>
      {product.description && <Text className='product__description'>{product.description}</Text>}
      {soldOut ? <Elsewhere product={product} /> : <AddToCart storeId={storeId} productId={product.id} />}
    </View>
  )
}
