import { MyAddressesDocument, SaveAddressDocument, type AddressFieldsFragment, type AddressInput } from '@corner/shared-types/client'

import { ensureSignedIn } from './auth'
import { graphqlClient } from './graphql-client'

/** The shopper's address book, kept by the BFF (default first). */
export type SavedAddress = AddressFieldsFragment

export async function fetchAddresses(): Promise<SavedAddress[]> {
  await ensureSignedIn()
  return (await graphqlClient.request(MyAddressesDocument)).myAddresses
}

export async function saveAddress(input: AddressInput): Promise<SavedAddress> {
  return (await graphqlClient.request(SaveAddressDocument, { input })).saveAddress
}

/** What placeOrder snapshots for delivery. */
export const toAddressInput = (address: SavedAddress): AddressInput => ({
  contactName: address.contactName,
  phone: address.phone,
  detail: address.detail,
  lat: address.location.lat,
  lng: address.location.lng,
})

export const isMainlandMobile = (phone: string) => /^1[3-9]\d{9}$/.test(phone)
