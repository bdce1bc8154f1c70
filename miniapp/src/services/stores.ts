import {
  NearbyStoresDocument,
  PlacesDocument,
  StoreCardDocument,
  StoreSeenFromDocument,
  type NearbyStoreSummaryFragment,
  type PlacesQuery,
  type StoreCardQuery,
} from '@corner/shared-types/client'

import { anonymousClient, graphqlClient } from './graphql-client'
import type { Coordinates } from './location'
import { resolveShopperLocation } from './shopper-location'

export type NearbyStore = NearbyStoreSummaryFragment
export type Place = PlacesQuery['places'][number]
export type StoreCard = StoreCardQuery['store']
/** A store on 首页: seen from the shopper's location, or, with no location to see it from, the store alone. */
export type ShownStore = NearbyStore | { store: StoreCard }

export async function fetchNearbyStores(location: Coordinates, first = 20): Promise<NearbyStore[]> {
  const data = await graphqlClient.request(NearbyStoresDocument, { location, first })
  return data.nearbyStores
}

/** One store however far away, as seen from the shopper's location; NOT_FOUND when gone or closed down. */
export async function fetchStoreSeenFrom(storeId: string, location: Coordinates): Promise<NearbyStore> {
  const data = await graphqlClient.request(StoreSeenFromDocument, { id: storeId, location })
  return data.storeSeenFrom
}

/** One store without a location to see it from (a scanned store while location is refused); NOT_FOUND when gone. */
export async function fetchStoreCard(storeId: string): Promise<StoreCard> {
  const data = await anonymousClient.request(StoreCardDocument, { id: storeId })
  return data.store
}

/** Districts (no keyword) or districts, landmarks and store addresses matching the keyword. */
export async function fetchPlaces(keyword?: string): Promise<Place[]> {
  const data = await graphqlClient.request(PlacesDocument, { keyword: keyword || null })
  return data.places
}

/**
 * The store a pickup order is collected at: its name, address and hours, and how far it is when the
 * shopper's location is known (null otherwise; the block then leaves the distance out).
 */
export async function fetchPickupStore(storeId: string): Promise<{ store: StoreCard; distanceM: number | null }> {
  const where = await resolveShopperLocation()
  if (!where) return { store: await fetchStoreCard(storeId), distanceM: null }
  const seen = await fetchStoreSeenFrom(storeId, where.location)
  return { store: seen.store, distanceM: seen.distanceM }
}
