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
  StaffPointsRuleDocument,
  StaffQuoteDocument,
  StaffRedeemCouponDocument,
  StaffScanMemberDocument,
  StaffSetStockCountDocument,
  StaffStockDocument,
  StaffStoresDocument,
  StaffSubstituteItemDocument,
  StaffTillEarnPointsDocument,
  type FailedRefundFieldsFragment,
  type StaffPlaceOrderInput,
  type StaffQuoteInput,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'

/** How often the queue is polled while the staff page is visible. */
export const QUEUE_POLL_MS = 5000

/** The stores the account works at and what it may do chain-wide, in one request. */
export const fetchStaffAccess = async () => {
  const { staffStores, staffChainPermissions } = await graphqlClient.request(StaffStoresDocument)
  return { stores: staffStores, chainPermissions: staffChainPermissions }
}

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
export const substituteItem = async (orderId: string, itemId: string, productId: string) =>
  (await graphqlClient.request(StaffSubstituteItemDocument, { orderId, itemId, productId })).staffSubstituteItem

/**
 * Why the BFF would refuse this product as the line's 换货, or null when it would take it: another
 * product, enough on the shelf, and its store price × the quantity within what the shopper paid.
 */
export function substituteRefusal(item: Pick<StaffOrderItem, 'productId' | 'quantity' | 'outOfStockRefundFen'>, product: { id: string; priceFen: number; available: number }): string | null {
  if (product.id === item.productId) return '原商品'
  if (product.available < item.quantity) return '库存不足'
  if (product.priceFen * item.quantity > item.outOfStockRefundFen) return '高于顾客实付'
  return null
}

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

/** The member at the till, handed on to 代客下单; forgotten once its session has expired. */
let memberAtTill: TillSession | null = null
export const holdMemberAtTill = (session: TillSession | null) => void (memberAtTill = session)
export const memberAtTillNow = () => (memberAtTill && Date.parse(memberAtTill.expiresAt) > Date.now() ? memberAtTill : null)
export const tillEarnPoints = async (storeId: string, tillToken: string, receiptNo: string, amountFen: number) =>
  (await graphqlClient.request(StaffTillEarnPointsDocument, { storeId, tillToken, receiptNo, amountFen })).staffTillEarnPoints
/** What a till purchase earns, by the chain's rule (whole yuan × points per yuan), for the confirmation before it is recorded. */
export const fetchPointsPerYuan = async () => (await graphqlClient.request(StaffPointsRuleDocument)).memberRules.pointsPerYuan
export const pointsFor = (amountFen: number, pointsPerYuan: number) => Math.floor(amountFen / 100) * pointsPerYuan
export const redeemCoupon = async (storeId: string, tillToken: string, userCouponId: string) =>
  (await graphqlClient.request(StaffRedeemCouponDocument, { storeId, tillToken, userCouponId })).staffRedeemCoupon
export const quoteForMember = async (input: StaffQuoteInput) => (await graphqlClient.request(StaffQuoteDocument, { input })).staffQuote
export type StaffQuote = Awaited<ReturnType<typeof quoteForMember>>
export const placeOrderForMember = async (input: StaffPlaceOrderInput) => (await graphqlClient.request(StaffPlaceOrderDocument, { input })).staffPlaceOrder

export type StockLine = Awaited<ReturnType<typeof fetchStock>>
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
 * Whether this build has a camera scanner (Taro.scanCode does nothing in H5: there a USB scanner
 * types into the page's field instead, ending with Enter).
 */
export const CAN_SCAN = process.env.TARO_ENV === 'weapp'

/** The scanned text of a QR code (pickup QR or member card) or, when asked, a 1-D barcode; null when the clerk cancels. */
export async function scanCode(scanType: Array<'qrCode' | 'barCode'> = ['qrCode']): Promise<string | null> {
  try {
    const result = await Taro.scanCode({ onlyFromCamera: true, scanType })
    return result.result || null
  } catch {
    return null
  }
}

/** A fresh idempotency key for one 代客下单 attempt (kept for its retries). */
export const newOrderKey = () => `staff-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
