import { useCallback, useEffect, useRef, useState } from 'react'

import { toDisplayMessage } from '@/services/errors'

interface Page<T> {
  nodes: T[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

/** Cursor pages of a ledger, appended as the list scrolls to the bottom. */
export function useLedgerPages<T>(fetchPage: (after: string | null) => Promise<Page<T>>, enabled: boolean) {
  const [items, setItems] = useState<T[]>([])
  const [status, setStatus] = useState<'idle' | 'loading' | 'error' | 'done'>('idle')
  const [message, setMessage] = useState<string | null>(null)
  const cursor = useRef<string | null>(null)
  const busy = useRef(false)

  const loadMore = useCallback(async () => {
    if (busy.current || status === 'done') return
    busy.current = true
    setStatus('loading')
    try {
      const page = await fetchPage(cursor.current)
      cursor.current = page.pageInfo.endCursor
      setItems((previous) => [...previous, ...page.nodes])
      setStatus(page.pageInfo.hasNextPage ? 'idle' : 'done')
    } catch (error) {
      setMessage(toDisplayMessage(error))
      setStatus('error')
    } finally {
      busy.current = false
    }
  }, [fetchPage, status])

  useEffect(() => {
    if (enabled && items.length === 0 && status === 'idle') void loadMore()
  }, [enabled])

  return { items, status, message, loadMore }
}
