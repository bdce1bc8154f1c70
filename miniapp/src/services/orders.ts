import {
  CancelOrderDocument,
  CartDocument,
  CartQuoteDocument,
  FulfilmentSlotsDocument,
  MyOrdersDocument,
  OrderDocument,
  PlaceOrderDocument,
  QuoteDocument,
  ReorderDocument,
  RequestRefundDocument,
  SetCartItemDocument,
  type CartFieldsFragment,
  type CartQuoteQuery,
  type CheckoutInput,
  type FulfilmentSlotsQuery,
  type OrderFieldsFragment,
  type OrderSummaryFieldsFragment,
  type QuoteFieldsFragment,
  type ReorderMutation,
  type OrderStatus,
} from '@corner/shared-types/client'

import { ensureSignedIn } from './auth'
import { graphqlClient } from './graphql-client'

export type Cart = CartFieldsFragment
export type CartLine = Cart['items'][number]
export type Quote = QuoteFieldsFragment
export type CartQuote = CartQuoteQuery['cartQuote']
export type AddOns = NonNullable<CartQuote['addOns']>
export type Slot = FulfilmentSlotsQuery['fulfilmentSlots'][number]
export type OrderView = OrderFieldsFragment
export type OrderSummary = OrderSummaryFieldsFragment
export type Reorder = ReorderMutation['reorder']
export type { CheckoutInput, OrderStatus }

// Everything here belongs to a shopper: wait for (or retry) the silent sign-in first, so a page
// opened before launch sign-in finished, or after it failed, asks as someone.
async function signedIn(): Promise<void> {
  await ensureSignedIn()
}

export async function fetchCart(storeId: string): Promise<Cart> {
  await signedIn()
  return (await graphqlClient.request(CartDocument, { storeId })).cart
}

/** quantity 0 removes the line. */
export async function setCartItem(storeId: string, productId: string, quantity: number): Promise<Cart> {
  await signedIn()
  return (await graphqlClient.request(SetCartItemDocument, { storeId, productId, quantity })).setCartItem
}

/** One more of a product; the server checks availability and the per-item limit. */
export async function addToCart(storeId: string, productId: string): Promise<Cart> {
  const cart = await fetchCart(storeId)
  const current = cart.items.find((item) => item.productId === productId)?.quantity ?? 0
  return setCartItem(storeId, productId, current + 1)
}

export async function fetchQuote(input: CheckoutInput): Promise<Quote> {
  await signedIn()
  return (await graphqlClient.request(QuoteDocument, { input })).quote
}

/** The cart's price as checkout would make it (a delivery when the store delivers) and its 凑单 list. */
export async function fetchCartQuote(storeId: string, items: CheckoutInput['items']): Promise<CartQuote> {
  await signedIn()
  return (await graphqlClient.request(CartQuoteDocument, { storeId, items })).cartQuote
}

export async function fetchSlots(storeId: string): Promise<Slot[]> {
  return (await graphqlClient.request(FulfilmentSlotsDocument, { storeId })).fulfilmentSlots
}

export async function placeOrder(input: CheckoutInput, idempotencyKey: string, expectedPayableFen: number): Promise<OrderView> {
  await signedIn()
  return (await graphqlClient.request(PlaceOrderDocument, { input, idempotencyKey, expectedPayableFen })).placeOrder
}

/** The shopper's latest orders, only those in one of `status` when given (filtered by the server). */
export async function fetchMyOrders(status: OrderStatus[] | null = null): Promise<OrderSummary[]> {
  await signedIn()
  return (await graphqlClient.request(MyOrdersDocument, { first: 50, status })).myOrders
}

/** 再来一单: the order's lines go into the cart as far as the store can sell them now. */
export async function reorder(orderId: string): Promise<Reorder> {
  await signedIn()
  return (await graphqlClient.request(ReorderDocument, { orderId })).reorder
}

export async function fetchOrder(id: string): Promise<OrderView> {
  await signedIn()
  return (await graphqlClient.request(OrderDocument, { id })).order
}

export async function cancelOrder(orderId: string, reason: string): Promise<OrderView> {
  return (await graphqlClient.request(CancelOrderDocument, { orderId, reason })).cancelOrder
}

export async function requestRefund(orderId: string, reason: string): Promise<OrderView> {
  return (await graphqlClient.request(RequestRefundDocument, { orderId, reason })).requestRefund
}

/** 「海苔薯片 70g」已售罄 / 「…」仅剩2件，已加2件: one line of 再来一单 that did not go in whole. */
export function shortfallText(line: Reorder['shortfalls'][number]): string {
  return `「${line.name}」${line.reason}${line.added > 0 ? `，已加${line.added}件` : ''}`
}
