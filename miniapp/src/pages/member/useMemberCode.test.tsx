import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { fetchMemberCode, hideFromScreenshots } from '@/services/member'

import { useMemberCode } from './useMemberCode'

vi.mock('@/services/member', () => ({ fetchMemberCode: vi.fn(), hideFromScreenshots: vi.fn() }))

// The page's show/hide callbacks, driven by the test instead of Taro's router.
const lifecycle = vi.hoisted(() => ({ show: () => {}, hide: () => {} }))
vi.mock('@/services/page-lifecycle', () => ({
  usePageVisibility: (onShow: () => void, onHide: () => void) => {
    lifecycle.show = onShow
    lifecycle.hide = onHide
  },
}))

let fetched = 0
beforeEach(() => {
  vi.useFakeTimers()
  fetched = 0
  vi.mocked(fetchMemberCode).mockImplementation(async () => {
    fetched++
    return { digits: `88000000000000130000${String(fetched).padStart(2, '0')}`, qrPayload: 'x', expiresAt: '', periodSeconds: 30, serverTime: '', validForMs: 30_000 } as never
  })
})
afterEach(() => {
  vi.useRealTimers()
  vi.mocked(hideFromScreenshots).mockClear()
})

const flush = () => act(async () => {})

describe('useMemberCode', () => {
  it('fetches a new code when the current one expires, counting down in between', async () => {
    const { result } = renderHook(() => useMemberCode(true))
    await flush()
    expect(fetched).toBe(1)
    expect(result.current).toMatchObject({ status: 'ready', secondsLeft: 30 })
    await act(async () => vi.advanceTimersByTime(10_000))
    expect(result.current).toMatchObject({ secondsLeft: 20 })
    await act(async () => vi.advanceTimersByTime(21_000))
    expect(fetched).toBe(2)
    expect(result.current.status === 'ready' && result.current.code.digits.endsWith('02')).toBe(true)
  })

  it('stops refreshing while the page is hidden and resumes when it shows again', async () => {
    renderHook(() => useMemberCode(true))
    await flush()
    expect(hideFromScreenshots).toHaveBeenLastCalledWith(true)
    await act(async () => lifecycle.hide())
    expect(hideFromScreenshots).toHaveBeenLastCalledWith(false)
    await act(async () => vi.advanceTimersByTime(5 * 60_000))
    expect(fetched).toBe(1)
    await act(async () => lifecycle.show())
    await flush()
    expect(fetched).toBe(2)
    expect(hideFromScreenshots).toHaveBeenLastCalledWith(true)
  })

  it('does nothing until enabled', async () => {
    renderHook(() => useMemberCode(false))
    await act(async () => vi.advanceTimersByTime(60_000))
    expect(fetched).toBe(0)
  })
})
