import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { cartItems } from '../../../mocks/src/graphql/index.ts'
import { rememberStoreTerms, resetCartStore } from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import { CartBar, cartBarAction } from './CartBar'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
useMswServer()

// The fixture cart: 2 × ¥3 and 1 × ¥8.9, ¥14.9 in all.
const goodsFen = cartItems.reduce((sum, line) => sum + line.priceFen * line.quantity, 0)

beforeEach(() => {
  localStorage.clear()
  vi.clearAllMocks()
  resetCartStore()
})

it('says how much is missing below the delivery minimum, and sends the shopper to the cart', async () => {
  rememberStoreTerms({ storeId: '101', minOrderFen: 2000, deliveryFeeFen: 300 })
  render(<CartBar storeId='101' />)
  await screen.findByText('还差¥5.1起送')
  expect(screen.getByText('¥14.9')).toBeTruthy()
  expect(screen.getByText('3')).toBeTruthy()
  expect(screen.getByText('另需配送费¥3')).toBeTruthy()
  fireEvent.click(screen.getByText('还差¥5.1起送'))
  expect(navigationMock.openCheckout).not.toHaveBeenCalled()
  expect(navigationMock.openCart).toHaveBeenCalled()
})

it('offers 去结算 once the minimum is reached', async () => {
  rememberStoreTerms({ storeId: '101', minOrderFen: 1000, deliveryFeeFen: 0 })
  render(<CartBar storeId='101' />)
  fireEvent.click(await screen.findByText('去结算'))
  expect(navigationMock.openCheckout).toHaveBeenCalledWith('101')
  expect(screen.getByText('免配送费')).toBeTruthy()
})

it('words the button for an empty cart, a shortfall and no known minimum', () => {
  expect(cartBarAction(0, 2000)).toEqual({ ready: false, text: '¥20起送' })
  expect(cartBarAction(1490, 2000)).toEqual({ ready: false, text: '还差¥5.1起送' })
  expect(cartBarAction(2000, 2000)).toEqual({ ready: true, text: '去结算' })
  expect(cartBarAction(1490, null)).toEqual({ ready: true, text: '去结算' })
  expect(cartBarAction(0, null)).toEqual({ ready: false, text: '去结算' })
})
