import { NearbyStoresDocument, PlacesDocument, type NearbyStoresQuery, type PlacesQuery } from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'
import type { Coordinates } from './location'

export type NearbyStore = NearbyStoresQuery['nearbyStores'][number]
export type Place = PlacesQuery['places'][number]

export async function fetchNearbyStores(location: Coordinates, first = 20): Promise<NearbyStore[]> {
  const data = await graphqlClient.request(NearbyStoresDocument, { location, first })
  return data.nearbyStores
}

/** Districts (no keyword) or districts, landmarks and store addresses matching the keyword. */
export async function fetchPlaces(keyword?: string): Promise<Place[]> {
  const data = await graphqlClient.request(PlacesDocument, { keyword: keyword || null })
  return data.places
}
