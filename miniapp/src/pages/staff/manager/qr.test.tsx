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
import { typeInto } from '@/test/staff-page'

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
const statusOf = (element: HTMLElement) => element.querySelector('.qr-card__status')!.textContent
/** What a date Picker reports when the manager picks a day. */
const pickDay = (selector: string, value: string) => fireEvent(document.querySelector(selector)!, new CustomEvent('change', { detail: { value } }))
const dialog = () => within(screen.getByRole('dialog'))
/** The design system's Button marks itself inactive (and ignores taps) whatever the host element keeps of `disabled`. */
const isDisabled = (element: HTMLElement) => element.closest('.btn')?.classList.contains('btn--inactive')

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

/** Opens 新建二维码 and names the code; the form is in a sheet over the list. */
async function startNewCode(kind: '门店码' | '货架码' | '活动码', name: string) {
  fireEvent.click(screen.getByText('新建二维码'))
  fireEvent.click(dialog().getByText(kind))
  typeInto(document.querySelector('.qr-form__name')!, name)
}

it('shows each code as a card: its name, kind and target in words, status, expiry and a poster thumbnail; downloads only for live codes', async () => {
  await openQrTab()
  const door = card('人民广场店 门口海报')
  expect(door.textContent).toContain('门店码')
  expect(door.textContent).toContain('门店首页')
  expect(door.textContent).toContain('长期有效')
  // The scene only as small print, for telling printed posters apart.
  expect(within(door).getByText('场景值 s1').className).toContain('qr-card__scene')
  expect(statusOf(door)).toBe('启用')
  expect(within(door).getByText('停用')).toBeTruthy()
  expect(within(door).getByText('下载海报')).toBeTruthy()
  expect(within(door).getByText('下载小程序码')).toBeTruthy()
  // The thumbnail is the poster itself, fetched with the manager's token.
  await vi.waitFor(() => expect(door.querySelector('.qr-thumb__image')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/))

  const shelf = card('货架码：冰红茶')
  expect(shelf.textContent).toContain('货架码')
  expect(shelf.textContent).toContain('商品：冰红茶 500ml')
  expect(statusOf(shelf)).toBe('停用')
  expect(within(shelf).queryByText('下载海报')).toBeNull()
  expect(shelf.querySelector('.qr-thumb__image')).toBeNull()

  const campaign = card('扫码领券 收银台立牌')
  expect(campaign.textContent).toContain('活动码')
  expect(campaign.textContent).toContain('活动：新客扫码领券')
  expect(statusOf(campaign)).toBe('已过期')
  // Valid until the end of 2026-11-01 in Shanghai, whatever the device's zone.
  expect(within(campaign).getByText('有效期至 2026年11月1日')).toBeTruthy()
  expect(within(campaign).queryByText('下载海报')).toBeNull()
})

it('asks before disabling a live code (the printed posters stop working), and re-enables a disabled one at once', async () => {
  const sent: Array<{ id: string; disabled: boolean }> = []
  server.events.on('request:start', async ({ request }) => {
    if (!request.url.endsWith('/graphql')) return
    const { operationName, variables } = (await request.clone().json()) as { operationName: string; variables: { id: string; disabled: boolean } }
    if (operationName === 'SetQrCodeDisabled') sent.push(variables)
  })
  await openQrTab()
  const door = card('人民广场店 门口海报')
  fireEvent.click(within(door).getByText('停用'))
  expect(dialog().getByText('停用「人民广场店 门口海报」？')).toBeTruthy()
  fireEvent.click(dialog().getByText('再想想'))
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(statusOf(door)).toBe('启用')

  fireEvent.click(within(door).getByText('停用'))
  fireEvent.click(dialog().getByText('停用'))
  await vi.waitFor(() => expect(statusOf(door)).toBe('停用'))
  expect(within(door).getByText('启用')).toBeTruthy()
  expect(within(door).queryByText('下载海报')).toBeNull()

  const shelf = card('货架码：冰红茶')
  fireEvent.click(within(shelf).getByText('启用'))
  await vi.waitFor(() => expect(statusOf(shelf)).toBe('启用'))
  expect(within(shelf).getByText('下载海报')).toBeTruthy()
  expect(sent).toEqual([{ id: '3', disabled: true }, { id: '1', disabled: false }])
  server.events.removeAllListeners()
})

it('downloads the PNG poster with the manager’s token and previews it', async () => {
  const { seen, saved, blobs } = captureDownload('/qr/codes/3/poster.png', [0x89, 0x50, 0x4e, 0x47])

  await openQrTab()
  fireEvent.click(within(card('人民广场店 门口海报')).getByText('下载海报'))
  await screen.findByText('已下载「人民广场店 门口海报」海报')
  expect(seen).toEqual(['Bearer fixture-access'])
  expect(saved).toEqual(['人民广场店 门口海报-s1.png'])
  expect(blobs[0]!.size).toBe(4)
  expect(dialog().getByText('人民广场店 门口海报')).toBeTruthy()
  expect(document.querySelector('.qr-preview__image')?.getAttribute('src')).toBe('blob:/qr/codes/3/poster.png')
})

it('opens the poster large from its thumbnail, with every download there (SVG for print shops)', async () => {
  const { seen, saved } = captureDownload('/qr/codes/3/poster.svg', [0x3c, 0x73, 0x76, 0x67])
  await openQrTab()
  const door = card('人民广场店 门口海报')
  await vi.waitFor(() => expect(door.querySelector('.qr-thumb__image')).toBeTruthy())
  fireEvent.click(door.querySelector('.qr-thumb')!)
  expect(document.querySelector('.qr-preview__image')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
  fireEvent.click(dialog().getByText('下载SVG海报'))
  await screen.findByText('已下载「人民广场店 门口海报」海报')
  // One fetch for the thumbnail, one for the file.
  expect(seen).toEqual(['Bearer fixture-access', 'Bearer fixture-access'])
  expect(saved).toEqual(['人民广场店 门口海报-s1.svg'])
})

it('downloads WeChat’s own mini-program code of a live code, with the manager’s token', async () => {
  const { seen, saved, blobs } = captureDownload('/qr/codes/3/wxacode.png', [0x89, 0x50, 0x4e, 0x47, 0x0d])

  await openQrTab()
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
  // The thumbnail could not load: the preview says so and still offers the downloads.
  fireEvent.click(card('人民广场店 门口海报').querySelector('.qr-thumb')!)
  expect(dialog().getByText('海报预览加载失败，可直接下载')).toBeTruthy()
  fireEvent.click(dialog().getByText('下载SVG海报'))
  expect((await screen.findByText('该二维码已停用')).className).toContain('staff-layout__error')

  // The product was taken off this store's range after the search listed it.
  await startNewCode('货架码', '饮料货架')
  typeInto(document.querySelector('.qr-form__search')!, '测试饮料12号')
  fireEvent.click(dialog().getByText('搜索'))
  fireEvent.click(await screen.findByText('测试饮料12号 500ml'))
  fireEvent.click(dialog().getByText('生成二维码'))
  // Said inside the form, which covers the page's own message line.
  expect((await dialog().findByText('该商品不在本店销售')).className).toContain('qr-form__error')
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
  await startNewCode('货架码', '冷柜第二层')
  // Nothing chosen yet: the code cannot be created.
  expect(isDisabled(dialog().getByText('生成二维码'))).toBe(true)
  typeInto(document.querySelector('.qr-form__search')!, '不存在的商品')
  fireEvent.click(dialog().getByText('搜索'))
  await screen.findByText('本店没有找到该商品')
  typeInto(document.querySelector('.qr-form__search')!, '测试饮料4')
  fireEvent.click(dialog().getByText('搜索'))
  fireEvent.click(await screen.findByText('测试饮料4号 500ml'))
  expect(screen.getByTestId('qr-chosen-product').textContent).toContain('测试饮料4号 500ml')
  fireEvent.click(dialog().getByText('生成二维码'))
  await screen.findByText('冷柜第二层')
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(screen.getByText('已生成「冷柜第二层」，可下载海报打印')).toBeTruthy()
  expect(created).toEqual([{ storeId: '1', kind: 'PRODUCT', label: '冷柜第二层', expiresAt: null, productId: '1003' }])
})

it('picks a campaign code’s campaign from the chain’s list and its expiry from a date picker', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T17:00:00Z') })
  await signIn()
  const created: unknown[] = []
  server.use(
    graphql.mutation('CreateQrCode', ({ variables }) => {
      created.push(variables.input)
      return HttpResponse.json({ data: { createQrCode: { ...storeQrCodes[2]!, id: '10', label: variables.input.label, campaignId: '4', campaignTitle: '全连锁 元旦会员日', expiresAt: variables.input.expiresAt, active: true } } })
    }),
  )
  await openQrTab()
  await startNewCode('活动码', '元旦 门口易拉宝')
  const options = await screen.findAllByTestId('qr-campaign-option')
  expect(options.map((o) => o.textContent)).toEqual([
    '新客扫码领券本店活动 · 2026年1月1日 至 2026年12月31日进行中',
    '全连锁 元旦会员日全连锁活动 · 2027年1月1日 至 2027年1月4日未开始',
  ])
  expect(isDisabled(dialog().getByText('生成二维码'))).toBe(true)
  fireEvent.click(options[1]!)
  expect(options[1]!.getAttribute('aria-checked')).toBe('true')

  // No typing of dates: the picker starts today (Shanghai) and answers a day.
  const picker = document.querySelector('.qr-form__until')!
  expect(picker.getAttribute('start')).toBe('2026-11-26')
  expect(dialog().getByText('长期有效')).toBeTruthy()
  pickDay('.qr-form__until', '2027-01-03')
  expect(dialog().getByText('2027年1月3日 当天结束')).toBeTruthy()
  fireEvent.click(dialog().getByText('生成二维码'))
  await screen.findByText('元旦 门口易拉宝')
  const made = card('元旦 门口易拉宝')
  expect(made.textContent).toContain('活动：全连锁 元旦会员日')
  expect(made.textContent).toContain('有效期至 2027年1月3日')
  // The code stops working when 3 January ends in Shanghai.
  expect(created).toEqual([{ storeId: '1', kind: 'CAMPAIGN', label: '元旦 门口易拉宝', expiresAt: '2027-01-03T16:00:00.000Z', campaignId: '4' }])
})

it('reports per code and per campaign over the last 7 Shanghai days, with quick ranges and date pickers; a reversed range is refused in Chinese', async () => {
  const asked: Array<{ from: string; to: string }> = []
  server.events.on('request:start', async ({ request }) => {
    if (!request.url.endsWith('/graphql')) return
    const { operationName, variables } = (await request.clone().json()) as { operationName: string; variables: { from: string; to: string } }
    if (operationName === 'QrReport') asked.push({ from: variables.from, to: variables.to })
  })
  // 01:00 on 26 Nov in Shanghai is still 25 Nov in UTC: the range must follow Shanghai.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T17:00:00Z') })
  // A session that is fresh at the faked time, so nothing tries to refresh it.
  await signIn()
  await openQrTab()
  fireEvent.click(screen.getByText('扫码报表'))
  await screen.findByText('2026-11-20 至 2026-11-26（北京时间）')
  expect(screen.getByText('近7天').closest('[role=tab]')!.getAttribute('aria-selected')).toBe('true')

  const codes = screen.getAllByTestId('qr-report-code').map((row) => row.textContent)
  expect(codes).toEqual([
    '人民广场店 门口海报42扫码30访客6订单¥158.00销售额已付 5 单 · 30天内复购 2 单',
    '扫码领券 收银台立牌10扫码9访客1订单¥23.50销售额已付 1 单 · 30天内复购 0 单',
  ])
  expect(screen.getByTestId('qr-report-campaign').textContent).toBe('新客扫码领券10扫码9访客1订单¥23.50销售额已付 1 单 · 30天内复购 0 单')

  fireEvent.click(screen.getByText('今天'))
  await screen.findByText('2026-11-26 至 2026-11-26（北京时间）')
  fireEvent.click(screen.getByText('近30天'))
  await screen.findByText('2026-10-28 至 2026-11-26（北京时间）')
  pickDay('.qr-range__from', '2026-11-01')
  await screen.findByText('2026-11-01 至 2026-11-26（北京时间）')
  // A day of one's own choosing is no quick range.
  expect(screen.getAllByRole('tab', { selected: true }).map((tab) => tab.textContent)).not.toContain('近30天')

  pickDay('.qr-range__from', '2026-12-01')
  expect((await screen.findByText('结束日期早于开始日期')).className).toContain('staff-layout__error')
  expect(asked).toEqual([
    { from: '2026-11-20', to: '2026-11-26' },
    { from: '2026-11-26', to: '2026-11-26' },
    { from: '2026-10-28', to: '2026-11-26' },
    { from: '2026-11-01', to: '2026-11-26' },
    { from: '2026-12-01', to: '2026-11-26' },
  ])
  server.events.removeAllListeners()
})

it('is the manager’s page: a clerk has no 店长 tab, and opening it anyway shows nothing of the store', async () => {
  server.use(staffStoresClerk, staffQueueEmpty)
  render(<StaffManagerPage />)
  await screen.findByText('您在人民广场店的角色（店员）不能使用此页')
  expect(screen.getByText('库存')).toBeTruthy()
  expect(screen.queryByText('店长')).toBeNull()
  expect(screen.queryByText('二维码')).toBeNull()
})
