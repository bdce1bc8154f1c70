import Taro, { useDidShow, useRouter } from '@tarojs/taro'

import { setPendingCategory } from './preferences'

export const ROUTES = {
  home: '/pages/index/index',
  category: '/pages/category/index',
  product: '/pages/product/index',
  search: '/pages/search/index',
  stores: '/pages/stores/index',
  location: '/pages/location/index',
} as const

export const openProduct = (storeId: string, productId: string) =>
  Taro.navigateTo({ url: `${ROUTES.product}?storeId=${encodeURIComponent(storeId)}&id=${encodeURIComponent(productId)}` })
export const openSearch = () => Taro.navigateTo({ url: ROUTES.search })
export const openStoreSwitcher = () => Taro.navigateTo({ url: ROUTES.stores })
export const openLocationPicker = () => Taro.navigateTo({ url: ROUTES.location })
export const goHome = () => Taro.switchTab({ url: ROUTES.home })

export function openCategory(categoryId: string) {
  setPendingCategory(categoryId)
  return Taro.switchTab({ url: ROUTES.category })
}

/** Back to the page that opened this one; home when there is none (opened from a shared link). */
export function goBack() {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack()
  return Taro.switchTab({ url: ROUTES.home })
}

/** Query parameters of the current page. */
export function usePageParams(): Record<string, string | undefined> {
  return useRouter().params
}

/** Runs on every show of a page (returning from a sub-page or switching tabs), not only the first. */
export const usePageShow = useDidShow
