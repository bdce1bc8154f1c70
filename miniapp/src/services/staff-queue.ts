import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { fetchQueue, QUEUE_POLL_MS, type StaffOrder, type StaffQueueEntry } from './staff'

/** How often the countdowns on the cards are recomputed from the promise (a minute flips within this). */
export const COUNTDOWN_TICK_MS = 5000

/** An order still to be worked on by the store: late and at-risk apply only to these. */
const toDo = (order: Pick<StaffOrder, 'status'>) => order.status === 'PAID' || order.status === 'PICKING'

/** Within this many minutes of its promise an order to do is shown as at risk (the BFF's AT_RISK_MINUTES). */
const AT_RISK_MINUTES = 10

export interface QueueCard {
  order: StaffOrder
  /** Whole minutes to the promise, negative when past it; from the server's clock. */
  minutesLeft: number
  late: boolean
  atRisk: boolean
  /** Arrived while the queue was on screen and not yet accepted. */
  fresh: boolean
}

/**
 * The queue's order. It never depends on status, which changes under the clerk's thumb: late orders
 * first, then by promise time, then by order number. A promise never changes, so cards keep their
 * places between refreshes; an arriving order is inserted at its promise without moving the others
 * relative to each other. Only orders still to do become late, and those have the earliest promises
 * of the orders to do, so a card turning late passes nothing but orders already handed on.
 */
export function queueOrder(a: QueueCard, b: QueueCard): number {
  return Number(b.late) - Number(a.late) || a.order.promiseEnd.localeCompare(b.order.promiseEnd) || a.order.orderNo.localeCompare(b.order.orderNo)
}

export function toCard(order: StaffOrder, nowMs: number, fresh: boolean): QueueCard {
  const msLeft = Date.parse(order.promiseEnd) - nowMs
  // Whole minutes either way: 65 s past the promise is 超时1分, 65 s before it 剩1分.
  const minutesLeft = Math.trunc(msLeft / 60_000)
  return { order, minutesLeft, late: toDo(order) && msLeft < 0, atRisk: toDo(order) && minutesLeft < AT_RISK_MINUTES, fresh: fresh && order.status === 'PAID' }
}

/** "剩12分" / "超时4分" for a card; orders handed on show when they were promised instead. */
export function countdownLabel(card: QueueCard): string {
  if (card.late) return `超时${-card.minutesLeft}分`
  return `剩${Math.max(0, card.minutesLeft)}分`
}

export type QueueStatusFilter = 'ALL' | 'PAID' | 'PICKING' | 'READY_FOR_PICKUP' | 'OUT_FOR_DELIVERY'
export type QueueFulfilmentFilter = 'ALL' | 'DELIVERY' | 'PICKUP'
export interface QueueFilter {
  status: QueueStatusFilter
  fulfilment: QueueFulfilmentFilter
  lateOnly: boolean
}
export const ALL_ORDERS: QueueFilter = { status: 'ALL', fulfilment: 'ALL', lateOnly: false }

const matches = (card: QueueCard, filter: QueueFilter) =>
  (filter.status === 'ALL' || card.order.status === filter.status) &&
  (filter.fulfilment === 'ALL' || card.order.fulfilment === filter.fulfilment) &&
  (!filter.lateOnly || card.late)

/** The cards a filter shows, and for each choice of each filter how many it would show with the other filters kept. */
export function filterQueue(cards: readonly QueueCard[], filter: QueueFilter) {
  const count = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K]) =>
    cards.filter((card) => matches(card, { ...filter, [key]: value })).length
  return { shown: cards.filter((card) => matches(card, filter)), count }
}

/**
 * The store's queue as the orders page shows it: polled with the server's cursor while `live`,
 * refreshed at once by `refresh()` (after an action, or when a push says an order arrived), with
 * countdowns ticking on the client from the server's clock.
 */
export function useStaffQueue(storeId: string, live: boolean) {
  const [orders, setOrders] = useState<StaffOrder[] | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const cursor = useRef<string | null>(null)
  // Server time minus client time at the last answer: countdowns follow the server's clock.
  const skew = useRef(0)
  const seen = useRef<Set<string> | null>(null)
  const fresh = useRef<Set<string>>(new Set())

  const poll = useCallback(async () => {
    const queue = await fetchQueue(storeId, cursor.current).catch(() => null)
    if (!queue) return
    cursor.current = queue.cursor
    skew.current = Date.parse(queue.serverTime) - Date.now()
    if (!queue.changed) return
    const ids = queue.entries.map((entry: StaffQueueEntry) => entry.order.id)
    if (seen.current) for (const id of ids) if (!seen.current.has(id)) fresh.current.add(id)
    seen.current = new Set([...(seen.current ?? []), ...ids])
    setOrders(queue.entries.map((entry) => entry.order))
    setNow(Date.now())
  }, [storeId])

  const refresh = useCallback(async () => {
    cursor.current = null
    await poll()
  }, [poll])

  useEffect(() => {
    cursor.current = null
    if (!live) return
    void poll()
    const polling = setInterval(() => void poll(), QUEUE_POLL_MS)
    const ticking = setInterval(() => setNow(Date.now()), COUNTDOWN_TICK_MS)
    return () => {
      clearInterval(polling)
      clearInterval(ticking)
    }
  }, [poll, live])

  const cards = useMemo(
    () => orders?.map((order) => toCard(order, now + skew.current, fresh.current.has(order.id))).sort(queueOrder) ?? null,
    [orders, now],
  )
  return { cards, refresh }
}
