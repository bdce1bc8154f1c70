import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

import { cartItems } from '../../../mocks/src/graphql/index.ts'
import { publishCart, resetCartStore } from '@/services'

import { TabBar, withTabBar } from './TabBar'

// What Taro's H5 runtime publishes from app.config.ts, icon paths resolved to built files.
const tabBar = {
  color: '#666666',
  selectedColor: '#d7261e',
  backgroundColor: '#ffffff',
  list: ['index', 'category', 'cart', 'member', 'profile'].map((page, index) => ({
    pagePath: `pages/${page}/index`,
    text: ['首页', '分类', '购物车', '会员', '我的'][index]!,
    iconPath: `/static/${page}.png`,
    selectedIconPath: `/static/${page}-active.png`,
  })),
}

beforeEach(() => {
  resetCartStore()
  ;(globalThis as { __taroAppConfig?: unknown }).__taroAppConfig = { tabBar }
})
afterEach(() => {
  delete (globalThis as { __taroAppConfig?: unknown }).__taroAppConfig
  vi.restoreAllMocks()
})

it('draws app.config.ts\'s tabs, marks the current page, and switches to another tab on a tap', () => {
  const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  render(<TabBar current='/pages/category/index' />)
  const tabs = screen.getAllByRole('link')
  expect(tabs.map((tab) => tab.textContent)).toEqual(['首页', '分类', '购物车', '会员', '我的'])
  expect(tabs.map((tab) => tab.getAttribute('aria-current'))).toEqual([null, 'page', null, null, null])
  expect(tabs[1]!.querySelector('img')!.getAttribute('src')).toBe('/static/category-active.png')
  expect(tabs[0]!.querySelector('img')!.getAttribute('src')).toBe('/static/index.png')
  expect(screen.getByText('分类').getAttribute('style')).toContain('color: rgb(215, 38, 30)')

  fireEvent.click(tabs[3]!)
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/member/index' })
  // The current tab stays where it is.
  fireEvent.click(tabs[1]!)
  expect(switchTab).toHaveBeenCalledTimes(1)
})

it('shows the cart count on 购物车 and follows the cart', () => {
  render(<TabBar current='/pages/index/index' />)
  expect(screen.getByRole('link', { name: '购物车' })).toBeTruthy()
  act(() => publishCart({ storeId: '101', updatedAt: '2026-11-25T06:00:00.000Z', items: cartItems }))
  const count = cartItems.reduce((sum, line) => sum + line.quantity, 0)
  const cartTab = screen.getByRole('link', { name: new RegExp(`^购物车\\s*，${count}件商品$`) })
  expect(cartTab.querySelector('.tab-bar__badge')!.textContent).toBe(String(count))
  expect(cartTab.querySelector('.tab-bar__badge')!.getAttribute('aria-hidden')).toBe('true')
  act(() => publishCart({ storeId: '101', updatedAt: '2026-11-25T06:01:00.000Z', items: [] }))
  expect(screen.getByRole('link', { name: '购物车' }).textContent).toBe('购物车')
})

it('puts the tab bar under a tab page on H5', () => {
  const Page = withTabBar('/pages/cart/index', () => <div>购物车页</div>)
  render(<Page />)
  expect(screen.getByText('购物车页')).toBeTruthy()
  expect(screen.getByRole('navigation', { name: '主导航' })).toBeTruthy()
  expect(screen.getByRole('link', { name: '购物车' }).getAttribute('aria-current')).toBe('page')
})
