import Taro from '@tarojs/taro'
import type { ComponentType } from 'react'

import { cartCount, useLatestCart } from '@/services'

import { LINK } from './control'
import { Image, Text, View } from './elements'
import './TabBar.css'

/**
 * On H5 the tab bar is drawn inside each tab page, 50 px high (fixed bars on those pages sit above it);
 * weapp draws its own native one outside the page.
 */
export const TAB_BAR_INSIDE_PAGE = process.env.TARO_ENV === 'h5'

interface TabBarConfig {
  color: string
  selectedColor: string
  backgroundColor?: string
  list: Array<{ pagePath: string; text: string; iconPath: string; selectedIconPath: string }>
}

/** app.config.ts's tab bar, as Taro's H5 runtime publishes it (icon paths resolved to the built files). */
const appTabBar = (): TabBarConfig | undefined => (globalThis as { __taroAppConfig?: { tabBar?: TabBarConfig } }).__taroAppConfig?.tabBar

const CART_PAGE = 'pages/cart/index'

/**
 * H5's tab bar, drawn from app.config.ts (labels, icons, colours) with plain elements. Taro's own is a
 * web component (Stencil) that drew itself before the page, in a task of its own, and set the first
 * paint before the page had any content (Lighthouse); this one comes with the page. The cart tab
 * carries the cart's count, as the native tab bar's badge does on weapp.
 */
export function TabBar({ current }: { current: string }) {
  const count = cartCount(useLatestCart())
  const tabBar = appTabBar()
  if (!tabBar) return null
  return (
    <View className='tab-bar' role='navigation' aria-label='主导航' style={{ background: tabBar.backgroundColor }}>
      {tabBar.list.map((tab) => {
        const selected = `/${tab.pagePath}` === current
        const badge = tab.pagePath === CART_PAGE && count > 0 ? (count > 99 ? '99+' : String(count)) : null
        return (
          <View
            key={tab.pagePath}
            className='tab-bar__item'
            {...LINK}
            aria-current={selected ? 'page' : undefined}
            onClick={() => !selected && void Taro.switchTab({ url: `/${tab.pagePath}` })}
          >
            <View className='tab-bar__icon'>
              <Image className='tab-bar__image' src={selected ? tab.selectedIconPath : tab.iconPath} alt='' />
              {badge && (
                <Text className='tab-bar__badge' aria-hidden='true'>
                  {badge}
                </Text>
              )}
            </View>
            <Text className='tab-bar__label' style={{ color: selected ? tabBar.selectedColor : tabBar.color }}>
              {tab.text}
            </Text>
            {/* Heard after the label (购物车，3件商品), so the name read out starts with the text shown. */}
            {badge && <Text className='tab-bar__heard'>{`，${badge}件商品`}</Text>}
          </View>
        )
      })}
    </View>
  )
}

/** A tab page with H5's tab bar under it (see TabBar); weapp's page as it is. */
export function withTabBar<P extends object>(route: string, Page: ComponentType<P>): ComponentType<P> {
  if (!TAB_BAR_INSIDE_PAGE) return Page
  return function TabPage(props: P) {
    return (
      <>
        <Page {...props} />
        <TabBar current={route} />
      </>
    )
  }
}
