import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { placeOrderOutOfStock, placeOrderPriceChanged } from '../../../../../mocks/src/graphql/index.ts'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Checkout from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
const server = useMswServer()

beforeEach(() => {
  localStorage.clear()
  navigationMock.pageParams = { storeId: '101' }
  navigationMock.replaceWithOrder.mockClear()
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
  expect((await screen.findByText(message)).className).toContain('checkout__error')
  expect(navigationMock.replaceWithOrder).not.toHaveBeenCalled()
})
