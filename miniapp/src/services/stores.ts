import { graphqlClient } from './graphql-client'
import type { Coordinates } from './location'
import { NearbyStoresDocument, type NearbyStore } from './operations'

export async function fetchNearbyStores(location: Coordinates, first = 20): Promise<NearbyStore[]> {
  const data = await graphqlClient.request(NearbyStoresDocument, { location, first })
  return data.nearbyStores
}
