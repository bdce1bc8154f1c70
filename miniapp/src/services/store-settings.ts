import {
  AddStoreClosureDocument,
  RemoveStoreClosureDocument,
  SetShelfItemDocument,
  SetStoreBusyDocument,
  SetStoreDeliveryAreaDocument,
  SetStoreDeliveryDocument,
  SetStoreHoursDocument,
  StoreSettingsDocument,
  StoreShelfDocument,
  type DeliveryAreaInput,
  type ShelfItemFieldsFragment,
  type ShelfItemInput,
  type StoreDeliveryInput,
  type StoreHoursInput,
  type StoreSettingsFieldsFragment,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'

/** 门店设置 and 货架: a manager's (or head office's) edits of one store. */
export type StoreSettings = StoreSettingsFieldsFragment
export type ShelfItem = ShelfItemFieldsFragment
export type { DeliveryAreaInput, ShelfItemInput, StoreDeliveryInput, StoreHoursInput }

export const fetchStoreSettings = async (storeId: string) => (await graphqlClient.request(StoreSettingsDocument, { storeId })).storeSettings
export const setStoreHours = async (storeId: string, is24h: boolean, hours: StoreHoursInput[]) =>
  (await graphqlClient.request(SetStoreHoursDocument, { storeId, is24h, hours })).setStoreHours
export const addStoreClosure = async (storeId: string, date: string, reason: string) =>
  (await graphqlClient.request(AddStoreClosureDocument, { storeId, date, reason })).addStoreClosure
export const removeStoreClosure = async (storeId: string, date: string) =>
  (await graphqlClient.request(RemoveStoreClosureDocument, { storeId, date })).removeStoreClosure
export const setStoreDelivery = async (storeId: string, input: StoreDeliveryInput) =>
  (await graphqlClient.request(SetStoreDeliveryDocument, { storeId, input })).setStoreDelivery
export const setStoreDeliveryArea = async (storeId: string, area: DeliveryAreaInput) =>
  (await graphqlClient.request(SetStoreDeliveryAreaDocument, { storeId, area })).setStoreDeliveryArea
export const setStoreBusy = async (storeId: string, deliveryPaused: boolean, extraPromiseMinutes: number) =>
  (await graphqlClient.request(SetStoreBusyDocument, { storeId, deliveryPaused, extraPromiseMinutes })).setStoreBusy

export const searchShelf = async (storeId: string, query: string) => (await graphqlClient.request(StoreShelfDocument, { storeId, query })).storeShelf.nodes
export const setShelfItem = async (storeId: string, productId: string, input: ShelfItemInput) =>
  (await graphqlClient.request(SetShelfItemDocument, { storeId, productId, input })).setShelfItem
