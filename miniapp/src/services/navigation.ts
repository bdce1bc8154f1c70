import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'

import { setPendingCategory } from './preferences'

export const ROUTES = {
  home: '/pages/index/index',
  category: '/pages/category/index',
  product: '/pages/product/index',
  search: '/pages/search/index',
  stores: '/pages/stores/index',
  location: '/pages/location/index',
  cart: '/pages/cart/index',
  member: '/pages/member/index',
  profile: '/pages/profile/index',
  // Ordering pages share one subpackage, outside the 2 MB main package.
  orders: '/pages/orders/index',
  checkout: '/pages/orders/checkout/index',
  order: '/pages/orders/detail/index',
  // Landing page of campaign QR codes.
  campaign: '/pages/campaign/index',
} as const

export const openProduct = (storeId: string, productId: string) =>
  Taro.navigateTo({ url: `${ROUTES.product}?storeId=${encodeURIComponent(storeId)}&id=${encodeURIComponent(productId)}` })
/** A campaign's page, its featured products priced at `storeId` (the shopper's chosen store without one). */
export const openCampaign = (campaignId: string, storeId?: string) =>
  Taro.navigateTo({ url: `${ROUTES.campaign}?id=${encodeURIComponent(campaignId)}${storeId ? `&storeId=${encodeURIComponent(storeId)}` : ''}` })
export const openSearch = () => Taro.navigateTo({ url: ROUTES.search })
export const openStoreSwitcher = () => Taro.navigateTo({ url: ROUTES.stores })
export const openLocationPicker = () => Taro.navigateTo({ url: ROUTES.location })
/** The route of the page on top, without a leading slash ('pages/index/index'), or null before any page. */
function topRoute(): string | null {
  const pages = Taro.getCurrentPages()
  return pages[pages.length - 1]?.route?.replace(/^\//, '') ?? null
}

/**
 * 首页. Already on top (a door code opens the app there), it stays as it is: switching to it again
 * would show it again, and it would load its store a second time while the first load is under way.
 */
export async function goHome(): Promise<void> {
  if (topRoute() === ROUTES.home.slice(1)) return
  await Taro.switchTab({ url: ROUTES.home })
}
export const openCart = () => Taro.switchTab({ url: ROUTES.cart })
export const openCheckout = (storeId: string) => Taro.navigateTo({ url: `${ROUTES.checkout}?storeId=${encodeURIComponent(storeId)}` })
export const openOrders = () => Taro.navigateTo({ url: ROUTES.orders })
export const openOrder = (orderId: string) => Taro.navigateTo({ url: `${ROUTES.order}?id=${encodeURIComponent(orderId)}` })
/** After placing: checkout is done, so the order replaces it and 返回 does not lead back to a spent checkout. */
export const replaceWithOrder = (orderId: string) => Taro.redirectTo({ url: `${ROUTES.order}?id=${encodeURIComponent(orderId)}` })

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

/** weapp: what 转发 (the share button or the menu) sends from this page; needs enableShareAppMessage. */
export const useShare = (content: () => { title: string; path: string }) => useShareAppMessage(content)

/** Staff mode: its own pages in the staff subpackage, switched by the staff tab bar. */
export const STAFF_ROUTES = {
  orders: '/pages/staff/orders/index',
  pickup: '/pages/staff/pickup/index',
  till: '/pages/staff/till/index',
  stock: '/pages/staff/stock/index',
  /** 代客下单, opened from 收银 (not on the tab bar). */
  assist: '/pages/staff/assist/index',
  manager: '/pages/staff/manager/index',
  /** 总部: head office's chain-wide tools. */
  hq: '/pages/staff/hq/index',
  // Not tabs: one order's picking list, opened from the queue; tools opened from 店长 or 总部.
  picking: '/pages/staff/picking/index',
  people: '/pages/staff/people/index',
  audit: '/pages/staff/audit/index',
  storeSettings: '/pages/staff/store-settings/index',
  shelf: '/pages/staff/shelf/index',
  /** 商品: head office's product content. */
  catalog: '/pages/staff/catalog/index',
  /** 活动: campaign pages of the store (店长) or the chain (总部). */
  campaigns: '/pages/staff/campaigns/index',
  /** 营销: promotions and coupon templates of the store (店长) or the chain (总部). */
  marketing: '/pages/staff/marketing/index',
  /** 收银与ERP接入: head office's integration clients (tills and the ERP) and their keys. */
  integrations: '/pages/staff/integrations/index',
} as const
type StaffToolPage = 'people' | 'audit' | 'storeSettings' | 'shelf' | 'catalog' | 'campaigns' | 'marketing' | 'integrations'
export type StaffTab = Exclude<keyof typeof STAFF_ROUTES, 'picking' | StaffToolPage>

/** A tool page of staff mode, for the store being worked or (chain) for head office. */
export const openStaffTool = (tool: StaffToolPage, chain: boolean) =>
  Taro.navigateTo({ url: chain ? `${STAFF_ROUTES[tool]}?scope=chain` : STAFF_ROUTES[tool] })

/** 员工加入: redeeming an invitation code, open to anyone signed in (the new clerk is not staff yet). */
export const openStaffJoin = () => Taro.navigateTo({ url: '/pages/staff/join/index' })

/** Staff tabs replace each other instead of stacking, like a tab bar: 返回 leaves staff mode. */
export const switchStaffTab = (tab: StaffTab) => Taro.redirectTo({ url: STAFF_ROUTES[tab] })
export const openStaffMode = () => Taro.navigateTo({ url: STAFF_ROUTES.orders })
export const openPicking = (orderId: string) => Taro.navigateTo({ url: `${STAFF_ROUTES.picking}?id=${encodeURIComponent(orderId)}` })
/** From the picking list back to the queue it was opened from (the queue itself when opened from a link). */
export function backToQueue() {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack()
  return switchStaffTab('orders')
}
