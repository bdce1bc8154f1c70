import { fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { rememberStoreTerms, resetCartStore, setChosenStore } from '@/services'
import { useMswServer } from '@/test/msw'

import { cartItems } from '../../../../mocks/src/graphql/index.ts'
import Cart from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
useMswServer()

const FIXTURE_LINES = cartItems.map((line) => ({ ...line }))

beforeEach(() => {
  localStorage.clear()
  resetCartStore()
  cartItems.splice(0, cartItems.length, ...FIXTURE_LINES.map((line) => ({ ...line })))
  setChosenStore({ id: '101', name: '街角便利 静安寺店' })
  // What the home page remembered of the store: a ¥5 fee. The cart must not add it on its own.
  rememberStoreTerms({ storeId: '101', minOrderFen: 2000, deliveryFeeFen: 500 })
})

const row = (label: string) => screen.getByText(label).parentElement!.textContent

it('shows the cart with the quote breakdown, and re-prices when a quantity changes', async () => {
  render(<Cart />)
  await screen.findByText('测试饮料1号 500ml')
  // 2 × ¥3 at ¥2.5 member price, 任选2件8折 on ¥5, plus ¥8.9 of crisps, delivered for ¥5.
  expect(row('商品金额')).toContain('¥14.9')
  expect(row('会员价优惠')).toContain('-¥1')
  expect(row('促销优惠')).toContain('-¥1')
  expect(row('配送费')).toContain('+¥5')
  expect(row('应付')).toContain('¥17.9')
  expect(screen.getByText('已为您节省¥2')).toBeTruthy()

  const crisps = screen.getByText('海苔薯片 70g').closest('.cart-line') as HTMLElement
  fireEvent.click(within(crisps).getByText('+'))
  await within(crisps).findByText('2')
  await screen.findByText('合计 ¥26.8')
  expect(row('商品金额')).toContain('¥23.8')
})

it('below the free-delivery threshold: charges the quote’s fee, names the gap, and offers products that close it', async () => {
  render(<Cart />)
  // ¥12.9 of goods; the BFF delivers free from ¥29.
  expect((await screen.findByText('配送费¥5，再买¥16.1免配送费')).parentElement!.textContent).toContain('外卖配送')
  expect(screen.getByText('合计 ¥17.9')).toBeTruthy()
  expect(screen.getByText('含配送费¥5，自提免收')).toBeTruthy()

  const addOns = document.querySelector('.add-ons') as HTMLElement
  expect(within(addOns).getByText('还差¥16.1可享免配送费')).toBeTruthy()
  const cards = addOns.querySelectorAll('.product-card')
  expect(cards.length).toBeGreaterThan(0)
  // Each with image (or its placeholder), price and a quick add; none already in the cart.
  const ids = [...cards].map((card) => card.getAttribute('data-product-id'))
  expect(ids).not.toContain('1000')
  const first = cards[0] as HTMLElement
  expect(first.querySelector('.product-image')).toBeTruthy()
  expect(first.querySelector('.price')).toBeTruthy()

  // Quick add puts it in the cart, which is priced again: the new line shows and leaves the list.
  const name = first.querySelector('.product-card__name')!.textContent!
  fireEvent.click(within(first).getByRole('button', { name: `${name}加入购物车` }))
  await screen.findByText(name, { selector: '.cart-line__name' })
  expect([...document.querySelectorAll('.add-ons .product-card')].map((card) => card.getAttribute('data-product-id'))).not.toContain(ids[0])
})

it('from the free-delivery threshold: no fee in the total, and it says so', async () => {
  cartItems[1]!.quantity = 3
  render(<Cart />)
  // ¥4 of drinks and ¥26.7 of crisps: ¥30.7, over the ¥29 threshold.
  expect(await screen.findByText('已免配送费', { selector: '.cart__delivery-free' })).toBeTruthy()
  expect(screen.getByText('合计 ¥30.7')).toBeTruthy()
  expect(row('配送费')).toContain('+¥0')
  expect(document.querySelector('.add-ons')).toBeNull()
  expect(document.body.textContent).not.toContain('含配送费')
})
