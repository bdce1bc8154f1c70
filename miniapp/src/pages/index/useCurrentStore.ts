import { useCallback, useRef, useState } from 'react'

import {
  fetchNearbyStores,
  getChosenStore,
  resolveShopperLocation,
  setChosenStore,
  toDisplayMessage,
  usePageShow,
  type NearbyStore,
} from '@/services'

export type HomeState =
  | { status: 'loading' }
  | { status: 'needs-location' }
  | { status: 'error'; message: string }
  | { status: 'ready'; current: NearbyStore | null; locationLabel: string | null }

/**
 * The store the shopper browses: the remembered one when it is still nearby, else the nearest.
 * Re-evaluated on every show, since the location and store pickers are separate pages.
 */
export function useCurrentStore(): { state: HomeState; reload: () => void } {
  const [state, setState] = useState<HomeState>({ status: 'loading' })
  const generation = useRef(0)

  const load = useCallback(async () => {
    const current = ++generation.current
    const settle = (next: HomeState) => current === generation.current && setState(next)
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    const where = await resolveShopperLocation()
    if (!where) return settle({ status: 'needs-location' })
    try {
      const stores = await fetchNearbyStores(where.location)
      const remembered = getChosenStore()
      const chosen = stores.find((s) => s.store.id === remembered?.id) ?? stores[0] ?? null
      if (chosen && current === generation.current) setChosenStore({ id: chosen.store.id, name: chosen.store.name })
      settle({ status: 'ready', current: chosen, locationLabel: where.label })
    } catch (error) {
      settle({ status: 'error', message: toDisplayMessage(error) })
    }
  }, [])

  usePageShow(() => void load())

  return { state, reload: () => void load() }
}
