import { fireEvent, screen, within } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import type { ShelfItemFieldsFragment } from '@corner/shared-types/client'

import { staffHandlers, staffStoresClerk, staffStoresManager } from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { button, byPlaceholder, confirmDialog, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffShelfPage from './index'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)

const item = (productId: string, name: string, change: Partial<ShelfItemFieldsFragment> = {}): ShelfItemFieldsFragment => ({
  productId,
  name,
  barcode: `69000000${productId.padStart(5, '0')}`,
  image: null,
  onSale: true,
  priceFen: 350,
  memberPriceFen: 300,
  basePriceFen: 350,
  priceBandMinFen: 300,
  priceBandMaxFen: 450,
  lowStockThreshold: 5,
  onHand: 24,
  available: 21,
  ...change,
})
const COLA = item('1', '可口可乐 330ml')

beforeEach(() => {
  server.use(
    staffStoresManager,
    ...staffHandlers,
    graphql.query('StoreShelf', ({ variables }) =>
      HttpResponse.json({ data: { storeShelf: { nodes: variables.query === 'kele' ? [COLA, item('2', '可口可乐 零度 330ml', { onSale: false })] : [COLA] } } }),
    ),
    graphql.mutation('SetShelfItem', ({ variables }) =>
      HttpResponse.json({ data: { setShelfItem: { ...COLA, ...variables.input, memberPriceFen: variables.input.memberPriceFen ?? null } } }),
    ),
  )
})

async function find(query: string) {
  await renderStaffPage(<StaffShelfPage />)
  typeInto(byPlaceholder('商品名、拼音或条码'), query)
  fireEvent.click(button('查找'))
}

it('lists hits by pinyin with their state, and opens one with its band', async () => {
  await find('kele')
  expect(await screen.findByText('可口可乐 零度 330ml')).toBeTruthy()
  expect(screen.getByText('已下架')).toBeTruthy()
  expect(requests.sent.StoreShelf).toEqual({ storeId: '1', query: 'kele' })
  fireEvent.click(screen.getByText('可口可乐 330ml'))
  const card = await screen.findByTestId('shelf-item')
  expect(within(card).getByText('条码 6900000000001')).toBeTruthy()
  expect(within(card).getByText('在架 24 · 可售 21')).toBeTruthy()
  expect(screen.getByText('总部价格带 ¥3.00 – ¥4.50')).toBeTruthy()
})

it('下架 is one tap at the current prices and says what shoppers see', async () => {
  await find('6900000000001')
  await screen.findByTestId('shelf-item')
  fireEvent.click(screen.getByText('下架'))
  expect(await screen.findByText('可口可乐 330ml 已下架，顾客将看不到它')).toBeTruthy()
  expect(requests.sent.SetShelfItem).toEqual({ storeId: '1', productId: '1', input: { onSale: false, priceFen: 350, memberPriceFen: 300, lowStockThreshold: 5 } })
  expect(screen.getByText('已下架：顾客在本店的商品列表、搜索和结算中都看不到它')).toBeTruthy()
})

it('a price outside the band cannot be saved and says the band', async () => {
  await find('可乐')
  await screen.findByTestId('shelf-item')
  typeInto(byPlaceholder('3.5'), '5')
  expect((await screen.findByRole('alert')).textContent).toBe('门店价超出总部价格带 ¥3.00 – ¥4.50')
  expect(button('保存').hasAttribute('disabled')).toBe(true)
  typeInto(byPlaceholder('3.5'), '3')
  expect(screen.getByRole('alert').textContent).toBe('会员价须低于门店价')
})

it('a new price is saved only after a confirmation naming old and new prices', async () => {
  await find('可乐')
  await screen.findByTestId('shelf-item')
  typeInto(byPlaceholder('3.5'), '3.8')
  typeInto(byPlaceholder('留空则无'), '')
  fireEvent.click(button('保存'))
  expect(await screen.findByText('可口可乐 330ml：门店价 ¥3.50 → ¥3.80，会员价 ¥3.00 → 无。顾客下一次打开即按新价格购买，收银同价。')).toBeTruthy()
  expect(requests.sent.SetShelfItem).toBeUndefined()
  await confirmDialog('改价')
  expect(await screen.findByText('可口可乐 330ml 已保存')).toBeTruthy()
  expect(requests.sent.SetShelfItem).toEqual({ storeId: '1', productId: '1', input: { onSale: true, priceFen: 380, memberPriceFen: null, lowStockThreshold: 5 } })
})

it("the server's refusal (a band head office just narrowed) is shown, and the threshold alone needs no confirmation", async () => {
  server.use(
    graphql.mutation('SetShelfItem', () =>
      HttpResponse.json({
        data: null,
        errors: [{ message: '门店价须在总部设定的价格带内（¥3.00 到 ¥3.60 之间），收到 ¥3.50', extensions: { code: 'BAD_USER_INPUT', reason: 'PRICE_OUT_OF_BAND', minFen: 300, maxFen: 360 } }],
      }),
    ),
  )
  await find('可乐')
  await screen.findByTestId('shelf-item')
  typeInto(byPlaceholder('如 5'), '8')
  fireEvent.click(button('保存'))
  expect((await screen.findByText('门店价须在总部设定的价格带内（¥3.00 到 ¥3.60 之间），收到 ¥3.50')).className).toContain('staff-layout__error')
  expect(requests.sent.SetShelfItem).toMatchObject({ input: { lowStockThreshold: 8 } })
})

it('a clerk is told the page is not theirs and never asks for the shelf', async () => {
  server.use(staffStoresClerk)
  await renderStaffPage(<StaffShelfPage />)
  expect(await screen.findByText(/不能使用此页/)).toBeTruthy()
  expect(requests.sent.StoreShelf).toBeUndefined()
})
