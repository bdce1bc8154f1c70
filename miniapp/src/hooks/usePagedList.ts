import { useCallback, useEffect, useRef, useState } from 'react'

import { toDisplayMessage, type ProductPage, type ProductSummary } from '@/services'

export interface PagedListState {
  items: ProductSummary[]
  /** 'loading' covers the first page; 'more' a following one. */
  status: 'loading' | 'more' | 'idle' | 'error'
  message: string | null
  hasNextPage: boolean
}

/**
 * Cursor pagination for infinite scroll: `loadMore` fetches the next page once the previous one is in,
 * and a failed page keeps what was loaded and can be retried.
 */
export function usePagedList(fetchPage: ((after: string | null) => Promise<ProductPage>) | null, key: string) {
  const [state, setState] = useState<PagedListState>({ items: [], status: 'loading', message: null, hasNextPage: false })
  const cursor = useRef<string | null>(null)
  const busy = useRef(false)
  const generation = useRef(0)

  const fetchNext = useCallback(
    async (reset: boolean) => {
      if (!fetchPage || (busy.current && !reset)) return
      const current = reset ? ++generation.current : generation.current
      busy.current = true
      if (reset) cursor.current = null
      setState((s) => ({ ...s, items: reset ? [] : s.items, status: reset ? 'loading' : 'more', message: null }))
      try {
        const page = await fetchPage(cursor.current)
        if (current !== generation.current) return
        cursor.current = page.pageInfo.endCursor
        setState((s) => ({ items: [...s.items, ...page.nodes], status: 'idle', message: null, hasNextPage: page.pageInfo.hasNextPage }))
      } catch (error) {
        if (current === generation.current) setState((s) => ({ ...s, status: 'error', message: toDisplayMessage(error) }))
      } finally {
        if (current === generation.current) busy.current = false
      }
    },
    [fetchPage],
  )

  useEffect(() => {
    void fetchNext(true)
    return () => {
      generation.current++
    }
  }, [key])

  const loadMore = useCallback(() => {
    if (state.hasNextPage && state.status === 'idle') void fetchNext(false)
  }, [fetchNext, state.hasNextPage, state.status])
  const retry = useCallback(() => void fetchNext(state.items.length === 0), [fetchNext, state.items.length])

  return { state, loadMore, retry }
}
