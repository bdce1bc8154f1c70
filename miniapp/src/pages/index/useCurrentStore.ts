import { startTransition, useCallback, useEffect, useRef, useState } from 'react'

import {
  entryScanSettled,
  fetchNearbyStores,
  fetchStoreCard,
  fetchStoreSeenFrom,
  getChosenStore,
  GraphQLRequestError,
  onStoreChosen,
  prefetchHomeCatalog,
  rememberNearestStore,
  resolveShopperLocation,
  toDisplayMessage,
  usePageShow,
  type Coordinates,
  type ShownStore,
} from '@/services'

export type HomeState =
  | { status: 'loading' }
  | { status: 'needs-location' }
  | { status: 'error'; message: string }
  /** located: false when a chosen store is shown without any location (distance and delivery unknown) */
  | { status: 'ready'; current: ShownStore | null; locationLabel: string | null; located: boolean }

/**
 * A store the shopper chose stays current however far away, and with no location at all (a scanned
 * door code needs none); one picked for them only while it is still nearby. A chosen store that is
 * gone or closed down (NOT_FOUND) gives way to the nearest. Null: nothing to show without a location.
 */
async function currentStore(location: Coordinates | null): Promise<{ store: ShownStore | null; picked: boolean } | null> {
  const remembered = getChosenStore()
  if (remembered?.explicit) {
    try {
      const store = location ? await fetchStoreSeenFrom(remembered.id, location) : { store: await fetchStoreCard(remembered.id) }
      return { store, picked: false }
    } catch (error) {
      if (!(error instanceof GraphQLRequestError && error.code === 'NOT_FOUND')) throw error
    }
  }
  if (!location) return null
  const stores = await fetchNearbyStores(location)
  return { store: stores.find((s) => s.store.id === remembered?.id) ?? stores[0] ?? null, picked: true }
}

/**
 * The store the shopper browses (see currentStore). Re-evaluated on every show, since the location and
 * store pickers are separate pages, and whenever a store is chosen.
 */
export function useCurrentStore(): { state: HomeState; reload: () => void } {
  const [state, setState] = useState<HomeState>({ status: 'loading' })
  const generation = useRef(0)
  const shownId = useRef<string | null>(null)

  const load = useCallback(async () => {
    const current = ++generation.current
    // Rendered as a transition, in slices (see useAsync).
    const settle = (next: HomeState) => current === generation.current && startTransition(() => setState(next))
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    // A chosen store is the one shown (see currentStore) unless it is gone: its catalogue is asked for
    // now, alongside its card. A store already on screen keeps the catalogue it has.
    const chosen = getChosenStore()
    if (chosen?.explicit && chosen.id !== shownId.current) prefetchHomeCatalog(chosen.id)
    const where = await resolveShopperLocation()
    // A scanned code names the store: it is waited for rather than a store guessed meanwhile (or, with
    // no location, a location asked for). Once chosen, its own load is the one that counts.
    await entryScanSettled()
    if (current !== generation.current) return
    try {
      const found = await currentStore(where?.location ?? null)
      if (!found) return settle({ status: 'needs-location' })
      const { store, picked } = found
      // Only the latest load may remember: an older one would overwrite a store chosen meanwhile.
      if (store && picked && current === generation.current) rememberNearestStore({ id: store.store.id, name: store.store.name })
      if (current === generation.current) shownId.current = store?.store.id ?? null
      settle({ status: 'ready', current: store, locationLabel: where?.label ?? null, located: where !== null })
    } catch (error) {
      settle({ status: 'error', message: toDisplayMessage(error) })
    }
  }, [])

  usePageShow(() => void load())
  // A store chosen while the page shows (a scan resolved after launch) is current at once; the load
  // under way before it is superseded and so cannot remember the nearest store over it.
  useEffect(() => onStoreChosen(() => void load()), [load])

  return { state, reload: () => void load() }
}
