import { Image, Text, View } from './elements'
import { useEffect, useRef } from 'react'

import cartIcon from '@/assets/tabbar/cart-active.png'
import { cartCount, cartGoodsFen, openCart, openCheckout, refreshCart, useCart, usePageShow, useStoreTerms } from '@/services'
import { formatYuan } from '@/utils/format'

import { BUTTON } from './control'
import { TAB_BAR_INSIDE_PAGE } from './TabBar'

/** What the bar's button says: how far from the delivery minimum, or that checkout is open. */
export function cartBarAction(goodsFen: number, minOrderFen: number | null): { ready: boolean; text: string } {
  if (minOrderFen != null && goodsFen < minOrderFen) {
    return { ready: false, text: goodsFen === 0 ? `¥${formatYuan(minOrderFen)}起送` : `还差¥${formatYuan(minOrderFen - goodsFen)}起送` }
  }
  return { ready: goodsFen > 0, text: '去结算' }
}

/**
 * The floating cart bar of every browsing page: count, total and either 还差¥X起送 or 去结算. Loading
 * the cart here also keeps the tab bar's badge right.
 */
export interface CartBarProps {
  storeId: string | null
  /** On a tab page: H5 draws the tab bar inside the page, so the bar floats above it. */
  aboveTabBar?: boolean
  /** Leaves room at the end of the page for the bar; off where the page scrolls inside a view of its own. */
  reserveSpace?: boolean
}

export function CartBar({ storeId, aboveTabBar = false, reserveSpace = true }: CartBarProps) {
  // Loaded when the store becomes known (the home page learns it after its first show), then again
  // on every later show, since the cart changes on other pages.
  const shownBefore = useRef(false)
  usePageShow(() => {
    if (shownBefore.current && storeId) refreshCart(storeId).catch(() => undefined)
    shownBefore.current = true
  })
  useEffect(() => {
    if (storeId) refreshCart(storeId).catch(() => undefined)
  }, [storeId])
  const cart = useCart(storeId)
  const terms = useStoreTerms(storeId ?? '')
  if (!storeId) return null
  const count = cartCount(cart)
  const goodsFen = cartGoodsFen(cart)
  const action = cartBarAction(goodsFen, terms?.minOrderFen ?? null)
  return (
    <>
      {reserveSpace && <View className='cart-bar__spacer' />}
      <View className={aboveTabBar && TAB_BAR_INSIDE_PAGE ? 'cart-bar cart-bar--above-tab-bar' : 'cart-bar'}>
        {/* Named by what it shows (购物车, the count, the total), so what is heard is what is seen. */}
        <View className='cart-bar__summary' {...BUTTON} onClick={() => void openCart()}>
          <View className={count > 0 ? 'cart-bar__icon cart-bar__icon--full' : 'cart-bar__icon'}>
            <Image className='cart-bar__icon-image' src={cartIcon} alt='购物车' />
            {count > 0 && <Text className='cart-bar__count'>{count > 99 ? '99+' : count}</Text>}
          </View>
          <View className='cart-bar__figures'>
            {count > 0 ? <Text className='cart-bar__total'>{`¥${formatYuan(goodsFen)}`}</Text> : <Text className='cart-bar__empty'>购物车是空的</Text>}
            {terms && <Text className='cart-bar__fee'>{terms.deliveryFeeFen > 0 ? `另需配送费¥${formatYuan(terms.deliveryFeeFen)}` : '免配送费'}</Text>}
          </View>
        </View>
        <View
          className={action.ready ? 'cart-bar__action cart-bar__action--ready' : 'cart-bar__action'}
          {...BUTTON}
          onClick={() => void (action.ready ? openCheckout(storeId) : count > 0 && openCart())}
        >
          <Text>{action.text}</Text>
        </View>
      </View>
    </>
  )
}
