import { useCallback, useRef, useState } from 'react'

import {
  fetchNearbyStores,
  fetchStoreSeenFrom,
  getChosenStore,
  GraphQLRequestError,
  rememberNearestStore,
  resolveShopperLocation,
  toDisplayMessage,
  usePageShow,
  type Coordinates,
  type NearbyStore,
} from '@/services'

export type HomeState =
  | { status: 'loading' }
  | { status: 'needs-location' }
  | { status: 'error'; message: string }
  | { status: 'ready'; current: NearbyStore | null; locationLabel: string | null }

/**
 * A store the shopper chose stays current however far away; one picked for them only while it is
 * still nearby. A chosen store that is gone or closed down (NOT_FOUND) gives way to the nearest.
 */
async function currentStore(location: Coordinates): Promise<{ store: NearbyStore | null; picked: boolean }> {
  const remembered = getChosenStore()
  if (remembered?.explicit) {
    try {
      return { store: await fetchStoreSeenFrom(remembered.id, location), picked: false }
    } catch (error) {
      if (!(error instanceof GraphQLRequestError && error.code === 'NOT_FOUND')) throw error
    }
  }
  const stores = await fetchNearbyStores(location)
  return { store: stores.find((s) => s.store.id === remembered?.id) ?? stores[0] ?? null, picked: true }
}

/**
 * The store the shopper browses (see currentStore). Re-evaluated on every show, since the location and
 * store pickers are separate pages.
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
      const { store, picked } = await currentStore(where.location)
      // Only the latest load may remember: an older one would overwrite a store chosen meanwhile.
      if (store && picked && current === generation.current) rememberNearestStore({ id: store.store.id, name: store.store.name })
      settle({ status: 'ready', current: store, locationLabel: where.label })
    } catch (error) {
      settle({ status: 'error', message: toDisplayMessage(error) })
    }
  }, [])

  usePageShow(() => void load())

  return { state, reload: () => void load() }
}
