import Taro from '@tarojs/taro'
import { fireEvent, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, beforeEach, expect, it, vi } from 'vitest'

import { searchStoreProductsSuccess, staffContentHandlers, staffQueueEmpty, staffStoresManager, staffStoresOperator } from '../../../../../mocks/src/graphql/index.ts'
import { signIn } from '@/services/auth'
import { useMswServer } from '@/test/msw'
import { eventually, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffCampaignsPage from './index'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
const params: Record<string, string | undefined> = {}
vi.mock('@/services/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/services/navigation')>()),
  usePageParams: () => params,
}))
const server = useMswServer()
const record = recordStaffRequests(server)

const BANNER_ID = 'e'.repeat(64)

beforeAll(async () => {
  localStorage.clear()
  expect(await signIn()).toBe(true)
})
beforeEach(() => {
  delete params.scope
  server.use(staffStoresManager, staffQueueEmpty, searchStoreProductsSuccess, ...staffContentHandlers)
})

const sheet = () => within(screen.getByRole('dialog'))
const submit = (label: string) => fireEvent.click(sheet().getByText(label, { selector: 'taro-button-core, .btn' }))
const pickDay = (selector: string, value: string) => fireEvent(document.querySelector(selector)!, new CustomEvent('change', { detail: { value } }))

it("edits the store's campaign: words, coupons, featured products and its days", async () => {
  await renderStaffPage(<StaffCampaignsPage />)
  const card = (await screen.findByText('扫码领取满59减10元券', {}, { timeout: 10_000 })).closest('[data-testid=campaign]') as HTMLElement
  expect(record.sent.MarketingCampaigns).toEqual({ storeId: '1' })
  expect(card.textContent).toContain('进行中')
  expect(card.textContent).toContain('1 张券 · 1 件商品')
  expect(card.textContent).toContain('2026年1月1日 至 2030年12月31日')

  fireEvent.click(card)
  await sheet().findByText('满30减5元', {}, { timeout: 10_000 })
  expect(record.sent.CampaignCouponChoices).toEqual({ storeId: '1' })
  typeInto(document.querySelector('.editor-form__title')!, '周末 领券')
  fireEvent.click(sheet().getByText('满30减5元'))
  fireEvent.click(within(sheet().getByTestId('featured-product')).getByText('移除'))
  typeInto(document.querySelector('.editor-form__product-search')!, '测试饮料12号')
  fireEvent.click(sheet().getByText('搜索', { selector: 'taro-button-core, .btn' }))
  fireEvent.click(await sheet().findByText('测试饮料12号 500ml', {}, { timeout: 10_000 }))
  pickDay('.editor-form__last-day', '2030-06-30')
  submit('保存')
  await screen.findByText('已保存「周末 领券」', {}, { timeout: 10_000 })
  expect(record.sent.UpdateCampaign).toEqual({
    id: '1',
    input: {
      title: '周末 领券', description: '到店扫码即可领取', bannerImageId: 'c'.repeat(64), couponIds: ['3', '1'], featuredProductIds: ['1011'],
      startsAt: '2025-12-31T16:00:00.000Z',
      // The last day is included: the campaign ends as it does in Shanghai.
      endsAt: '2030-06-30T16:00:00.000Z',
    },
  })
})

it("creates a chain-wide campaign from 总部 with a banner from the album", async () => {
  params.scope = 'chain'
  server.use(
    staffStoresOperator,
    http.get('http://album.test/banner.png', () => new HttpResponse(new Uint8Array(90).fill(1), { headers: { 'content-type': 'image/png' } })),
    http.post('http://bff.test/images', ({ request }) =>
      new URL(request.url).searchParams.get('purpose') === 'campaign' && !new URL(request.url).searchParams.has('storeId')
        ? HttpResponse.json({ id: BANNER_ID, thumb: `/images/${BANNER_ID}/thumb-240`, large: `/images/${BANNER_ID}/large-750` }, { status: 201 })
        : HttpResponse.json({ code: 'FORBIDDEN', message: '不对' }, { status: 403 }),
    ),
  )
  vi.spyOn(Taro, 'chooseImage').mockResolvedValue({ tempFilePaths: ['http://album.test/banner.png'], tempFiles: [], errMsg: 'chooseImage:ok' })
  await renderStaffPage(<StaffCampaignsPage />)
  await screen.findByText('全部门店 0 个活动', {}, { timeout: 10_000 })
  expect(record.sent.MarketingCampaigns).toEqual({ storeId: null })
  fireEvent.click(screen.getByText('新建活动', { selector: 'taro-button-core, .btn' }))
  await sheet().findByText('满30减5元', {}, { timeout: 10_000 })
  // A chain-wide page may offer only the chain's coupons.
  expect(sheet().queryByText('人民广场店 满59减10元')).toBeNull()
  fireEvent.click(sheet().getByText('添加图片'))
  await eventually(() => expect(sheet().getAllByTestId('strip-image')).toHaveLength(1))
  typeInto(document.querySelector('.editor-form__title')!, '夏日饮料节')
  fireEvent.click(sheet().getByText('满30减5元'))
  submit('创建活动')
  await screen.findByText('已创建「夏日饮料节」', {}, { timeout: 10_000 })
  expect(record.sent.CreateCampaign).toMatchObject({ storeId: null, input: { title: '夏日饮料节', bannerImageId: BANNER_ID, couponIds: ['1'], featuredProductIds: [] } })
  expect(screen.getByText('夏日饮料节').closest('[data-testid=campaign]')!.textContent).toContain('1 张券 · 0 件商品')
})
