import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

import {
  failedRefunds,
  staffFailedRefundsSuccess,
  staffHandleFailedRefundOnce,
  staffQueueEmpty,
  staffStoresClerk,
  staffStoresManager,
} from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { typeInto } from '@/test/staff-page'

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

afterEach(() => vi.useRealTimers())

const card = (orderNo: string) => screen.getByText(`订单号 ${orderNo}`).closest('[data-testid=failed-refund]') as HTMLElement
const noteInput = (refundCard: HTMLElement) => refundCard.querySelector('.refund-card__note')!
const dialog = () => within(screen.getByRole('dialog'))
const isDisabled = (element: HTMLElement) => element.closest('.btn')?.classList.contains('btn--inactive')

async function openRefundsTab() {
  render(<StaffManagerPage />)
  fireEvent.click(await screen.findByText('退款异常'))
  await screen.findByText(`订单号 ${failedRefunds[0]!.orderNo}`)
}

it('lists the failed refunds as cards: order tail, amount owed, the reasons and how long each has waited', async () => {
  // Two days and three hours after the first refund failed (03:12 UTC on 23 November).
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T06:12:00Z') })
  await openRefundsTab()
  expect(screen.getAllByTestId('failed-refund')).toHaveLength(2)
  expect(screen.getByText('2 笔退款微信支付未能退回，请线下退还顾客后登记')).toBeTruthy()
  const first = card(failedRefunds[0]!.orderNo)
  expect(within(first).getByText('尾号 0011')).toBeTruthy()
  expect(within(first).getByText('¥25.90')).toBeTruthy()
  expect(within(first).getByText('应退')).toBeTruthy()
  expect(within(first).getByText('退款原因：顾客取消')).toBeTruthy()
  // What WeChat said, so the manager knows whether the money can still be owed (an ABNORMAL card) or not.
  expect(within(first).getByText('微信支付说明：微信支付退款异常（如顾客的银行卡已注销）')).toBeTruthy()
  // Over a day: the red tag.
  expect(within(first).getByText('已等待 2天3小时').className).toContain('tag--brand')
  const second = card(failedRefunds[1]!.orderNo)
  expect(within(second).getByText('尾号 0027')).toBeTruthy()
  expect(within(second).queryByText(/微信支付说明/)).toBeNull()
  expect(within(second).getByText('已等待 18小时').className).toContain('tag--warn')
})

it('settles a refund only with a note and after a confirmation that says what is recorded; it then leaves the list', async () => {
  await openRefundsTab()
  const first = card(failedRefunds[0]!.orderNo)
  // Without a note there is nothing to record.
  expect(isDisabled(within(first).getByText('已线下退款'))).toBe(true)
  typeInto(noteInput(first), '已到店现金退还')
  fireEvent.click(within(first).getByText('已线下退款'))
  expect(dialog().getByText('确认已线下退款？')).toBeTruthy()
  expect(dialog().getByText('订单尾号 0011 的 ¥25.90 将记为已在店外退还顾客（已到店现金退还），不再经微信退款。登记后不能撤销。')).toBeTruthy()
  // Thinking again records nothing.
  fireEvent.click(dialog().getByText('再想想'))
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(settled).toEqual([])

  fireEvent.click(within(first).getByText('已线下退款'))
  fireEvent.click(dialog().getByText('确认登记'))
  await screen.findByText(`已记录订单 ${failedRefunds[0]!.orderNo} 的线下退款`)
  expect(settled).toEqual([{ refundId: failedRefunds[0]!.id, note: '已到店现金退还' }])
  const left = screen.getAllByTestId('failed-refund')
  expect(left).toHaveLength(1)
  expect(left[0]!.textContent).toContain(failedRefunds[1]!.orderNo)
})

it('fills the note from a quick choice of the usual ways to pay back', async () => {
  await openRefundsTab()
  const second = card(failedRefunds[1]!.orderNo)
  fireEvent.click(within(second).getByText('微信转账退还'))
  expect(within(second).getByText('微信转账退还').getAttribute('aria-checked')).toBe('true')
  fireEvent.click(within(second).getByText('已线下退款'))
  fireEvent.click(dialog().getByText('确认登记'))
  await screen.findByText(`已记录订单 ${failedRefunds[1]!.orderNo} 的线下退款`)
  expect(settled).toEqual([{ refundId: failedRefunds[1]!.id, note: '微信转账退还' }])
})

it('shows the BFF’s refusal in Chinese when someone settled the refund first, and keeps it listed', async () => {
  server.use(staffHandleFailedRefundOnce())
  await openRefundsTab()
  const second = card(failedRefunds[1]!.orderNo)
  typeInto(noteInput(second), '银行转账')
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
  fireEvent.click(dialog().getByText('确认登记'))
  await screen.findByText('这笔退款已有人处理')
  expect(screen.getAllByTestId('failed-refund')).toHaveLength(2)
})

it('is not shown to a clerk', async () => {
  server.use(staffStoresClerk)
  render(<StaffManagerPage />)
  await screen.findByText('您在人民广场店的角色（店员）不能使用此页')
  expect(screen.queryByText('退款异常')).toBeNull()
})
