// Hand-written until graphql-codegen generates these from shared-types/; keep the
// `<Name>Document` / `<Name>Query` / `<Name>QueryVariables` naming codegen uses so the swap is mechanical.
import { TypedDocumentString } from './typed-document'

export interface LocationInput {
  lat: number
  lng: number
}

export interface NearbyStoresQueryVariables {
  location: LocationInput
  first?: number | null
}

export interface NearbyStoresQuery {
  nearbyStores: Array<{
    distanceM: number
    deliversHere: boolean
    deliveryEstimateMinutes: number | null
    store: {
      id: string
      name: string
      address: string
      district: string
      openingStatus: { isOpen: boolean; label: string }
      deliveryFeeFen: number
      minOrderFen: number
    }
  }>
}

export type NearbyStore = NearbyStoresQuery['nearbyStores'][number]

export const NearbyStoresDocument = new TypedDocumentString<NearbyStoresQuery, NearbyStoresQueryVariables>(`
  query NearbyStores($location: LocationInput!, $first: Int) {
    nearbyStores(location: $location, first: $first) {
      distanceM
      deliversHere
      deliveryEstimateMinutes
      store {
        id
        name
        address
        district
        openingStatus {
          isOpen
          label
        }
        deliveryFeeFen
        minOrderFen
      }
    }
  }
`)
