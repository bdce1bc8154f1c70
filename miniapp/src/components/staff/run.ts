import { useCallback, useState } from 'react'

import { toDisplayMessage } from '@/services/errors'

/** Runs a staff action, showing the server's refusal instead of throwing; every staff page shares it. */
export type Run = <T>(action: () => Promise<T>) => Promise<T | null>

/**
 * A Run and the refusal it last caught (null once the next action starts), for the place that shows
 * it: the staff page's top line, or a sheet that covers that line.
 */
export function useRun(): { run: Run; message: string | null } {
  const [message, setMessage] = useState<string | null>(null)
  const run = useCallback<Run>(async (action) => {
    try {
      setMessage(null)
      return await action()
    } catch (error) {
      setMessage(toDisplayMessage(error))
      return null
    }
  }, [])
  return { run, message }
}
