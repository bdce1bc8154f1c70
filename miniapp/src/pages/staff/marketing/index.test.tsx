import { fireEvent, screen, within } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeAll, beforeEach, expect, it, vi } from 'vitest'

import { managerStore, MANAGER_PERMISSIONS, searchStoreProductsSuccess, staffQueueEmpty, staffStoresManager, storeCategoriesSuccess } from '../../../../../mocks/src/graphql/index.ts'
import { signIn } from '@/services/auth'
import { useMswServer } from '@/test/msw'
import { button, confirmDialog, eventually, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffMarketingPage from './index'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
const params: Record<string, string | undefined> = {}
vi.mock('@/services/navigation', async (actual) => ({ ...(await actual<object>()), usePageParams: () => params }))
const server = useMswServer()
const sent = recordStaffRequests(server)
vi.setConfig({ testTimeout: 20_000 })

const promotion = {
  id: '1', name: '全场满59减10元', kind: 'SPEND_THRESHOLD', storeIds: [], productIds: [], products: [], categoryIds: [], memberOnly: false,
  tiers: [{ minSpendFen: 5900, amountOffFen: 1000 }], quantity: null, percentOff: null, priority: 10,
  startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2030-12-31T00:00:00.000Z', active: true, status: 'RUNNING', terms: '满59减10',
}
const coupon = {
  id: '3', name: '人民广场店 满59减10元', kind: 'AMOUNT_OFF', value: 1000, maxDiscountFen: null, minSpendFen: 5900, storeId: '1', fulfilment: null,
  validFrom: '2026-01-01T00:00:00.000Z', validTo: '2030-12-31T00:00:00.000Z', totalQuantity: 5000, issuedCount: 12, perUserLimit: 1, grantOnJoin: false,
  status: 'RUNNING', terms: '满¥59减¥10',
}
const RULES = ['会员价先算：会员买有会员价的商品，按会员价计。', '满减按单品活动之后的金额算，不叠加：达到几档，只用减得最多的一档。']

beforeAll(async () => {
  localStorage.clear()
  expect(await signIn()).toBe(true)
})
beforeEach(() => {
  delete params.scope
  server.use(
    staffStoresManager,
    staffQueueEmpty,
    storeCategoriesSuccess,
    searchStoreProductsSuccess,
    graphql.query('Marketing', () => HttpResponse.json({ data: { promotions: [promotion], couponTemplates: [coupon], promotionStackingRules: RULES } })),
  )
})

it('lists the store’s promotions and coupons with their status, and the stacking rules in words', async () => {
  await renderStaffPage(<StaffMarketingPage />)
  const row = (await screen.findByText('全场满59减10元')).closest('[data-testid=marketing-row]') as HTMLElement
  expect(row.textContent).toContain('满59减10')
  expect(row.textContent).toContain('进行中')
  expect(row.textContent).toContain('全部门店')
  // Chain-wide: head office's to change, not the store manager's.
  expect(row.textContent).toContain('总部设置')
  expect(within(row).queryByText('编辑')).toBeNull()
  expect(sent.sent.Marketing).toEqual({ storeId: '1' })
  fireEvent.click(screen.getByText('优惠怎么叠加'))
  expect(screen.getByText(`2. ${RULES[1]}`)).toBeTruthy()
  fireEvent.click(screen.getByText('优惠券'))
  const own = screen.getByText('已发12/5000张 · 每人1张 · 外送自提通用').closest('[data-testid=marketing-row]') as HTMLElement
  expect(within(own).getByText('编辑')).toBeTruthy()
  // A store manager grants nothing to member lists: that is head office's.
  expect(screen.queryByText('定向发券')).toBeNull()
})

it('creates a tiered 满减 for the store: previews a basket with the real engine, then publishes after confirming', async () => {
  server.use(
    graphql.query('PreviewPromotion', () =>
      HttpResponse.json({
        data: {
          previewPromotion: {
            lines: [{ productId: '12', name: '可乐', quantity: 10, lineTotalFen: 6000, discountFen: 1500, payableFen: 4500 }],
            originalTotalFen: 6000, memberDiscountFen: 0, itemPromotionDiscountFen: 0, thresholdDiscountFen: 1500, payableFen: 4500, draftApplied: true, hints: ['再买¥39享满99减30'],
          },
        },
      }),
    ),
    graphql.mutation('CreatePromotion', ({ variables }) => HttpResponse.json({ data: { createPromotion: { ...promotion, ...variables.input, id: '9', status: 'RUNNING', terms: '满59减15，满99减30' } } })),
  )
  await renderStaffPage(<StaffMarketingPage />)
  fireEvent.click(await screen.findByText('新建促销'))
  typeInto(screen.getByPlaceholderText('顾客看到的名称，如 周末满59减10'), '店庆满减')
  typeInto(screen.getByPlaceholderText('59'), '59')
  typeInto(screen.getByPlaceholderText('10'), '15')
  fireEvent.click(button('添加一档'))
  const [, secondMin] = screen.getAllByPlaceholderText('59')
  const [, secondOff] = screen.getAllByPlaceholderText('10')
  typeInto(secondMin!, '99')
  typeInto(secondOff!, '30')
  // Products are found by name (or a scanned barcode), never typed as ids: one hit goes straight into the basket.
  const [scopeSearch, basketSearch] = screen.getAllByPlaceholderText('商品名、拼音或条码')
  const [scopeFind, basketFind] = screen.getAllByText('查找', { selector: 'taro-button-core, .btn' })
  typeInto(basketSearch!, '测试饮料12号')
  fireEvent.click(basketFind!)
  const line = await eventually(() => screen.getByTestId('basket-line'))
  expect(line.textContent).toContain('测试饮料12号 500ml')
  for (let i = 1; i < 10; i++) fireEvent.click(within(line).getByLabelText('测试饮料12号 500ml增加一件'))
  fireEvent.click(button('试算'))
  const preview = await eventually(() => screen.getByTestId('preview'))
  expect(preview.textContent).toContain('应付 ¥45')
  expect(preview.textContent).toContain('本活动在这单里生效')
  expect(sent.sent.PreviewPromotion).toMatchObject({
    input: { storeId: '1', items: [{ productId: '1011', quantity: 10 }], isMember: false, promotionId: null, draft: { storeIds: ['1'], tiers: [{ minSpendFen: 5900, amountOffFen: 1500 }, { minSpendFen: 9900, amountOffFen: 3000 }] } },
  })

  // Only drinks: the 饮料 category (its 饮用水 products count through it), and one product picked from several hits.
  fireEvent.click(await screen.findByText('饮料', { selector: '[role=button]' }))
  typeInto(scopeSearch!, '测试饮料1')
  fireEvent.click(scopeFind!)
  fireEvent.click(await screen.findByText('测试饮料10号 500ml'))
  await eventually(() => expect(screen.getByRole('group', { name: '已选商品' }).textContent).toBe('测试饮料10号 500ml'))
  fireEvent.click(button('发布'))
  expect(sent.sent.CreatePromotion).toBeUndefined()
  await confirmDialog('发布')
  await eventually(() => expect(document.querySelector('.staff-notice')?.textContent).toBe('「店庆满减」已发布，顾客下次结算即按新规则计价'))
  expect(sent.sent.CreatePromotion).toMatchObject({ input: { name: '店庆满减', kind: 'SPEND_THRESHOLD', storeIds: ['1'], productIds: ['1009'], categoryIds: ['1'], active: true, memberOnly: false } })
})

it('shows a refusal in the server’s words and keeps the form', async () => {
  server.use(
    graphql.mutation('CreatePromotion', () =>
      HttpResponse.json({ errors: [{ message: '第1档：减免金额须小于门槛', extensions: { code: 'BAD_USER_INPUT', field: 'tiers.0', reason: 'BAD_TIERS' } }] }),
    ),
  )
  await renderStaffPage(<StaffMarketingPage />)
  fireEvent.click(await screen.findByText('新建促销'))
  fireEvent.click(button('发布'))
  await confirmDialog('发布')
  await eventually(() => expect(screen.getByText('第1档：减免金额须小于门槛')).toBeTruthy())
  expect(screen.getByText('新建促销')).toBeTruthy()
})

it('lets head office grant a coupon to a pasted list after confirming, with the batch’s progress and problem rows', async () => {
  params.scope = 'chain'
  let key: string | null = null
  server.use(
    graphql.query('StaffStores', () => HttpResponse.json({ data: { staffStores: [managerStore('1', '人民广场店')], staffChainPermissions: MANAGER_PERMISSIONS } })),
    graphql.query('CouponGrantBatch', () => HttpResponse.json({ data: { couponGrantBatch: null } })),
    graphql.mutation('GrantCoupons', ({ variables }) => {
      key = variables.input.idempotencyKey
      return HttpResponse.json({
        data: { grantCoupons: { id: 'b1', total: 3, granted: 2, skipped: 0, failed: 1, finished: true, problems: [{ position: 3, identifier: '13900000000', status: 'FAILED', reason: '找不到该会员' }] } },
      })
    }),
  )
  await renderStaffPage(<StaffMarketingPage />)
  expect(await screen.findByText('全部门店')).toBeTruthy()
  expect(sent.sent.Marketing).toEqual({ storeId: null })
  fireEvent.click(screen.getByText('定向发券'))
  fireEvent.click(screen.getByText('人民广场店 满59减10元（满¥59减¥10）'))
  typeInto(document.querySelector('.marketing__list')!, '8800000000000018\n13800000002\n13900000000')
  fireEvent.click(button('发放给 3 人'))
  expect(sent.sent.GrantCoupons).toBeUndefined()
  await confirmDialog('发放')
  const progress = await eventually(() => screen.getByTestId('grant-progress'))
  expect(progress.textContent).toContain('已完成：成功 2，跳过 0，失败 1，共 3')
  expect(within(progress).getByText('第3行 13900000000：找不到该会员')).toBeTruthy()
  expect(sent.sent.GrantCoupons).toEqual({ input: { couponId: '3', identifiers: ['8800000000000018', '13800000002', '13900000000'], idempotencyKey: key } })
  await eventually(() => expect(key).toMatch(/^grant-/))
})
