import { useRef } from 'react'

const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}${Math.random().toString(36).slice(2, 12)}`

/**
 * One key per checkout attempt: submitting the same order again (a retry after a timeout or a
 * lost answer) reuses it, so the BFF returns the order it may already have placed; any change to
 * what is ordered or to the price it was quoted at starts a new attempt with a new key.
 */
export function useIdempotencyKey(): (attempt: unknown) => string {
  const last = useRef<{ signature: string; key: string } | null>(null)
  return (attempt) => {
    const signature = JSON.stringify(attempt)
    if (last.current?.signature !== signature) last.current = { signature, key: newKey() }
    return last.current.key
  }
}
