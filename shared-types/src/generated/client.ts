import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 timestamp in UTC, e.g. 2026-11-25T01:30:00.000Z */
  DateTime: { input: string; output: string; }
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
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

export type CartItem = {
  __typename?: 'CartItem';
  /** Units the store can sell now; less than quantity means the line must be reduced before checkout. */
  available: Scalars['Int']['output'];
  maxPerOrder: Scalars['Int']['output'];
  memberPriceFen: Maybe<Scalars['Int']['output']>;
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
  icon: Maybe<Scalars['String']['output']>;
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
  reason: Maybe<Scalars['String']['output']>;
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
  nextTier: Maybe<NextTier>;
  phone: Maybe<Scalars['String']['output']>;
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
  _noop: Maybe<Scalars['Boolean']['output']>;
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
  deliveryEstimateMinutes: Maybe<Scalars['Int']['output']>;
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
  nextChangeAt: Maybe<Scalars['DateTime']['output']>;
};

export type Order = {
  __typename?: 'Order';
  address: Maybe<OrderAddress>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
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
  note: Maybe<Scalars['String']['output']>;
  orderNo: Scalars['String']['output'];
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** unpaid orders are cancelled at this time */
  payBefore: Maybe<Scalars['DateTime']['output']>;
  payableFen: Scalars['Int']['output'];
  /** 6 digits, for PICKUP orders once paid until handed over; null otherwise */
  pickupCode: Maybe<Scalars['String']['output']>;
  /** what the pickup QR encodes (render it on the client); null when pickupCode is null */
  pickupQrContent: Maybe<Scalars['String']['output']>;
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
  from: Maybe<OrderStatus>;
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
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentMethod =
  | 'STORED_VALUE'
  | 'WECHAT_PAY';

export type PaymentOutcome = {
  __typename?: 'PaymentOutcome';
  order: Order;
  /** set when the client must call Taro.requestPayment; null when already paid (stored value, 0元) */
  wechat: Maybe<WechatPaymentParams>;
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
  frozenUntil: Maybe<Scalars['DateTime']['output']>;
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
  myMemberCard: Maybe<MemberCard>;
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
  viewer: Maybe<Viewer>;
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
  bestOfferHint: Maybe<Scalars['String']['output']>;
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
  deliveryRadiusM: Maybe<Scalars['Int']['output']>;
  district: Scalars['String']['output'];
  freeDeliveryFromFen: Maybe<Scalars['Int']['output']>;
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
  memberPriceFen: Maybe<Scalars['Int']['output']>;
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
  nickname: Maybe<Scalars['String']['output']>;
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
  nickname: Maybe<Scalars['String']['output']>;
  /** Full number, shown only to its owner. */
  phone: Maybe<Scalars['String']['output']>;
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

export type NearbyStoresQueryVariables = Exact<{
  location: LocationInput;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NearbyStoresQuery = { __typename?: 'Query', nearbyStores: Array<{ __typename?: 'NearbyStore', distanceM: number, deliversHere: boolean, deliveryEstimateMinutes: number | null, pickupAvailable: boolean, store: { __typename?: 'Store', id: string, name: string, address: string, district: string, deliveryFeeFen: number, minOrderFen: number, openingStatus: { __typename?: 'OpeningStatus', isOpen: boolean, label: string } } }> };

export type PlacesQueryVariables = Exact<{
  keyword?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlacesQuery = { __typename?: 'Query', places: Array<{ __typename?: 'Place', kind: PlaceKind, name: string, district: string, location: { __typename?: 'GeoPoint', lat: number, lng: number } }> };

export type ProductCardFragment = { __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge> };

export type SearchStoreProductsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchStoreProductsQuery = { __typename?: 'Query', searchStoreProducts: { __typename?: 'StoreProductConnection', nodes: Array<{ __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type StoreCategoriesQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StoreCategoriesQuery = { __typename?: 'Query', storeCategories: Array<{ __typename?: 'Category', id: string, name: string, availableCount: number, children: Array<{ __typename?: 'Category', id: string, name: string, availableCount: number }> }> };

export type StoreProductQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
}>;


export type StoreProductQuery = { __typename?: 'Query', storeProduct: { __typename?: 'StoreProduct', description: string, images: Array<string>, barcode: string, maxPerOrder: number, id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge>, elsewhere: Array<{ __typename?: 'ProductStockElsewhere', distanceM: number, available: number, store: { __typename?: 'Store', id: string, name: string, address: string, openingStatus: { __typename?: 'OpeningStatus', isOpen: boolean, label: string } } }> } };

export type StoreProductsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StoreProductsQuery = { __typename?: 'Query', storeProducts: { __typename?: 'StoreProductConnection', nodes: Array<{ __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SessionFieldsFragment = { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string };

export type LoginMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } };

export type DemoLoginMutationVariables = Exact<{
  openid: Scalars['String']['input'];
}>;


export type DemoLoginMutation = { __typename?: 'Mutation', demoLogin: { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileQuery = { __typename?: 'Query', demoLoginEnabled: boolean, viewer: { __typename?: 'Viewer', id: string, nickname: string | null, phone: string | null, isMember: boolean, staff: Array<{ __typename?: 'StaffAssignment', storeId: string, role: StaffRole }> } | null };

export type MyMemberCardQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMemberCardQuery = { __typename?: 'Query', myMemberCard: { __typename?: 'MemberCard', id: string, cardNo: string, tier: MemberTier, tierName: string, memberPriceEligible: boolean, storedValueFen: number, usableCouponCount: number, nextTier: { __typename?: 'NextTier', name: string, remainingFen: number } | null, points: { __typename?: 'PointsBalance', total: number, available: number, frozen: number, availableValueFen: number } } | null };

export type MemberCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberCodeQuery = { __typename?: 'Query', serverTime: string, memberCode: { __typename?: 'MemberCode', digits: string, qrPayload: string, expiresAt: string, periodSeconds: number } };

export type PointsHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PointsHistoryQuery = { __typename?: 'Query', myMemberCard: { __typename?: 'MemberCard', id: string, pointsHistory: { __typename?: 'PointsEntryConnection', nodes: Array<{ __typename?: 'PointsEntry', id: string, type: PointsEntryType, amount: number, balanceAfter: number, frozenUntil: string | null, reason: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type StoredValueHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StoredValueHistoryQuery = { __typename?: 'Query', myMemberCard: { __typename?: 'MemberCard', id: string, storedValueHistory: { __typename?: 'StoredValueEntryConnection', nodes: Array<{ __typename?: 'StoredValueEntry', id: string, type: StoredValueEntryType, amountFen: number, balanceAfterFen: number, reason: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type JoinMembershipMutationVariables = Exact<{
  phoneCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type JoinMembershipMutation = { __typename?: 'Mutation', joinMembership: { __typename?: 'MemberCard', id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on StoreProduct {
  id
  name
  unit
  priceFen
  memberPriceFen
  available
  badges
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const NearbyStoresDocument = new TypedDocumentString(`
    query NearbyStores($location: LocationInput!, $first: Int) {
  nearbyStores(location: $location, first: $first) {
    distanceM
    deliversHere
    deliveryEstimateMinutes
    pickupAvailable
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
    `) as unknown as TypedDocumentString<NearbyStoresQuery, NearbyStoresQueryVariables>;
export const PlacesDocument = new TypedDocumentString(`
    query Places($keyword: String) {
  places(keyword: $keyword) {
    kind
    name
    district
    location {
      lat
      lng
    }
  }
}
    `) as unknown as TypedDocumentString<PlacesQuery, PlacesQueryVariables>;
export const SearchStoreProductsDocument = new TypedDocumentString(`
    query SearchStoreProducts($storeId: ID!, $query: String!, $first: Int, $after: String) {
  searchStoreProducts(
    storeId: $storeId
    query: $query
    first: $first
    after: $after
  ) {
    nodes {
      ...ProductCard
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProductCard on StoreProduct {
  id
  name
  unit
  priceFen
  memberPriceFen
  available
  badges
}`) as unknown as TypedDocumentString<SearchStoreProductsQuery, SearchStoreProductsQueryVariables>;
export const StoreCategoriesDocument = new TypedDocumentString(`
    query StoreCategories($storeId: ID!) {
  storeCategories(storeId: $storeId) {
    id
    name
    availableCount
    children {
      id
      name
      availableCount
    }
  }
}
    `) as unknown as TypedDocumentString<StoreCategoriesQuery, StoreCategoriesQueryVariables>;
export const StoreProductDocument = new TypedDocumentString(`
    query StoreProduct($storeId: ID!, $productId: ID!) {
  storeProduct(storeId: $storeId, productId: $productId) {
    ...ProductCard
    description
    images
    barcode
    maxPerOrder
    elsewhere {
      distanceM
      available
      store {
        id
        name
        address
        openingStatus {
          isOpen
          label
        }
      }
    }
  }
}
    fragment ProductCard on StoreProduct {
  id
  name
  unit
  priceFen
  memberPriceFen
  available
  badges
}`) as unknown as TypedDocumentString<StoreProductQuery, StoreProductQueryVariables>;
export const StoreProductsDocument = new TypedDocumentString(`
    query StoreProducts($storeId: ID!, $categoryId: ID, $featured: Boolean, $first: Int, $after: String) {
  storeProducts(
    storeId: $storeId
    categoryId: $categoryId
    featured: $featured
    first: $first
    after: $after
  ) {
    nodes {
      ...ProductCard
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProductCard on StoreProduct {
  id
  name
  unit
  priceFen
  memberPriceFen
  available
  badges
}`) as unknown as TypedDocumentString<StoreProductsQuery, StoreProductsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($code: String!) {
  login(code: $code) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const DemoLoginDocument = new TypedDocumentString(`
    mutation DemoLogin($openid: String!) {
  demoLogin(openid: $openid) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}`) as unknown as TypedDocumentString<DemoLoginMutation, DemoLoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ProfileDocument = new TypedDocumentString(`
    query Profile {
  viewer {
    id
    nickname
    phone
    isMember
    staff {
      storeId
      role
    }
  }
  demoLoginEnabled
}
    `) as unknown as TypedDocumentString<ProfileQuery, ProfileQueryVariables>;
export const MyMemberCardDocument = new TypedDocumentString(`
    query MyMemberCard {
  myMemberCard {
    id
    cardNo
    tier
    tierName
    nextTier {
      name
      remainingFen
    }
    memberPriceEligible
    points {
      total
      available
      frozen
      availableValueFen
    }
    storedValueFen
    usableCouponCount
  }
}
    `) as unknown as TypedDocumentString<MyMemberCardQuery, MyMemberCardQueryVariables>;
export const MemberCodeDocument = new TypedDocumentString(`
    query MemberCode {
  memberCode {
    digits
    qrPayload
    expiresAt
    periodSeconds
  }
  serverTime
}
    `) as unknown as TypedDocumentString<MemberCodeQuery, MemberCodeQueryVariables>;
export const PointsHistoryDocument = new TypedDocumentString(`
    query PointsHistory($first: Int, $after: String) {
  myMemberCard {
    id
    pointsHistory(first: $first, after: $after) {
      nodes {
        id
        type
        amount
        balanceAfter
        frozenUntil
        reason
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PointsHistoryQuery, PointsHistoryQueryVariables>;
export const StoredValueHistoryDocument = new TypedDocumentString(`
    query StoredValueHistory($first: Int, $after: String) {
  myMemberCard {
    id
    storedValueHistory(first: $first, after: $after) {
      nodes {
        id
        type
        amountFen
        balanceAfterFen
        reason
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoredValueHistoryQuery, StoredValueHistoryQueryVariables>;
export const JoinMembershipDocument = new TypedDocumentString(`
    mutation JoinMembership($phoneCode: String) {
  joinMembership(phoneCode: $phoneCode) {
    id
  }
}
    `) as unknown as TypedDocumentString<JoinMembershipMutation, JoinMembershipMutationVariables>;