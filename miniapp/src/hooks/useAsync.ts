import { useCallback, useEffect, useRef, useState } from 'react'

import { toDisplayMessage } from '@/services'

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T }

/** Loads on mount and whenever `deps` change; `reload` retries. Answers of superseded loads are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): { state: AsyncState<T>; reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const generation = useRef(0)
  const run = useCallback(load, deps)

  const reload = useCallback(() => {
    const current = ++generation.current
    setState({ status: 'loading' })
    run().then(
      (data) => current === generation.current && setState({ status: 'ready', data }),
      (error: unknown) => current === generation.current && setState({ status: 'error', message: toDisplayMessage(error) }),
    )
  }, [run])

  useEffect(() => {
    reload()
    return () => {
      generation.current++
    }
  }, [reload])

  return { state, reload }
}
