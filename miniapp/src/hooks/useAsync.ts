import { startTransition, useCallback, useEffect, useRef, useState } from 'react'

import { toDisplayMessage } from '@/services'

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T }

/**
 * Loads on mount and whenever `deps` change; `reload` retries. Answers of superseded loads are dropped.
 * An answer is rendered as a transition: React then renders in slices of a few milliseconds, yielding
 * in between, instead of in one task as long as the whole list (on a slow phone, 首页's catalogue was
 * one task of 200 ms, Lighthouse's TBT).
 */
export function useAsync<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  /**
   * An answer already in when the component mounts (asked for ahead, see services/catalog.ts): the
   * first render shows it, and the mount does not load.
   */
  answered?: () => { data: T } | null,
): { state: AsyncState<T>; reload: () => void } {
  const [early] = useState(() => answered?.() ?? null)
  const [state, setState] = useState<AsyncState<T>>(early ? { status: 'ready', data: early.data } : { status: 'loading' })
  const skipMountLoad = useRef(early !== null)
  const generation = useRef(0)
  const run = useCallback(load, deps)

  const reload = useCallback(() => {
    const current = ++generation.current
    setState({ status: 'loading' })
    const settle = (next: AsyncState<T>) => current === generation.current && startTransition(() => setState(next))
    run().then(
      (data) => settle({ status: 'ready', data }),
      (error: unknown) => settle({ status: 'error', message: toDisplayMessage(error) }),
    )
  }, [run])

  useEffect(() => {
    if (skipMountLoad.current) skipMountLoad.current = false
    else reload()
    return () => {
      generation.current++
    }
  }, [reload])

  return { state, reload }
}
