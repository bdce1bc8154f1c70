import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StoreWithSchedule, NearbyStoreResult } from '../../../bff/src/stores/service.ts';
import type { AuthSessionModel } from '../../../bff/src/auth/resolvers.ts';
import type { User, Order as OrderModel, OrderItem as OrderItemModel, OrderEvent as OrderEventModel } from '../../../bff/src/generated/prisma/client.ts';
import type { MemberCardModel, PointsEntryModel, StoredValueEntryModel, TillMemberModel } from '../../../bff/src/members/service.ts';
import type { PlaceModel } from '../../../bff/src/stores/places.ts';
import type { CategoryNode, StoreProductModel, ProductPage } from '../../../bff/src/catalog/service.ts';
import type { ElsewhereRow } from '../../../bff/src/catalog/sql.ts';
import type { CartModel, CartItemModel, QuoteModel } from '../../../bff/src/orders/service.ts';
import type { PricedLine } from '../../../bff/src/pricing/engine.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 timestamp in UTC, e.g. 2026-11-25T01:30:00.000Z */
  DateTime: { input: Date; output: Date | string; }
};

export type AddressInput = {
  contactName: Scalars['String']['input'];
  detail: Scalars['String']['input'];
  /** WGS-84, from the location picker */
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  /** 11-digit mainland mobile number */
  phone: Scalars['String']['input'];
};

export type AdjustStoredValueInput = {
  /** Positive credits, negative debits; never below zero. */
  amountFen: Scalars['Int']['input'];
  cardNo: Scalars['String']['input'];
  /** 8–64 characters of [A-Za-z0-9_-]; repeating a request with the same key adjusts once. */
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  /** The store whose manager makes the adjustment. */
  storeId: Scalars['ID']['input'];
};

/**
 * Tokens of the BFF itself (WeChat's session_key never leaves the server). Send the access token as
 * `Authorization: Bearer <accessToken>`; when a field fails with UNAUTHENTICATED and
 * `extensions.reason` TOKEN_EXPIRED, call refreshSession and retry once.
 */
export type AuthSession = {
  __typename?: 'AuthSession';
  /** Lives at most 15 minutes. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single use: every refreshSession returns a new one. Reusing a spent one signs the device out everywhere it was copied. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  viewer: Viewer;
};

/** The shopper's cart at one store, kept on the server. */
export type Cart = {
  __typename?: 'Cart';
  items: Array<CartItem>;
  storeId: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CartItem = {
  __typename?: 'CartItem';
  /** Units the store can sell now; less than quantity means the line must be reduced before checkout. */
  available: Scalars['Int']['output'];
  maxPerOrder: Scalars['Int']['output'];
  memberPriceFen?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** This store's price and member price, in fen. */
  priceFen: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
};

export type Category = {
  __typename?: 'Category';
  /** Products of this category, subcategories included, that the asked store can sell now. */
  availableCount: Scalars['Int']['output'];
  children: Array<Category>;
  icon?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What the checkout page sends to quote and, unchanged, to placeOrder. */
export type CheckoutInput = {
  /** Required for DELIVERY. */
  address?: InputMaybe<AddressInput>;
  fulfilment: FulfilmentType;
  items: Array<CheckoutItemInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Points to redeem; at most Quote.maxPointsUsable. */
  pointsToUse?: InputMaybe<Scalars['Int']['input']>;
  /** The scene of the printed QR code the visit came from, for attribution. */
  qrScene?: InputMaybe<Scalars['String']['input']>;
  /** A slotStart from fulfilmentSlots; omit for the earliest slot with room (30-minute delivery). */
  slotStart?: InputMaybe<Scalars['DateTime']['input']>;
  storeId: Scalars['ID']['input'];
  userCouponId?: InputMaybe<Scalars['ID']['input']>;
};

export type CheckoutItemInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type CouponOption = {
  __typename?: 'CouponOption';
  applicable: Scalars['Boolean']['output'];
  /** what it would take off this basket */
  discountFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** why not, e.g. 满¥30可用, 该券仅限指定门店使用 */
  reason?: Maybe<Scalars['String']['output']>;
  userCouponId: Scalars['ID']['output'];
  validTo: Scalars['DateTime']['output'];
};

export type DeliveryAreaKind =
  | 'POLYGON'
  | 'RADIUS';

export type DeliveryPromise = {
  __typename?: 'DeliveryPromise';
  /** e.g. 约30分钟送达（14:35前）, 今天 18:00-18:30 */
  label: Scalars['String']['output'];
  promiseEnd: Scalars['DateTime']['output'];
  promiseStart: Scalars['DateTime']['output'];
  slotStart: Scalars['DateTime']['output'];
};

export type FulfilmentSlot = {
  __typename?: 'FulfilmentSlot';
  available: Scalars['Boolean']['output'];
  deliveryLabel: Scalars['String']['output'];
  pickupLabel: Scalars['String']['output'];
  promiseEnd: Scalars['DateTime']['output'];
  promiseStart: Scalars['DateTime']['output'];
  /** orders the store can still take in this slot */
  remaining: Scalars['Int']['output'];
  slotStart: Scalars['DateTime']['output'];
};

export type FulfilmentType =
  | 'DELIVERY'
  | 'PICKUP';

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type LedgerRefType =
  | 'ADJUSTMENT'
  | 'EXPIRY'
  | 'ORDER'
  | 'REFUND'
  | 'TILL_RECEIPT'
  | 'TOPUP';

/** WGS-84 coordinates, as the phone's location API returns them with type 'wgs84'. */
export type LocationInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type MemberCard = {
  __typename?: 'MemberCard';
  /** 16 digits, the last one a Luhn check digit. */
  cardNo: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  memberPriceEligible: Scalars['Boolean']['output'];
  nextTier?: Maybe<NextTier>;
  phone?: Maybe<Scalars['String']['output']>;
  points: PointsBalance;
  /** Newest first. `after` is the endCursor of the previous page. */
  pointsHistory: PointsEntryConnection;
  spendLast12MonthsFen: Scalars['Int']['output'];
  storedValueFen: Scalars['Int']['output'];
  storedValueHistory: StoredValueEntryConnection;
  /** From spend over the last 12 months. */
  tier: MemberTier;
  /** 普通会员 / 银卡会员 / 金卡会员 */
  tierName: Scalars['String']['output'];
  usableCouponCount: Scalars['Int']['output'];
};


export type MemberCardPointsHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MemberCardStoredValueHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The rotating code on the card. Show `qrPayload` as a QR code and `digits` beneath it. */
export type MemberCode = {
  __typename?: 'MemberCode';
  digits: Scalars['String']['output'];
  /** The code changes at this time; fetch a new one then. */
  expiresAt: Scalars['DateTime']['output'];
  periodSeconds: Scalars['Int']['output'];
  qrPayload: Scalars['String']['output'];
};

export type MemberRules = {
  __typename?: 'MemberRules';
  goldSpendFen: Scalars['Int']['output'];
  pointValueFen: Scalars['Int']['output'];
  pointsPerYuan: Scalars['Int']['output'];
  refundWindowDays: Scalars['Int']['output'];
  silverSpendFen: Scalars['Int']['output'];
};

export type MemberTier =
  | 'GOLD'
  | 'REGULAR'
  | 'SILVER';

export type Mutation = {
  __typename?: 'Mutation';
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /** A manager of the store corrects a stored-value balance, with a reason. INSUFFICIENT_BALANCE when it would go below zero. */
  adjustStoredValue: StoredValueEntry;
  /** Cancels an unpaid order, or a paid one before picking starts (refunded in full). */
  cancelOrder: Order;
  clearCart: Cart;
  /** Signs in as a seeded demo account by openid; FORBIDDEN unless DEMO_LOGIN_ENABLED. */
  demoLogin: AuthSession;
  /** Opens the card (idempotent). phoneCode is the code of a getPhoneNumber button; optional. */
  joinMembership: MemberCard;
  /**
   * Signs in with the code of wx.login. Errors: INVALID_LOGIN_CODE (missing, garbage, expired or used
   * code: call wx.login again), RATE_LIMITED (retryAfterSeconds), FORBIDDEN with reason RISKY_USER,
   * UPSTREAM_ERROR (WeChat unavailable).
   */
  login: AuthSession;
  /** Ends the session of this refresh token on every device it was passed to. */
  logout: Scalars['Boolean']['output'];
  /** Staff: items the store cannot supply are refunded exactly their share. */
  markOrderItemsOutOfStock: Order;
  /** Starts payment. WECHAT_PAY returns requestPayment parameters; STORED_VALUE pays at once. */
  payOrder: PaymentOutcome;
  /**
   * Places the order: reserves stock and the slot, locks the coupon, spends the points. The same
   * idempotencyKey with the same input returns the same order; with a different input it is CONFLICT.
   * PRICE_CHANGED when payableFen is no longer expectedPayableFen.
   */
  placeOrder: Order;
  /** Rotates the refresh token. UNAUTHENTICATED with a reason (REFRESH_TOKEN_REUSED, …_EXPIRED, …_REVOKED, …_INVALID, …_MISMATCH) means sign in again. */
  refreshSession: AuthSession;
  requestRefund: Order;
  /** Staff: approve (refund the rest) or reject a refund request. */
  resolveRefund: Order;
  /** Sets a cart line; quantity 0 removes it. Checked against availability and the per-item limit. */
  setCartItem: Cart;
  /** Call after requestPayment returns (or on opening a pending order): asks WeChat Pay, never trusts the client. */
  syncPayment: Order;
  /** Staff of the order's store: PICKING, READY_FOR_PICKUP, OUT_FOR_DELIVERY, COMPLETED or CANCELLED (refunds in full). */
  updateOrderStatus: Order;
  /**
   * Staff of `storeId` accept a scanned or typed member code. Errors: BAD_USER_INPUT (not a member
   * code), MEMBER_CODE_INVALID (wrong or expired), MEMBER_CODE_USED, FORBIDDEN (not staff there).
   */
  verifyMemberCode: TillMember;
};


export type MutationAdjustStoredValueArgs = {
  input: AdjustStoredValueInput;
};


export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationClearCartArgs = {
  storeId: Scalars['ID']['input'];
};


export type MutationDemoLoginArgs = {
  openid: Scalars['String']['input'];
};


export type MutationJoinMembershipArgs = {
  phoneCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLoginArgs = {
  code: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMarkOrderItemsOutOfStockArgs = {
  itemIds: Array<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPayOrderArgs = {
  method: PaymentMethod;
  orderId: Scalars['ID']['input'];
};


export type MutationPlaceOrderArgs = {
  expectedPayableFen: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
  input: CheckoutInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRequestRefundArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResolveRefundArgs = {
  approve: Scalars['Boolean']['input'];
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetCartItemArgs = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationSyncPaymentArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationUpdateOrderStatusArgs = {
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: OrderStatus;
};


export type MutationVerifyMemberCodeArgs = {
  code: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};

export type NearbyStore = {
  __typename?: 'NearbyStore';
  /** Whether the asked location lies in the store's delivery area (radius or polygon). */
  deliversHere: Scalars['Boolean']['output'];
  /** Estimated minutes until delivery for an order placed now; null when not delivering here. */
  deliveryEstimateMinutes?: Maybe<Scalars['Int']['output']>;
  distanceM: Scalars['Int']['output'];
  /** Whether the shopper can order here for self-pickup at the store. */
  pickupAvailable: Scalars['Boolean']['output'];
  store: Store;
};

export type NextTier = {
  __typename?: 'NextTier';
  name: Scalars['String']['output'];
  /** Spend still needed within the 12-month window, in fen. */
  remainingFen: Scalars['Int']['output'];
  tier: MemberTier;
};

export type OfferHint = {
  __typename?: 'OfferHint';
  kind: OfferHintKind;
  /** e.g. 再买¥12享满59减10, 再买1件享指定饮料任选2件8折, 再买¥5免配送费, 还差¥5起送 */
  message: Scalars['String']['output'];
  /** fen to spend, or units for ITEM_PROMOTION */
  shortfall: Scalars['Int']['output'];
};

export type OfferHintKind =
  | 'FREE_DELIVERY'
  | 'ITEM_PROMOTION'
  | 'MIN_ORDER'
  | 'THRESHOLD';

export type OpeningHoursDay = {
  __typename?: 'OpeningHoursDay';
  /** HH:mm, local time; may be earlier than opens when the store closes after midnight */
  closes: Scalars['String']['output'];
  /** HH:mm, local time */
  opens: Scalars['String']['output'];
  /** 0 = Sunday (Asia/Shanghai) */
  weekday: Scalars['Int']['output'];
};

export type OpeningStatus = {
  __typename?: 'OpeningStatus';
  isOpen: Scalars['Boolean']['output'];
  /** Human text in Chinese, e.g. 营业中 · 23:00打烊 */
  label: Scalars['String']['output'];
  /** Next time the store closes (when open) or opens (when closed); null for 24h stores. */
  nextChangeAt?: Maybe<Scalars['DateTime']['output']>;
};

export type Order = {
  __typename?: 'Order';
  address?: Maybe<OrderAddress>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  couponDiscountFen: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveryFeeFen: Scalars['Int']['output'];
  discountFen: Scalars['Int']['output'];
  /** status timeline, oldest first */
  events: Array<OrderEvent>;
  fulfilment: FulfilmentType;
  id: Scalars['ID']['output'];
  items: Array<OrderItem>;
  itemsTotalFen: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  orderNo: Scalars['String']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** unpaid orders are cancelled at this time */
  payBefore?: Maybe<Scalars['DateTime']['output']>;
  payableFen: Scalars['Int']['output'];
  /** 6 digits, for PICKUP orders once paid until handed over; null otherwise */
  pickupCode?: Maybe<Scalars['String']['output']>;
  /** what the pickup QR encodes (render it on the client); null when pickupCode is null */
  pickupQrContent?: Maybe<Scalars['String']['output']>;
  pointsDiscountFen: Scalars['Int']['output'];
  pointsUsed: Scalars['Int']['output'];
  promiseEnd: Scalars['DateTime']['output'];
  promiseStart: Scalars['DateTime']['output'];
  refundedFen: Scalars['Int']['output'];
  status: OrderStatus;
  /** Chinese status text, e.g. 待支付 */
  statusLabel: Scalars['String']['output'];
  storeId: Scalars['ID']['output'];
};

export type OrderAddress = {
  __typename?: 'OrderAddress';
  contactName: Scalars['String']['output'];
  detail: Scalars['String']['output'];
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
  phone: Scalars['String']['output'];
};

export type OrderEvent = {
  __typename?: 'OrderEvent';
  /** customer, staff, system or wechatpay */
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  from?: Maybe<OrderStatus>;
  reason: Scalars['String']['output'];
  to: OrderStatus;
};

export type OrderItem = {
  __typename?: 'OrderItem';
  id: Scalars['ID']['output'];
  lineDiscountFen: Scalars['Int']['output'];
  lineTotalFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** true when the store could not supply it (refunded) */
  outOfStock: Scalars['Boolean']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
  unitPriceFen: Scalars['Int']['output'];
};

export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'OUT_FOR_DELIVERY'
  | 'PAID'
  | 'PENDING_PAYMENT'
  | 'PICKING'
  | 'READY_FOR_PICKUP'
  | 'REFUNDED'
  | 'REFUND_REQUESTED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentMethod =
  | 'STORED_VALUE'
  | 'WECHAT_PAY';

export type PaymentOutcome = {
  __typename?: 'PaymentOutcome';
  order: Order;
  /** set when the client must call Taro.requestPayment; null when already paid (stored value, 0元) */
  wechat?: Maybe<WechatPaymentParams>;
};

/** A place the shopper can pick when location is refused; its location always leads to stores. */
export type Place = {
  __typename?: 'Place';
  district: Scalars['String']['output'];
  kind: PlaceKind;
  location: GeoPoint;
  name: Scalars['String']['output'];
};

export type PlaceKind =
  | 'DISTRICT'
  | 'LANDMARK'
  | 'STORE';

export type PointsBalance = {
  __typename?: 'PointsBalance';
  /** Thawed points: what can be spent now. */
  available: Scalars['Int']['output'];
  /** What the available points are worth at checkout, in fen. */
  availableValueFen: Scalars['Int']['output'];
  /** Points of recent purchases, spendable once their refund window closes. */
  frozen: Scalars['Int']['output'];
  /** Everything on the card, frozen points included. */
  total: Scalars['Int']['output'];
};

export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** Positive for credits, negative for debits. */
  amount: Scalars['Int']['output'];
  balanceAfter: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Not spendable before this time. */
  frozenUntil?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  refId: Scalars['String']['output'];
  refType: LedgerRefType;
  type: PointsEntryType;
};

export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  nodes: Array<PointsEntry>;
  pageInfo: PageInfo;
};

export type PointsEntryType =
  | 'ADJUST'
  | 'EARN'
  | 'EXPIRE'
  | 'REVERSE'
  | 'SPEND';

/** One thing that lowered a line's price, e.g. 会员价, 指定饮料任选2件8折, 全场满59减10元 (its share). */
export type PriceAdjustment = {
  __typename?: 'PriceAdjustment';
  amountFen: Scalars['Int']['output'];
  kind: PriceAdjustmentKind;
  label: Scalars['String']['output'];
};

export type PriceAdjustmentKind =
  | 'COUPON'
  | 'ITEM_PROMOTION'
  | 'MEMBER_PRICE'
  | 'POINTS'
  | 'THRESHOLD';

export type ProductBadge =
  /** Available, but no more than the store's low-stock threshold. */
  | 'LOW_STOCK'
  /** The member price here is below the store price. */
  | 'MEMBER_PRICE'
  | 'OUT_OF_STOCK';

export type ProductStockElsewhere = {
  __typename?: 'ProductStockElsewhere';
  available: Scalars['Int']['output'];
  /** Metres from the asking store. */
  distanceM: Scalars['Int']['output'];
  store: Store;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in shopper's cart at a store (empty when none). */
  cart: Cart;
  /** Whether demoLogin is available (development and browser tests only). */
  demoLoginEnabled: Scalars['Boolean']['output'];
  /** Bookable slots of the next 24 hours with remaining capacity. */
  fulfilmentSlots: Array<FulfilmentSlot>;
  /** The caller's current card code; NOT_FOUND (reason NOT_A_MEMBER) when not a member. */
  memberCode: MemberCode;
  memberRules: MemberRules;
  /** The caller's card; null when not a member. Needs sign-in. */
  myMemberCard?: Maybe<MemberCard>;
  /** The signed-in shopper's orders, newest first; first at most 50. */
  myOrders: Array<Order>;
  /** Stores near a location, nearest first. radiusM defaults to 5000, at most 50000; first at most 50. */
  nearbyStores: Array<NearbyStore>;
  order: Order;
  /**
   * Fallback places when location is refused: without a keyword every district served by the chain;
   * with one, the districts, landmarks and store addresses containing it (at most 20).
   */
  places: Array<Place>;
  /** Prices the checkout exactly as placeOrder will; refuses with the same error codes. */
  quote: Quote;
  /** Products of the store whose name contains the query (Chinese substring) or whose barcode is the query. */
  searchStoreProducts: StoreProductConnection;
  /** The BFF's own health, for clients that want to show a maintenance notice. */
  serverTime: Scalars['DateTime']['output'];
  /** Unknown ids are a NOT_FOUND error. */
  store: Store;
  /** The category tree, with counts of what the store can sell now. Unknown store: NOT_FOUND. */
  storeCategories: Array<Category>;
  /** One product at one store. Unknown store or product: NOT_FOUND. */
  storeProduct: StoreProduct;
  /**
   * A store's products, oldest first, optionally of one category (subcategories included) or only the
   * featured ones. first defaults to 20, at most 100; after is the endCursor of the previous page.
   */
  storeProducts: StoreProductConnection;
  /** Null when no token is sent; UNAUTHENTICATED when the token is invalid or expired. */
  viewer?: Maybe<Viewer>;
};


export type QueryCartArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryFulfilmentSlotsArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryMyOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<OrderStatus>>;
};


export type QueryNearbyStoresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  location: LocationInput;
  radiusM?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacesArgs = {
  keyword?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQuoteArgs = {
  input: CheckoutInput;
};


export type QuerySearchStoreProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type QueryStoreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoreCategoriesArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryStoreProductArgs = {
  productId: Scalars['ID']['input'];
  storeId: Scalars['ID']['input'];
};


export type QueryStoreProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  storeId: Scalars['ID']['input'];
};

/**
 * The full price breakdown, computed exactly as placeOrder will. Stacking order: member price →
 * item promotions → threshold → coupon → points; then delivery fee and minimum order.
 */
export type Quote = {
  __typename?: 'Quote';
  /** fen still missing for delivery; placeOrder refuses while above 0 */
  belowMinimumFen: Scalars['Int']['output'];
  /** the most useful hint (best offer not yet reached), or null */
  bestOfferHint?: Maybe<Scalars['String']['output']>;
  couponDiscountFen: Scalars['Int']['output'];
  coupons: Array<CouponOption>;
  deliveryFeeFen: Scalars['Int']['output'];
  fulfilment: FulfilmentType;
  hints: Array<OfferHint>;
  isMember: Scalars['Boolean']['output'];
  itemPromotionDiscountFen: Scalars['Int']['output'];
  itemsTotalFen: Scalars['Int']['output'];
  lines: Array<QuoteLine>;
  maxPointsUsable: Scalars['Int']['output'];
  memberDiscountFen: Scalars['Int']['output'];
  originalTotalFen: Scalars['Int']['output'];
  /** pass this to placeOrder as expectedPayableFen */
  payableFen: Scalars['Int']['output'];
  pointsAvailable: Scalars['Int']['output'];
  pointsDiscountFen: Scalars['Int']['output'];
  pointsUsed: Scalars['Int']['output'];
  promise: DeliveryPromise;
  /** what was saved in all */
  savedFen: Scalars['Int']['output'];
  storeId: Scalars['ID']['output'];
  thresholdDiscountFen: Scalars['Int']['output'];
};

export type QuoteLine = {
  __typename?: 'QuoteLine';
  adjustments: Array<PriceAdjustment>;
  /** promotions, coupon and points shared out to this line */
  discountFen: Scalars['Int']['output'];
  lineTotalFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  payableFen: Scalars['Int']['output'];
  /** list price in this store */
  priceFen: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** after the member price */
  unitPriceFen: Scalars['Int']['output'];
};

export type StaffAssignment = {
  __typename?: 'StaffAssignment';
  role: StaffRole;
  storeId: Scalars['ID']['output'];
};

export type StaffRole =
  | 'CLERK'
  | 'MANAGER';

export type Store = {
  __typename?: 'Store';
  address: Scalars['String']['output'];
  city: Scalars['String']['output'];
  code: Scalars['String']['output'];
  deliveryAreaKind: DeliveryAreaKind;
  deliveryEnabled: Scalars['Boolean']['output'];
  deliveryFeeFen: Scalars['Int']['output'];
  /** Delivery radius in metres when deliveryAreaKind is RADIUS. */
  deliveryRadiusM?: Maybe<Scalars['Int']['output']>;
  district: Scalars['String']['output'];
  freeDeliveryFromFen?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  is24h: Scalars['Boolean']['output'];
  location: GeoPoint;
  minOrderFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  openingHours: Array<OpeningHoursDay>;
  openingStatus: OpeningStatus;
  phone: Scalars['String']['output'];
  pickupEnabled: Scalars['Boolean']['output'];
};

/** A product as one store sells it: that store's price and that store's stock. */
export type StoreProduct = {
  __typename?: 'StoreProduct';
  /** On hand minus reserved by open orders, never negative. */
  available: Scalars['Int']['output'];
  badges: Array<ProductBadge>;
  barcode: Scalars['String']['output'];
  categoryId: Scalars['ID']['output'];
  description: Scalars['String']['output'];
  /** The nearest other stores (at most 3) that can sell it now, nearest to this store first. */
  elsewhere: Array<ProductStockElsewhere>;
  /** The product's id. */
  id: Scalars['ID']['output'];
  images: Array<Scalars['String']['output']>;
  maxPerOrder: Scalars['Int']['output'];
  /** Member price at this store, in fen; null when there is none. */
  memberPriceFen?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** Price at this store (store override, else the chain's base price), in fen. */
  priceFen: Scalars['Int']['output'];
  storeId: Scalars['ID']['output'];
  unit: Scalars['String']['output'];
};

export type StoreProductConnection = {
  __typename?: 'StoreProductConnection';
  nodes: Array<StoreProduct>;
  pageInfo: PageInfo;
};

export type StoredValueEntry = {
  __typename?: 'StoredValueEntry';
  amountFen: Scalars['Int']['output'];
  balanceAfterFen: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  refType: LedgerRefType;
  type: StoredValueEntryType;
};

export type StoredValueEntryConnection = {
  __typename?: 'StoredValueEntryConnection';
  nodes: Array<StoredValueEntry>;
  pageInfo: PageInfo;
};

export type StoredValueEntryType =
  | 'ADJUST'
  | 'PAYMENT'
  | 'REFUND'
  | 'TOPUP';

/** What the till sees after a member code is accepted. */
export type TillMember = {
  __typename?: 'TillMember';
  cardNo: Scalars['String']['output'];
  memberId: Scalars['ID']['output'];
  memberPriceEligible: Scalars['Boolean']['output'];
  nickname?: Maybe<Scalars['String']['output']>;
  pointsAvailable: Scalars['Int']['output'];
  storedValueFen: Scalars['Int']['output'];
  tier: MemberTier;
  tierName: Scalars['String']['output'];
};

/** The signed-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  id: Scalars['ID']['output'];
  isMember: Scalars['Boolean']['output'];
  nickname?: Maybe<Scalars['String']['output']>;
  /** Full number, shown only to its owner. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Stores where the user works; empty for shoppers. */
  staff: Array<StaffAssignment>;
};

/** Parameters for Taro.requestPayment, signed by the server. */
export type WechatPaymentParams = {
  __typename?: 'WechatPaymentParams';
  nonceStr: Scalars['String']['output'];
  package: Scalars['String']['output'];
  paySign: Scalars['String']['output'];
  signType: Scalars['String']['output'];
  timeStamp: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddressInput: AddressInput;
  AdjustStoredValueInput: AdjustStoredValueInput;
  AuthSession: ResolverTypeWrapper<AuthSessionModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cart: ResolverTypeWrapper<CartModel>;
  CartItem: ResolverTypeWrapper<CartItemModel>;
  Category: ResolverTypeWrapper<CategoryNode>;
  CheckoutInput: CheckoutInput;
  CheckoutItemInput: CheckoutItemInput;
  CouponOption: ResolverTypeWrapper<CouponOption>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryAreaKind: DeliveryAreaKind;
  DeliveryPromise: ResolverTypeWrapper<DeliveryPromise>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FulfilmentSlot: ResolverTypeWrapper<FulfilmentSlot>;
  FulfilmentType: FulfilmentType;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LedgerRefType: LedgerRefType;
  LocationInput: LocationInput;
  MemberCard: ResolverTypeWrapper<MemberCardModel>;
  MemberCode: ResolverTypeWrapper<MemberCode>;
  MemberRules: ResolverTypeWrapper<MemberRules>;
  MemberTier: MemberTier;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearbyStore: ResolverTypeWrapper<NearbyStoreResult>;
  NextTier: ResolverTypeWrapper<NextTier>;
  OfferHint: ResolverTypeWrapper<OfferHint>;
  OfferHintKind: OfferHintKind;
  OpeningHoursDay: ResolverTypeWrapper<OpeningHoursDay>;
  OpeningStatus: ResolverTypeWrapper<OpeningStatus>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderAddress: ResolverTypeWrapper<OrderAddress>;
  OrderEvent: ResolverTypeWrapper<OrderEventModel>;
  OrderItem: ResolverTypeWrapper<OrderItemModel>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentMethod: PaymentMethod;
  PaymentOutcome: ResolverTypeWrapper<Omit<PaymentOutcome, 'order'> & { order: ResolversTypes['Order'] }>;
  Place: ResolverTypeWrapper<PlaceModel>;
  PlaceKind: PlaceKind;
  PointsBalance: ResolverTypeWrapper<PointsBalance>;
  PointsEntry: ResolverTypeWrapper<PointsEntryModel>;
  PointsEntryConnection: ResolverTypeWrapper<Omit<PointsEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['PointsEntry']> }>;
  PointsEntryType: PointsEntryType;
  PriceAdjustment: ResolverTypeWrapper<PriceAdjustment>;
  PriceAdjustmentKind: PriceAdjustmentKind;
  ProductBadge: ProductBadge;
  ProductStockElsewhere: ResolverTypeWrapper<ElsewhereRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteModel>;
  QuoteLine: ResolverTypeWrapper<PricedLine>;
  StaffAssignment: ResolverTypeWrapper<StaffAssignment>;
  StaffRole: StaffRole;
  Store: ResolverTypeWrapper<StoreWithSchedule>;
  StoreProduct: ResolverTypeWrapper<StoreProductModel>;
  StoreProductConnection: ResolverTypeWrapper<ProductPage>;
  StoredValueEntry: ResolverTypeWrapper<StoredValueEntryModel>;
  StoredValueEntryConnection: ResolverTypeWrapper<Omit<StoredValueEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['StoredValueEntry']> }>;
  StoredValueEntryType: StoredValueEntryType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TillMember: ResolverTypeWrapper<TillMemberModel>;
  Viewer: ResolverTypeWrapper<User>;
  WechatPaymentParams: ResolverTypeWrapper<WechatPaymentParams>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddressInput: AddressInput;
  AdjustStoredValueInput: AdjustStoredValueInput;
  AuthSession: AuthSessionModel;
  Boolean: Scalars['Boolean']['output'];
  Cart: CartModel;
  CartItem: CartItemModel;
  Category: CategoryNode;
  CheckoutInput: CheckoutInput;
  CheckoutItemInput: CheckoutItemInput;
  CouponOption: CouponOption;
  DateTime: Scalars['DateTime']['output'];
  DeliveryPromise: DeliveryPromise;
  Float: Scalars['Float']['output'];
  FulfilmentSlot: FulfilmentSlot;
  GeoPoint: GeoPoint;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LocationInput: LocationInput;
  MemberCard: MemberCardModel;
  MemberCode: MemberCode;
  MemberRules: MemberRules;
  Mutation: Record<PropertyKey, never>;
  NearbyStore: NearbyStoreResult;
  NextTier: NextTier;
  OfferHint: OfferHint;
  OpeningHoursDay: OpeningHoursDay;
  OpeningStatus: OpeningStatus;
  Order: OrderModel;
  OrderAddress: OrderAddress;
  OrderEvent: OrderEventModel;
  OrderItem: OrderItemModel;
  PageInfo: PageInfo;
  PaymentOutcome: Omit<PaymentOutcome, 'order'> & { order: ResolversParentTypes['Order'] };
  Place: PlaceModel;
  PointsBalance: PointsBalance;
  PointsEntry: PointsEntryModel;
  PointsEntryConnection: Omit<PointsEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['PointsEntry']> };
  PriceAdjustment: PriceAdjustment;
  ProductStockElsewhere: ElsewhereRow;
  Query: Record<PropertyKey, never>;
  Quote: QuoteModel;
  QuoteLine: PricedLine;
  StaffAssignment: StaffAssignment;
  Store: StoreWithSchedule;
  StoreProduct: StoreProductModel;
  StoreProductConnection: ProductPage;
  StoredValueEntry: StoredValueEntryModel;
  StoredValueEntryConnection: Omit<StoredValueEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['StoredValueEntry']> };
  String: Scalars['String']['output'];
  TillMember: TillMemberModel;
  Viewer: User;
  WechatPaymentParams: WechatPaymentParams;
}>;

export type AuthSessionResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthSession'] = ResolversParentTypes['AuthSession']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type CartResolvers<ContextType = any, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['CartItem']>, ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type CartItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['CartItem'] = ResolversParentTypes['CartItem']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPerOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CategoryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = ResolversObject<{
  availableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CouponOptionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CouponOption'] = ResolversParentTypes['CouponOption']> = ResolversObject<{
  applicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  discountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userCouponId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryPromiseResolvers<ContextType = any, ParentType extends ResolversParentTypes['DeliveryPromise'] = ResolversParentTypes['DeliveryPromise']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promiseEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promiseStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  slotStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FulfilmentSlotResolvers<ContextType = any, ParentType extends ResolversParentTypes['FulfilmentSlot'] = ResolversParentTypes['FulfilmentSlot']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pickupLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promiseEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promiseStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slotStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MemberCardResolvers<ContextType = any, ParentType extends ResolversParentTypes['MemberCard'] = ResolversParentTypes['MemberCard']> = ResolversObject<{
  cardNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  memberPriceEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nextTier?: Resolver<Maybe<ResolversTypes['NextTier']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['PointsBalance'], ParentType, ContextType>;
  pointsHistory?: Resolver<ResolversTypes['PointsEntryConnection'], ParentType, ContextType, Partial<MemberCardPointsHistoryArgs>>;
  spendLast12MonthsFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storedValueFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storedValueHistory?: Resolver<ResolversTypes['StoredValueEntryConnection'], ParentType, ContextType, Partial<MemberCardStoredValueHistoryArgs>>;
  tier?: Resolver<ResolversTypes['MemberTier'], ParentType, ContextType>;
  tierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usableCouponCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MemberCodeResolvers<ContextType = any, ParentType extends ResolversParentTypes['MemberCode'] = ResolversParentTypes['MemberCode']> = ResolversObject<{
  digits?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qrPayload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MemberRulesResolvers<ContextType = any, ParentType extends ResolversParentTypes['MemberRules'] = ResolversParentTypes['MemberRules']> = ResolversObject<{
  goldSpendFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointValueFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsPerYuan?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  silverSpendFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  adjustStoredValue?: Resolver<ResolversTypes['StoredValueEntry'], ParentType, ContextType, RequireFields<MutationAdjustStoredValueArgs, 'input'>>;
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'orderId'>>;
  clearCart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationClearCartArgs, 'storeId'>>;
  demoLogin?: Resolver<ResolversTypes['AuthSession'], ParentType, ContextType, RequireFields<MutationDemoLoginArgs, 'openid'>>;
  joinMembership?: Resolver<ResolversTypes['MemberCard'], ParentType, ContextType, Partial<MutationJoinMembershipArgs>>;
  login?: Resolver<ResolversTypes['AuthSession'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'code'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'refreshToken'>>;
  markOrderItemsOutOfStock?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationMarkOrderItemsOutOfStockArgs, 'itemIds' | 'orderId'>>;
  payOrder?: Resolver<ResolversTypes['PaymentOutcome'], ParentType, ContextType, RequireFields<MutationPayOrderArgs, 'method' | 'orderId'>>;
  placeOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'expectedPayableFen' | 'idempotencyKey' | 'input'>>;
  refreshSession?: Resolver<ResolversTypes['AuthSession'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  requestRefund?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationRequestRefundArgs, 'orderId' | 'reason'>>;
  resolveRefund?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationResolveRefundArgs, 'approve' | 'orderId' | 'reason'>>;
  setCartItem?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationSetCartItemArgs, 'productId' | 'quantity' | 'storeId'>>;
  syncPayment?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationSyncPaymentArgs, 'orderId'>>;
  updateOrderStatus?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationUpdateOrderStatusArgs, 'orderId' | 'status'>>;
  verifyMemberCode?: Resolver<ResolversTypes['TillMember'], ParentType, ContextType, RequireFields<MutationVerifyMemberCodeArgs, 'code' | 'storeId'>>;
}>;

export type NearbyStoreResolvers<ContextType = any, ParentType extends ResolversParentTypes['NearbyStore'] = ResolversParentTypes['NearbyStore']> = ResolversObject<{
  deliversHere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryEstimateMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  distanceM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickupAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
}>;

export type NextTierResolvers<ContextType = any, ParentType extends ResolversParentTypes['NextTier'] = ResolversParentTypes['NextTier']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remainingFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['MemberTier'], ParentType, ContextType>;
}>;

export type OfferHintResolvers<ContextType = any, ParentType extends ResolversParentTypes['OfferHint'] = ResolversParentTypes['OfferHint']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['OfferHintKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpeningHoursDayResolvers<ContextType = any, ParentType extends ResolversParentTypes['OpeningHoursDay'] = ResolversParentTypes['OpeningHoursDay']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpeningStatusResolvers<ContextType = any, ParentType extends ResolversParentTypes['OpeningStatus'] = ResolversParentTypes['OpeningStatus']> = ResolversObject<{
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextChangeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['OrderAddress']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  couponDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveryFeeFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['OrderEvent']>, ParentType, ContextType>;
  fulfilment?: Resolver<ResolversTypes['FulfilmentType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  itemsTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payBefore?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payableFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickupCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pickupQrContent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pointsDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promiseEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promiseStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refundedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrderAddressResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderAddress'] = ResolversParentTypes['OrderAddress']> = ResolversObject<{
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrderEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderEvent'] = ResolversParentTypes['OrderEvent']> = ResolversObject<{
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
}>;

export type OrderItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderItem'] = ResolversParentTypes['OrderItem']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outOfStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPriceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentOutcomeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PaymentOutcome'] = ResolversParentTypes['PaymentOutcome']> = ResolversObject<{
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  wechat?: Resolver<Maybe<ResolversTypes['WechatPaymentParams']>, ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PointsBalanceResolvers<ContextType = any, ParentType extends ResolversParentTypes['PointsBalance'] = ResolversParentTypes['PointsBalance']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableValueFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frozen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PointsEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['PointsEntry'] = ResolversParentTypes['PointsEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  balanceAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  frozenUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refType?: Resolver<ResolversTypes['LedgerRefType'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PointsEntryType'], ParentType, ContextType>;
}>;

export type PointsEntryConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['PointsEntryConnection'] = ResolversParentTypes['PointsEntryConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PointsEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PriceAdjustmentResolvers<ContextType = any, ParentType extends ResolversParentTypes['PriceAdjustment'] = ResolversParentTypes['PriceAdjustment']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PriceAdjustmentKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductStockElsewhereResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProductStockElsewhere'] = ResolversParentTypes['ProductStockElsewhere']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<QueryCartArgs, 'storeId'>>;
  demoLoginEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fulfilmentSlots?: Resolver<Array<ResolversTypes['FulfilmentSlot']>, ParentType, ContextType, RequireFields<QueryFulfilmentSlotsArgs, 'storeId'>>;
  memberCode?: Resolver<ResolversTypes['MemberCode'], ParentType, ContextType>;
  memberRules?: Resolver<ResolversTypes['MemberRules'], ParentType, ContextType>;
  myMemberCard?: Resolver<Maybe<ResolversTypes['MemberCard']>, ParentType, ContextType>;
  myOrders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, Partial<QueryMyOrdersArgs>>;
  nearbyStores?: Resolver<Array<ResolversTypes['NearbyStore']>, ParentType, ContextType, RequireFields<QueryNearbyStoresArgs, 'location'>>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryPlacesArgs>>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<QueryQuoteArgs, 'input'>>;
  searchStoreProducts?: Resolver<ResolversTypes['StoreProductConnection'], ParentType, ContextType, RequireFields<QuerySearchStoreProductsArgs, 'query' | 'storeId'>>;
  serverTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType, RequireFields<QueryStoreArgs, 'id'>>;
  storeCategories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryStoreCategoriesArgs, 'storeId'>>;
  storeProduct?: Resolver<ResolversTypes['StoreProduct'], ParentType, ContextType, RequireFields<QueryStoreProductArgs, 'productId' | 'storeId'>>;
  storeProducts?: Resolver<ResolversTypes['StoreProductConnection'], ParentType, ContextType, RequireFields<QueryStoreProductsArgs, 'storeId'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type QuoteResolvers<ContextType = any, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = ResolversObject<{
  belowMinimumFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bestOfferHint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  couponDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coupons?: Resolver<Array<ResolversTypes['CouponOption']>, ParentType, ContextType>;
  deliveryFeeFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fulfilment?: Resolver<ResolversTypes['FulfilmentType'], ParentType, ContextType>;
  hints?: Resolver<Array<ResolversTypes['OfferHint']>, ParentType, ContextType>;
  isMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  itemPromotionDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['QuoteLine']>, ParentType, ContextType>;
  maxPointsUsable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  originalTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payableFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promise?: Resolver<ResolversTypes['DeliveryPromise'], ParentType, ContextType>;
  savedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  thresholdDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['QuoteLine'] = ResolversParentTypes['QuoteLine']> = ResolversObject<{
  adjustments?: Resolver<Array<ResolversTypes['PriceAdjustment']>, ParentType, ContextType>;
  discountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payableFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPriceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StaffAssignmentResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffAssignment'] = ResolversParentTypes['StaffAssignment']> = ResolversObject<{
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StoreResolvers<ContextType = any, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveryAreaKind?: Resolver<ResolversTypes['DeliveryAreaKind'], ParentType, ContextType>;
  deliveryEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryFeeFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryRadiusM?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freeDeliveryFromFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  is24h?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  minOrderFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHoursDay']>, ParentType, ContextType>;
  openingStatus?: Resolver<ResolversTypes['OpeningStatus'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pickupEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StoreProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreProduct'] = ResolversParentTypes['StoreProduct']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  badges?: Resolver<Array<ResolversTypes['ProductBadge']>, ParentType, ContextType>;
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elsewhere?: Resolver<Array<ResolversTypes['ProductStockElsewhere']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxPerOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoreProductConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreProductConnection'] = ResolversParentTypes['StoreProductConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['StoreProduct']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StoredValueEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoredValueEntry'] = ResolversParentTypes['StoredValueEntry']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  balanceAfterFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refType?: Resolver<ResolversTypes['LedgerRefType'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StoredValueEntryType'], ParentType, ContextType>;
}>;

export type StoredValueEntryConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoredValueEntryConnection'] = ResolversParentTypes['StoredValueEntryConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['StoredValueEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TillMemberResolvers<ContextType = any, ParentType extends ResolversParentTypes['TillMember'] = ResolversParentTypes['TillMember']> = ResolversObject<{
  cardNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberPriceEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pointsAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storedValueFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['MemberTier'], ParentType, ContextType>;
  tierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = any, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['StaffAssignment']>, ParentType, ContextType>;
}>;

export type WechatPaymentParamsResolvers<ContextType = any, ParentType extends ResolversParentTypes['WechatPaymentParams'] = ResolversParentTypes['WechatPaymentParams']> = ResolversObject<{
  nonceStr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paySign?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeStamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = any> = ResolversObject<{
  AuthSession?: AuthSessionResolvers<ContextType>;
  Cart?: CartResolvers<ContextType>;
  CartItem?: CartItemResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CouponOption?: CouponOptionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliveryPromise?: DeliveryPromiseResolvers<ContextType>;
  FulfilmentSlot?: FulfilmentSlotResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  MemberCard?: MemberCardResolvers<ContextType>;
  MemberCode?: MemberCodeResolvers<ContextType>;
  MemberRules?: MemberRulesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NearbyStore?: NearbyStoreResolvers<ContextType>;
  NextTier?: NextTierResolvers<ContextType>;
  OfferHint?: OfferHintResolvers<ContextType>;
  OpeningHoursDay?: OpeningHoursDayResolvers<ContextType>;
  OpeningStatus?: OpeningStatusResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderAddress?: OrderAddressResolvers<ContextType>;
  OrderEvent?: OrderEventResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentOutcome?: PaymentOutcomeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PointsBalance?: PointsBalanceResolvers<ContextType>;
  PointsEntry?: PointsEntryResolvers<ContextType>;
  PointsEntryConnection?: PointsEntryConnectionResolvers<ContextType>;
  PriceAdjustment?: PriceAdjustmentResolvers<ContextType>;
  ProductStockElsewhere?: ProductStockElsewhereResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteLine?: QuoteLineResolvers<ContextType>;
  StaffAssignment?: StaffAssignmentResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreProduct?: StoreProductResolvers<ContextType>;
  StoreProductConnection?: StoreProductConnectionResolvers<ContextType>;
  StoredValueEntry?: StoredValueEntryResolvers<ContextType>;
  StoredValueEntryConnection?: StoredValueEntryConnectionResolvers<ContextType>;
  TillMember?: TillMemberResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WechatPaymentParams?: WechatPaymentParamsResolvers<ContextType>;
}>;

