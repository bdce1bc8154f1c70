import Taro from '@tarojs/taro'
import { StaffStoreEventsDocument, type StaffStoreEventsSubscription } from '@corner/shared-types/client'

import { accessToken, refresh } from './auth'
import { getBffUrl } from './config'
import { fetchQueue, QUEUE_POLL_MS, type StaffQueueEntry } from './staff'

export type StoreEvent = StaffStoreEventsSubscription['staffStoreEvents']
export type ChannelMode = 'live' | 'polling'

export interface StoreEventHandlers {
  /**
   * An order of the store changed. ORDER_PAID is said once per order, whether the channel brought it
   * or a poll found it; RESYNC asks to reload what is shown (events may have been missed).
   */
  onEvent(event: StoreEvent): void
  /** The queue as a poll found it changed (the page may show it without polling again). */
  onQueue?(entries: StaffQueueEntry[]): void
  onMode?(mode: ChannelMode): void
}

/** The graphql-ws protocol the BFF speaks on /graphql (bff/src/graphql/websocket.ts). */
const PROTOCOL = 'graphql-transport-ws'
const RECONNECT_MS = [1000, 2000, 5000, 10000, 30000]
/**
 * A socket whose network went away may never report closing; a ping unanswered by the next one
 * means the channel is down (polling starts then, within two of these).
 */
export const PING_MS = 10000

/** ws(s):// of the GraphQL endpoint: the page's own host on H5, the configured BFF on weapp. */
export function socketUrl(endpoint = getBffUrl()): string {
  if (endpoint.startsWith('/')) {
    const { protocol, host } = window.location
    return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${endpoint}`
  }
  return endpoint.replace(/^http/, 'ws')
}

/**
 * The store's order events for staff, the moment they commit: a GraphQL subscription over
 * WebSocket (Taro.connectSocket, the same in the H5 build and on WeChat, where wx.request cannot
 * read a stream everywhere). While the socket is down, the queue is polled (staffOrderQueue with its
 * cursor, every QUEUE_POLL_MS) and new paid orders found there are reported the same way; the socket
 * is retried meanwhile, and when it listens again polling stops. Returns the function that ends it.
 */
export function subscribeStoreEvents(storeId: string, handlers: StoreEventHandlers): () => void {
  let stopped = false
  let socket: Taro.SocketTask | null = null
  let failures = 0
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null
  let pingTimer: ReturnType<typeof setInterval> | null = null
  let pollTimer: ReturnType<typeof setInterval> | null = null
  let mode: ChannelMode | null = null
  let cursor: string | null = null
  /** Paid orders already reported or already waiting when the watch began: each is announced once. */
  let known: Set<string> | null = null

  const setMode = (next: ChannelMode) => {
    if (mode === next) return
    mode = next
    handlers.onMode?.(next)
  }

  const announce = (event: StoreEvent) => {
    if (event.type === 'ORDER_PAID' && event.orderId) {
      if (known?.has(event.orderId)) return
      known?.add(event.orderId)
    }
    handlers.onEvent(event)
  }

  /** One look at the queue; the first only learns what is already there. */
  const poll = async () => {
    const queue = await fetchQueue(storeId, cursor).catch(() => null)
    if (!queue || stopped) return
    cursor = queue.cursor
    if (!queue.changed) return
    const first = known === null
    known ??= new Set()
    for (const { order } of queue.entries) {
      if (order.status !== 'PAID' || known.has(order.id)) continue
      if (first) known.add(order.id)
      else announce({ __typename: 'StaffStoreEvent', type: 'ORDER_PAID', storeId, orderId: order.id, orderNo: order.orderNo, status: order.status, at: new Date().toISOString() })
    }
    handlers.onQueue?.(queue.entries)
  }

  const startPolling = () => {
    setMode('polling')
    if (pollTimer) return
    void poll()
    pollTimer = setInterval(() => void poll(), QUEUE_POLL_MS)
  }

  const stopPolling = () => {
    if (pollTimer) clearInterval(pollTimer)
    pollTimer = null
  }

  const dropped = (retry: boolean) => {
    socket = null
    if (pingTimer) clearInterval(pingTimer)
    pingTimer = null
    if (stopped) return
    startPolling()
    if (!retry || reconnectTimer) return
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null
      void connect()
    }, RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)])
  }

  // H5's SocketTask.send rejects once the socket is closing; the close handler deals with that.
  const send = (task: Taro.SocketTask, message: Record<string, unknown>) => {
    void Promise.resolve(task.send({ data: JSON.stringify(message) })).catch(() => undefined)
  }

  const connect = async () => {
    const token = await accessToken()
    if (stopped) return
    let task: Taro.SocketTask
    try {
      task = await Taro.connectSocket({ url: socketUrl(), protocols: [PROTOCOL] })
    } catch {
      return dropped(true)
    }
    if (stopped) return void task.close({})
    socket = task
    let retry = true
    let awaitingPong = false
    task.onOpen(() => {
      send(task, { type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })
      pingTimer = setInterval(() => {
        if (!awaitingPong) {
          awaitingPong = true
          return send(task, { type: 'ping' })
        }
        task.close({})
        if (socket === task) dropped(true)
      }, PING_MS)
    })
    task.onMessage(({ data }) => {
      // A message still in flight when the watch ended or the socket was given up is not news.
      if (socket !== task) return
      const message = JSON.parse(String(data)) as { type: string; payload?: any }
      if (message.type === 'connection_ack') {
        const { __meta__ } = StaffStoreEventsDocument
        send(task, {
          type: 'subscribe',
          id: '1',
          payload: {
            query: StaffStoreEventsDocument.toString(),
            operationName: 'StaffStoreEvents',
            variables: { storeId },
            ...(__meta__?.hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: __meta__.hash } } } : {}),
          },
        })
      } else if (message.type === 'ping') {
        send(task, { type: 'pong' })
      } else if (message.type === 'pong') {
        awaitingPong = false
      } else if (message.type === 'next' || message.type === 'error') {
        const errors = message.type === 'error' ? message.payload : message.payload?.errors
        const event = message.payload?.data?.staffStoreEvents as StoreEvent | undefined
        if (event) return received(event)
        // Refused: a lapsed token is renewed before the next attempt; anything else (not staff of
        // this store) will not change by retrying, and polling reports it the usual way.
        const code = errors?.[0]?.extensions?.code
        retry = code === 'UNAUTHENTICATED' || code === 'INTERNAL_SERVER_ERROR'
        if (code === 'UNAUTHENTICATED') void refresh()
        task.close({})
      }
    })
    task.onClose(() => socket === task && dropped(retry))
    task.onError(() => socket === task && dropped(retry))
  }

  const received = (event: StoreEvent) => {
    if (event.type === 'RESYNC') {
      failures = 0
      stopPolling()
      setMode('live')
      // What changed while nobody listened is in the queue: one look reports it.
      void poll()
    }
    announce(event)
  }

  void connect()
  return () => {
    stopped = true
    stopPolling()
    if (reconnectTimer) clearTimeout(reconnectTimer)
    if (pingTimer) clearInterval(pingTimer)
    const task = socket
    socket = null
    task?.close({})
  }
}
