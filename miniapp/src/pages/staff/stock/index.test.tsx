import { fireEvent, screen } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { searchStoreProductsSuccess, staffHandlers, staffSetStockCountBelowReserved, staffStoresClerk } from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { button, byPlaceholder, confirmDialog, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffStockPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => server.use(staffStoresClerk, ...staffHandlers, searchStoreProductsSuccess))

/** Finds 测试饮料1号 by name: the one hit opens its stock. */
async function productOpened() {
  await renderStaffPage(<StaffStockPage />)
  typeInto(byPlaceholder('商品名、拼音或条码'), '测试饮料1号')
  fireEvent.click(button('查找'))
  await screen.findByTestId('stock-line')
}

it('finds a product by name (not only numbers), lists several hits with their stock, and opens one', async () => {
  await renderStaffPage(<StaffStockPage />)
  typeInto(byPlaceholder('商品名、拼音或条码'), '测试饮料2')
  fireEvent.click(button('查找'))
  expect(await screen.findByText('测试饮料2号 500ml')).toBeTruthy()
  expect(requests.sent.SearchStoreProducts).toMatchObject({ storeId: '1', query: '测试饮料2' })
  // 测试饮料2号 and 测试饮料20–29号: eleven hits, each with its price and what is left.
  expect(screen.getAllByText(/^¥\d+\.\d{2} · (可售 \d+|已售罄)$/)).toHaveLength(11)
  fireEvent.click(screen.getByText('测试饮料2号 500ml'))
  await screen.findByTestId('stock-line')
  expect(requests.sent.StaffStock).toEqual({ storeId: '1', key: '1001' })
})

it('a count is sent with the chosen reason only after a confirmation that says the change', async () => {
  server.use(
    graphql.mutation('StaffSetStockCount', ({ variables }) =>
      HttpResponse.json({ data: { staffSetStockCount: { productId: '1', onHand: variables.onHand, reserved: 3, available: variables.onHand - 3 } } }),
    ),
  )
  await productOpened()
  expect(screen.getByText('12')).toBeTruthy()
  expect(screen.getByText('条码 6900000001000')).toBeTruthy()
  typeInto(byPlaceholder('现为 12'), '9')
  expect(button('更新库存').hasAttribute('disabled')).toBe(true)
  fireEvent.click(screen.getByText('破损'))
  fireEvent.click(button('更新库存'))
  expect(await screen.findByText('测试饮料1号 500ml：在架 12 → 9（破损）')).toBeTruthy()
  expect(requests.sent.StaffSetStockCount).toBeUndefined()
  await confirmDialog('更新')
  expect(await screen.findByText('已更新 测试饮料1号 500ml：在架 12 → 9')).toBeTruthy()
  expect(requests.sent.StaffSetStockCount).toEqual({ storeId: '1', productId: '1', onHand: 9, reason: '破损' })
})

it('其他 asks for the reason in words', async () => {
  await productOpened()
  typeInto(byPlaceholder('现为 12'), '10')
  fireEvent.click(screen.getByText('其他'))
  expect(button('更新库存').hasAttribute('disabled')).toBe(true)
  typeInto(byPlaceholder('请写明原因'), '  试吃  ')
  fireEvent.click(button('更新库存'))
  expect(await screen.findByText('测试饮料1号 500ml：在架 12 → 10（试吃）')).toBeTruthy()
})

it('a count below what open orders hold is refused with the reason, and the stock shown stays as it was', async () => {
  server.use(staffSetStockCountBelowReserved)
  await productOpened()
  typeInto(byPlaceholder('现为 12'), '2')
  fireEvent.click(screen.getByText('盘点', { selector: '.reason-chip *' }))
  fireEvent.click(button('更新库存'))
  await confirmDialog('更新')
  expect((await screen.findByText('未完成订单已占用3件，库存不能少于3')).className).toContain('staff-layout__error')
  expect(requests.sent.StaffSetStockCount).toEqual({ storeId: '1', productId: '1', onHand: 2, reason: '盘点' })
  expect(screen.getByText('12')).toBeTruthy()
})

it('标记售罄 says what it does and waits for the confirmation', async () => {
  server.use(
    graphql.mutation('StaffMarkOutOfStock', () => HttpResponse.json({ data: { staffMarkOutOfStock: { productId: '1', onHand: 3, reserved: 3, available: 0 } } })),
  )
  await productOpened()
  fireEvent.click(button('标记售罄'))
  expect(await screen.findByText('测试饮料1号 500ml：在架 12 → 3（只留订单已占用的），顾客将不能再购买')).toBeTruthy()
  expect(requests.sent.StaffMarkOutOfStock).toBeUndefined()
  await confirmDialog('标记售罄')
  expect(await screen.findByText('已标记售罄 测试饮料1号 500ml：在架 12 → 3')).toBeTruthy()
  expect(requests.sent.StaffMarkOutOfStock).toEqual({ storeId: '1', productId: '1', reason: '标记售罄' })
})
