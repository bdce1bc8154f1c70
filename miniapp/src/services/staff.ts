import Taro from '@tarojs/taro'
import {
  StaffAcceptOrderDocument,
  StaffCompleteDeliveryDocument,
  StaffConfirmPickupDocument,
  StaffFailedRefundsDocument,
  StaffHandleFailedRefundDocument,
  StaffLiftPickupLockDocument,
  StaffLookupPickupDocument,
  StaffMarkItemsOutOfStockDocument,
  StaffMarkItemsPickedDocument,
  StaffMarkOutOfStockDocument,
  StaffOrderDocument,
  StaffOrderQueueDocument,
  StaffOrderReadyDocument,
  StaffPickupLocksDocument,
  StaffPlaceOrderDocument,
  StaffRedeemCouponDocument,
  StaffScanMemberDocument,
  StaffSetStockCountDocument,
  StaffStockDocument,
  StaffStoresDocument,
  StaffTillEarnPointsDocument,
  type FailedRefundFieldsFragment,
  type StaffPlaceOrderInput,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'

/** How often the queue is polled while the staff page is visible. */
export const QUEUE_POLL_MS = 5000

export const fetchStaffStores = async () => (await graphqlClient.request(StaffStoresDocument)).staffStores

/** One poll: `changed` false means the list the page holds is still current. */
export const fetchQueue = async (storeId: string, cursor: string | null) =>
  (await graphqlClient.request(StaffOrderQueueDocument, { storeId, cursor })).staffOrderQueue

export type StaffQueueEntry = Awaited<ReturnType<typeof fetchQueue>>['entries'][number]
export type StaffOrder = StaffQueueEntry['order']
export type StaffOrderItem = StaffOrder['items'][number]

export const fetchStaffOrder = async (orderId: string) => (await graphqlClient.request(StaffOrderDocument, { orderId })).staffOrder

export const acceptOrder = async (orderId: string) => (await graphqlClient.request(StaffAcceptOrderDocument, { orderId })).staffAcceptOrder
export const markPicked = async (orderId: string, itemIds: string[]) =>
  (await graphqlClient.request(StaffMarkItemsPickedDocument, { orderId, itemIds })).staffMarkItemsPicked
export const markItemsOutOfStock = async (orderId: string, itemIds: string[], reason: string | null) =>
  (await graphqlClient.request(StaffMarkItemsOutOfStockDocument, { orderId, itemIds, reason })).staffMarkItemsOutOfStock
export const orderReady = async (orderId: string) => (await graphqlClient.request(StaffOrderReadyDocument, { orderId })).staffOrderReady
export const completeDelivery = async (orderId: string) => (await graphqlClient.request(StaffCompleteDeliveryDocument, { orderId })).staffCompleteDelivery

export const lookupPickup = async (storeId: string, code: string) => (await graphqlClient.request(StaffLookupPickupDocument, { storeId, code })).staffLookupPickup
export const confirmPickup = async (storeId: string, code: string) => (await graphqlClient.request(StaffConfirmPickupDocument, { storeId, code })).staffConfirmPickup

/** Manager only: staff of the store locked out of pickup checks by wrong codes, and lifting such a lock. */
export const fetchPickupLocks = async (storeId: string) => (await graphqlClient.request(StaffPickupLocksDocument, { storeId })).staffPickupLocks
export type PickupLock = Awaited<ReturnType<typeof fetchPickupLocks>>[number]
export const liftPickupLock = async (storeId: string, staffUserId: string) =>
  (await graphqlClient.request(StaffLiftPickupLockDocument, { storeId, staffUserId })).staffLiftPickupLock

export const scanMember = async (storeId: string, code: string) => (await graphqlClient.request(StaffScanMemberDocument, { storeId, code })).staffScanMember
export type TillSession = Awaited<ReturnType<typeof scanMember>>
export const tillEarnPoints = async (storeId: string, tillToken: string, receiptNo: string, amountFen: number) =>
  (await graphqlClient.request(StaffTillEarnPointsDocument, { storeId, tillToken, receiptNo, amountFen })).staffTillEarnPoints
export const redeemCoupon = async (storeId: string, tillToken: string, userCouponId: string) =>
  (await graphqlClient.request(StaffRedeemCouponDocument, { storeId, tillToken, userCouponId })).staffRedeemCoupon
export const placeOrderForMember = async (input: StaffPlaceOrderInput) => (await graphqlClient.request(StaffPlaceOrderDocument, { input })).staffPlaceOrder

export const fetchStock = async (storeId: string, key: string) => (await graphqlClient.request(StaffStockDocument, { storeId, key })).staffStock
export const setStockCount = async (storeId: string, productId: string, onHand: number, reason: string) =>
  (await graphqlClient.request(StaffSetStockCountDocument, { storeId, productId, onHand, reason })).staffSetStockCount
export const markProductOutOfStock = async (storeId: string, productId: string, reason: string) =>
  (await graphqlClient.request(StaffMarkOutOfStockDocument, { storeId, productId, reason })).staffMarkOutOfStock

export type FailedRefund = FailedRefundFieldsFragment
export const fetchFailedRefunds = async (storeId: string) => (await graphqlClient.request(StaffFailedRefundsDocument, { storeId })).staffFailedRefunds
export const handleFailedRefund = async (refundId: string, note: string) =>
  (await graphqlClient.request(StaffHandleFailedRefundDocument, { refundId, note })).staffHandleFailedRefund

/**
 * The scanned text of a QR code (pickup QR or member card) or, with 'barCode', a product's barcode;
 * null when the clerk cancels or on H5 without a camera.
 */
export async function scanCode(kind: 'qrCode' | 'barCode' = 'qrCode'): Promise<string | null> {
  try {
    const result = await Taro.scanCode({ onlyFromCamera: true, scanType: [kind] })
    return result.result || null
  } catch {
    return null
  }
}

/** The camera scanner exists in the mini-program only; on H5 a typed field (which a USB or Bluetooth scanner also types into) stands in. */
export const canScanWithCamera = process.env.TARO_ENV === 'weapp'

/** A fresh idempotency key for one 代客下单 attempt (kept for its retries). */
export const newOrderKey = () => `staff-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
