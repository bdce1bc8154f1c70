import { fireEvent, screen, waitFor } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { staffCounterHandlers, staffHandlers, staffStoresClerk } from '../../../../../mocks/src/graphql/index.ts'
import { holdMemberAtTill } from '@/services/staff'
import { useMswServer } from '@/test/msw'
import { button, byPlaceholder, confirmDialog, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffTillPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => {
  holdMemberAtTill(null)
  server.use(staffStoresClerk, ...staffHandlers, ...staffCounterHandlers)
})

async function memberTypedIn() {
  await renderStaffPage(<StaffTillPage />)
  typeInto(byPlaceholder('会员码或12位手输码'), '4417 2093 5581')
  fireEvent.click(button('识别'))
  await screen.findByText('演示会员')
}

it('the typed short code finds the member: name, tier and points; the purchase earns points only after a confirmation that says how many', async () => {
  await memberTypedIn()
  expect(requests.sent.StaffScanMember).toEqual({ storeId: '1', code: '4417 2093 5581' })
  expect(screen.getByText('银卡')).toBeTruthy()
  expect(screen.getByText('1280')).toBeTruthy()
  typeInto(byPlaceholder('如 25.90'), '25.90')
  typeInto(byPlaceholder('小票上的单号'), ' R20261125001 ')
  fireEvent.click(button('登记积分'))
  expect(requests.sent.StaffTillEarnPoints).toBeUndefined()
  expect(await screen.findByText('演示会员 · 小票 R20261125001，消费 ¥25.90，将获得 25 积分')).toBeTruthy()
  await confirmDialog('登记')
  expect(await screen.findByText('已登记小票 R20261125001：消费 ¥25.90，积分 +25，现有 1305')).toBeTruthy()
  expect(requests.sent.StaffTillEarnPoints).toEqual({ storeId: '1', tillToken: 'till-fixture-token', receiptNo: 'R20261125001', amountFen: 2590 })
})

it('登记积分 stays off until the amount and the receipt number are valid', async () => {
  await memberTypedIn()
  const earn = () => button('登记积分')
  typeInto(byPlaceholder('如 25.90'), '25.901')
  typeInto(byPlaceholder('小票上的单号'), 'R2026')
  expect(earn().hasAttribute('disabled')).toBe(true)
  typeInto(byPlaceholder('如 25.90'), '25.9')
  expect(earn().hasAttribute('disabled')).toBe(false)
})

it('a coupon is redeemed only after its confirmation, and then leaves the list', async () => {
  await memberTypedIn()
  expect(screen.getByText('可用优惠券（1）')).toBeTruthy()
  fireEvent.click(button('核销'))
  expect(await screen.findByText('为 演示会员 核销「门店满20减3」，核销后不能撤回')).toBeTruthy()
  expect(requests.sent.StaffRedeemCoupon).toBeUndefined()
  await confirmDialog('核销')
  expect(await screen.findByText('已核销：门店满20减3')).toBeTruthy()
  expect(screen.getByText('可用优惠券（0）')).toBeTruthy()
  expect(requests.sent.StaffRedeemCoupon).toEqual({ storeId: '1', tillToken: 'till-fixture-token', userCouponId: '00000000-0000-4000-8000-0000000c0001' })
})

it('a refused code is said plainly and no member is shown', async () => {
  const { graphql, HttpResponse } = await import('msw')
  server.use(
    graphql.mutation('StaffScanMember', () =>
      HttpResponse.json({ data: null, errors: [{ message: '会员码无效或已过期，请让顾客刷新会员码', extensions: { code: 'MEMBER_CODE_INVALID' } }] }),
    ),
  )
  await renderStaffPage(<StaffTillPage />)
  typeInto(byPlaceholder('会员码或12位手输码'), '441720935581')
  fireEvent.click(button('识别'))
  expect((await screen.findByText('会员码无效或已过期，请让顾客刷新会员码')).className).toContain('staff-layout__error')
  await waitFor(() => expect(screen.queryByTestId('till-member')).toBeNull())
})
