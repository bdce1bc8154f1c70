import Taro from '@tarojs/taro'
import { beforeEach, expect, it, vi } from 'vitest'

import { cartItems } from '../../../mocks/src/graphql/index.ts'

import { publishCart, resetCartStore } from './cart-store'

beforeEach(() => {
  resetCartStore()
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
  // The native tab bar's badge is weapp's; H5 draws its own tab bar (components/TabBar.test.tsx).
  vi.stubEnv('TARO_ENV', 'weapp')
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

it('leaves the native badge alone on H5, whose tab bar reads the cart itself', () => {
  vi.stubEnv('TARO_ENV', 'h5')
  const setBadge = vi.spyOn(Taro, 'setTabBarBadge').mockResolvedValue({ errMsg: 'ok' })
  publishCart({ storeId: '101', updatedAt: '2026-11-25T06:00:00.000Z', items: cartItems })
  expect(setBadge).not.toHaveBeenCalled()
})
