import { useCallback, useEffect, useRef, useState } from 'react'

import { toDisplayMessage } from '@/services/errors'
import { fetchMemberCode, hideFromScreenshots, type MemberCodeView } from '@/services/member'
import { usePageVisibility } from '@/services/page-lifecycle'

export type MemberCodeState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'ready'; code: MemberCodeView; secondsLeft: number }

/**
 * The rotating code: fetched when the page shows, re-fetched when it expires, and not at all while
 * the page is hidden (no requests from a background tab, no code lingering on screen).
 */
export function useMemberCode(enabled: boolean): MemberCodeState {
  const [state, setState] = useState<MemberCodeState>({ status: 'loading' })
  const [visible, setVisible] = useState(true)
  const deadline = useRef(0)

  usePageVisibility(
    () => setVisible(true),
    () => setVisible(false),
  )

  const load = useCallback(async () => {
    try {
      const code = await fetchMemberCode()
      deadline.current = Date.now() + code.validForMs
      setState({ status: 'ready', code, secondsLeft: Math.ceil(code.validForMs / 1000) })
    } catch (error) {
      setState({ status: 'error', message: toDisplayMessage(error), retry: () => void load() })
    }
  }, [])

  useEffect(() => {
    if (!enabled || !visible) return
    hideFromScreenshots(true)
    let cancelled = false
    let fetching = false
    const tick = async () => {
      const left = deadline.current - Date.now()
      if (left > 0) {
        setState((s) => (s.status === 'ready' ? { ...s, secondsLeft: Math.ceil(left / 1000) } : s))
        return
      }
      if (fetching) return
      fetching = true
      await load()
      fetching = false
    }
    void tick()
    const timer = setInterval(() => {
      if (!cancelled) void tick()
    }, 1000)
    return () => {
      cancelled = true
      clearInterval(timer)
      hideFromScreenshots(false)
    }
  }, [enabled, visible, load])

  return state
}
