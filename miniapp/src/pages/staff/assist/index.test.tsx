import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { graphql, HttpResponse } from 'msw'

import { drinks, staffCounterHandlers, staffHandlers, staffStoresClerk } from '../../../../../mocks/src/graphql/index.ts'
import { holdMemberAtTill, scanMember } from '@/services/staff'
import { useMswServer } from '@/test/msw'
import { button, byPlaceholder, confirmDialog, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffAssistPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

/** The search finds 测试饮料1号 (the drink the quote fixture prices), 20 on the shelf. */
const drinkOneInStock = graphql.query('SearchStoreProducts', () =>
  HttpResponse.json({
    data: { searchStoreProducts: { nodes: [{ ...drinks[0]!, available: 20, badges: [] }], pageInfo: { hasNextPage: false, endCursor: null }, suggestions: [] } },
  }),
)

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => {
  holdMemberAtTill(null)
  server.use(staffStoresClerk, ...staffHandlers, ...staffCounterHandlers, drinkOneInStock)
})

/** 测试饮料1号 ×2 into the cart from the search. */
async function twoDrinksPicked() {
  typeInto(byPlaceholder('商品名、拼音或条码'), '测试饮料1号')
  fireEvent.click(button('查找'))
  await screen.findByTestId('product-results')
  fireEvent.click(button('加入'))
  fireEvent.click(await within(screen.getByTestId('assist-cart')).findByLabelText('测试饮料1号 500ml增加一件'))
  await waitFor(() => expect(screen.getByText('已选商品（2件）')).toBeTruthy())
}

it('for a member by phone: the BFF’s quote (member price, promotion, payable, pickup time) before 下单, then the order number and where to pay', async () => {
  await renderStaffPage(<StaffAssistPage />)
  typeInto(byPlaceholder('会员手机号（11位）'), '13800000013')
  await twoDrinksPicked()
  const quote = await screen.findByTestId('assist-quote')
  expect(requests.sent.StaffQuote).toEqual({ input: { storeId: '1', phone: '13800000013', items: [{ productId: '1000', quantity: 2 }] } })
  expect(within(quote).getByText('指定饮料任选2件8折 -¥1')).toBeTruthy()
  expect(screen.getByText('演示会员 · 银卡 · 可用积分 1280')).toBeTruthy()
  expect(screen.getByText('应付 ¥4.00')).toBeTruthy()
  fireEvent.click(button('下单'))
  expect(await screen.findByText(/^为 演示会员 下单 2 件，应付 ¥4\.00，到店自提 · .+$/)).toBeTruthy()
  expect(requests.sent.StaffPlaceOrder).toBeUndefined()
  await confirmDialog('下单')
  expect(await screen.findByText('订单号 2026112514000123')).toBeTruthy()
  expect(screen.getByText('请顾客在小程序「我的订单」中支付')).toBeTruthy()
  expect(requests.sent.StaffPlaceOrder).toMatchObject({
    input: { storeId: '1', phone: '13800000013', items: [{ productId: '1000', quantity: 2 }], expectedPayableFen: 400, idempotencyKey: expect.stringMatching(/^staff-/) },
  })
}, 20_000)

it('for the member the till scanned, without asking for a phone', async () => {
  // Scanned a minute ago: the session is still good.
  holdMemberAtTill({ ...(await scanMember('1', '441720935581')), expiresAt: new Date(Date.now() + 9 * 60_000).toISOString() })
  await renderStaffPage(<StaffAssistPage />)
  expect(screen.getByText('演示会员 · 收银台已识别')).toBeTruthy()
  await twoDrinksPicked()
  await screen.findByTestId('assist-quote')
  expect(requests.sent.StaffQuote).toEqual({ input: { storeId: '1', tillToken: 'till-fixture-token', items: [{ productId: '1000', quantity: 2 }] } })
})

it('an unknown phone is said plainly and nothing can be ordered', async () => {
  await renderStaffPage(<StaffAssistPage />)
  typeInto(byPlaceholder('会员手机号（11位）'), '13900000000')
  await twoDrinksPicked()
  expect((await screen.findByText('没有找到该手机号的会员')).className).toContain('staff-layout__error')
  expect(button('下单').hasAttribute('disabled')).toBe(true)
})
