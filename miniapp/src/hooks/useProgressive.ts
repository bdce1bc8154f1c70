import { startTransition, useEffect, useState } from 'react'

/**
 * How many of `total` items to render: `first` at once, then `step` more in each following task. A
 * list rendered whole is one long task on a slow phone (Lighthouse's TBT); in slices, taps and the
 * first pictures are not kept waiting behind what is below the fold. Each slice renders as a transition
 * (see useAsync), itself yielding every few milliseconds.
 */
export function useProgressive(total: number, first: number, step = first): number {
  const [shown, setShown] = useState(first)
  useEffect(() => {
    if (shown >= total) return
    const timer = setTimeout(() => startTransition(() => setShown(shown + step)), 0)
    return () => clearTimeout(timer)
  }, [shown, total, step])
  return Math.min(shown, total)
}
