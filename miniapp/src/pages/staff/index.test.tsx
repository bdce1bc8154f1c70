import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  lockedClerk,
  readyPickupOrder,
  staffHandlers,
  staffLookupPickupRefused,
  staffPickupLocksHandlers,
  staffQueueEntries,
  staffSetStockCountBelowReserved,
  staffStoresClerk,
  staffStoresManager,
} from '../../../../mocks/src/graphql/index.ts'
import { QUEUE_POLL_MS } from '@/services/staff'
import { useMswServer } from '@/test/msw'

import StaffPage from './index'

// The page's show/hide callbacks, driven by the test instead of Taro's router.
const lifecycle = vi.hoisted(() => ({ show: () => {}, hide: () => {} }))
vi.mock('@/services/page-lifecycle', () => ({
  usePageVisibility: (onShow: () => void, onHide: () => void) => {
    lifecycle.show = onShow
    lifecycle.hide = onHide
  },
}))

// The store's event channel, driven by the test (its own tests: components/staff/useNewOrderAlert.test.tsx).
const channel = vi.hoisted(() => ({ onEvent: (_event: { type: string }) => {} }))
vi.mock('@/components/staff/useNewOrderAlert', () => ({
  useNewOrderAlert: (_storeId: string | null, _shown: boolean, onEvent: (event: { type: string }) => void) => {
    channel.onEvent = onEvent
    return 'live'
  },
}))

const server = useMswServer()
/** Every StaffOrderQueue request the page makes, by the cursor it sent. */
let polls: Array<string | null> = []
/** Variables of the last request of each operation. */
let sent: Record<string, unknown> = {}
server.events.on('request:start', async ({ request }) => {
  const { operationName, variables } = (await request.clone().json()) as { operationName: string; variables: { cursor?: string | null } }
  sent[operationName] = variables
  if (operationName === 'StaffOrderQueue') polls.push(variables.cursor ?? null)
})

beforeEach(() => {
  polls = []
  sent = {}
  server.use(staffStoresClerk, ...staffHandlers)
})
afterEach(() => vi.useRealTimers())

const typeInto = (element: Element, value: string) => fireEvent(element, new CustomEvent('input', { detail: { value } }))
const input = (placeholder: string) => {
  const found = [...document.querySelectorAll('.staff__input')].find((node) => node.getAttribute('placeholder') === placeholder)
  if (!found) throw new Error(`no input「${placeholder}」`)
  return found
}
const cards = () => [...document.querySelectorAll('[data-testid=staff-order]')] as HTMLElement[]

async function openTab(label: string) {
  render(<StaffPage />)
  fireEvent.click(await screen.findByText(label))
}

describe('the order queue', () => {
  it('shows the orders most urgent first, late ones and those about to be late highlighted', async () => {
    render(<StaffPage />)
    await vi.waitFor(() => expect(cards()).toHaveLength(3))
    expect(cards().map((card) => card.querySelector('.staff__order-title')!.textContent)).toEqual(
      staffQueueEntries.map((entry) => `自提 · ${entry.order.orderNo.slice(-6)} · ${entry.order.statusLabel}`),
    )
    const [late, atRisk, onTime] = cards()
    expect(late!.className).toContain('staff__order--late')
    expect(late!.textContent).toContain('已等42分钟 · 承诺13:56前 · 已超时4分钟')
    expect(atRisk!.className).toContain('staff__order--risk')
    expect(atRisk!.className).not.toContain('staff__order--late')
    expect(atRisk!.textContent).toContain('剩6分钟')
    expect(onTime!.className).not.toMatch(/staff__order--(late|risk)/)
  })

  it('polls with the server cursor only while the page is visible, and stops when it is hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    render(<StaffPage />)
    await vi.waitFor(() => expect(cards()).toHaveLength(3))
    expect(polls).toEqual([null])

    await act(async () => vi.advanceTimersByTime(QUEUE_POLL_MS))
    await vi.waitFor(() => expect(polls).toEqual([null, 'q1']))
    // "Nothing changed" keeps the list on screen.
    expect(cards()).toHaveLength(3)

    await act(async () => lifecycle.hide())
    await act(async () => vi.advanceTimersByTime(10 * QUEUE_POLL_MS))
    expect(polls).toEqual([null, 'q1'])
    expect(vi.getTimerCount()).toBe(0)

    // Back on screen: the whole list at once (no cursor), then polling again.
    await act(async () => lifecycle.show())
    await vi.waitFor(() => expect(polls).toEqual([null, 'q1', null]))
    await act(async () => vi.advanceTimersByTime(QUEUE_POLL_MS))
    await vi.waitFor(() => expect(polls).toEqual([null, 'q1', null, 'q1']))
    expect(vi.getTimerCount()).toBe(1)
  })

  it('reloads the queue the moment a store event arrives, without waiting for the next poll', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    render(<StaffPage />)
    await vi.waitFor(() => expect(polls).toEqual([null]))
    await act(async () => channel.onEvent({ type: 'ORDER_PAID' }))
    await vi.waitFor(() => expect(polls).toEqual([null, 'q1']))
  })
})

describe('pickup verification', () => {
  it('shows the order of a typed code, then hands it over on confirmation', async () => {
    await openTab('核销')
    typeInto(input('或输入6位取货码'), '482916')
    fireEvent.click(screen.getByText('查询'))
    const order = await screen.findByTestId('pickup-order')
    expect(sent.StaffLookupPickup).toEqual({ storeId: '1', code: '482916' })
    expect(order.textContent).toContain(`${readyPickupOrder.orderNo.slice(-6)} · 待取货 · ¥12.90`)
    expect(order.textContent).toContain('测试饮料1号 500ml ×2瓶')
    expect(sent.StaffConfirmPickup).toBeUndefined()

    fireEvent.click(screen.getByText('确认交付'))
    expect((await screen.findByText(`订单 ${readyPickupOrder.orderNo.slice(-6)} 已取货`)).className).toContain('staff__ok')
    expect(sent.StaffConfirmPickup).toEqual({ storeId: '1', code: '482916' })
    expect(screen.queryByTestId('pickup-order')).toBeNull()
  })

  it.each([
    ['PICKUP_CODE_INVALID', '取货码无效，请核对后重试（还可尝试4次）'],
    ['RATE_LIMITED', '核销失败次数过多，已锁定，请10分钟后再试，或请店长解锁'],
  ] as const)('says why in Chinese when the code is refused with %s, and offers no handover', async (code, message) => {
    server.use(staffLookupPickupRefused(code))
    await openTab('核销')
    typeInto(input('或输入6位取货码'), '000000')
    fireEvent.click(screen.getByText('查询'))
    expect((await screen.findByText(message)).className).toContain('staff__error')
    expect(screen.queryByTestId('pickup-order')).toBeNull()
    expect(screen.queryByText('确认交付')).toBeNull()
  })
})

describe('the pickup lock', () => {
  it('the manager sees a locked clerk on 核销 and lifts the lock', async () => {
    server.use(staffStoresManager, ...staffPickupLocksHandlers())
    await openTab('核销')
    const locks = await screen.findByTestId('pickup-locks')
    expect(locks.textContent).toContain('店员小王 · 错误5次 · 锁定至14:10')
    fireEvent.click(screen.getByText('解锁'))
    expect((await screen.findByText('已为店员小王解锁')).className).toContain('staff__ok')
    expect(sent.StaffLiftPickupLock).toEqual({ storeId: '1', staffUserId: lockedClerk.staffUserId })
    expect(screen.queryByText('解锁')).toBeNull()
  })

  it('a clerk is not shown the locks (a manager’s call)', async () => {
    server.use(...staffPickupLocksHandlers())
    await openTab('核销')
    await screen.findByText('查询')
    expect(sent.StaffPickupLocks).toBeUndefined()
    expect(screen.queryByTestId('pickup-locks')).toBeNull()
  })
})

it('the member at the till: the member is shown, then the purchase earns points in fen', async () => {
  await openTab('会员')
  typeInto(input('或输入会员码数字'), '880000000000001300001')
  fireEvent.click(screen.getByText('识别会员'))
  await screen.findByText('演示会员 · 银卡 · 可用积分 1280')
  typeInto(input('消费金额（元）'), '25.90')
  typeInto(input('小票号'), ' R20261125001 ')
  fireEvent.click(screen.getByText('登记积分'))
  expect((await screen.findByText('小票 R20261125001：¥25.90，积分 +25（现有 1305）')).className).toContain('staff__ok')
  expect(sent.StaffTillEarnPoints).toEqual({ storeId: '1', tillToken: 'till-fixture-token', receiptNo: 'R20261125001', amountFen: 2590 })
})

it('a count below what open orders hold is refused with the reason, and the stock shown stays as it was', async () => {
  server.use(staffSetStockCountBelowReserved)
  await openTab('库存')
  typeInto(input('商品编号或条码'), '1')
  fireEvent.click(screen.getByText('查询库存'))
  const line = '测试饮料1号 500ml：在架 12，订单占用 3，可售 9'
  await screen.findByText(line)
  typeInto(input('盘点数量'), '2')
  typeInto(input('原因（必填）'), '盘点')
  fireEvent.click(screen.getByText('更新库存'))
  expect((await screen.findByText('未完成订单已占用3件，库存不能少于3')).className).toContain('staff__error')
  expect(sent.StaffSetStockCount).toEqual({ storeId: '1', productId: '1', onHand: 2, reason: '盘点' })
  expect(screen.getByText(line)).toBeTruthy()
})
