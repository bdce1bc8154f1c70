import { useCallback, useEffect, useRef, useState } from 'react'

import {
  FALLBACK_LOCATION,
  fetchNearbyStores,
  getCurrentLocation,
  toDisplayMessage,
  type Coordinates,
  type NearbyStore,
} from '@/services'

export type NearbyStoresState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; stores: NearbyStore[]; usedFallbackLocation: boolean }

async function resolveLocation(): Promise<{ location: Coordinates; usedFallbackLocation: boolean }> {
  try {
    return { location: await getCurrentLocation(), usedFallbackLocation: false }
  } catch {
    // Refusal must still leave a usable page (platform rule), so fall back instead of erroring.
    return { location: FALLBACK_LOCATION, usedFallbackLocation: true }
  }
}

export function useNearbyStores(): { state: NearbyStoresState; reload: () => void } {
  const [state, setState] = useState<NearbyStoresState>({ status: 'loading' })
  // Ignores answers from superseded loads (quick retries) and after unmount.
  const generation = useRef(0)

  const load = useCallback(async () => {
    const current = ++generation.current
    setState({ status: 'loading' })
    const { location, usedFallbackLocation } = await resolveLocation()
    try {
      const stores = await fetchNearbyStores(location)
      if (current === generation.current) setState({ status: 'ready', stores, usedFallbackLocation })
    } catch (error) {
      if (current === generation.current) setState({ status: 'error', message: toDisplayMessage(error) })
    }
  }, [])

  useEffect(() => {
    void load()
    return () => {
      generation.current++
    }
  }, [load])

  return { state, reload: load }
}
