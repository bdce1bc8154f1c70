import { fireEvent, render, screen, within } from '@testing-library/react'
import { graphql, http, HttpResponse } from 'msw'
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest'

import {
  createQrCodeNotSoldHere,
  qrAdminHandlers,
  searchStoreProductsSuccess,
  staffQueueEmpty,
  staffStoresClerk,
  storeQrCodes,
} from '../../../../../mocks/src/graphql/index.ts'
import { signIn } from '@/services/auth'
import { useMswServer } from '@/test/msw'

import { resetStaffSession } from '@/services/staff-session'

import StaffManagerPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
const server = useMswServer()

beforeAll(async () => {
  localStorage.clear()
  // Signed in as the fixture session, so downloads carry its token.
  expect(await signIn()).toBe(true)
})
beforeEach(() => {
  resetStaffSession()
  server.use(...qrAdminHandlers, searchStoreProductsSuccess)
})
afterEach(() => vi.useRealTimers())

const card = (label: string) => screen.getByText(label).closest('[data-testid=qr-code]') as HTMLElement
const typeInto = (element: Element, value: string) => fireEvent(element, new CustomEvent('input', { detail: { value } }))

/**
 * Serves `bytes` as a PNG at `path` and records what the page does with it: the Authorization header
 * of each download, the file name it saves under, and the blobs it previews.
 */
function captureDownload(path: string, bytes: number[]) {
  const seen: Array<string | null> = []
  server.use(
    http.get(`http://bff.test${path}`, ({ request }) => {
      seen.push(request.headers.get('authorization'))
      return new HttpResponse(new Uint8Array(bytes), { headers: { 'content-type': 'image/png' } })
    }),
  )
  const saved: string[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download)
  })
  const blobs: Blob[] = []
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), `blob:${path}`))
  URL.revokeObjectURL = vi.fn()
  return { seen, saved, blobs }
}

async function openQrTab() {
  render(<StaffManagerPage />)
  fireEvent.click(await screen.findByText('二维码'))
  await screen.findByText('人民广场店 门口海报')
}

it('lists the store’s codes with kind, target, scene and status; posters only for live codes', async () => {
  await openQrTab()
  const door = card('人民广场店 门口海报')
  expect(door.textContent).toContain('门店码 · 门店首页 · 场景值 s1')
  expect(within(door).getByText('启用')).toBeTruthy()
  expect(within(door).getByText('停用')).toBeTruthy()
  expect(within(door).getByText('下载PNG海报')).toBeTruthy()
  expect(within(door).getByText('下载SVG海报')).toBeTruthy()

  const shelf = card('货架码：冰红茶')
  expect(shelf.textContent).toContain('货架码 · 商品：冰红茶 500ml · 场景值 qshelf0001')
  expect(shelf.querySelector('.staff__tag')!.textContent).toBe('停用')
  expect(within(shelf).queryByText('下载PNG海报')).toBeNull()

  const campaign = card('扫码领券 收银台立牌')
  expect(campaign.textContent).toContain('活动码 · 活动：新客扫码领券')
  expect(campaign.querySelector('.staff__tag')!.textContent).toBe('已过期')
  // Valid until the end of 2026-11-01 in Shanghai, whatever the device's zone.
  expect(campaign.textContent).toContain('有效期至 2026/11/2 00:00:00')
  expect(within(campaign).queryByText('下载PNG海报')).toBeNull()
})

it('disables a live code and re-enables a disabled one', async () => {
  await openQrTab()
  const door = card('人民广场店 门口海报')
  fireEvent.click(within(door).getByText('停用'))
  await vi.waitFor(() => expect(door.querySelector('.staff__tag')!.textContent).toBe('停用'))
  expect(within(door).getByText('启用')).toBeTruthy()
  expect(within(door).queryByText('下载PNG海报')).toBeNull()

  const shelf = card('货架码：冰红茶')
  fireEvent.click(within(shelf).getByText('启用'))
  await vi.waitFor(() => expect(shelf.querySelector('.staff__tag')!.textContent).toBe('启用'))
  expect(within(shelf).getByText('下载PNG海报')).toBeTruthy()
})

it('downloads the PNG poster with the manager’s token and previews it', async () => {
  const { seen, saved, blobs } = captureDownload('/qr/codes/3/poster.png', [0x89, 0x50, 0x4e, 0x47])

  await openQrTab()
  fireEvent.click(within(card('人民广场店 门口海报')).getByText('下载PNG海报'))
  await screen.findByText('已下载「人民广场店 门口海报」海报')
  expect(seen).toEqual(['Bearer fixture-access'])
  expect(saved).toEqual(['人民广场店 门口海报-s1.png'])
  expect(blobs[0]!.size).toBe(4)
  expect(document.querySelector('.staff__poster img, img.staff__poster, .staff__poster')).toBeTruthy()
})

it('downloads WeChat’s own mini-program code of a live code, with the manager’s token', async () => {
  const { seen, saved, blobs } = captureDownload('/qr/codes/3/wxacode.png', [0x89, 0x50, 0x4e, 0x47, 0x0d])

  await openQrTab()
  expect(within(card('人民广场店 门口海报')).getByText('下载小程序码')).toBeTruthy()
  fireEvent.click(within(card('人民广场店 门口海报')).getByText('下载小程序码'))
  await screen.findByText('已下载「人民广场店 门口海报」小程序码')
  expect(seen).toEqual(['Bearer fixture-access'])
  expect(saved).toEqual(['人民广场店 门口海报-s1-小程序码.png'])
  expect(blobs[0]!.size).toBe(5)
})

it('shows the BFF’s refusals in Chinese: a poster of a code disabled meanwhile, a product the store does not sell', async () => {
  server.use(
    http.get('http://bff.test/qr/codes/3/poster.svg', () =>
      HttpResponse.json({ code: 'QR_CODE_INACTIVE', message: '该二维码已停用', reason: 'DISABLED' }, { status: 410 }),
    ),
    createQrCodeNotSoldHere,
  )
  await openQrTab()
  fireEvent.click(within(card('人民广场店 门口海报')).getByText('下载SVG海报'))
  expect((await screen.findByText('该二维码已停用')).className).toContain('staff-layout__error')

  // The product was taken off this store's range after the search listed it.
  fireEvent.click(screen.getByText('货架码'))
  const inputs = document.querySelectorAll('.staff__input')
  typeInto(inputs[0]!, '饮料货架')
  typeInto(inputs[1]!, '测试饮料12号')
  fireEvent.click(screen.getByText('搜索'))
  fireEvent.click(await screen.findByText('测试饮料12号 500ml（编号 1011）'))
  fireEvent.click(screen.getByText('生成二维码'))
  expect((await screen.findByText('该商品不在本店销售')).className).toContain('staff-layout__error')
})

it('picks a shelf code’s product from the store’s own catalogue by name, then creates the code for it', async () => {
  const created: unknown[] = []
  server.use(
    graphql.mutation('CreateQrCode', ({ variables }) => {
      created.push(variables.input)
      return HttpResponse.json({ data: { createQrCode: { ...storeQrCodes[1]!, id: '9', label: variables.input.label, productId: variables.input.productId, active: true, disabledAt: null } } })
    }),
  )
  await openQrTab()
  fireEvent.click(screen.getByText('货架码'))
  const inputs = document.querySelectorAll('.staff__input')
  typeInto(inputs[0]!, '冷柜第二层')
  // Nothing chosen yet: the code cannot be created.
  expect(screen.getByText('生成二维码').closest('button, taro-button-core')?.hasAttribute('disabled')).toBe(true)
  typeInto(inputs[1]!, '不存在的商品')
  fireEvent.click(screen.getByText('搜索'))
  await screen.findByText('本店没有找到该商品')
  typeInto(inputs[1]!, '测试饮料4')
  fireEvent.click(screen.getByText('搜索'))
  fireEvent.click(await screen.findByText('测试饮料4号 500ml（编号 1003）'))
  expect(screen.getByText('已选：测试饮料4号 500ml（编号 1003）')).toBeTruthy()
  fireEvent.click(screen.getByText('生成二维码'))
  await screen.findByText('冷柜第二层')
  expect(created).toEqual([{ storeId: '1', kind: 'PRODUCT', label: '冷柜第二层', expiresAt: null, productId: '1003' }])
})

it('reports per code and per campaign over the last 7 Shanghai days, and refuses a reversed range in Chinese', async () => {
  // 01:00 on 26 Nov in Shanghai is still 25 Nov in UTC: the range must follow Shanghai.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T17:00:00Z') })
  // A session that is fresh at the faked time, so nothing tries to refresh it.
  await signIn()
  await openQrTab()
  fireEvent.click(screen.getByText('扫码报表'))
  await screen.findByText('2026-11-20 至 2026-11-26（北京时间）')

  const codes = screen.getAllByTestId('qr-report-code').map((row) => row.textContent)
  expect(codes).toEqual([
    '人民广场店 门口海报（s1）扫码 42 · 访客 30 · 订单 6（已付 5） · 销售额 ¥158 · 复购 2 单',
    '扫码领券 收银台立牌（qcamp00001）扫码 10 · 访客 9 · 订单 1（已付 1） · 销售额 ¥23.5 · 复购 0 单',
  ])
  expect(screen.getByTestId('qr-report-campaign').textContent).toBe('新客扫码领券（活动编号 1）扫码 10 · 访客 9 · 订单 1（已付 1） · 销售额 ¥23.5 · 复购 0 单')

  const [from] = document.querySelectorAll('.staff__input')
  typeInto(from!, '2026-12-01')
  fireEvent.click(screen.getByText('查询'))
  expect((await screen.findByText('结束日期早于开始日期')).className).toContain('staff-layout__error')
})

it('is the manager’s page: a clerk has no 店长 tab, and opening it anyway shows nothing of the store', async () => {
  server.use(staffStoresClerk, staffQueueEmpty)
  render(<StaffManagerPage />)
  await screen.findByText('仅店长可用')
  expect(screen.getByText('库存')).toBeTruthy()
  expect(screen.queryByText('店长')).toBeNull()
  expect(screen.queryByText('二维码')).toBeNull()
})
