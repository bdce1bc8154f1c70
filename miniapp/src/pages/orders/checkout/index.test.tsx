import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { placeOrderOutOfStock, placeOrderPriceChanged, quoteFor, quoteWithCoupons } from '../../../../../mocks/src/graphql/index.ts'
import { setChosenLocation } from '@/services/preferences'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Checkout from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
const confirmDialog = vi.hoisted(() => vi.fn(async () => true))
vi.mock('@/services/feedback', () => ({ toast: vi.fn(), confirmDialog, callPhone: vi.fn() }))
const server = useMswServer()

beforeEach(() => {
  localStorage.clear()
  navigationMock.pageParams = { storeId: '101' }
  navigationMock.replaceWithOrder.mockClear()
  confirmDialog.mockClear()
})

it.each([
  ['PRICE_CHANGED', placeOrderPriceChanged, '价格有变化：应付¥13.90，请确认后再提交'],
  ['OUT_OF_STOCK', placeOrderOutOfStock, '「海苔薯片 70g」库存不足'],
])('stays on checkout and says why when placeOrder is refused with %s', async (_code, handler, message) => {
  server.use(handler)
  render(<Checkout />)
  // Delivery to the default address first, ¥5 delivery fee included.
  await screen.findByText('应付 ¥17.9')
  expect(screen.getByText('静安寺 愚园路68号 3楼').parentElement!.className).toContain('address-option--selected')
  fireEvent.click(screen.getByText('到店自提'))
  await screen.findByText('应付 ¥12.9')
  expect(screen.getByText('约15分钟后可取（14:20起）')).toBeTruthy()

  fireEvent.click(screen.getByText('提交订单'))
  // Money moves: the shopper confirms the amount and the promise first.
  await waitFor(() => expect(confirmDialog).toHaveBeenCalledWith('确认下单', '应付¥12.9，约15分钟后可取（14:20起）'))
  expect((await screen.findByText(message)).className).toContain('checkout__error')
  expect(navigationMock.replaceWithOrder).not.toHaveBeenCalled()
})

it("pre-selects the coupon the server names best and lets the shopper choose another or none", async () => {
  server.use(quoteWithCoupons)
  render(<Checkout />)
  // The first quote has no coupon; the best one (¥3 off) is applied without a tap.
  await screen.findByText('应付 ¥14.9')
  expect(screen.getByText('满10减3元').parentElement!.className).toContain('coupon--selected')
  fireEvent.click(screen.getByText('满10减1元'))
  await screen.findByText('应付 ¥16.9')
  fireEvent.click(screen.getByText('不使用优惠券'))
  await screen.findByText('应付 ¥17.9')
  expect(screen.getByText('不使用优惠券').className).toContain('coupon--selected')
})

it('shows the promise once and picks a time from a sheet of days and times, not a row of chips', async () => {
  render(<Checkout />)
  await screen.findByText('应付 ¥17.9')
  expect(screen.getAllByText('约30分钟送达（14:35前）')).toHaveLength(1)
  expect(screen.queryByText('14:30-15:00')).toBeNull()
  fireEvent.click(screen.getByText('尽快送达'))
  expect(document.querySelector('.time-sheet')).toBeTruthy()
  expect([...document.querySelectorAll('.time-day')].map((n) => n.textContent)).toEqual(['今天'])
  // Only slots with room are offered; the full 15:00 one is not.
  expect([...document.querySelectorAll('.time-sheet__times .time-option')].map((n) => n.textContent)).toEqual(['14:30-15:00'])
  fireEvent.click(screen.getByText('14:30-15:00'))
  expect(document.querySelector('.time-sheet')).toBeNull()
  expect(screen.getByText('预约')).toBeTruthy()
})

it('puts the 起送 shortfall beside the pay button and does not let the order go', async () => {
  server.use(
    graphql.query('Quote', ({ variables }) => {
      const { items, fulfilment } = (variables as { input: { items: Array<{ productId: string; quantity: number }>; fulfilment: 'DELIVERY' | 'PICKUP' } }).input
      return HttpResponse.json({ data: { quote: { ...quoteFor(items, fulfilment), belowMinimumFen: fulfilment === 'DELIVERY' ? 1500 : 0 } } })
    }),
  )
  render(<Checkout />)
  const shortfall = await screen.findByText('还差¥15起送')
  expect(shortfall.closest('.checkout__footer')).toBe(document.querySelector('.checkout__footer'))
  fireEvent.click(screen.getByText('提交订单'))
  expect(confirmDialog).not.toHaveBeenCalled()
  fireEvent.click(screen.getByText('到店自提'))
  await screen.findByText('应付 ¥12.9')
  expect(screen.queryByText('还差¥15起送')).toBeNull()
})

it("names the pickup store, its address, distance and hours", async () => {
  setChosenLocation({ lat: 31.235, lng: 121.48, label: '南京东路' })
  render(<Checkout />)
  await screen.findByText('应付 ¥17.9')
  expect(screen.queryByText('街角便利 南京东路店')).toBeNull()
  fireEvent.click(screen.getByText('到店自提'))
  expect((await screen.findByText('街角便利 南京东路店')).className).toContain('pickup-store__name')
  expect(screen.getByText('上海市黄浦区南京东路300号 · 距您350m')).toBeTruthy()
  expect(screen.getByText('24小时营业')).toBeTruthy()
})
