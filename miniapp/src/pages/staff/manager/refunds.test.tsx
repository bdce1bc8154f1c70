import { fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import {
  failedRefunds,
  staffFailedRefundsSuccess,
  staffHandleFailedRefundOnce,
  staffQueueEmpty,
  staffStoresClerk,
  staffStoresManager,
} from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'

import { resetStaffSession } from '@/services/staff-session'

import StaffManagerPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
const server = useMswServer()

/** Variables of every StaffHandleFailedRefund the page sent. */
let settled: Array<{ refundId: string; note: string }> = []
server.events.on('request:start', async ({ request }) => {
  const { operationName, variables } = (await request.clone().json()) as { operationName: string; variables: { refundId: string; note: string } }
  if (operationName === 'StaffHandleFailedRefund') settled.push(variables)
})

beforeEach(() => {
  resetStaffSession()
  settled = []
  server.use(staffStoresManager, staffQueueEmpty, staffFailedRefundsSuccess, staffHandleFailedRefundOnce())
})

const typeInto = (element: Element, value: string) => fireEvent(element, new CustomEvent('input', { detail: { value } }))
const card = (orderNo: string) => screen.getByText(new RegExp(`订单 ${orderNo}`)).closest('[data-testid=failed-refund]') as HTMLElement

async function openRefundsTab() {
  render(<StaffManagerPage />)
  fireEvent.click(await screen.findByText('退款异常'))
  await screen.findByText(/订单 2026112309300011/)
}

it('lists the failed refunds with order, amount and reason; settling one records the note and takes it off the list', async () => {
  await openRefundsTab()
  expect(screen.getAllByTestId('failed-refund')).toHaveLength(2)
  const first = card(failedRefunds[0]!.orderNo)
  expect(within(first).getByText(/应退 ¥25\.90/)).toBeTruthy()
  expect(within(first).getByText(/退款原因：顾客取消/)).toBeTruthy()
  // What WeChat said, so the manager knows whether the money can still be owed (an ABNORMAL card) or not.
  expect(within(first).getByText('微信支付说明：微信支付退款异常（如顾客的银行卡已注销）')).toBeTruthy()
  expect(within(card(failedRefunds[1]!.orderNo)).queryByText(/微信支付说明/)).toBeNull()

  // Without a note there is nothing to record.
  const button = within(first).getByText('已线下退款')
  expect(button.closest('button, taro-button-core')?.hasAttribute('disabled')).toBe(true)
  typeInto(first.querySelector('input, taro-input-core')!, '已到店现金退还')
  fireEvent.click(within(card(failedRefunds[0]!.orderNo)).getByText('已线下退款'))

  await screen.findByText(`已记录订单 ${failedRefunds[0]!.orderNo} 的线下退款`)
  expect(settled).toEqual([{ refundId: failedRefunds[0]!.id, note: '已到店现金退还' }])
  const left = screen.getAllByTestId('failed-refund')
  expect(left).toHaveLength(1)
  expect(left[0]!.textContent).toContain(failedRefunds[1]!.orderNo)
})

it('shows the BFF’s refusal in Chinese when someone settled the refund first, and keeps it listed', async () => {
  server.use(staffHandleFailedRefundOnce())
  await openRefundsTab()
  const second = card(failedRefunds[1]!.orderNo)
  typeInto(second.querySelector('input, taro-input-core')!, '银行转账')
  // Another manager's phone got there first.
  await fetch('http://bff.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      operationName: 'StaffHandleFailedRefund',
      query: 'mutation StaffHandleFailedRefund($refundId: ID!, $note: String!) { staffHandleFailedRefund(refundId: $refundId, note: $note) { id } }',
      variables: { refundId: failedRefunds[1]!.id, note: '现金' },
    }),
  })
  fireEvent.click(within(second).getByText('已线下退款'))
  await screen.findByText('这笔退款已有人处理')
  expect(screen.getAllByTestId('failed-refund')).toHaveLength(2)
})

it('is not shown to a clerk', async () => {
  server.use(staffStoresClerk)
  render(<StaffManagerPage />)
  await screen.findByText('仅店长可用')
  expect(screen.queryByText('退款异常')).toBeNull()
})
