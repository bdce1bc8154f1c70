import { fireEvent, render, screen, within } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { useMswServer } from '@/test/msw'

import Member from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
// Taro's page lifecycle needs its router; the page here is always shown.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => undefined, usePageBottom: () => undefined }))
const msw = useMswServer()

const CARD = {
  id: 'm1',
  cardNo: '8800000000000013',
  tier: 'SILVER',
  tierName: '银卡会员',
  spendLast12MonthsFen: 28_170,
  nextTier: { name: '金卡会员', thresholdFen: 100_000, fromFen: 20_000, remainingFen: 71_830 },
  memberPriceEligible: true,
  points: { total: 1280, available: 1280, frozen: 0, availableValueFen: 1280 },
  storedValueFen: 5000,
  usableCouponCount: 1,
}
const LONG_CODE = '8800000000000013123456'
const COUPON = { id: 'uc1', name: '满30减5元', terms: '满¥30减¥5', scope: '全部门店可用', validTo: '2026-12-31T15:59:00Z', usedAt: null, state: 'AVAILABLE' }
const emptyPage = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } }
let couponsAnswer: () => Response

beforeEach(() => {
  localStorage.clear()
  couponsAnswer = () => HttpResponse.json({ data: { myMemberCard: { id: 'm1', coupons: [COUPON] } } })
  msw.use(
    graphql.query('MyMemberCard', () => HttpResponse.json({ data: { myMemberCard: CARD } })),
    graphql.query('MemberCode', () =>
      HttpResponse.json({
        data: {
          memberCode: { digits: LONG_CODE, qrPayload: LONG_CODE, shortCode: '123456789015', expiresAt: new Date(Date.now() + 30_000).toISOString(), periodSeconds: 30 },
          serverTime: new Date().toISOString(),
        },
      }),
    ),
    graphql.query('MemberCoupons', ({ variables }) =>
      variables.state === 'AVAILABLE' ? couponsAnswer() : HttpResponse.json({ data: { myMemberCard: { id: 'm1', coupons: [] } } }),
    ),
    graphql.query('PointsHistory', () => HttpResponse.json({ data: { myMemberCard: { id: 'm1', pointsHistory: emptyPage } } })),
    graphql.query('StoredValueHistory', () => HttpResponse.json({ data: { myMemberCard: { id: 'm1', storedValueHistory: emptyPage } } })),
  )
})

it('shows the code as barcode, QR and the 12-digit 手输码 on the card', async () => {
  render(<Member />)
  expect((await screen.findByText('1234 5678 9015')).className).toContain('member-code__short')
  const barcode = document.querySelector('.member-code__barcode')!
  // Start C, 11 symbols of the 22 digits, the check symbol and the stop: 3 bars each, 4 in the stop.
  expect(barcode.querySelectorAll('.barcode__bar')).toHaveLength(13 * 3 + 4)
  expect(document.querySelector('.member-code__qr')).toBeTruthy()
  expect(screen.getByText(/秒后自动刷新/)).toBeTruthy()
  // The long code is for scanners only; nothing shows 22 digits to type.
  expect(document.body.textContent).not.toContain(LONG_CODE)
})

it('shows the tier progress from the BFF’s figures, and the tiles', async () => {
  render(<Member />)
  expect(await screen.findByText('近12个月消费¥281.7 / ¥1000，再消费¥718.3升级金卡会员')).toBeTruthy()
  // (281.7 − 200) / (1000 − 200) of the way from 银卡 to 金卡
  expect((document.querySelector('.tier__fill') as HTMLElement).style.width).toBe('10%')
  expect(document.querySelector('.member-card__points')!.textContent).toBe('1280')
  expect(document.querySelector('.member-card__balance')!.textContent).toBe('¥50')
})

it('lists coupons with terms, scope and expiry, with tabs for used and expired ones', async () => {
  render(<Member />)
  const coupon = (await screen.findByText('满30减5元')).closest('.coupon') as HTMLElement
  expect(within(coupon).getByText('满¥30减¥5')).toBeTruthy()
  expect(within(coupon).getByText('全部门店可用')).toBeTruthy()
  expect(within(coupon).getByText('有效期至 2026-12-31')).toBeTruthy()
  fireEvent.click(screen.getByText('已过期'))
  expect(await screen.findByText('没有过期的优惠券')).toBeTruthy()
})

it('offers a next step when there are no coupons, and a retry when they fail to load', async () => {
  let calls = 0
  couponsAnswer = () => {
    calls++
    return calls === 1
      ? HttpResponse.json({ errors: [{ message: '服务暂时不可用', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })
      : HttpResponse.json({ data: { myMemberCard: { id: 'm1', coupons: [] } } })
  }
  render(<Member />)
  const coupons = (await screen.findByText('我的优惠券')).closest('.coupons') as HTMLElement
  fireEvent.click(await within(coupons).findByText('重试'))
  expect(await within(coupons).findByText('暂无可用优惠券，逛逛首页的活动领券吧')).toBeTruthy()
  expect(within(coupons).getByText('去首页逛逛')).toBeTruthy()
  // The empty histories say how to get a first entry.
  expect(await screen.findByText('还没有积分记录，消费1元得积分')).toBeTruthy()
})
