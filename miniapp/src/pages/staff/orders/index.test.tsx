import { act, fireEvent, render, screen } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { StaffOrderQueueQuery } from '@corner/shared-types/client'

import {
  staffHandlers,
  staffQueueEntries,
  staffServerTime,
  staffStoresClerk,
} from '../../../../../mocks/src/graphql/index.ts'
import { QUEUE_POLL_MS } from '@/services/staff'
import { COUNTDOWN_TICK_MS } from '@/services/staff-queue'
import { useMswServer } from '@/test/msw'
import { eventually, recordStaffRequests } from '@/test/staff-page'

import StaffOrdersPage from './index'

// The page's show/hide callbacks, driven by the test instead of Taro's router.
const lifecycle = vi.hoisted(() => ({ show: () => {}, hide: () => {} }))
vi.mock('@/services/page-lifecycle', () => ({
  usePageVisibility: (onShow: () => void, onHide: () => void) => {
    lifecycle.show = onShow
    lifecycle.hide = onHide
  },
}))
const opened = vi.hoisted(() => ({ picking: [] as string[] }))
vi.mock('@/services/navigation', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  openPicking: (id: string) => opened.picking.push(id),
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
beforeEach(() => {
  opened.picking = []
  server.use(staffStoresClerk, ...staffHandlers)
})
afterEach(() => vi.useRealTimers())

const cards = () => [...document.querySelectorAll('[data-testid=staff-order]')] as HTMLElement[]
const tails = () => cards().map((card) => card.querySelector('.queue-card__no')!.textContent)
const countdowns = () => cards().map((card) => card.querySelector('.queue-card__left')!.textContent)
const segment = (label: string) => [...document.querySelectorAll('.queue-filter [role=tab]')].find((tab) => tab.querySelector('.queue-filter__label')!.textContent === label) as HTMLElement
const chip = (text: string) => screen.getByText(text).closest('[role=button]') as HTMLElement

type Entry = StaffOrderQueueQuery['staffOrderQueue']['entries'][number]
/** A queue whose answers change from poll to poll, as the BFF's does while staff and shoppers act. */
function queueSequence(...answers: Entry[][]) {
  let poll = 0
  return graphql.query('StaffOrderQueue', () => {
    const entries = answers[Math.min(poll, answers.length - 1)]!
    poll++
    return HttpResponse.json({ data: { staffOrderQueue: { cursor: `v${poll}`, changed: true, entries, serverTime: staffServerTime } } })
  })
}

describe('the order queue', () => {
  it('shows late orders on top in red, then by promise, each with its countdown from the server clock', async () => {
    // The phone's clock is 3 minutes fast: countdowns follow the BFF's time (14:00:30), not the phone's.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.setSystemTime(Date.parse(staffServerTime) + 3 * 60_000 + 30_000)
    server.use(
      graphql.query('StaffOrderQueue', () =>
        HttpResponse.json({ data: { staffOrderQueue: { cursor: 'q1', changed: true, entries: staffQueueEntries, serverTime: new Date(Date.now() - 3 * 60_000).toISOString() } } }),
      ),
    )
    render(<StaffOrdersPage />)
    await eventually(() => expect(cards()).toHaveLength(4))
    expect(tails()).toEqual(['560001', '060002', '200005', '280003'])
    expect(countdowns()).toEqual(['超时4分', '剩5分', '剩19分', '剩27分'])
    const [late, atRisk, onTheWay, calm] = cards()
    expect(late!.className).toContain('queue-card--late')
    expect(atRisk!.className).toContain('queue-card--risk')
    expect(calm!.className).toContain('queue-card--calm')
    expect(late!.textContent).toContain('自提')
    expect(atRisk!.textContent).toContain('外送')
    expect(late!.textContent).toContain('2种 共3件')
    // The next step is on the card itself.
    expect(cards().map((card) => card.querySelector('.queue-card__action')?.textContent ?? null)).toEqual(['去拣货', '接单', '已送达', '接单'])

    // The countdown ticks on the phone between polls; the card due at 14:06 turns late and red in place.
    await act(async () => vi.advanceTimersByTime(7 * 60_000 + COUNTDOWN_TICK_MS))
    expect(countdowns().slice(0, 2)).toEqual(['超时11分', '超时1分'])
    expect(cards()[1]!.className).toContain('queue-card--late')
    expect(tails()).toEqual(['560001', '060002', '200005', '280003'])
  })

  it('filters by state, fulfilment and lateness, each choice with its count', async () => {
    render(<StaffOrdersPage />)
    await eventually(() => expect(cards()).toHaveLength(4))
    const counts = ['全部', '待接单', '拣货中', '待取货', '配送中'].map((label) => segment(label).querySelector('.queue-filter__count')!.textContent)
    expect(counts).toEqual(['4', '2', '1', '0', '1'])
    expect(chip('外送 2')).toBeTruthy()
    expect(chip('自提 2')).toBeTruthy()

    fireEvent.click(segment('待接单'))
    expect(tails()).toEqual(['060002', '280003'])
    expect(segment('待接单').getAttribute('aria-selected')).toBe('true')
    expect(segment('全部').getAttribute('aria-selected')).toBe('false')
    fireEvent.click(chip('外送 1'))
    expect(tails()).toEqual(['060002'])
    fireEvent.click(chip('超时 0'))
    expect(cards()).toHaveLength(0)
    fireEvent.click(screen.getByText('看全部订单'))
    expect(tails()).toEqual(['560001', '060002', '200005', '280003'])
    fireEvent.click(chip('超时 1'))
    expect(tails()).toEqual(['560001'])
  })

  it('keeps the cards in place as they change, and slots a new order in at its promise, marked 新', async () => {
    const [late, due, onTheWay, calm] = staffQueueEntries
    const accepted: Entry = { ...due!, order: { ...due!.order, status: 'PICKING', statusLabel: '拣货中' } }
    const arrived: Entry = { ...calm!, order: { ...calm!.order, id: 'order-150009', orderNo: '2026112514150009', promiseEnd: '2026-11-25T06:15:00.000Z' } }
    server.use(
      queueSequence([late!, due!, onTheWay!, calm!], [late!, accepted, onTheWay!, calm!, arrived]),
      graphql.mutation('StaffAcceptOrder', () => HttpResponse.json({ data: { staffAcceptOrder: accepted.order } })),
    )
    render(<StaffOrdersPage />)
    await eventually(() => expect(cards()).toHaveLength(4))

    fireEvent.click(screen.getAllByText('接单')[0]!)
    await eventually(() => expect(cards()).toHaveLength(5))
    expect(requests.sent.StaffAcceptOrder).toEqual({ orderId: due!.order.id })
    // The accepted card did not move; the newcomer sits at its 14:15 promise.
    expect(tails()).toEqual(['560001', '060002', '150009', '200005', '280003'])
    expect(cards()[1]!.querySelector('.queue-card__action')!.textContent).toBe('去拣货')
    expect(cards()[2]!.textContent).toContain('新')
    expect(cards().filter((card) => card.textContent!.includes('新'))).toHaveLength(1)
    // Acting on a card does not open it.
    expect(opened.picking).toEqual([])
  })

  it('opens the picking list from the card or its 去拣货', async () => {
    render(<StaffOrdersPage />)
    await eventually(() => expect(cards()).toHaveLength(4))
    fireEvent.click(cards()[3]!)
    fireEvent.click(screen.getByText('去拣货'))
    expect(opened.picking).toEqual(['order-280003', 'order-560001'])
  })

  it('polls with the server cursor only while the page is visible, and stops when it is hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    render(<StaffOrdersPage />)
    await eventually(() => expect(cards()).toHaveLength(4))
    expect(requests.polls).toEqual([null])

    await act(async () => vi.advanceTimersByTime(QUEUE_POLL_MS))
    await eventually(() => expect(requests.polls).toEqual([null, 'q1']))
    // "Nothing changed" keeps the list on screen.
    expect(cards()).toHaveLength(4)

    await act(async () => lifecycle.hide())
    await act(async () => vi.advanceTimersByTime(10 * QUEUE_POLL_MS))
    expect(requests.polls).toEqual([null, 'q1'])
    expect(vi.getTimerCount()).toBe(0)

    // Back on screen: the whole list at once (no cursor), then polling (and the countdown) again.
    await act(async () => lifecycle.show())
    await eventually(() => expect(requests.polls).toEqual([null, 'q1', null]))
    await act(async () => vi.advanceTimersByTime(QUEUE_POLL_MS))
    await eventually(() => expect(requests.polls).toEqual([null, 'q1', null, 'q1']))
    expect(vi.getTimerCount()).toBe(2)
  })

  it('reloads the queue the moment a store event arrives, without waiting for the next poll', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    render(<StaffOrdersPage />)
    await vi.waitFor(() => expect(requests.polls).toEqual([null]))
    await act(async () => channel.onEvent({ type: 'ORDER_PAID' }))
    // The whole queue again at once (no cursor), long before the next poll is due.
    await vi.waitFor(() => expect(requests.polls).toEqual([null, null]))
  })
})

describe('short orders', () => {
  it('marks an order whose reserved units the till sold as short, so the clerk settles it before picking', async () => {
    const [first, second] = staffQueueEntries
    const short: Entry = { ...first!, order: { ...first!.order, items: first!.order.items.map((item, i) => (i === 0 ? { ...item, shortQuantity: 1 } : item)) } }
    server.use(queueSequence([short, second!]))
    render(<StaffOrdersPage />)
    await eventually(() => expect(cards()).toHaveLength(2))
    const shortCards = cards().filter((card) => card.textContent!.includes('缺1件'))
    expect(shortCards).toHaveLength(1)
    expect(shortCards[0]!.querySelector('.queue-card__no')!.textContent).toBe(short.order.orderNo.slice(-6))
  })
})
