import Taro from '@tarojs/taro'
import { vi } from 'vitest'

import type { StoreEvent } from '@/services/staff-events'

/** A Taro.SocketTask the test plays the BFF's side of. */
export class FakeSocket {
  sent: Array<{ type: string; id?: string; payload?: any }> = []
  closed = false
  /** A live server answers the client's pings; a lost network does not. */
  answersPings = true
  private handlers: Record<string, (arg: any) => void> = {}
  constructor(readonly options: { url: string; protocols?: string[] }) {}
  onOpen(fn: () => void) { this.handlers.open = fn }
  onMessage(fn: (message: { data: string }) => void) { this.handlers.message = fn }
  onClose(fn: () => void) { this.handlers.close = fn }
  onError(fn: () => void) { this.handlers.error = fn }
  send({ data }: { data: string }) {
    const message = JSON.parse(data)
    this.sent.push(message)
    if (message.type === 'ping' && this.answersPings) this.receive({ type: 'pong' })
  }
  close() {
    this.closed = true
    this.handlers.close?.({})
  }
  // --- the server's side
  open() { this.handlers.open?.({}) }
  receive(message: Record<string, unknown>) { this.handlers.message?.({ data: JSON.stringify(message) }) }
  event(event: Partial<StoreEvent>) { this.receive({ type: 'next', id: '1', payload: { data: { staffStoreEvents: { storeId: '1', orderId: null, orderNo: null, status: null, at: '2026-11-25T06:00:00.000Z', ...event } } } }) }
  /** Accepts the connection and the subscription, which then listens (RESYNC). */
  listen() {
    this.open()
    this.receive({ type: 'connection_ack' })
    this.event({ type: 'RESYNC' })
  }
}

export function fakeSockets() {
  const sockets: FakeSocket[] = []
  vi.spyOn(Taro, 'connectSocket').mockImplementation((async (options: { url: string; protocols?: string[] }) => {
    const socket = new FakeSocket(options)
    sockets.push(socket)
    return socket
  }) as never)
  return sockets
}
