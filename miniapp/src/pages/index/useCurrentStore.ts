import { startTransition, useCallback, useEffect, useRef, useState } from 'react'

import {
  entryScanSettled,
  fetchNearbyStores,
  fetchStoreCard,
  fetchStoreSeenFrom,
  getChosenLocation,
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
  /**
   * located: false when a chosen store is shown without any location (distance and delivery unknown);
   * locating: the location is still coming, and the store will be seen from it once it does.
   */
  | { status: 'ready'; current: ShownStore | null; locationLabel: string | null; located: boolean; locating?: boolean }

/**
 * How long a chosen store waits for the location (a permission prompt, a GPS fix) before it is shown
 * from its card alone, to be seen from the location once that comes. A location that comes quickly
 * is waited for, so the card does not change under the shopper's eyes.
 */
export const LOCATION_PATIENCE_MS = 1500

type StoreCardAnswer = ReturnType<typeof fetchStoreCard>

/**
 * A store the shopper chose stays current however far away, and with no location at all (a scanned
 * door code needs none); one picked for them only while it is still nearby. A chosen store that is
 * gone or closed down (NOT_FOUND) gives way to the nearest. Null: nothing to show without a location.
 */
async function currentStore(
  location: Coordinates | null,
  early: { storeId: string; card: StoreCardAnswer } | null,
): Promise<{ store: ShownStore | null; picked: boolean } | null> {
  const remembered = getChosenStore()
  if (remembered?.explicit) {
    try {
      const card = () => (early?.storeId === remembered.id ? early.card : fetchStoreCard(remembered.id))
      const store = location ? await fetchStoreSeenFrom(remembered.id, location) : { store: await card() }
      return { store, picked: false }
    } catch (error) {
      if (!(error instanceof GraphQLRequestError && error.code === 'NOT_FOUND')) throw error
    }
  }
  if (!location) return null
  const stores = await fetchNearbyStores(location)
  return { store: stores.find((s) => s.store.id === remembered?.id) ?? stores[0] ?? null, picked: true }
}

const wait = (ms: number) => new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), ms))

/**
 * The store the shopper browses (see currentStore). Re-evaluated on every show, since the location and
 * store pickers are separate pages, and whenever a store is chosen.
 */
export function useCurrentStore(): { state: HomeState; reload: () => void } {
  const [state, setState] = useState<HomeState>({ status: 'loading' })
  const generation = useRef(0)
  const shownId = useRef<string | null>(null)

  /** The chosen store from its card, once the location has kept it waiting LOCATION_PATIENCE_MS. */
  const showBeforeLocation = useCallback(
    async (early: { storeId: string; card: StoreCardAnswer }, locating: Promise<unknown>, current: number) => {
      const located = locating.then(() => 'located' as const)
      if ((await Promise.race([located, wait(LOCATION_PATIENCE_MS)])) === 'located') return
      const first = await Promise.race([located, early.card.then((store) => ({ store }), () => 'located' as const)])
      if (first === 'located' || current !== generation.current || getChosenStore()?.id !== early.storeId) return
      shownId.current = early.storeId
      startTransition(() => setState({ status: 'ready', current: first, locationLabel: null, located: false, locating: true }))
    },
    [],
  )

  const load = useCallback(async () => {
    const current = ++generation.current
    // Rendered as a transition, in slices (see useAsync).
    const settle = (next: HomeState) => current === generation.current && startTransition(() => setState(next))
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    // A chosen store is the one shown (see currentStore) unless it is gone: its catalogue is asked for
    // now, alongside its card. A store already on screen keeps the catalogue it has.
    const chosen = getChosenStore()
    if (chosen?.explicit && chosen.id !== shownId.current) prefetchHomeCatalog(chosen.id)
    const locating = resolveShopperLocation()
    // Without a place picked on the map, a chosen store may well be shown from its card alone (a scanned
    // door code, location refused or slow): the card is asked for now too, not after the location.
    const early = chosen?.explicit && chosen.id !== shownId.current && !getChosenLocation() ? { storeId: chosen.id, card: fetchStoreCard(chosen.id) } : null
    // Unused when a location comes after all; a failure then is nobody's to report.
    early?.card.catch(() => undefined)
    // A scanned code names the store: it is waited for rather than a store guessed meanwhile (or, with
    // no location, a location asked for). Once chosen, its own load is the one that counts.
    await entryScanSettled()
    if (current !== generation.current) return
    if (early) void showBeforeLocation(early, locating, current)
    const where = await locating
    if (current !== generation.current) return
    try {
      const found = await currentStore(where?.location ?? null, early)
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
