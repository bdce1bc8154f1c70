import { Button as TaroButton, ScrollView, Swiper, SwiperItem, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Button } from '@/components/Button'
import { CartBar } from '@/components/CartBar'
import { BUTTON } from '@/components/control'
import { Price } from '@/components/Price'
import { ProductImage } from '@/components/ProductImage'
import { ErrorState, Loading } from '@/components/StateView'
import { Stepper } from '@/components/Stepper'
import { Tag } from '@/components/Tag'
import { useAsync } from '@/hooks/useAsync'
import {
  changeCartQuantity,
  copyText,
  fetchProduct,
  goBack,
  openProduct,
  ROUTES,
  setChosenStore,
  toast,
  toDisplayMessage,
  useCart,
  usePageParams,
  useShare,
  type ProductDetail,
} from '@/services'
import { formatDistance } from '@/utils/format'

import './index.css'

function Elsewhere({ product }: { product: ProductDetail }) {
  if (product.elsewhere.length === 0) return <View className='product__elsewhere-none'>{product.onSale ? '附近门店也暂时缺货' : '附近门店也没有在售'}</View>
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

/** 加入购物车 until the product is in the cart, then a stepper bounded by stock and the per-order limit. */
function AddToCart({ storeId, product }: { storeId: string; product: ProductDetail }) {
  const cart = useCart(storeId)
  const [busy, setBusy] = useState(false)
  const quantity = cart?.items.find((line) => line.productId === product.id)?.quantity ?? 0
  async function change(next: number) {
    setBusy(true)
    try {
      await changeCartQuantity(storeId, product.id, next)
      if (quantity === 0) toast('已加入购物车')
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='product__buy'>
      <Text className='product__buy-label'>{quantity > 0 ? '已选数量' : `每单限购${product.maxPerOrder}${product.unit}`}</Text>
      {quantity > 0 ? (
        <Stepper value={quantity} max={Math.min(product.available, product.maxPerOrder)} busy={busy} label={product.name} onChange={(next) => void change(next)} />
      ) : (
        <Button className='product__add-to-cart' loading={busy} onClick={() => void change(1)}>
          加入购物车
        </Button>
      )}
    </View>
  )
}

function Gallery({ product }: { product: ProductDetail }) {
  const [shown, setShown] = useState(0)
  const count = product.images.length
  if (count <= 1) return <ProductImage src={product.images[0]?.large} name={product.name} size='lg' lazy={false} className='product__image' />
  const pictures = product.images.map(({ large }) => (
    <ProductImage key={large} src={large} name={product.name} size='fill' lazy={false} className='product__image product__picture' />
  ))
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Swiper className='product__gallery' indicatorDots indicatorActiveColor='#d7261e' circular>
        {pictures.map((picture, index) => (
          <SwiperItem key={product.images[index]!.large}>{picture}</SwiperItem>
        ))}
      </Swiper>
    )
  }
  // H5: a strip the browser scrolls and snaps. Taro's H5 Swiper brings swiper.js (160 KiB), which came
  // with the component chunk every page shares, 首页 included, and cost a slow phone a long task there.
  return (
    <View className='product__gallery'>
      <ScrollView
        scrollX
        className='product__strip'
        onScroll={(event) => setShown(Math.round((event.detail.scrollLeft / event.detail.scrollWidth) * count))}
      >
        {pictures}
      </ScrollView>
      <Text className='product__gallery-count'>{`${shown + 1}/${count}`}</Text>
    </View>
  )
}

function ShareButton({ storeId, product }: { storeId: string; product: ProductDetail }) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <TaroButton className='product__share' openType='share'>
        分享
      </TaroButton>
    )
  }
  const url = `${window.location.origin}${ROUTES.product}?storeId=${encodeURIComponent(storeId)}&id=${encodeURIComponent(product.id)}`
  return (
    <View className='product__share' {...BUTTON} onClick={() => void copyText(url, '链接已复制，发给朋友吧')}>
      分享
    </View>
  )
}

export default function Product() {
  const { storeId = '', id = '' } = usePageParams()
  const { state, reload } = useAsync(() => fetchProduct(storeId, id), [storeId, id])
  useShare(() => ({
    title: state.status === 'ready' ? state.data.name : '街角便利',
    path: `${ROUTES.product}?storeId=${encodeURIComponent(storeId)}&id=${encodeURIComponent(id)}`,
  }))
  if (state.status === 'loading') return <Loading skeleton='rows' />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
  const product = state.data
  const soldOut = product.available <= 0
  const memberFen = product.badges.includes('MEMBER_PRICE') ? product.memberPriceFen : null
  return (
    <View className='product'>
      <View className='product__media'>
        <Gallery product={product} />
        <View className='product__back' {...BUTTON} aria-label='返回' onClick={() => void goBack()}>
          <View className='product__back-arrow' />
        </View>
      </View>
      <View className='product__panel'>
        <Price fen={product.priceFen} memberFen={memberFen} unit={product.unit} size='lg' />
        <View className='product__title-row'>
          <Text className='product__name'>{product.name}</Text>
          <ShareButton storeId={storeId} product={product} />
        </View>
        <View className='product__tags'>
          {!product.onSale ? (
            <Tag tone='muted'>本店已下架</Tag>
          ) : soldOut ? (
            <Tag tone='muted'>本店暂时缺货</Tag>
          ) : (
            <Tag tone='success'>{`本店有货 ${product.available}${product.unit}`}</Tag>
          )}
          {product.available > 0 && product.badges.includes('LOW_STOCK') && <Tag tone='warn'>库存紧张</Tag>}
        </View>
        {product.description && <Text className='product__description'>{product.description}</Text>}
      </View>
      {soldOut ? (
        <View className='product__panel'>
          <Elsewhere product={product} />
        </View>
      ) : (
        <View className='product__panel'>
          <AddToCart storeId={storeId} product={product} />
        </View>
      )}
      <CartBar storeId={storeId} />
    </View>
  )
}
