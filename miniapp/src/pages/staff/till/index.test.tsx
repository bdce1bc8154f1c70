import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  staffHandlers,
  staffStoresClerk,
} from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { recordStaffRequests, renderStaffPage, staffInput, typeInto } from '@/test/staff-page'

import StaffTillPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => server.use(staffStoresClerk, ...staffHandlers))
afterEach(() => vi.useRealTimers())

it('the member at the till: the member is shown, then the purchase earns points in fen', async () => {
  await renderStaffPage(<StaffTillPage />)
  typeInto(staffInput('或输入会员码数字'), '880000000000001300001')
  fireEvent.click(screen.getByText('识别会员'))
  await screen.findByText('演示会员 · 银卡 · 可用积分 1280')
  typeInto(staffInput('消费金额（元）'), '25.90')
  typeInto(staffInput('小票号'), ' R20261125001 ')
  fireEvent.click(screen.getByText('登记积分'))
  expect((await screen.findByText('小票 R20261125001：¥25.90，积分 +25（现有 1305）')).className).toContain('staff__ok')
  expect(requests.sent.StaffTillEarnPoints).toEqual({ storeId: '1', tillToken: 'till-fixture-token', receiptNo: 'R20261125001', amountFen: 2590 })
})
