import Taro from '@tarojs/taro'
import { act, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { staffQueueSuccess } from '../../../../mocks/src/graphql/index.ts'
import { fakeSockets, type FakeSocket } from '@/test/fake-socket'
import { useMswServer } from '@/test/msw'

import { NEW_ORDER_SOUND, useNewOrderAlert } from './useNewOrderAlert'

const server = useMswServer()
let sockets: FakeSocket[]
let chime: { src: string; play: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> }
let vibrate: ReturnType<typeof vi.fn>
const app = { show: [] as Array<() => void>, hide: [] as Array<() => void> }
let heard: string[]

function Probe({ shown }: { shown: boolean }) {
  const mode = useNewOrderAlert('1', shown, (event) => heard.push(event.type))
  return <span data-testid='mode'>{mode ?? 'off'}</span>
}

/** The socket opened last, listening. */
async function listening(): Promise<FakeSocket> {
  await vi.waitFor(() => expect(sockets.at(-1)?.closed).toBe(false))
  const socket = sockets.at(-1)!
  act(() => socket.listen())
  return socket
}

beforeEach(() => {
  server.use(staffQueueSuccess)
  sockets = fakeSockets()
  heard = []
  chime = { src: '', play: vi.fn(), stop: vi.fn(), destroy: vi.fn() }
  vi.spyOn(Taro, 'createInnerAudioContext').mockReturnValue(chime as never)
  vibrate = vi.fn(async () => ({ errMsg: 'vibrateLong:ok' }))
  vi.spyOn(Taro, 'vibrateLong').mockImplementation(vibrate as never)
  app.show = []
  app.hide = []
  vi.spyOn(Taro, 'onAppShow').mockImplementation(((fn: () => void) => app.show.push(fn)) as never)
  vi.spyOn(Taro, 'onAppHide').mockImplementation(((fn: () => void) => app.hide.push(fn)) as never)
  vi.spyOn(Taro, 'offAppShow').mockImplementation(((fn: () => void) => (app.show = app.show.filter((f) => f !== fn))) as never)
  vi.spyOn(Taro, 'offAppHide').mockImplementation(((fn: () => void) => (app.hide = app.hide.filter((f) => f !== fn))) as never)
})
afterEach(() => vi.restoreAllMocks())

describe('useNewOrderAlert', () => {
  it('rings the chime and vibrates for a new paid order, and passes every event on', async () => {
    const view = render(<Probe shown />)
    const socket = await listening()
    expect(view.getByTestId('mode').textContent).toBe('live')
    expect(chime.src).toBe(NEW_ORDER_SOUND)

    act(() => socket.event({ type: 'ORDER_UPDATED', orderId: 'o-1', status: 'PICKING' }))
    expect(chime.play).not.toHaveBeenCalled()
    act(() => socket.event({ type: 'ORDER_PAID', orderId: 'o-2', status: 'PAID' }))
    expect(chime.play).toHaveBeenCalledTimes(1)
    expect(vibrate).toHaveBeenCalledTimes(1)
    expect(heard).toEqual(['RESYNC', 'ORDER_UPDATED', 'ORDER_PAID'])
  })

  it('is silent, its socket closed, while the page is hidden or the app in the background', async () => {
    const view = render(<Probe shown />)
    const first = await listening()
    view.rerender(<Probe shown={false} />)
    expect(first.closed).toBe(true)
    expect(chime.destroy).toHaveBeenCalled()
    expect(view.getByTestId('mode').textContent).toBe('off')

    view.rerender(<Probe shown />)
    const second = await listening()
    act(() => app.hide.forEach((fn) => fn()))
    expect(second.closed).toBe(true)
    act(() => second.event({ type: 'ORDER_PAID', orderId: 'o-3', status: 'PAID' }))
    expect(chime.play).not.toHaveBeenCalled()
    expect(vibrate).not.toHaveBeenCalled()

    // Back in the foreground: listening again, and the next paid order rings.
    act(() => app.show.forEach((fn) => fn()))
    const third = await listening()
    expect(sockets).toHaveLength(3)
    act(() => third.event({ type: 'ORDER_PAID', orderId: 'o-4', status: 'PAID' }))
    expect(chime.play).toHaveBeenCalledTimes(1)
  })
})
