import {
  NearbyStoresDocument,
  PlacesDocument,
  StoreSeenFromDocument,
  type NearbyStoreSummaryFragment,
  type PlacesQuery,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'
import type { Coordinates } from './location'

export type NearbyStore = NearbyStoreSummaryFragment
export type Place = PlacesQuery['places'][number]

export async function fetchNearbyStores(location: Coordinates, first = 20): Promise<NearbyStore[]> {
  const data = await graphqlClient.request(NearbyStoresDocument, { location, first })
  return data.nearbyStores
}

/** One store however far away, as seen from the shopper's location; NOT_FOUND when gone or closed down. */
export async function fetchStoreSeenFrom(storeId: string, location: Coordinates): Promise<NearbyStore> {
  const data = await graphqlClient.request(StoreSeenFromDocument, { id: storeId, location })
  return data.storeSeenFrom
}

/** Districts (no keyword) or districts, landmarks and store addresses matching the keyword. */
export async function fetchPlaces(keyword?: string): Promise<Place[]> {
  const data = await graphqlClient.request(PlacesDocument, { keyword: keyword || null })
  return data.places
}
