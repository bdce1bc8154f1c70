import { graphql, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { staffQueueEntries } from '../../../mocks/src/graphql/index.ts'
import { fakeSockets, type FakeSocket } from '@/test/fake-socket'
import { useMswServer } from '@/test/msw'

import { QUEUE_POLL_MS } from './staff'
import { PING_MS, socketUrl, subscribeStoreEvents, type StoreEvent } from './staff-events'

vi.mock('./auth', () => ({ accessToken: async () => 'token-1', refresh: vi.fn(async () => true) }))

const server = useMswServer()
let polls: Array<string | null> = []
/** The queue the BFF answers with now; its cursor changes whenever it does. */
let queue = staffQueueEntries.slice(0, 2)
server.events.on('request:start', async ({ request }) => {
  const { operationName, variables } = (await request.clone().json()) as { operationName: string; variables: { cursor?: string | null } }
  if (operationName === 'StaffOrderQueue') polls.push(variables.cursor ?? null)
})
const queueHandler = graphql.query('StaffOrderQueue', ({ variables }) => {
  const cursor = `c${queue.length}`
  return HttpResponse.json({ data: { staffOrderQueue: variables.cursor === cursor ? { cursor, changed: false, entries: [] } : { cursor, changed: true, entries: queue } } })
})

let sockets: FakeSocket[]
let events: StoreEvent[]
let modes: string[]
let stop: () => void
const paidOf = () => events.filter((e) => e.type === 'ORDER_PAID').map((e) => e.orderId)
const flush = () => vi.advanceTimersByTimeAsync(0)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  server.use(queueHandler)
  queue = staffQueueEntries.slice(0, 2)
  polls = []
  events = []
  modes = []
  sockets = fakeSockets()
  stop = subscribeStoreEvents('1', { onEvent: (e) => events.push(e), onMode: (m) => modes.push(m) })
})
afterEach(() => {
  stop()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('subscribeStoreEvents', () => {
  it('subscribes over the socket with the token and the persisted operation, and does not poll while it listens', async () => {
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    const socket = sockets[0]!
    expect(socket.options).toEqual({ url: 'ws://bff.test/graphql', protocols: ['graphql-transport-ws'] })
    socket.open()
    expect(socket.sent).toEqual([{ type: 'connection_init', payload: { authorization: 'Bearer token-1' } }])
    socket.receive({ type: 'connection_ack' })
    expect(socket.sent[1]).toMatchObject({
      type: 'subscribe',
      id: '1',
      payload: { operationName: 'StaffStoreEvents', variables: { storeId: '1' }, extensions: { persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } } },
    })
    socket.event({ type: 'RESYNC' })
    expect(modes).toEqual(['live'])
    // One look at the queue on (re)subscribing: what it holds now is not news.
    await vi.waitFor(() => expect(polls).toEqual([null]))
    socket.event({ type: 'ORDER_PAID', orderId: 'o-new', orderNo: '2026112514300009', status: 'PAID' })
    expect(paidOf()).toEqual(['o-new'])
    socket.receive({ type: 'ping' })
    expect(socket.sent.at(-1)).toEqual({ type: 'pong' })
    await vi.advanceTimersByTimeAsync(5 * QUEUE_POLL_MS)
    expect(polls).toEqual([null])
  })

  it('polls the queue while the socket is down, reports new paid orders found there once, and goes live again on reconnect', async () => {
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    sockets[0]!.listen()
    await vi.waitFor(() => expect(polls).toEqual([null]))
    sockets[0]!.close()
    expect(modes).toEqual(['live', 'polling'])
    await flush()
    expect(polls).toEqual([null, 'c2'])

    // Paid while nobody listened: the next poll finds it and says so, once.
    const paidMeanwhile = staffQueueEntries.find((entry, i) => i >= 2 && entry.order.status === 'PAID')!
    queue = [...staffQueueEntries.slice(0, 2), paidMeanwhile]
    await vi.advanceTimersByTimeAsync(QUEUE_POLL_MS)
    expect(polls).toEqual([null, 'c2', 'c2'])
    expect(paidOf()).toEqual([paidMeanwhile.order.id])
    // The socket was retried after a second, and is open again.
    expect(sockets).toHaveLength(2)
    sockets[1]!.listen()
    expect(modes).toEqual(['live', 'polling', 'live'])
    await flush()
    // The order the channel repeats after the RESYNC is not announced twice; polling has stopped.
    sockets[1]!.event({ type: 'ORDER_PAID', orderId: paidMeanwhile.order.id, status: 'PAID' })
    expect(paidOf()).toEqual([paidMeanwhile.order.id])
    const before = polls.length
    await vi.advanceTimersByTimeAsync(5 * QUEUE_POLL_MS)
    expect(polls).toHaveLength(before)
  })

  it('takes a socket that stops answering its pings for down, and polls', async () => {
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    const socket = sockets[0]!
    socket.listen()
    await vi.advanceTimersByTimeAsync(3 * PING_MS)
    expect(socket.sent.filter((m) => m.type === 'ping')).toHaveLength(3)
    expect(socket.closed).toBe(false)
    // The network went away: no pong for the next ping.
    socket.answersPings = false
    await vi.advanceTimersByTimeAsync(2 * PING_MS)
    expect(socket.closed).toBe(true)
    expect(modes).toEqual(['live', 'polling'])
  })

  it('keeps retrying a socket that cannot connect, further apart, and polls meanwhile', async () => {
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    sockets[0]!.close()
    await vi.advanceTimersByTimeAsync(1000)
    expect(sockets).toHaveLength(2)
    sockets[1]!.close()
    await vi.advanceTimersByTimeAsync(1000)
    expect(sockets).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1000)
    expect(sockets).toHaveLength(3)
    expect(polls.length).toBeGreaterThanOrEqual(1)
    expect(modes).toEqual(['polling'])
  })

  it('does not retry a refusal that retrying cannot change (not staff of the store), and relies on polling', async () => {
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    const socket = sockets[0]!
    socket.open()
    socket.receive({ type: 'connection_ack' })
    socket.receive({ type: 'next', id: '1', payload: { errors: [{ message: '您不是该门店的店员', extensions: { code: 'FORBIDDEN' } }] } })
    expect(socket.closed).toBe(true)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sockets).toHaveLength(1)
    expect(modes).toEqual(['polling'])
  })

  it('closes the socket and stops polling when ended', async () => {
    await vi.waitFor(() => expect(sockets).toHaveLength(1))
    sockets[0]!.close()
    await flush()
    stop()
    const before = polls.length
    await vi.advanceTimersByTimeAsync(60_000)
    expect(polls).toHaveLength(before)
    expect(sockets).toHaveLength(1)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('socketUrl', () => {
  it('is the page’s own host on H5 and the configured BFF on weapp', () => {
    expect(socketUrl('/graphql')).toBe(`ws://${window.location.host}/graphql`)
    expect(socketUrl('https://bff.example.com/graphql')).toBe('wss://bff.example.com/graphql')
  })
})
