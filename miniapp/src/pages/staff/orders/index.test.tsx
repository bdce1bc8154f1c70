import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  staffHandlers,
  staffQueueEntries,
  staffStoresClerk,
} from '../../../../../mocks/src/graphql/index.ts'
import { QUEUE_POLL_MS } from '@/services/staff'
import { useMswServer } from '@/test/msw'
import { recordStaffRequests, staffInput, typeInto } from '@/test/staff-page'

import StaffOrdersPage from './index'

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
const requests = recordStaffRequests(server)
beforeEach(() => server.use(staffStoresClerk, ...staffHandlers))
afterEach(() => vi.useRealTimers())

const cards = () => [...document.querySelectorAll('[data-testid=staff-order]')] as HTMLElement[]

describe('the order queue', () => {
  it('shows the orders most urgent first, late ones and those about to be late highlighted', async () => {
    render(<StaffOrdersPage />)
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
    render(<StaffOrdersPage />)
    await vi.waitFor(() => expect(cards()).toHaveLength(3))
    expect(requests.polls).toEqual([null])

    await act(async () => vi.advanceTimersByTime(QUEUE_POLL_MS))
    await vi.waitFor(() => expect(requests.polls).toEqual([null, 'q1']))
    // "Nothing changed" keeps the list on screen.
    expect(cards()).toHaveLength(3)

    await act(async () => lifecycle.hide())
    await act(async () => vi.advanceTimersByTime(10 * QUEUE_POLL_MS))
    expect(requests.polls).toEqual([null, 'q1'])
    expect(vi.getTimerCount()).toBe(0)

    // Back on screen: the whole list at once (no cursor), then polling again.
    await act(async () => lifecycle.show())
    await vi.waitFor(() => expect(requests.polls).toEqual([null, 'q1', null]))
    await act(async () => vi.advanceTimersByTime(QUEUE_POLL_MS))
    await vi.waitFor(() => expect(requests.polls).toEqual([null, 'q1', null, 'q1']))
    expect(vi.getTimerCount()).toBe(1)
  })

  it('reloads the queue the moment a store event arrives, without waiting for the next poll', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    render(<StaffOrdersPage />)
    await vi.waitFor(() => expect(requests.polls).toEqual([null]))
    await act(async () => channel.onEvent({ type: 'ORDER_PAID' }))
    await vi.waitFor(() => expect(requests.polls).toEqual([null, 'q1']))
  })
})
