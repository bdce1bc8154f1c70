import Taro from '@tarojs/taro'
import { beforeEach, expect, it, vi } from 'vitest'

import { cartItems } from '../../../mocks/src/graphql/index.ts'

import { publishCart, resetCartStore } from './cart-store'

beforeEach(() => {
  resetCartStore()
  vi.restoreAllMocks()
})

it('keeps the 购物车 tab badge at the number of items in the cart, and clears it when the cart empties', () => {
  const setBadge = vi.spyOn(Taro, 'setTabBarBadge').mockResolvedValue({ errMsg: 'ok' })
  const removeBadge = vi.spyOn(Taro, 'removeTabBarBadge').mockResolvedValue({ errMsg: 'ok' })

  publishCart({ storeId: '101', updatedAt: '2026-11-25T06:00:00.000Z', items: cartItems })
  expect(setBadge).toHaveBeenCalledWith({ index: 2, text: '3' })

  publishCart({ storeId: '101', updatedAt: '2026-11-25T06:01:00.000Z', items: [] })
  expect(removeBadge).toHaveBeenCalledWith({ index: 2 })
})

it('does not fail where no tab bar is showing', async () => {
  vi.spyOn(Taro, 'setTabBarBadge').mockRejectedValue(new Error('setTabBarBadge:fail not TabBar page'))
  expect(() => publishCart({ storeId: '101', updatedAt: '2026-11-25T06:00:00.000Z', items: cartItems })).not.toThrow()
  await new Promise((resolve) => setTimeout(resolve, 0))
})
