import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

import { fetchCart, setCartItem, type Cart } from './orders'

/**
 * The cart as every browsing page shows it (card steppers, the cart bar, the tab badge): one copy in
 * memory, replaced by whatever the server answers last, so all of them agree.
 */
let current: Cart | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

const CART_TAB_INDEX = 2

export const cartCount = (cart: Cart | null) => cart?.items.reduce((sum, line) => sum + line.quantity, 0) ?? 0
/** List prices; member prices and promotions are the quote's business (cart page, checkout). */
export const cartGoodsFen = (cart: Cart | null) => cart?.items.reduce((sum, line) => sum + line.priceFen * line.quantity, 0) ?? 0

function syncTabBadge(count: number): void {
  // H5 draws its own tab bar (components/TabBar), which reads the cart itself.
  if (process.env.TARO_ENV === 'h5') return
  // Both calls reject when no tab bar is showing (e.g. a page opened from a shared link); nothing to update then.
  const done = count > 0 ? Taro.setTabBarBadge({ index: CART_TAB_INDEX, text: count > 99 ? '99+' : String(count) }) : Taro.removeTabBarBadge({ index: CART_TAB_INDEX })
  void Promise.resolve(done).catch(() => undefined)
}

/** Any cart the server answered with (including the cart page's own changes) goes through here. */
export function publishCart(cart: Cart): void {
  current = cart
  syncTabBadge(cartCount(cart))
  notify()
}

export async function refreshCart(storeId: string): Promise<Cart> {
  const cart = await fetchCart(storeId)
  publishCart(cart)
  return cart
}

/** Sets a line's quantity (0 removes it); the server checks stock and the per-order limit. */
export async function changeCartQuantity(storeId: string, productId: string, quantity: number): Promise<Cart> {
  const cart = await setCartItem(storeId, productId, quantity)
  publishCart(cart)
  return cart
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The last known cart of `storeId`; null until known (and for another store's cart). Reading never
 * fetches: the cart bar, present on every browsing page, loads it on show.
 */
export function useCart(storeId: string | null): Cart | null {
  const cart = useLatestCart()
  return cart && cart.storeId === storeId ? cart : null
}

/** The last cart the server answered with, whichever store's: the tab bar's count. */
export function useLatestCart(): Cart | null {
  return useSyncExternalStore(subscribe, () => current)
}

/** For tests: forget the cart and the terms between cases. */
export function resetCartStore(): void {
  current = null
  terms = undefined
}

/** The store's delivery terms, remembered when its card was last seen, so every page can say 还差¥X起送. */
export interface StoreTerms {
  storeId: string
  minOrderFen: number
  deliveryFeeFen: number
}

const TERMS_KEY = 'corner.store-terms'
let terms: StoreTerms | null | undefined

export function rememberStoreTerms(next: StoreTerms): void {
  Taro.setStorageSync(TERMS_KEY, next)
  terms = next
  notify()
}

export function getStoreTerms(storeId: string): StoreTerms | null {
  if (terms === undefined) {
    try {
      terms = (Taro.getStorageSync(TERMS_KEY) as StoreTerms | '') || null
    } catch {
      terms = null
    }
  }
  return terms && terms.storeId === storeId ? terms : null
}

/** getStoreTerms that re-renders when the home page learns the terms. */
export function useStoreTerms(storeId: string): StoreTerms | null {
  return useSyncExternalStore(subscribe, () => getStoreTerms(storeId))
}
