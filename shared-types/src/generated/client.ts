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
  Latitude: { input: number; output: number; }
  Longitude: { input: number; output: number; }
};

/** The next amount the cart is below, and products of the store that reach it (the cart page's 凑单 list). */
export type AddOns = {
  __typename?: 'AddOns';
  /** MIN_ORDER while it blocks a delivery, else the nearest of FREE_DELIVERY and the next THRESHOLD tier */
  kind: OfferHintKind;
  /** e.g. 还差¥15起送, 还差¥5可享免配送费, 还差¥12可享满59减10 */
  message: Scalars['String']['output'];
  /**
   * At most 10, in stock at the store and not in the cart, nearest the shortfall first: only those that
   * reach it when any does (checked by pricing the cart with each one added), else the nearest below it.
   */
  products: Array<StoreProduct>;
  shortfallFen: Scalars['Int']['output'];
};

/** A delivery address in the shopper's address book. */
export type Address = {
  __typename?: 'Address';
  contactName: Scalars['String']['output'];
  /** Street, building and door, e.g. 南京西路1266号恒隆广场 12楼 */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  location: GeoPoint;
  /** Mainland mobile number, 11 digits */
  phone: Scalars['String']['output'];
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
  /** Positive credits, negative debits; never below zero, at most STORED_VALUE_MAX_ADJUSTMENT_FEN either way. */
  amountFen: Scalars['Int']['input'];
  cardNo: Scalars['String']['input'];
  /** 8–64 characters of [A-Za-z0-9_-]; repeating a request with the same key adjusts once. */
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  /** The store whose manager makes the adjustment. */
  storeId: Scalars['ID']['input'];
};

/** One field a change touched, shown as text (JSON for structured values). */
export type AuditChange = {
  __typename?: 'AuditChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** Who changed what, when and where, through the staff tools. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorName: Maybe<Scalars['String']['output']>;
  actorUserId: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
  /** the fields that differ; for a creation only `after`, for a removal only `before` */
  changes: Array<AuditChange>;
  id: Scalars['ID']['output'];
  /** dotted kind, e.g. store.settings, promotion.create, staff.remove */
  kind: Scalars['String']['output'];
  /** the kind in staff's words (门店设置, 新建促销, 移除员工…) */
  kindLabel: Scalars['String']['output'];
  /** null: a chain-wide change */
  storeId: Maybe<Scalars['ID']['output']>;
  storeName: Maybe<Scalars['String']['output']>;
  /** which thing changed (a store, product, promotion, person… id) */
  subject: Scalars['String']['output'];
};

export type AuditPage = {
  __typename?: 'AuditPage';
  entries: Array<AuditEntry>;
  pageInfo: PageInfo;
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

/**
 * A campaign page: a banner, its words, coupons to claim and featured products, shown to shoppers
 * while it runs (startsAt ≤ now < endsAt). Printed QR codes can lead to it.
 */
export type Campaign = {
  __typename?: 'Campaign';
  /** The banner's renditions (large is 750 px wide); null without one. */
  banner: Maybe<ProductImage>;
  /** The banner's id in the image store, for the editing form. */
  bannerImageId: Maybe<Scalars['String']['output']>;
  /**
   * The first of coupons: what mini-program releases from before several coupons per campaign read.
   * @deprecated Use coupons.
   */
  coupon: Maybe<CampaignCoupon>;
  /** The coupons the page offers, in its order. */
  coupons: Array<CampaignCoupon>;
  description: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** The featured products as the chain knows them, in the page's order (for the editing form). */
  featured: Array<CampaignProduct>;
  /** The featured products the store sells, with its price and stock, in the page's order. */
  featuredProducts: Array<StoreProduct>;
  id: Scalars['ID']['output'];
  running: Scalars['Boolean']['output'];
  startsAt: Scalars['DateTime']['output'];
  /** null: the whole chain */
  storeId: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};


/**
 * A campaign page: a banner, its words, coupons to claim and featured products, shown to shoppers
 * while it runs (startsAt ≤ now < endsAt). Printed QR codes can lead to it.
 */
export type CampaignFeaturedProductsArgs = {
  storeId: Scalars['ID']['input'];
};

export type CampaignCoupon = {
  __typename?: 'CampaignCoupon';
  /** false when every coupon has been given out */
  available: Scalars['Boolean']['output'];
  /** Whether the signed-in caller already holds as many as one shopper may; false when signed out. */
  claimedByViewer: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  minSpendFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** null: valid in every store */
  storeId: Maybe<Scalars['ID']['output']>;
  validTo: Scalars['DateTime']['output'];
};

/** A campaign page's content. Its scope (a store or the whole chain) is chosen at creation and stays. */
export type CampaignInput = {
  /** an id from POST /images?purpose=campaign; null for none */
  bannerImageId?: InputMaybe<Scalars['String']['input']>;
  /** at most 5 coupon templates, the chain's or (for a store's campaign) the store's own */
  couponIds: Array<Scalars['ID']['input']>;
  /** at most 300 characters */
  description: Scalars['String']['input'];
  /** after startsAt, at most 366 days later; a new campaign's after now */
  endsAt: Scalars['DateTime']['input'];
  /** at most 20 products on sale */
  featuredProductIds: Array<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
  /** 1–30 characters */
  title: Scalars['String']['input'];
};

export type CampaignProduct = {
  __typename?: 'CampaignProduct';
  /** false: taken off sale by head office since; shoppers no longer see it */
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  image: Maybe<ProductImage>;
  name: Scalars['String']['output'];
};

export type CampaignReport = {
  __typename?: 'CampaignReport';
  campaign: Campaign;
  /** over this store's codes of the campaign; a visitor or order counts once across them */
  stats: QrStats;
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
  /** The product's main image; null when it has none (the client shows its placeholder). */
  image: Maybe<ProductImage>;
  maxPerOrder: Scalars['Int']['output'];
  memberPriceFen: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** This store's price and member price, in fen. */
  priceFen: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
};

export type CartQuote = {
  __typename?: 'CartQuote';
  /** null when the cart is below no amount */
  addOns: Maybe<AddOns>;
  /**
   * The cart priced as checkout prices it, without coupon or points: a delivery when the store delivers
   * (the delivery fee, free from the store's threshold, and the 起送 shortfall; no address needed yet),
   * else a pickup.
   */
  quote: Quote;
};

/** An image of the product in the image store, with its id for reordering and removing. */
export type CatalogImage = {
  __typename?: 'CatalogImage';
  id: Scalars['ID']['output'];
  large: Scalars['String']['output'];
  thumb: Scalars['String']['output'];
};

/** A product as head office edits it: the chain's content, no store's price or stock. */
export type CatalogProduct = {
  __typename?: 'CatalogProduct';
  barcode: Scalars['String']['output'];
  /** the chain's list price, in fen (stores' prices are set on their shelf) */
  basePriceFen: Scalars['Int']['output'];
  categoryId: Scalars['ID']['output'];
  /** the category, after its parent's name (饮料 / 碳酸饮料) */
  categoryPath: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** shown under 精选推荐 on home */
  featured: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** the main one first */
  images: Array<CatalogImage>;
  name: Scalars['String']['output'];
  priceBandMaxFen: Maybe<Scalars['Int']['output']>;
  /** head office's band for stores' prices (setProductPriceBand); null: no bound on that side */
  priceBandMinFen: Maybe<Scalars['Int']['output']>;
  status: ProductStatus;
  unit: Scalars['String']['output'];
};

export type CatalogProductConnection = {
  __typename?: 'CatalogProductConnection';
  nodes: Array<CatalogProduct>;
  pageInfo: PageInfo;
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

export type ClaimCouponResult = {
  __typename?: 'ClaimCouponResult';
  /** true when the caller already held it and nothing new was issued */
  alreadyClaimed: Scalars['Boolean']['output'];
  couponName: Scalars['String']['output'];
  userCouponId: Scalars['ID']['output'];
};

/** A coupon granted to a list of members; the counts move while it runs. */
export type CouponGrantBatch = {
  __typename?: 'CouponGrantBatch';
  couponId: Scalars['ID']['output'];
  failed: Scalars['Int']['output'];
  finished: Scalars['Boolean']['output'];
  granted: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  idempotencyKey: Scalars['String']['output'];
  /** rows skipped or failed, in list order (at most 200) */
  problems: Array<CouponGrantRow>;
  skipped: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type CouponGrantRow = {
  __typename?: 'CouponGrantRow';
  identifier: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  reason: Maybe<Scalars['String']['output']>;
  status: CouponGrantRowStatus;
};

export type CouponGrantRowStatus =
  | 'FAILED'
  | 'GRANTED'
  | 'PENDING'
  | 'SKIPPED';

export type CouponKind =
  | 'AMOUNT_OFF'
  | 'PERCENT_OFF';

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

export type CouponTemplate = {
  __typename?: 'CouponTemplate';
  /** null: delivery and pickup alike */
  fulfilment: Maybe<FulfilmentType>;
  grantOnJoin: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  issuedCount: Scalars['Int']['output'];
  kind: CouponKind;
  maxDiscountFen: Maybe<Scalars['Int']['output']>;
  minSpendFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  perUserLimit: Scalars['Int']['output'];
  status: MarketingStatus;
  /** null: every store */
  storeId: Maybe<Scalars['ID']['output']>;
  /** 满¥30减¥5, 无门槛减¥3, 满¥0 9折 最高减¥10 */
  terms: Scalars['String']['output'];
  /** null: no limit */
  totalQuantity: Maybe<Scalars['Int']['output']>;
  validFrom: Scalars['DateTime']['output'];
  validTo: Scalars['DateTime']['output'];
  /** fen off for AMOUNT_OFF, percent off for PERCENT_OFF (10 = 9折) */
  value: Scalars['Int']['output'];
};

/** Bad values are BAD_USER_INPUT with `field` and `reason` (BAD_VALUE, BAD_SCHEDULE, BELOW_ISSUED, UNKNOWN_STORE, INVALID). */
export type CouponTemplateInput = {
  fulfilment?: InputMaybe<FulfilmentType>;
  /** given to every shopper who opens a membership card while it is valid */
  grantOnJoin: Scalars['Boolean']['input'];
  kind: CouponKind;
  maxDiscountFen?: InputMaybe<Scalars['Int']['input']>;
  minSpendFen: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  perUserLimit: Scalars['Int']['input'];
  /** null: chain-wide (needs the permission chain-wide) */
  storeId?: InputMaybe<Scalars['ID']['input']>;
  totalQuantity?: InputMaybe<Scalars['Int']['input']>;
  validFrom: Scalars['DateTime']['input'];
  validTo: Scalars['DateTime']['input'];
  value: Scalars['Int']['input'];
};

export type CreateQrCodeInput = {
  /** required for CAMPAIGN; a campaign of this store or of the whole chain */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: QrTargetKind;
  /** what staff call it, e.g. 门口海报 or 饮料货架, 1–40 characters */
  label: Scalars['String']['input'];
  /** required for PRODUCT; the product must be sold at the store */
  productId?: InputMaybe<Scalars['ID']['input']>;
  storeId: Scalars['ID']['input'];
};

/** Exactly one of the three. */
export type DeliveryAreaInput = {
  /** GeoJSON text: a Polygon, or a Feature holding one, [lng, lat] positions, the ring closed, no holes */
  geoJson?: InputMaybe<Scalars['String']['input']>;
  /** [lat, lng] points (at least 3 distinct), the ring closed or not; it must contain the store */
  polygon?: InputMaybe<Array<Array<Scalars['Float']['input']>>>;
  /** 100–20000 metres around the store */
  radiusM?: InputMaybe<Scalars['Int']['input']>;
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

/**
 * A refund WeChat Pay did not complete (ABNORMAL or CLOSED, e.g. the shopper's bank card was closed) or
 * refused for good (e.g. more than the payment has left): the money has not gone back, and the store
 * manager must return it another way and record how.
 */
export type FailedRefund = {
  __typename?: 'FailedRefund';
  amountFen: Scalars['Int']['output'];
  /** when WeChat Pay reported the failure or refused the request */
  failedAt: Maybe<Scalars['DateTime']['output']>;
  /** what WeChat Pay said about it */
  failureReason: Maybe<Scalars['String']['output']>;
  /** set once a manager recorded how it was settled */
  handledAt: Maybe<Scalars['DateTime']['output']>;
  handledNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  orderNo: Scalars['String']['output'];
  /** why the refund was made */
  reason: Scalars['String']['output'];
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

export type GrantCouponsInput = {
  couponId: Scalars['ID']['input'];
  /** 8–64 of A-Z a-z 0-9 _ -; the same key again returns the same batch and grants nothing more */
  idempotencyKey: Scalars['String']['input'];
  /** card numbers (16 digits) or phone numbers (11 digits), one per member, at most 5000 */
  identifiers: Array<Scalars['String']['input']>;
};

/** One hour of a store's day, against the same hour of the same weekday a week before. */
export type HourFigures = {
  __typename?: 'HourFigures';
  /** 0–23, Asia/Shanghai */
  hour: Scalars['Int']['output'];
  lastWeekOrders: Scalars['Int']['output'];
  lastWeekSalesFen: Scalars['Int']['output'];
  /** orders paid in the hour; null for an hour that has not begun */
  orders: Maybe<Scalars['Int']['output']>;
  /** what those orders paid less what was refunded of them, in fen; null for an hour that has not begun */
  salesFen: Maybe<Scalars['Int']['output']>;
};

/** A system calling /integrations/v1: the chain's ERP (storeId null: every store) or one store's till. */
export type IntegrationClient = {
  __typename?: 'IntegrationClient';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  keys: Array<IntegrationKey>;
  name: Scalars['String']['output'];
  /** the till's store; null for the ERP, which acts for every store */
  storeId: Maybe<Scalars['ID']['output']>;
  /** where its webhooks go (events of its scope: orders paid, completed, refunded; stock movements); null: none */
  webhookUrl: Maybe<Scalars['String']['output']>;
};

/** A new key. The secret is shown in this answer only: it cannot be read again. */
export type IntegrationCredential = {
  __typename?: 'IntegrationCredential';
  client: IntegrationClient;
  keyId: Scalars['ID']['output'];
  secret: Scalars['String']['output'];
};

/** One event sent (or to be sent) to a client's webhook. */
export type IntegrationDelivery = {
  __typename?: 'IntegrationDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** the event id, sent as X-Corner-Event-Id: receivers deduplicate on it */
  eventId: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Scalars['DateTime']['output'];
  status: IntegrationDeliveryStatus;
};

export type IntegrationDeliveryStatus =
  /** failed too often; not retried */
  | 'DEAD'
  | 'DELIVERED'
  | 'PENDING';

export type IntegrationKey = {
  __typename?: 'IntegrationKey';
  /** signs requests now (neither revoked nor expired) */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** a rotated-out key works until then */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** sent as X-Corner-Key */
  id: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

export type InventoryMovement = {
  __typename?: 'InventoryMovement';
  actorName: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  onHandFrom: Scalars['Int']['output'];
  onHandTo: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type LedgerRefType =
  | 'ADJUSTMENT'
  | 'EXPIRY'
  | 'ORDER'
  | 'REFUND'
  | 'TILL_RECEIPT'
  | 'TOPUP';

/**
 * WGS-84 coordinates, as the phone's location API returns them with type 'wgs84'. Both are required:
 * null or missing (as JSON sends NaN), a string or a value out of range is BAD_USER_INPUT naming the
 * field (extensions.field lat or lng). Nullable in the schema only so that those errors come from the
 * BFF, in Chinese, rather than from GraphQL's own non-null check.
 */
export type LocationInput = {
  lat?: InputMaybe<Scalars['Latitude']['input']>;
  lng?: InputMaybe<Scalars['Longitude']['input']>;
};

export type MarketingStatus =
  | 'ENDED'
  /** a promotion switched off */
  | 'PAUSED'
  | 'RUNNING'
  | 'SCHEDULED'
  /** a coupon with none left to give */
  | 'SOLD_OUT';

export type MemberCard = {
  __typename?: 'MemberCard';
  /** 16 digits, the last one a Luhn check digit. */
  cardNo: Scalars['String']['output'];
  /** The member's coupons in one state: AVAILABLE soonest-expiring first, the others newest first (at most 50). */
  coupons: Array<MemberCoupon>;
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


export type MemberCardCouponsArgs = {
  state: MemberCouponState;
};


export type MemberCardPointsHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MemberCardStoredValueHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The rotating code on the card. Show `qrPayload` as a QR code and `digits` as a Code 128 barcode;
 * `shortCode` is the form a till types. All three stand for the same time step: using one spends all.
 */
export type MemberCode = {
  __typename?: 'MemberCode';
  digits: Scalars['String']['output'];
  /** The code changes at this time; fetch a new one then. */
  expiresAt: Scalars['DateTime']['output'];
  periodSeconds: Scalars['Int']['output'];
  qrPayload: Scalars['String']['output'];
  /** 12 digits (the last a Luhn digit), for typing at the till; accepted by staffScanMember and verifyMemberCode. */
  shortCode: Scalars['String']['output'];
};

export type MemberCoupon = {
  __typename?: 'MemberCoupon';
  /** the UserCoupon id */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 全部门店可用, or the one store it is for */
  scope: Scalars['String']['output'];
  state: MemberCouponState;
  /** e.g. 满¥30减¥5, 无门槛减¥3, 9折 最高减¥10 */
  terms: Scalars['String']['output'];
  usedAt: Maybe<Scalars['DateTime']['output']>;
  validFrom: Scalars['DateTime']['output'];
  validTo: Scalars['DateTime']['output'];
};

export type MemberCouponState =
  /** usable now or later, not expired */
  | 'AVAILABLE'
  /** past its end date without being used */
  | 'EXPIRED'
  | 'USED';

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
  /** A day closed (holiday, refit). Refusals: reason DATE_INVALID, DATE_IN_PAST, DATE_TOO_FAR, REASON_REQUIRED, CLOSURE_EXISTS. */
  addStoreClosure: StoreSettings;
  /**
   * A manager of the store corrects a stored-value balance, with a reason. INSUFFICIENT_BALANCE when it
   * would go below zero; STORED_VALUE_LIMIT (reason ADJUSTMENT_TOO_LARGE or BALANCE_TOO_HIGH, limitFen)
   * beyond the configured size of one adjustment or ceiling of the balance.
   */
  adjustStoredValue: StoredValueEntry;
  /** Cancels an unpaid order, or a paid one before picking starts (refunded in full). */
  cancelOrder: Order;
  /**
   * Claims a coupon of the campaign (its first without couponId). Refused with COUPON_NOT_APPLICABLE
   * (reason NO_COUPON, CAMPAIGN_NOT_RUNNING, COUPON_NOT_VALID or SOLD_OUT).
   */
  claimCampaignCoupon: ClaimCouponResult;
  /**
   * Gives the signed-in shopper the scans this device (visitorId) made signed out within the visit window
   * (two hours), so that orders placed now carry the code. A scanned code resolves without waiting for
   * sign-in; the client claims the scan once signed in. Scans already someone's are left alone. Returns
   * how many scans were claimed. A malformed visitorId is BAD_USER_INPUT.
   */
  claimVisitorScans: Scalars['Int']['output'];
  clearCart: Cart;
  /**
   * A new campaign of the store (MARKETING there) or, without storeId, of the whole chain (MARKETING
   * chain-wide). Bad input is BAD_USER_INPUT with field and reason; nothing is written then.
   */
  createCampaign: Campaign;
  createCouponTemplate: CouponTemplate;
  /** A client with its first key. storeId: a till of that store; absent: the chain's ERP. */
  createIntegrationClient: IntegrationCredential;
  /**
   * A new product of the chain at basePriceFen. It has no store inventory: stores take it into their
   * range on their shelf. Bad input is BAD_USER_INPUT with field and reason (BARCODE_TAKEN for a
   * barcode another product has); nothing is written then.
   */
  createProduct: CatalogProduct;
  /** A new promotion; it reaches shoppers on their next quote. */
  createPromotion: Promotion;
  /** A new code with an opaque scene (store managers). */
  createQrCode: QrCode;
  /**
   * A one-time code that makes whoever redeems it `roleKey` at the store (without storeId: over the
   * chain), valid 7 days. Refusals: FORBIDDEN ROLE_NOT_GRANTABLE (nobody grants more than they hold
   * there; head office's administrators grant any role), BAD_USER_INPUT UNKNOWN_ROLE.
   */
  createStaffInvitation: StaffInvitationCode;
  deleteAddress: Scalars['Boolean']['output'];
  /** Signs in as a seeded demo account by openid; FORBIDDEN unless DEMO_LOGIN_ENABLED. */
  demoLogin: AuthSession;
  /**
   * Head office grants a coupon to a list of members in one batch (chain-wide permission). Returns when
   * the batch is worked through; couponGrantBatch shows its progress meanwhile. The same key with a
   * different list is CONFLICT (reason KEY_REUSED).
   */
  grantCoupons: CouponGrantBatch;
  /** Opens the card (idempotent). phoneCode is the code of a getPhoneNumber button; optional. */
  joinMembership: MemberCard;
  /**
   * The signed-in user joins with an invitation code (typed or the QR content). BAD_USER_INPUT
   * INVITATION_INVALID for a wrong, used, revoked or expired code; RATE_LIMITED when guessing.
   */
  joinStaff: StaffAssignment;
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
  /** Takes the person's role away. FORBIDDEN OWN_ASSIGNMENT for oneself, ROLE_NOT_GRANTABLE for a role above the caller's. */
  removeStaffMember: Scalars['Boolean']['output'];
  /** No closure that day: NOT_FOUND. */
  removeStoreClosure: StoreSettings;
  /**
   * 再来一单: adds the lines of one of the shopper's orders to their cart at its store, each as far as
   * the store can sell it now; what could not be added in full is named in shortfalls.
   */
  reorder: ReorderResult;
  requestRefund: Order;
  /** Staff: approve (refund the rest) or reject a refund request. */
  resolveRefund: Order;
  /**
   * Resolves the scene of a scanned code and records the scan. visitorId is a random id the client keeps
   * (8–64 of A-Z a-z 0-9 _ -). A malformed scene is BAD_USER_INPUT (reason SCENE_TOO_LONG,
   * SCENE_FORBIDDEN_CHARACTERS, SCENE_EMPTY), an unknown one NOT_FOUND, a disabled or expired one
   * QR_CODE_INACTIVE.
   */
  resolveScene: SceneTarget;
  revokeIntegrationKey: IntegrationKey;
  /** Closes an open invitation. INVALID_TRANSITION INVITATION_CLOSED when used or revoked already. */
  revokeStaffInvitation: StaffInvitation;
  /** A new key; the client's other live keys keep working for overlapHours (default 24), then stop. */
  rotateIntegrationKey: IntegrationCredential;
  /**
   * Adds an address, or updates it when id is given; the first address becomes the default. At most 20 per shopper.
   * isDefault omitted leaves an edited address's default flag as it was; only false takes it away.
   */
  saveAddress: Address;
  /**
   * Creates a role, or changes one head office made (its holders have the new permissions on their next
   * request). key: 3–32 of A–Z, 0–9 and _, starting with a letter; name: 1–12 characters; at least one
   * permission. Refusals: FORBIDDEN BUILT_IN_ROLE (built-in roles never change), BAD_USER_INPUT with
   * reason INVALID_ROLE_KEY, INVALID_ROLE_NAME, NO_PERMISSIONS, ROLE_NAME_TAKEN.
   */
  saveStaffRole: StaffRoleDefinition;
  /** Sets a cart line; quantity 0 removes it. Checked against availability and the per-item limit. */
  setCartItem: Cart;
  /** Where the client's webhooks go; null stops them. */
  setIntegrationWebhook: IntegrationClient;
  /**
   * Head office's band for a product's store prices (chain-wide); null leaves a side open. Refusals: reason
   * BAND_INVALID, BASE_PRICE_OUT_OF_BAND (the chain's own price would fall outside), OUT_OF_RANGE.
   */
  setProductPriceBand: ProductPriceBand;
  /** Disables or re-enables a code (store managers). */
  setQrCodeDisabled: QrCode;
  /**
   * One product on the store's shelf. Refusals: reason PRICE_OUT_OF_BAND (with minFen/maxFen), MEMBER_PRICE_NOT_LOWER,
   * OUT_OF_RANGE; a product the store does not stock: PRODUCT_NOT_SOLD_HERE.
   */
  setShelfItem: ShelfItem;
  /** The busy switch, read by every promise from the next request on. extraPromiseMinutes 0–120. */
  setStoreBusy: StoreSettings;
  /** Delivery and pickup on or off, fees, minimum order, slots. Refusals: reason OUT_OF_RANGE (field names which) or NO_FULFILMENT. */
  setStoreDelivery: StoreSettings;
  /**
   * The delivery area. Refusals: reason AREA_ONE_OF, OUT_OF_RANGE, GEOJSON_INVALID, RING_NOT_CLOSED, POINT_INVALID,
   * TOO_FEW_POINTS, TOO_MANY_POINTS, COORDINATE_OUT_OF_RANGE, TOO_FAR_FROM_STORE or STORE_OUTSIDE_AREA.
   */
  setStoreDeliveryArea: StoreSettings;
  /** Weekly hours; is24h clears them. Refusals: BAD_USER_INPUT with reason HOURS_INVALID, HOURS_OVERLAP, HOURS_EMPTY or TIME_INVALID. */
  setStoreHours: StoreSettings;
  /** PAID → PICKING. */
  staffAcceptOrder: Order;
  /** OUT_FOR_DELIVERY → COMPLETED. Pickup orders complete only through staffConfirmPickup. */
  staffCompleteDelivery: Order;
  /** Hands a pickup order over: same refusals as staffLookupPickup; records the verifier and time. */
  staffConfirmPickup: Order;
  /**
   * Manager of the refund's store: records that the money of a failed refund went back another way (cash,
   * bank transfer) and how (2–200 characters). NOT_FOUND for anything but a failed refund; INVALID_TRANSITION
   * (reason ALREADY_HANDLED) when someone settled it first.
   */
  staffHandleFailedRefund: FailedRefund;
  /**
   * Manager of the store: ends the pickup lock of another staff account of the store now, and records it.
   * NOT_FOUND when the account is not staff here; FORBIDDEN (reason OWN_LOCK) for the manager's own lock;
   * INVALID_TRANSITION (reason NOT_LOCKED) when it is not locked (or another manager lifted it first).
   */
  staffLiftPickupLock: PickupLockLift;
  /** Lines the store cannot supply: refunded their share and the shopper is told. */
  staffMarkItemsOutOfStock: Order;
  /** Marks lines picked (order must be PICKING). */
  staffMarkItemsPicked: Order;
  /** Nothing more to sell: on-hand drops to what open orders hold. */
  staffMarkOutOfStock: StaffStockLine;
  /** PICKING → READY_FOR_PICKUP (pickup) or OUT_FOR_DELIVERY (handed to the courier). Every line must be picked or out of stock. */
  staffOrderReady: Order;
  /** 代客下单 through the ordering rules (price, stock reservation, slot); the member pays in the mini-program. */
  staffPlaceOrder: Order;
  /** Uses one of the member's coupons at the till. */
  staffRedeemCoupon: TillCoupon;
  /** Accepts the member's rotating card code at the till (once per code). */
  staffScanMember: TillSession;
  /** Sets the counted on-hand quantity. STOCK_BELOW_RESERVED when below what open orders hold. */
  staffSetStockCount: StaffStockLine;
  /**
   * 换货 (order must be PICKING, line not yet picked or out of stock): the line is supplied as another product
   * on sale at the store, whose store price (priceFen, not the member price) × the line's quantity is at most what they paid for the
   * line (else SUBSTITUTE_COSTS_MORE). The reservation moves to the substitute (OUT_OF_STOCK when it has not
   * enough), the line counts as picked, and the difference is refunded like an out-of-stock line.
   */
  staffSubstituteItem: Order;
  /**
   * Points for a till purchase. The same receipt number again returns the first result (earns once);
   * with a different amount it is CONFLICT.
   */
  staffTillEarnPoints: TillReceipt;
  /** Call after requestPayment returns (or on opening a pending order): asks WeChat Pay, never trusts the client. */
  syncPayment: Order;
  /** Replaces a campaign's content (MARKETING over its scope); audited with before and after. */
  updateCampaign: Campaign;
  /** Coupons already held follow the template; the total may not drop below those given out (BELOW_ISSUED). */
  updateCouponTemplate: CouponTemplate;
  /** Staff of the order's store: PICKING, READY_FOR_PICKUP, OUT_FOR_DELIVERY, COMPLETED or CANCELLED (refunds in full). */
  updateOrderStatus: Order;
  /** Replaces a product's content; audited with what changed. INACTIVE takes it away from shoppers everywhere. */
  updateProduct: CatalogProduct;
  /**
   * Changes a promotion (the permission over both its current and its new stores). Orders already placed
   * keep their prices.
   */
  updatePromotion: Promotion;
  /**
   * Staff of `storeId` accept a scanned or typed member code. Errors: BAD_USER_INPUT (not a member
   * code), MEMBER_CODE_INVALID (wrong or expired), MEMBER_CODE_USED, FORBIDDEN (not staff there).
   */
  verifyMemberCode: TillMember;
};


export type MutationAddStoreClosureArgs = {
  date: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationAdjustStoredValueArgs = {
  input: AdjustStoredValueInput;
};


export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationClaimCampaignCouponArgs = {
  campaignId: Scalars['ID']['input'];
  couponId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationClaimVisitorScansArgs = {
  visitorId: Scalars['String']['input'];
};


export type MutationClearCartArgs = {
  storeId: Scalars['ID']['input'];
};


export type MutationCreateCampaignArgs = {
  input: CampaignInput;
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateCouponTemplateArgs = {
  input: CouponTemplateInput;
};


export type MutationCreateIntegrationClientArgs = {
  name: Scalars['String']['input'];
  storeId?: InputMaybe<Scalars['ID']['input']>;
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateProductArgs = {
  basePriceFen: Scalars['Int']['input'];
  input: ProductContentInput;
};


export type MutationCreatePromotionArgs = {
  input: PromotionInput;
};


export type MutationCreateQrCodeArgs = {
  input: CreateQrCodeInput;
};


export type MutationCreateStaffInvitationArgs = {
  roleKey: Scalars['String']['input'];
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDeleteAddressArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDemoLoginArgs = {
  openid: Scalars['String']['input'];
};


export type MutationGrantCouponsArgs = {
  input: GrantCouponsInput;
};


export type MutationJoinMembershipArgs = {
  phoneCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationJoinStaffArgs = {
  code: Scalars['String']['input'];
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


export type MutationRemoveStaffMemberArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationRemoveStoreClosureArgs = {
  date: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationReorderArgs = {
  orderId: Scalars['ID']['input'];
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


export type MutationResolveSceneArgs = {
  scene: Scalars['String']['input'];
  visitorId: Scalars['String']['input'];
};


export type MutationRevokeIntegrationKeyArgs = {
  keyId: Scalars['ID']['input'];
};


export type MutationRevokeStaffInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateIntegrationKeyArgs = {
  clientId: Scalars['ID']['input'];
  overlapHours?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveAddressArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: AddressInput;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSaveStaffRoleArgs = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  permissions: Array<Permission>;
};


export type MutationSetCartItemArgs = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationSetIntegrationWebhookArgs = {
  clientId: Scalars['ID']['input'];
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetProductPriceBandArgs = {
  maxFen?: InputMaybe<Scalars['Int']['input']>;
  minFen?: InputMaybe<Scalars['Int']['input']>;
  productId: Scalars['ID']['input'];
};


export type MutationSetQrCodeDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetShelfItemArgs = {
  input: ShelfItemInput;
  productId: Scalars['ID']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationSetStoreBusyArgs = {
  deliveryPaused: Scalars['Boolean']['input'];
  extraPromiseMinutes: Scalars['Int']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationSetStoreDeliveryArgs = {
  input: StoreDeliveryInput;
  storeId: Scalars['ID']['input'];
};


export type MutationSetStoreDeliveryAreaArgs = {
  area: DeliveryAreaInput;
  storeId: Scalars['ID']['input'];
};


export type MutationSetStoreHoursArgs = {
  hours: Array<StoreHoursInput>;
  is24h: Scalars['Boolean']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationStaffAcceptOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationStaffCompleteDeliveryArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationStaffConfirmPickupArgs = {
  code: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationStaffHandleFailedRefundArgs = {
  note: Scalars['String']['input'];
  refundId: Scalars['ID']['input'];
};


export type MutationStaffLiftPickupLockArgs = {
  staffUserId: Scalars['ID']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationStaffMarkItemsOutOfStockArgs = {
  itemIds: Array<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStaffMarkItemsPickedArgs = {
  itemIds: Array<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
};


export type MutationStaffMarkOutOfStockArgs = {
  productId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationStaffOrderReadyArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationStaffPlaceOrderArgs = {
  input: StaffPlaceOrderInput;
};


export type MutationStaffRedeemCouponArgs = {
  storeId: Scalars['ID']['input'];
  tillToken: Scalars['String']['input'];
  userCouponId: Scalars['ID']['input'];
};


export type MutationStaffScanMemberArgs = {
  code: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationStaffSetStockCountArgs = {
  onHand: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type MutationStaffSubstituteItemArgs = {
  itemId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
};


export type MutationStaffTillEarnPointsArgs = {
  amountFen: Scalars['Int']['input'];
  receiptNo: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
  tillToken: Scalars['String']['input'];
};


export type MutationSyncPaymentArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: CampaignInput;
};


export type MutationUpdateCouponTemplateArgs = {
  id: Scalars['ID']['input'];
  input: CouponTemplateInput;
};


export type MutationUpdateOrderStatusArgs = {
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: OrderStatus;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: ProductContentInput;
};


export type MutationUpdatePromotionArgs = {
  id: Scalars['ID']['input'];
  input: PromotionInput;
};


export type MutationVerifyMemberCodeArgs = {
  code: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};

export type NearbyStore = {
  __typename?: 'NearbyStore';
  /** Whether the asked location lies in the store's delivery area (radius or polygon). */
  deliversHere: Scalars['Boolean']['output'];
  /**
   * Minutes until the end of the promise a delivery order placed now gets (what quote and placeOrder
   * promise at this instant: the earliest slot with room), rounded up; null when not delivering here or
   * when no slot in the next 24 hours has room.
   */
  deliveryEstimateMinutes: Maybe<Scalars['Int']['output']>;
  distanceM: Scalars['Int']['output'];
  /** Whether the shopper can order here for self-pickup at the store. */
  pickupAvailable: Scalars['Boolean']['output'];
  store: Store;
};

export type NextTier = {
  __typename?: 'NextTier';
  /** The current tier's own threshold (0 for 普通会员): where a progress bar toward this tier starts. */
  fromFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Spend still needed within the 12-month window, in fen. */
  remainingFen: Scalars['Int']['output'];
  /** Spend over 12 months that reaches this tier, in fen. */
  thresholdFen: Scalars['Int']['output'];
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
  /** item promotions + threshold */
  discountFen: Scalars['Int']['output'];
  /** status timeline, oldest first */
  events: Array<OrderEvent>;
  fulfilment: FulfilmentType;
  id: Scalars['ID']['output'];
  itemPromotionDiscountFen: Scalars['Int']['output'];
  items: Array<OrderItem>;
  /** after member price: originalTotalFen − memberDiscountFen */
  itemsTotalFen: Scalars['Int']['output'];
  memberDiscountFen: Scalars['Int']['output'];
  note: Maybe<Scalars['String']['output']>;
  orderNo: Scalars['String']['output'];
  /**
   * The price breakdown as placed, the same steps as the Quote's: originalTotalFen − memberDiscountFen −
   * itemPromotionDiscountFen − thresholdDiscountFen − couponDiscountFen − pointsDiscountFen +
   * deliveryFeeFen = payableFen. Refunds are refundedFen, apart from it.
   */
  originalTotalFen: Scalars['Int']['output'];
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** unpaid orders are cancelled at this time */
  payBefore: Maybe<Scalars['DateTime']['output']>;
  payableFen: Scalars['Int']['output'];
  /**
   * 6 digits, for PICKUP orders once paid until handed over; null otherwise. Shown only to the shopper who
   * placed the order (it is the shopper's proof at the counter): null in every staff answer.
   */
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
  /** the store as it is now: name, address, phone (联系门店) and hours */
  store: Store;
  storeId: Scalars['ID']['output'];
  thresholdDiscountFen: Scalars['Int']['output'];
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
  /** the product's barcode, for confirming the picked line with a scanner */
  barcode: Scalars['String']['output'];
  /** the product's category, so a picking list follows the shelves */
  categoryName: Scalars['String']['output'];
  categorySortOrder: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** the product's main image today; null when it has none */
  image: Maybe<ProductImage>;
  lineDiscountFen: Scalars['Int']['output'];
  lineTotalFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** true when the store could not supply it (refunded) */
  outOfStock: Scalars['Boolean']['output'];
  /** what the shopper gets back if the store marks this line out of stock (staffMarkItemsOutOfStock refunds exactly this) */
  outOfStockRefundFen: Scalars['Int']['output'];
  /** marked picked by the store */
  picked: Scalars['Boolean']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** units of this line the shelf no longer holds (sold at the till after the order reserved them): mark them out of stock or substitute */
  shortQuantity: Scalars['Int']['output'];
  /** 换货: what the store supplied instead (the difference was refunded); null when it supplied this product */
  substitute: Maybe<OrderItemSubstitute>;
  unit: Scalars['String']['output'];
  unitPriceFen: Scalars['Int']['output'];
};

export type OrderItemSubstitute = {
  __typename?: 'OrderItemSubstitute';
  name: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
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

/** What a staff role lets its holder do. */
export type Permission =
  | 'AUDIT_READ'
  | 'CATALOG'
  | 'INTEGRATIONS'
  | 'MARKETING'
  | 'ORDERS_FULFIL'
  | 'ORDER_EXCEPTIONS'
  | 'QR_CODES'
  | 'ROLES_MANAGE'
  | 'STAFF_MANAGE'
  | 'STOCK'
  | 'STORED_VALUE'
  | 'STORE_REPORTS'
  | 'STORE_SETTINGS'
  | 'STORE_SHELF'
  | 'TILL';

/** A named set of permissions (built-in: 店员, 店长, 总部运营, 总部管理员). */
export type PermissionInfo = {
  __typename?: 'PermissionInfo';
  /** what staff mode calls it (处理订单, 门店设置…) */
  name: Scalars['String']['output'];
  permission: Permission;
};

/**
 * A staff account of the store whose pickup-code checks are locked: 5 wrong codes within the current
 * 10 minutes. The lock is per account (other staff keep verifying); it ends with the 10 minutes, or
 * when a manager of the store lifts it.
 */
export type PickupLock = {
  __typename?: 'PickupLock';
  failedAttempts: Scalars['Int']['output'];
  /** the lock ends by itself then */
  lockedUntil: Scalars['DateTime']['output'];
  name: Maybe<Scalars['String']['output']>;
  roleName: Scalars['String']['output'];
  staffUserId: Scalars['ID']['output'];
};

/** A manager ending a staff account's pickup lock early; every lift is kept. */
export type PickupLockLift = {
  __typename?: 'PickupLockLift';
  /** wrong codes counted before the lift */
  failedAttempts: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  liftedAt: Scalars['DateTime']['output'];
  liftedByUserId: Scalars['ID']['output'];
  staffUserId: Scalars['ID']['output'];
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

export type PreviewItemInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

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

/** A price received from the ERP, a till or an import: the chain's base price (storeId null) or one store's. */
export type PriceChange = {
  __typename?: 'PriceChange';
  /** the integration client that sent it; null: the import CLI */
  clientId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  effectiveAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** null: no member price */
  memberPriceFen: Maybe<Scalars['Int']['output']>;
  note: Maybe<Scalars['String']['output']>;
  previousMemberPriceFen: Maybe<Scalars['Int']['output']>;
  /** what sold before it was applied */
  previousPriceFen: Maybe<Scalars['Int']['output']>;
  priceFen: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  reference: Maybe<Scalars['String']['output']>;
  settledAt: Maybe<Scalars['DateTime']['output']>;
  /** when the source changed it */
  sourceUpdatedAt: Scalars['DateTime']['output'];
  status: PriceChangeStatus;
  /** null: the chain's base price */
  storeId: Maybe<Scalars['ID']['output']>;
};

export type PriceChangeStatus =
  | 'APPLIED'
  /** scheduled: effective later, applied then by the price job */
  | 'PENDING'
  /** came due outside head office's band (narrowed after it was scheduled); see note */
  | 'REFUSED'
  /** outranked by a later-effective change before it came due; never sold */
  | 'SUPERSEDED';

export type ProductBadge =
  /** Available, but no more than the store's low-stock threshold. */
  | 'LOW_STOCK'
  /** The member price here is below the store price. */
  | 'MEMBER_PRICE'
  | 'OUT_OF_STOCK';

export type ProductCategoryChoice = {
  __typename?: 'ProductCategoryChoice';
  id: Scalars['ID']['output'];
  /** the category, after its parent's name (饮料 / 碳酸饮料) */
  path: Scalars['String']['output'];
};

export type ProductContentInput = {
  /** EAN-13, EAN-8, UPC-A or GTIN-14 with a correct check digit, no other product's */
  barcode: Scalars['String']['input'];
  categoryId: Scalars['ID']['input'];
  /** at most 500 characters */
  description: Scalars['String']['input'];
  featured: Scalars['Boolean']['input'];
  /** ids from POST /images, the main one first; at most 9 */
  imageIds: Array<Scalars['ID']['input']>;
  /** 1–40 characters */
  name: Scalars['String']['input'];
  status: ProductStatus;
  /** 1–8 characters: 瓶, 袋, 盒 */
  unit: Scalars['String']['input'];
};

/**
 * One image's renditions, as URLs that never change (the image's content hash is in the path; cached
 * for a year). Each answers WebP to clients that accept it, JPEG otherwise. Relative unless the BFF's
 * PUBLIC_BASE_URL is set (the weapp build needs absolute URLs).
 */
export type ProductImage = {
  __typename?: 'ProductImage';
  /** At most 750 px wide: the product page. */
  large: Scalars['String']['output'];
  /** A square of 240 px, at most 30 KB: lists, cards, cart and order lines. */
  thumb: Scalars['String']['output'];
};

export type ProductPriceBand = {
  __typename?: 'ProductPriceBand';
  basePriceFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  priceBandMaxFen: Maybe<Scalars['Int']['output']>;
  priceBandMinFen: Maybe<Scalars['Int']['output']>;
  productId: Scalars['ID']['output'];
};

/** A page of search hits; without any, what the store has instead. */
export type ProductSearchResult = {
  __typename?: 'ProductSearchResult';
  nodes: Array<StoreProduct>;
  pageInfo: PageInfo;
  /**
   * Empty when the search found something (or on later pages); otherwise up to 6 products the store can
   * sell now: its best sellers of the last 30 days, then featured products.
   */
  suggestions: Array<StoreProduct>;
};

export type ProductStatus =
  /** on sale wherever a store stocks it */
  | 'ACTIVE'
  /** gone for shoppers everywhere: lists, search, product pages, carts */
  | 'INACTIVE';

export type ProductStockElsewhere = {
  __typename?: 'ProductStockElsewhere';
  available: Scalars['Int']['output'];
  /** Metres from the asking store. */
  distanceM: Scalars['Int']['output'];
  store: Store;
};

export type Promotion = {
  __typename?: 'Promotion';
  active: Scalars['Boolean']['output'];
  categoryIds: Array<Scalars['ID']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: PromotionKind;
  memberOnly: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** BUY_N_DISCOUNT and SECOND_ITEM_DISCOUNT: percent off (20 = 8折, 50 = 半价) */
  percentOff: Maybe<Scalars['Int']['output']>;
  priority: Scalars['Int']['output'];
  /** productIds and categoryIds both empty: every product */
  productIds: Array<Scalars['ID']['output']>;
  /** the products of productIds with their names, for the operator's form */
  products: Array<PromotionProduct>;
  /** BUY_N_DISCOUNT only */
  quantity: Maybe<Scalars['Int']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: MarketingStatus;
  /** empty: every store of the chain */
  storeIds: Array<Scalars['ID']['output']>;
  /** what it does in the shelf tag's words: 满59减10，满99减25 / 任选2件8折 / 第二件半价 */
  terms: Scalars['String']['output'];
  /** SPEND_THRESHOLD only */
  tiers: Array<ThresholdTier>;
  updatedAt: Scalars['DateTime']['output'];
};

/**
 * A promotion as the operator's form sends it. Bad values are BAD_USER_INPUT with `field` and `reason`
 * (BAD_SCHEDULE, BAD_TIERS, BAD_QUANTITY, BAD_DISCOUNT, UNKNOWN_STORE, UNKNOWN_PRODUCT, UNKNOWN_CATEGORY, INVALID).
 */
export type PromotionInput = {
  active: Scalars['Boolean']['input'];
  categoryIds: Array<Scalars['ID']['input']>;
  endsAt: Scalars['DateTime']['input'];
  kind: PromotionKind;
  memberOnly: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  percentOff?: InputMaybe<Scalars['Int']['input']>;
  /** 0–100, higher first among item promotions */
  priority?: InputMaybe<Scalars['Int']['input']>;
  productIds: Array<Scalars['ID']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  startsAt: Scalars['DateTime']['input'];
  /** empty: chain-wide (needs the permission chain-wide); otherwise the permission at each store */
  storeIds: Array<Scalars['ID']['input']>;
  tiers?: InputMaybe<Array<ThresholdTierInput>>;
};

export type PromotionKind =
  /** 任选2件8折: buying `quantity` or more units among the covered products takes percentOff off them */
  | 'BUY_N_DISCOUNT'
  /** 第二件半价: every second unit of the same product takes percentOff off (50 = half price) */
  | 'SECOND_ITEM_DISCOUNT'
  /** 满59减10, with up to 5 tiers (满59减10, 满99减25): the richest tier reached applies */
  | 'SPEND_THRESHOLD';

/** A sample basket priced by the checkout's own engine, as a pickup (no delivery fee). */
export type PromotionPreview = {
  __typename?: 'PromotionPreview';
  /** whether the draft took anything off this basket */
  draftApplied: Scalars['Boolean']['output'];
  /** what was not reached, e.g. 再买¥12享满59减10 */
  hints: Array<Scalars['String']['output']>;
  itemPromotionDiscountFen: Scalars['Int']['output'];
  lines: Array<QuoteLine>;
  memberDiscountFen: Scalars['Int']['output'];
  originalTotalFen: Scalars['Int']['output'];
  payableFen: Scalars['Int']['output'];
  thresholdDiscountFen: Scalars['Int']['output'];
};

export type PromotionPreviewInput = {
  /** the form being edited; priced as if running now */
  draft?: InputMaybe<PromotionInput>;
  isMember: Scalars['Boolean']['input'];
  items: Array<PreviewItemInput>;
  /** the promotion the draft replaces; null for a new one */
  promotionId?: InputMaybe<Scalars['ID']['input']>;
  storeId: Scalars['ID']['input'];
};

export type PromotionProduct = {
  __typename?: 'PromotionProduct';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A printed QR code. Its scene is what the code encodes; the target is resolved on the server. */
export type QrCode = {
  __typename?: 'QrCode';
  /** neither disabled nor expired, and its campaign (if any) still running */
  active: Scalars['Boolean']['output'];
  campaignId: Maybe<Scalars['ID']['output']>;
  campaignTitle: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: QrTargetKind;
  label: Scalars['String']['output'];
  /** What the printed QR encodes: the H5 address with ?scene=, opened as the mini-program by WeChat. */
  link: Scalars['String']['output'];
  /**
   * Downloads, relative to the BFF, with the same `Authorization: Bearer` header (store managers only):
   * the poster as PNG and SVG, and WeChat's own mini-program code (getwxacodeunlimit) as PNG.
   */
  posterPngPath: Scalars['String']['output'];
  posterSvgPath: Scalars['String']['output'];
  productId: Maybe<Scalars['ID']['output']>;
  productName: Maybe<Scalars['String']['output']>;
  scene: Scalars['String']['output'];
  storeId: Scalars['ID']['output'];
  wxacodePath: Scalars['String']['output'];
};

export type QrCodeReport = {
  __typename?: 'QrCodeReport';
  code: QrCode;
  stats: QrStats;
};

/** The store's QR codes together, over the day: each step counts a visitor or an order once. */
export type QrFunnel = {
  __typename?: 'QrFunnel';
  /** paid orders placed in the day that carry one of the codes */
  orders: Scalars['Int']['output'];
  /** paid orders the same shoppers placed afterwards, within 30 days (so far) */
  repeatOrders: Scalars['Int']['output'];
  scans: Scalars['Int']['output'];
  /** distinct visitors (one per device) among the scans */
  visitors: Scalars['Int']['output'];
};

export type QrReport = {
  __typename?: 'QrReport';
  campaigns: Array<CampaignReport>;
  codes: Array<QrCodeReport>;
  from: Scalars['String']['output'];
  storeId: Scalars['ID']['output'];
  to: Scalars['String']['output'];
};

/** Figures for a code or a campaign over the report's days. */
export type QrStats = {
  __typename?: 'QrStats';
  /** orders placed in the range that carry the code, whatever became of them */
  orders: Scalars['Int']['output'];
  paidOrders: Scalars['Int']['output'];
  /** paid orders the same shoppers placed within 30 days after a paid attributed order */
  repeatOrders: Scalars['Int']['output'];
  repeatShoppers: Scalars['Int']['output'];
  /** paid less refunded, in fen */
  revenueFen: Scalars['Int']['output'];
  scans: Scalars['Int']['output'];
  /** distinct visitor ids (one per device) among the scans */
  uniqueVisitors: Scalars['Int']['output'];
};

export type QrTargetKind =
  /** a campaign landing page with a coupon to claim */
  | 'CAMPAIGN'
  /** a product at the store (shelf codes) */
  | 'PRODUCT'
  /** the store's home (door posters, receipts) */
  | 'STORE';

export type Query = {
  __typename?: 'Query';
  /**
   * The audit trail, newest first. With storeId: that store's changes (a store manager reads their
   * store's); without: every change, chain-wide ones included (head office only). Filter by person
   * (actorUserId) and kind (exact, or a prefix such as `staff`). Page with `after: pageInfo.endCursor`.
   */
  auditTrail: AuditPage;
  /** A campaign's page. */
  campaign: Campaign;
  /** Home's banners at the store: its own and the chain's running campaigns that have a banner, at most 5, the newest first. */
  campaignBanners: Array<Campaign>;
  /** Coupon templates a campaign of that scope may offer (the chain's, and the store's own), not yet expired. */
  campaignCouponChoices: Array<CampaignCoupon>;
  /** The signed-in shopper's cart at a store (empty when none). */
  cart: Cart;
  /** The cart page's price and 凑单 list for these lines (those the shopper can buy now). */
  cartQuote: CartQuote;
  catalogProduct: CatalogProduct;
  /**
   * The chain's products, active or not, by id; with query, those whose name, pinyin or initials
   * contain it or whose barcode it is. first defaults to 20, at most 100.
   */
  catalogProducts: CatalogProductConnection;
  /** A grant batch's progress (chain-wide permission); null while no batch has that key yet. */
  couponGrantBatch: Maybe<CouponGrantBatch>;
  /** Coupon templates of one store (its own and chain-wide ones), or with no store every one (chain-wide permission). */
  couponTemplates: Array<CouponTemplate>;
  /** Whether demoLogin is available (development and browser tests only). */
  demoLoginEnabled: Scalars['Boolean']['output'];
  /** Bookable slots of the next 24 hours with remaining capacity. */
  fulfilmentSlots: Array<FulfilmentSlot>;
  integrationClients: Array<IntegrationClient>;
  /** the delivery log of a client's webhooks, newest first (first: at most 200, default 50) */
  integrationDeliveries: Array<IntegrationDelivery>;
  /**
   * Campaigns to manage, the latest ending first: the store's own with storeId (MARKETING at the
   * store), the chain-wide ones without (MARKETING chain-wide).
   */
  marketingCampaigns: Array<Campaign>;
  /** The caller's current card code; NOT_FOUND (reason NOT_A_MEMBER) when not a member. */
  memberCode: MemberCode;
  memberRules: MemberRules;
  /** The signed-in shopper's addresses, default first. */
  myAddresses: Array<Address>;
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
  /** Prices a sample basket at a store with the real engine, the draft included. */
  previewPromotion: PromotionPreview;
  /**
   * Price changes from the ERP, tills and imports, latest effective first; status PENDING: those scheduled.
   * Absent filters match all (first: at most 200, default 50).
   */
  priceChanges: Array<PriceChange>;
  productCategoryChoices: Array<ProductCategoryChoice>;
  /** How promotions, coupons and points combine, in plain words, from the pricing engine's own rules. */
  promotionStackingRules: Array<Scalars['String']['output']>;
  /** Promotions of one store (its own and chain-wide ones), or with no store every one (chain-wide permission). */
  promotions: Array<Promotion>;
  /**
   * Scan-to-order figures of the store's codes and campaigns (store managers). from and to are
   * Asia/Shanghai days (YYYY-MM-DD), both included, at most 366 days apart.
   */
  qrReport: QrReport;
  /** Prices the checkout exactly as placeOrder will; refuses with the same error codes. */
  quote: Quote;
  /** Up to 8 short words for the search page: the store's best-selling brands of the last 30 days, then featured ones. */
  searchHotWords: Array<Scalars['String']['output']>;
  /**
   * Products of the store whose name contains every word of the query, in any order, as Chinese or as
   * pinyin (kele) or pinyin initials (kkkl), or whose barcode is the query. At most 50 characters.
   */
  searchStoreProducts: ProductSearchResult;
  /** The BFF's own health, for clients that want to show a maintenance notice. */
  serverTime: Scalars['DateTime']['output'];
  /** What the caller may do over the whole chain (head office); empty for store staff and shoppers. */
  staffChainPermissions: Array<Permission>;
  /** Manager of the store: refunds that did not go through and nobody has settled yet, oldest first. */
  staffFailedRefunds: Array<FailedRefund>;
  /** Roles the caller may give at the store (or, without storeId, over the whole chain). */
  staffGrantableRoles: Array<StaffRoleDefinition>;
  /** The store's latest invitations, open and closed (without storeId: chain-wide ones). */
  staffInvitations: Array<StaffInvitation>;
  /**
   * Staff of the store: the order a pickup code (6 digits, or the pickup QR content) belongs to, without handing it over.
   * Refusals: PICKUP_CODE_INVALID, PICKUP_CODE_EXPIRED, FORBIDDEN (reason OTHER_STORE), INVALID_TRANSITION
   * (reason ALREADY_COLLECTED / CANCELLED / NOT_READY), each with extensions.remainingAttempts (wrong codes this
   * staff account may still make in the 10 minutes); RATE_LIMITED with reason PICKUP_LOCKED and retryAfterSeconds
   * once none are left (a manager can lift it: staffLiftPickupLock).
   */
  staffLookupPickup: Order;
  /** The store's staff (without storeId: head office's chain-wide people). */
  staffMembers: Array<StaffMember>;
  /** Staff of the order's store. */
  staffOrder: Order;
  /** Staff of the store: its open-order queue, for polling. */
  staffOrderQueue: StaffQueue;
  /** Every permission with its name in staff mode, for building a role. */
  staffPermissions: Array<PermissionInfo>;
  /** Manager of the store: its staff whose pickup-code checks are locked now. */
  staffPickupLocks: Array<PickupLock>;
  /**
   * Staff of the store: 代客下单's price before placing it, exactly as the shopper's checkout quotes a
   * pickup order for this member (same refusals); NOT_FOUND / CONFLICT for a phone with no or several members.
   */
  staffQuote: StaffQuote;
  /** Every role, built-in first (head office's administrators). */
  staffRoles: Array<StaffRoleDefinition>;
  /** Staff of the store: a product's stock here (by id or barcode) and its latest changes. */
  staffStock: StaffStockLine;
  /**
   * Stores where the caller is staff, with what they may do at each (every active store for a chain-wide
   * role); empty for shoppers (the mini-program shows 员工模式 only when not empty).
   */
  staffStores: Array<StaffStore>;
  /** Manager of the store: today's figures (Asia/Shanghai day). */
  staffTodayFigures: StoreDayFigures;
  /** Unknown ids are a NOT_FOUND error. */
  store: Store;
  /**
   * Campaigns a new code of the store can lead to (store managers): the store's own and the whole
   * chain's, running or still to come, soonest ending first.
   */
  storeCampaigns: Array<Campaign>;
  /** The category tree, with counts of what the store can sell now. Unknown store: NOT_FOUND. */
  storeCategories: Array<Category>;
  /** One product at one store. Unknown store or product: NOT_FOUND. */
  storeProduct: StoreProduct;
  /**
   * A store's products, oldest first, optionally of one category (subcategories included) or only the
   * featured ones. first defaults to 20, at most 100; after is the endCursor of the previous page.
   */
  storeProducts: StoreProductConnection;
  /** The store's printed codes (store managers). */
  storeQrCodes: Array<QrCode>;
  /**
   * One store as seen from a location however far away, e.g. the store the shopper chose or scanned:
   * distance, delivery coverage and estimate, pickup. Unknown or no longer active: NOT_FOUND.
   */
  storeSeenFrom: NearbyStore;
  /** A store's settings for 门店设置. Unknown store: NOT_FOUND. */
  storeSettings: StoreSettings;
  /**
   * The store's shelf: products it stocks, on sale or not, whose name (Chinese, pinyin, initials) contains
   * every word of the query or whose barcode is the query. first defaults to 20, at most 100.
   */
  storeShelf: ShelfConnection;
  /** Null when no token is sent; UNAUTHENTICATED when the token is invalid or expired. */
  viewer: Maybe<Viewer>;
};


export type QueryAuditTrailArgs = {
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignBannersArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryCampaignCouponChoicesArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCartArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryCartQuoteArgs = {
  items: Array<CheckoutItemInput>;
  storeId: Scalars['ID']['input'];
};


export type QueryCatalogProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCatalogProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCouponGrantBatchArgs = {
  idempotencyKey: Scalars['String']['input'];
};


export type QueryCouponTemplatesArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFulfilmentSlotsArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryIntegrationDeliveriesArgs = {
  clientId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<IntegrationDeliveryStatus>;
};


export type QueryMarketingCampaignsArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
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


export type QueryPreviewPromotionArgs = {
  input: PromotionPreviewInput;
};


export type QueryPriceChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PriceChangeStatus>;
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPromotionsArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryQrReportArgs = {
  from: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QueryQuoteArgs = {
  input: CheckoutInput;
};


export type QuerySearchHotWordsArgs = {
  storeId: Scalars['ID']['input'];
};


export type QuerySearchStoreProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type QueryStaffFailedRefundsArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryStaffGrantableRolesArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffInvitationsArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffLookupPickupArgs = {
  code: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type QueryStaffMembersArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type QueryStaffOrderQueueArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  storeId: Scalars['ID']['input'];
};


export type QueryStaffPickupLocksArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryStaffQuoteArgs = {
  input: StaffQuoteInput;
};


export type QueryStaffStockArgs = {
  productIdOrBarcode: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type QueryStaffTodayFiguresArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryStoreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoreCampaignsArgs = {
  storeId: Scalars['ID']['input'];
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


export type QueryStoreQrCodesArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryStoreSeenFromArgs = {
  id: Scalars['ID']['input'];
  location: LocationInput;
};


export type QueryStoreSettingsArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryStoreShelfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
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
  /** the one hint to show alone: the delivery minimum while it blocks the order (还差¥17起送), else the best offer not yet reached; null when none */
  bestOfferHint: Maybe<Scalars['String']['output']>;
  /**
   * The applicable coupon that takes the most off this basket (ties: the one expiring first); null when
   * none applies. Checkout selects it until the shopper picks another coupon or none.
   */
  bestUserCouponId: Maybe<Scalars['ID']['output']>;
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

export type ReorderResult = {
  __typename?: 'ReorderResult';
  cart: Cart;
  shortfalls: Array<ReorderShortfall>;
};

/** A line of the order that could not go back into the cart in full. */
export type ReorderShortfall = {
  __typename?: 'ReorderShortfall';
  /** what went into the cart (0 when none) */
  added: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  /** e.g. 已下架, 已售罄, 仅剩2件, 每单限购3件 */
  reason: Scalars['String']['output'];
  /** what the order had */
  wanted: Scalars['Int']['output'];
};

/** Where a scanned scene leads; the mini-program makes storeId the current store and opens the target. */
export type SceneTarget = {
  __typename?: 'SceneTarget';
  campaignId: Maybe<Scalars['ID']['output']>;
  kind: QrTargetKind;
  productId: Maybe<Scalars['ID']['output']>;
  scene: Scalars['String']['output'];
  storeId: Scalars['ID']['output'];
  storeName: Scalars['String']['output'];
};

export type ShelfConnection = {
  __typename?: 'ShelfConnection';
  nodes: Array<ShelfItem>;
  pageInfo: PageInfo;
};

/**
 * A product the store stocks, as its shelf shows it. Prices by the chain's one rule: the store's own
 * price where it set one, else the chain's; the same online, at checkout and at the till.
 */
export type ShelfItem = {
  __typename?: 'ShelfItem';
  available: Scalars['Int']['output'];
  barcode: Scalars['String']['output'];
  basePriceFen: Scalars['Int']['output'];
  image: Maybe<ProductImage>;
  lowStockThreshold: Scalars['Int']['output'];
  /** null: no member price at this store */
  memberPriceFen: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  onHand: Scalars['Int']['output'];
  onSale: Scalars['Boolean']['output'];
  priceBandMaxFen: Maybe<Scalars['Int']['output']>;
  /** head office's band for the store's prices; null: no bound on that side */
  priceBandMinFen: Maybe<Scalars['Int']['output']>;
  priceFen: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
};

export type ShelfItemInput = {
  /** 0–9999: the product shows 仅剩 at or below it */
  lowStockThreshold: Scalars['Int']['input'];
  /** below priceFen and within the band; null for none */
  memberPriceFen?: InputMaybe<Scalars['Int']['input']>;
  onSale: Scalars['Boolean']['input'];
  /** within the product's band (else BAD_USER_INPUT, reason PRICE_OUT_OF_BAND, extensions minFen/maxFen) */
  priceFen: Scalars['Int']['input'];
};

/** A role the caller holds over a store, or over the whole chain. */
export type StaffAssignment = {
  __typename?: 'StaffAssignment';
  permissions: Array<Permission>;
  /** CLERK, STORE_MANAGER, HQ_OPERATOR, HQ_ADMIN, or a role head office made */
  roleKey: Scalars['String']['output'];
  /** the role's name as staff know it (店员, 店长…) */
  roleName: Scalars['String']['output'];
  /** null: the whole chain */
  storeId: Maybe<Scalars['ID']['output']>;
};

export type StaffInvitation = {
  __typename?: 'StaffInvitation';
  createdAt: Scalars['DateTime']['output'];
  creatorName: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  role: StaffRoleDefinition;
  /** OPEN, USED, REVOKED or EXPIRED */
  state: Scalars['String']['output'];
  storeId: Maybe<Scalars['ID']['output']>;
  storeName: Maybe<Scalars['String']['output']>;
  usedAt: Maybe<Scalars['DateTime']['output']>;
  usedByName: Maybe<Scalars['String']['output']>;
};

/** A new invitation. The code is in this answer only (the BFF keeps a hash): show it once, as a QR code. */
export type StaffInvitationCode = {
  __typename?: 'StaffInvitationCode';
  /** 16 characters in groups of four, e.g. 7K3M-Q9XA-2BHD-R4TN; case and dashes do not matter */
  code: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  invitationId: Scalars['ID']['output'];
  /** what the QR code should carry; scanning it in 我的 → 员工加入 joins */
  qrContent: Scalars['String']['output'];
  role: StaffRoleDefinition;
  storeId: Maybe<Scalars['ID']['output']>;
};

/** A person with a role at a store, or over the whole chain. */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** remove with removeStaffMember(assignmentId) */
  assignmentId: Scalars['ID']['output'];
  name: Maybe<Scalars['String']['output']>;
  /** masked: 138****0003 */
  phone: Maybe<Scalars['String']['output']>;
  role: StaffRoleDefinition;
  since: Scalars['DateTime']['output'];
  /** null: the whole chain */
  storeId: Maybe<Scalars['ID']['output']>;
  userId: Scalars['ID']['output'];
};

export type StaffOrderItemInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** 代客下单: a pickup order placed at the counter for a member, found by till session or phone. */
export type StaffPlaceOrderInput = {
  /** the payableFen of the staffQuote the customer agreed to: PRICE_CHANGED when it moved since; omitted, today's quote */
  expectedPayableFen?: InputMaybe<Scalars['Int']['input']>;
  /** 8–64 characters of [A-Za-z0-9_-]; a retry with the same key returns the same order */
  idempotencyKey: Scalars['String']['input'];
  items: Array<StaffOrderItemInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** 11-digit phone of the member, when the card is not at hand */
  phone?: InputMaybe<Scalars['String']['input']>;
  storeId: Scalars['ID']['input'];
  /** from staffScanMember (the member showed the card) */
  tillToken?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The store's open orders (paid, picking, ready, out for delivery), most urgent (earliest promise) first.
 * Poll with the returned cursor: when nothing changed since it, `changed` is false and `entries` is empty.
 */
export type StaffQueue = {
  __typename?: 'StaffQueue';
  changed: Scalars['Boolean']['output'];
  cursor: Scalars['String']['output'];
  entries: Array<StaffQueueEntry>;
  serverTime: Scalars['DateTime']['output'];
};

/** An order in the store's queue, with what the clerk needs to decide what to do first. */
export type StaffQueueEntry = {
  __typename?: 'StaffQueueEntry';
  /** minutes since the order was paid */
  ageMinutes: Scalars['Int']['output'];
  /** not yet handed over and within the warning window of its promise (or past it) */
  atRisk: Scalars['Boolean']['output'];
  late: Scalars['Boolean']['output'];
  /** minutes until promiseEnd; negative when late */
  minutesLeft: Scalars['Int']['output'];
  order: Order;
  /** some line of the order is short (see OrderItem.shortQuantity) */
  short: Scalars['Boolean']['output'];
};

/** The member 代客下单 orders for, and the shopper checkout's quote of their pickup order. */
export type StaffQuote = {
  __typename?: 'StaffQuote';
  member: TillMember;
  quote: Quote;
};

/** What 代客下单 would charge: the member, found by till session or phone, and the lines. */
export type StaffQuoteInput = {
  items: Array<StaffOrderItemInput>;
  /** 11-digit phone of the member, when the card is not at hand */
  phone?: InputMaybe<Scalars['String']['input']>;
  storeId: Scalars['ID']['input'];
  /** from staffScanMember (the member showed the card) */
  tillToken?: InputMaybe<Scalars['String']['input']>;
};

export type StaffRoleDefinition = {
  __typename?: 'StaffRoleDefinition';
  builtIn: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Permission>;
};

export type StaffStockLine = {
  __typename?: 'StaffStockLine';
  available: Scalars['Int']['output'];
  barcode: Scalars['String']['output'];
  /** newest first */
  movements: Array<InventoryMovement>;
  name: Scalars['String']['output'];
  onHand: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  /** held by open orders; a count can never go below it */
  reserved: Scalars['Int']['output'];
};

/** A store the signed-in user works at. */
export type StaffStore = {
  __typename?: 'StaffStore';
  name: Scalars['String']['output'];
  /** what the caller may do at this store: the store's role and any chain-wide role together */
  permissions: Array<Permission>;
  /** the caller's role here (a chain-wide role names itself) */
  roleName: Scalars['String']['output'];
  storeId: Scalars['ID']['output'];
};

export type StaffStoreEvent = {
  __typename?: 'StaffStoreEvent';
  at: Scalars['DateTime']['output'];
  /** null for RESYNC */
  orderId: Maybe<Scalars['ID']['output']>;
  orderNo: Maybe<Scalars['String']['output']>;
  status: Maybe<OrderStatus>;
  storeId: Scalars['ID']['output'];
  type: StaffStoreEventType;
};

/**
 * What a store's staff are told the moment it is committed. RESYNC comes first on every subscription,
 * once the channel listens, and again whenever the BFF's listener had to reconnect: events may have
 * been missed, so the client reloads its queue.
 */
export type StaffStoreEventType =
  | 'ORDER_CANCELLED'
  | 'ORDER_PAID'
  | 'ORDER_UPDATED'
  | 'RESYNC';

export type Store = {
  __typename?: 'Store';
  address: Scalars['String']['output'];
  city: Scalars['String']['output'];
  code: Scalars['String']['output'];
  deliveryAreaKind: DeliveryAreaKind;
  deliveryEnabled: Scalars['Boolean']['output'];
  deliveryFeeFen: Scalars['Int']['output'];
  /** The busy switch: delivery paused for now (pickup goes on); new delivery orders are refused with DELIVERY_PAUSED. */
  deliveryPaused: Scalars['Boolean']['output'];
  /** The delivery area's [lat, lng] points when deliveryAreaKind is POLYGON (an open ring). */
  deliveryPolygon: Maybe<Array<Array<Scalars['Float']['output']>>>;
  /** Delivery radius in metres when deliveryAreaKind is RADIUS. */
  deliveryRadiusM: Maybe<Scalars['Int']['output']>;
  district: Scalars['String']['output'];
  /** The busy switch: minutes added to every new promise (delivery and pickup). */
  extraPromiseMinutes: Scalars['Int']['output'];
  freeDeliveryFromFen: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  is24h: Scalars['Boolean']['output'];
  location: GeoPoint;
  minOrderFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  openingHours: Array<OpeningHoursDay>;
  openingStatus: OpeningStatus;
  phone: Scalars['String']['output'];
  /** Orders the store picks per slot. */
  pickingCapacity: Scalars['Int']['output'];
  pickupEnabled: Scalars['Boolean']['output'];
  /** Length of a picking slot in minutes (15, 20, 30 or 60); a promise ends this long after picking can start. */
  slotMinutes: Scalars['Int']['output'];
};

/** A whole day (Asia/Shanghai) the store stays closed. */
export type StoreClosure = {
  __typename?: 'StoreClosure';
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** One Asia/Shanghai day of a store, as of now. */
export type StoreDayFigures = {
  __typename?: 'StoreDayFigures';
  /** from accepting to handing on, averaged over pickedOrders; null when none */
  averagePickingSeconds: Maybe<Scalars['Int']['output']>;
  /** salesFen / orders, rounded; null without orders */
  averageTicketFen: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD, Asia/Shanghai */
  date: Scalars['String']['output'];
  /** the 24 hours of today by orders paid, with the same weekday a week before */
  hours: Array<HourFigures>;
  /** the same weekday a week before, which the hours are compared with */
  lastWeekDate: Scalars['String']['output'];
  /** promised today and handed on after it, or still not picked past it */
  lateOrders: Scalars['Int']['output'];
  /** promisesKept / promisesDue (0–1); null when none is due yet */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** orders paid today */
  orders: Scalars['Int']['output'];
  /** orders handed on today (ready for pickup, or out with the courier) */
  pickedOrders: Scalars['Int']['output'];
  /** paid orders promised by an instant of today whose outcome is known: kept, or late */
  promisesDue: Scalars['Int']['output'];
  /** of those, handed on by their promiseEnd */
  promisesKept: Scalars['Int']['output'];
  qrFunnel: QrFunnel;
  refundedFen: Scalars['Int']['output'];
  /** refunds of the store's orders recorded today, whatever their outcome */
  refunds: Scalars['Int']['output'];
  /** what today's orders paid less what was refunded of them, in fen */
  salesFen: Scalars['Int']['output'];
  /** till purchases of members recorded today */
  tillReceipts: Scalars['Int']['output'];
  tillSalesFen: Scalars['Int']['output'];
  /** today's five best sellers by units */
  topProducts: Array<TopProduct>;
};

export type StoreDeliveryInput = {
  deliveryEnabled: Scalars['Boolean']['input'];
  /** ¥0–¥50 */
  deliveryFeeFen: Scalars['Int']['input'];
  /** null: no free delivery; otherwise ¥1–¥1000 */
  freeDeliveryFromFen?: InputMaybe<Scalars['Int']['input']>;
  /** ¥0–¥200 */
  minOrderFen: Scalars['Int']['input'];
  /** 1–200 */
  pickingCapacity: Scalars['Int']['input'];
  pickupEnabled: Scalars['Boolean']['input'];
  /** 15, 20, 30 or 60 */
  slotMinutes: Scalars['Int']['input'];
};

export type StoreHoursInput = {
  /** HH:mm; at or before opens when the store closes after midnight (07:00–02:00); 24:00 allowed */
  closes: Scalars['String']['input'];
  /** HH:mm */
  opens: Scalars['String']['input'];
  /** 0 = Sunday */
  weekday: Scalars['Int']['input'];
};

/** A product as one store sells it: that store's price and that store's stock. */
export type StoreProduct = {
  __typename?: 'StoreProduct';
  /** On hand minus reserved by open orders, never negative; 0 when not on sale here. */
  available: Scalars['Int']['output'];
  badges: Array<ProductBadge>;
  barcode: Scalars['String']['output'];
  categoryId: Scalars['ID']['output'];
  description: Scalars['String']['output'];
  /** The nearest other stores (at most 3) that can sell it now, nearest to this store first. */
  elsewhere: Array<ProductStockElsewhere>;
  /** The product's id. */
  id: Scalars['ID']['output'];
  /** The main image; null when the product has none, and the client shows its placeholder. */
  image: Maybe<ProductImage>;
  /** Every image of the product, the main one first (the product page's gallery). */
  images: Array<ProductImage>;
  maxPerOrder: Scalars['Int']['output'];
  /** Member price at this store, in fen; null when there is none. */
  memberPriceFen: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** False when the store has taken the product off sale (or never stocked it): it cannot be bought here. */
  onSale: Scalars['Boolean']['output'];
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

/** What staff mode's 门店设置 edits; the rest lives on the store itself. */
export type StoreSettings = {
  __typename?: 'StoreSettings';
  /** closures from today on, earliest first */
  closures: Array<StoreClosure>;
  store: Store;
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

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Staff of the store: its orders' changes as they commit (over SSE, or WebSocket with the
   * graphql-transport-ws protocol). Refused like staffOrderQueue: UNAUTHENTICATED, FORBIDDEN.
   */
  staffStoreEvents: StaffStoreEvent;
};


export type SubscriptionStaffStoreEventsArgs = {
  storeId: Scalars['ID']['input'];
};

export type ThresholdTier = {
  __typename?: 'ThresholdTier';
  amountOffFen: Scalars['Int']['output'];
  minSpendFen: Scalars['Int']['output'];
};

export type ThresholdTierInput = {
  amountOffFen: Scalars['Int']['input'];
  minSpendFen: Scalars['Int']['input'];
};

export type TillCoupon = {
  __typename?: 'TillCoupon';
  minSpendFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  userCouponId: Scalars['ID']['output'];
  validTo: Scalars['DateTime']['output'];
};

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

export type TillReceipt = {
  __typename?: 'TillReceipt';
  amountFen: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** points on the card after the earn */
  pointsBalance: Scalars['Int']['output'];
  pointsEarned: Scalars['Int']['output'];
  receiptNo: Scalars['String']['output'];
};

/** Accepted rotating card code: who the member is, and a short-lived till session for what follows. */
export type TillSession = {
  __typename?: 'TillSession';
  /** coupons the member can use in this store now */
  coupons: Array<TillCoupon>;
  expiresAt: Scalars['DateTime']['output'];
  member: TillMember;
  /**
   * pass to staffTillEarnPoints / staffRedeemCoupon / staffPlaceOrder; bound to this store and staff member.
   * Elsewhere it is refused with MEMBER_SESSION_OTHER_STORE or MEMBER_SESSION_OTHER_STAFF; after
   * expiresAt (or tampered) with MEMBER_CODE_INVALID.
   */
  tillToken: Scalars['String']['output'];
};

/** A product among the day's best sellers. */
export type TopProduct = {
  __typename?: 'TopProduct';
  /** null when the product has none (the client shows its placeholder) */
  image: Maybe<ProductImage>;
  name: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  /** units of orders paid today, the store supplied and nobody cancelled */
  quantity: Scalars['Int']['output'];
  /** what those units sold for after line discounts, in fen */
  salesFen: Scalars['Int']['output'];
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

export type NearbyStoreSummaryFragment = { __typename?: 'NearbyStore', distanceM: number, deliversHere: boolean, deliveryEstimateMinutes: number | null, pickupAvailable: boolean, store: { __typename?: 'Store', id: string, name: string, address: string, district: string, deliveryPaused: boolean, deliveryFeeFen: number, minOrderFen: number, openingStatus: { __typename?: 'OpeningStatus', isOpen: boolean, label: string } } };

export type NearbyStoresQueryVariables = Exact<{
  location: LocationInput;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NearbyStoresQuery = { __typename?: 'Query', nearbyStores: Array<{ __typename?: 'NearbyStore', distanceM: number, deliversHere: boolean, deliveryEstimateMinutes: number | null, pickupAvailable: boolean, store: { __typename?: 'Store', id: string, name: string, address: string, district: string, deliveryPaused: boolean, deliveryFeeFen: number, minOrderFen: number, openingStatus: { __typename?: 'OpeningStatus', isOpen: boolean, label: string } } }> };

export type PlacesQueryVariables = Exact<{
  keyword?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlacesQuery = { __typename?: 'Query', places: Array<{ __typename?: 'Place', kind: PlaceKind, name: string, district: string, location: { __typename?: 'GeoPoint', lat: number, lng: number } }> };

export type ProductCardFragment = { __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge>, image: { __typename?: 'ProductImage', thumb: string } | null };

export type SearchStoreProductsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchStoreProductsQuery = { __typename?: 'Query', searchStoreProducts: { __typename?: 'ProductSearchResult', nodes: Array<{ __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge>, image: { __typename?: 'ProductImage', thumb: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, suggestions: Array<{ __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge>, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type SearchHotWordsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type SearchHotWordsQuery = { __typename?: 'Query', searchHotWords: Array<string> };

export type StoreCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StoreCardQuery = { __typename?: 'Query', store: { __typename?: 'Store', id: string, name: string, address: string, district: string, deliveryFeeFen: number, minOrderFen: number, openingStatus: { __typename?: 'OpeningStatus', isOpen: boolean, label: string } } };

export type StoreCategoriesQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StoreCategoriesQuery = { __typename?: 'Query', storeCategories: Array<{ __typename?: 'Category', id: string, name: string, availableCount: number, children: Array<{ __typename?: 'Category', id: string, name: string, availableCount: number }> }> };

export type StoreProductQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
}>;


export type StoreProductQuery = { __typename?: 'Query', storeProduct: { __typename?: 'StoreProduct', description: string, barcode: string, maxPerOrder: number, onSale: boolean, id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge>, images: Array<{ __typename?: 'ProductImage', large: string }>, elsewhere: Array<{ __typename?: 'ProductStockElsewhere', distanceM: number, available: number, store: { __typename?: 'Store', id: string, name: string, address: string, openingStatus: { __typename?: 'OpeningStatus', isOpen: boolean, label: string } } }>, image: { __typename?: 'ProductImage', thumb: string } | null } };

export type StoreProductsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StoreProductsQuery = { __typename?: 'Query', storeProducts: { __typename?: 'StoreProductConnection', nodes: Array<{ __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge>, image: { __typename?: 'ProductImage', thumb: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type StoreSeenFromQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  location: LocationInput;
}>;


export type StoreSeenFromQuery = { __typename?: 'Query', storeSeenFrom: { __typename?: 'NearbyStore', distanceM: number, deliversHere: boolean, deliveryEstimateMinutes: number | null, pickupAvailable: boolean, store: { __typename?: 'Store', id: string, name: string, address: string, district: string, deliveryPaused: boolean, deliveryFeeFen: number, minOrderFen: number, openingStatus: { __typename?: 'OpeningStatus', isOpen: boolean, label: string } } } };

export type AddressFieldsFragment = { __typename?: 'Address', id: string, contactName: string, phone: string, detail: string, isDefault: boolean, location: { __typename?: 'GeoPoint', lat: number, lng: number } };

export type MyAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAddressesQuery = { __typename?: 'Query', myAddresses: Array<{ __typename?: 'Address', id: string, contactName: string, phone: string, detail: string, isDefault: boolean, location: { __typename?: 'GeoPoint', lat: number, lng: number } }> };

export type SaveAddressMutationVariables = Exact<{
  input: AddressInput;
}>;


export type SaveAddressMutation = { __typename?: 'Mutation', saveAddress: { __typename?: 'Address', id: string, contactName: string, phone: string, detail: string, isDefault: boolean, location: { __typename?: 'GeoPoint', lat: number, lng: number } } };

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


export type ProfileQuery = { __typename?: 'Query', demoLoginEnabled: boolean, viewer: { __typename?: 'Viewer', id: string, nickname: string | null, phone: string | null, isMember: boolean, staff: Array<{ __typename?: 'StaffAssignment', storeId: string | null, roleName: string }> } | null };

export type CampaignAdminFieldsFragment = { __typename?: 'Campaign', id: string, title: string, description: string, storeId: string | null, startsAt: string, endsAt: string, running: boolean, bannerImageId: string | null, banner: { __typename?: 'ProductImage', thumb: string, large: string } | null, coupons: Array<{ __typename?: 'CampaignCoupon', id: string, name: string, storeId: string | null }>, featured: Array<{ __typename?: 'CampaignProduct', id: string, name: string, active: boolean, image: { __typename?: 'ProductImage', thumb: string } | null }> };

export type MarketingCampaignsQueryVariables = Exact<{
  storeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MarketingCampaignsQuery = { __typename?: 'Query', marketingCampaigns: Array<{ __typename?: 'Campaign', id: string, title: string, description: string, storeId: string | null, startsAt: string, endsAt: string, running: boolean, bannerImageId: string | null, banner: { __typename?: 'ProductImage', thumb: string, large: string } | null, coupons: Array<{ __typename?: 'CampaignCoupon', id: string, name: string, storeId: string | null }>, featured: Array<{ __typename?: 'CampaignProduct', id: string, name: string, active: boolean, image: { __typename?: 'ProductImage', thumb: string } | null }> }> };

export type CampaignCouponChoicesQueryVariables = Exact<{
  storeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CampaignCouponChoicesQuery = { __typename?: 'Query', campaignCouponChoices: Array<{ __typename?: 'CampaignCoupon', id: string, name: string, minSpendFen: number, validTo: string, storeId: string | null }> };

export type CreateCampaignMutationVariables = Exact<{
  storeId?: InputMaybe<Scalars['ID']['input']>;
  input: CampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, title: string, description: string, storeId: string | null, startsAt: string, endsAt: string, running: boolean, bannerImageId: string | null, banner: { __typename?: 'ProductImage', thumb: string, large: string } | null, coupons: Array<{ __typename?: 'CampaignCoupon', id: string, name: string, storeId: string | null }>, featured: Array<{ __typename?: 'CampaignProduct', id: string, name: string, active: boolean, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type UpdateCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CampaignInput;
}>;


export type UpdateCampaignMutation = { __typename?: 'Mutation', updateCampaign: { __typename?: 'Campaign', id: string, title: string, description: string, storeId: string | null, startsAt: string, endsAt: string, running: boolean, bannerImageId: string | null, banner: { __typename?: 'ProductImage', thumb: string, large: string } | null, coupons: Array<{ __typename?: 'CampaignCoupon', id: string, name: string, storeId: string | null }>, featured: Array<{ __typename?: 'CampaignProduct', id: string, name: string, active: boolean, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type CampaignCouponFieldsFragment = { __typename?: 'CampaignCoupon', id: string, name: string, minSpendFen: number, validTo: string, available: boolean, claimedByViewer: boolean };

export type CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  storeId: Scalars['ID']['input'];
  withProducts: Scalars['Boolean']['input'];
}>;


export type CampaignQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, title: string, description: string, running: boolean, storeId: string | null, banner: { __typename?: 'ProductImage', large: string } | null, coupons: Array<{ __typename?: 'CampaignCoupon', id: string, name: string, minSpendFen: number, validTo: string, available: boolean, claimedByViewer: boolean }>, featuredProducts?: Array<{ __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge>, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type CampaignBannersQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type CampaignBannersQuery = { __typename?: 'Query', campaignBanners: Array<{ __typename?: 'Campaign', id: string, title: string, banner: { __typename?: 'ProductImage', large: string } | null }> };

export type ClaimCampaignCouponMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  couponId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ClaimCampaignCouponMutation = { __typename?: 'Mutation', claimCampaignCoupon: { __typename?: 'ClaimCouponResult', userCouponId: string, couponName: string, alreadyClaimed: boolean } };

export type CatalogProductFieldsFragment = { __typename?: 'CatalogProduct', id: string, barcode: string, name: string, description: string, unit: string, categoryId: string, categoryPath: string, status: ProductStatus, featured: boolean, basePriceFen: number, priceBandMinFen: number | null, priceBandMaxFen: number | null, images: Array<{ __typename?: 'CatalogImage', id: string, thumb: string, large: string }> };

export type CatalogProductsQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogProductsQuery = { __typename?: 'Query', catalogProducts: { __typename?: 'CatalogProductConnection', nodes: Array<{ __typename?: 'CatalogProduct', id: string, barcode: string, name: string, description: string, unit: string, categoryId: string, categoryPath: string, status: ProductStatus, featured: boolean, basePriceFen: number, priceBandMinFen: number | null, priceBandMaxFen: number | null, images: Array<{ __typename?: 'CatalogImage', id: string, thumb: string, large: string }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ProductCategoryChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductCategoryChoicesQuery = { __typename?: 'Query', productCategoryChoices: Array<{ __typename?: 'ProductCategoryChoice', id: string, path: string }> };

export type CreateProductMutationVariables = Exact<{
  input: ProductContentInput;
  basePriceFen: Scalars['Int']['input'];
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct: { __typename?: 'CatalogProduct', id: string, barcode: string, name: string, description: string, unit: string, categoryId: string, categoryPath: string, status: ProductStatus, featured: boolean, basePriceFen: number, priceBandMinFen: number | null, priceBandMaxFen: number | null, images: Array<{ __typename?: 'CatalogImage', id: string, thumb: string, large: string }> } };

export type UpdateProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProductContentInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', updateProduct: { __typename?: 'CatalogProduct', id: string, barcode: string, name: string, description: string, unit: string, categoryId: string, categoryPath: string, status: ProductStatus, featured: boolean, basePriceFen: number, priceBandMinFen: number | null, priceBandMaxFen: number | null, images: Array<{ __typename?: 'CatalogImage', id: string, thumb: string, large: string }> } };

export type SetProductPriceBandMutationVariables = Exact<{
  productId: Scalars['ID']['input'];
  minFen?: InputMaybe<Scalars['Int']['input']>;
  maxFen?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SetProductPriceBandMutation = { __typename?: 'Mutation', setProductPriceBand: { __typename?: 'ProductPriceBand', productId: string, priceBandMinFen: number | null, priceBandMaxFen: number | null } };

export type StaffTodayFiguresQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StaffTodayFiguresQuery = { __typename?: 'Query', staffTodayFigures: { __typename?: 'StoreDayFigures', date: string, lastWeekDate: string, orders: number, salesFen: number, averageTicketFen: number | null, pickedOrders: number, averagePickingSeconds: number | null, promisesDue: number, promisesKept: number, onTimeRate: number | null, lateOrders: number, refunds: number, refundedFen: number, hours: Array<{ __typename?: 'HourFigures', hour: number, orders: number | null, salesFen: number | null, lastWeekOrders: number, lastWeekSalesFen: number }>, topProducts: Array<{ __typename?: 'TopProduct', productId: string, name: string, quantity: number, salesFen: number, image: { __typename?: 'ProductImage', thumb: string } | null }>, qrFunnel: { __typename?: 'QrFunnel', scans: number, visitors: number, orders: number, repeatOrders: number } } };

export type IntegrationClientFieldsFragment = { __typename?: 'IntegrationClient', id: string, name: string, storeId: string | null, webhookUrl: string | null, createdAt: string, keys: Array<{ __typename?: 'IntegrationKey', id: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, active: boolean }> };

export type IntegrationCredentialFieldsFragment = { __typename?: 'IntegrationCredential', keyId: string, secret: string, client: { __typename?: 'IntegrationClient', id: string, name: string, storeId: string | null, webhookUrl: string | null, createdAt: string, keys: Array<{ __typename?: 'IntegrationKey', id: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, active: boolean }> } };

export type IntegrationClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationClientsQuery = { __typename?: 'Query', integrationClients: Array<{ __typename?: 'IntegrationClient', id: string, name: string, storeId: string | null, webhookUrl: string | null, createdAt: string, keys: Array<{ __typename?: 'IntegrationKey', id: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, active: boolean }> }> };

export type IntegrationDeliveriesQueryVariables = Exact<{
  clientId: Scalars['ID']['input'];
  status?: InputMaybe<IntegrationDeliveryStatus>;
}>;


export type IntegrationDeliveriesQuery = { __typename?: 'Query', integrationDeliveries: Array<{ __typename?: 'IntegrationDelivery', eventId: string, kind: string, status: IntegrationDeliveryStatus, attempts: number, nextAttemptAt: string, lastError: string | null, deliveredAt: string | null, createdAt: string }> };

export type CreateIntegrationClientMutationVariables = Exact<{
  name: Scalars['String']['input'];
  storeId?: InputMaybe<Scalars['ID']['input']>;
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateIntegrationClientMutation = { __typename?: 'Mutation', createIntegrationClient: { __typename?: 'IntegrationCredential', keyId: string, secret: string, client: { __typename?: 'IntegrationClient', id: string, name: string, storeId: string | null, webhookUrl: string | null, createdAt: string, keys: Array<{ __typename?: 'IntegrationKey', id: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, active: boolean }> } } };

export type SetIntegrationWebhookMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetIntegrationWebhookMutation = { __typename?: 'Mutation', setIntegrationWebhook: { __typename?: 'IntegrationClient', id: string, name: string, storeId: string | null, webhookUrl: string | null, createdAt: string, keys: Array<{ __typename?: 'IntegrationKey', id: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, active: boolean }> } };

export type RotateIntegrationKeyMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
  overlapHours?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RotateIntegrationKeyMutation = { __typename?: 'Mutation', rotateIntegrationKey: { __typename?: 'IntegrationCredential', keyId: string, secret: string, client: { __typename?: 'IntegrationClient', id: string, name: string, storeId: string | null, webhookUrl: string | null, createdAt: string, keys: Array<{ __typename?: 'IntegrationKey', id: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, active: boolean }> } } };

export type RevokeIntegrationKeyMutationVariables = Exact<{
  keyId: Scalars['ID']['input'];
}>;


export type RevokeIntegrationKeyMutation = { __typename?: 'Mutation', revokeIntegrationKey: { __typename?: 'IntegrationKey', id: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, active: boolean } };

export type PromotionFieldsFragment = { __typename?: 'Promotion', id: string, name: string, kind: PromotionKind, storeIds: Array<string>, productIds: Array<string>, categoryIds: Array<string>, memberOnly: boolean, quantity: number | null, percentOff: number | null, priority: number, startsAt: string, endsAt: string, active: boolean, status: MarketingStatus, terms: string, products: Array<{ __typename?: 'PromotionProduct', id: string, name: string }>, tiers: Array<{ __typename?: 'ThresholdTier', minSpendFen: number, amountOffFen: number }> };

export type CouponTemplateFieldsFragment = { __typename?: 'CouponTemplate', id: string, name: string, kind: CouponKind, value: number, maxDiscountFen: number | null, minSpendFen: number, storeId: string | null, fulfilment: FulfilmentType | null, validFrom: string, validTo: string, totalQuantity: number | null, issuedCount: number, perUserLimit: number, grantOnJoin: boolean, status: MarketingStatus, terms: string };

export type CouponGrantBatchFieldsFragment = { __typename?: 'CouponGrantBatch', id: string, total: number, granted: number, skipped: number, failed: number, finished: boolean, problems: Array<{ __typename?: 'CouponGrantRow', position: number, identifier: string, status: CouponGrantRowStatus, reason: string | null }> };

export type MarketingQueryVariables = Exact<{
  storeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MarketingQuery = { __typename?: 'Query', promotionStackingRules: Array<string>, promotions: Array<{ __typename?: 'Promotion', id: string, name: string, kind: PromotionKind, storeIds: Array<string>, productIds: Array<string>, categoryIds: Array<string>, memberOnly: boolean, quantity: number | null, percentOff: number | null, priority: number, startsAt: string, endsAt: string, active: boolean, status: MarketingStatus, terms: string, products: Array<{ __typename?: 'PromotionProduct', id: string, name: string }>, tiers: Array<{ __typename?: 'ThresholdTier', minSpendFen: number, amountOffFen: number }> }>, couponTemplates: Array<{ __typename?: 'CouponTemplate', id: string, name: string, kind: CouponKind, value: number, maxDiscountFen: number | null, minSpendFen: number, storeId: string | null, fulfilment: FulfilmentType | null, validFrom: string, validTo: string, totalQuantity: number | null, issuedCount: number, perUserLimit: number, grantOnJoin: boolean, status: MarketingStatus, terms: string }> };

export type PreviewPromotionQueryVariables = Exact<{
  input: PromotionPreviewInput;
}>;


export type PreviewPromotionQuery = { __typename?: 'Query', previewPromotion: { __typename?: 'PromotionPreview', originalTotalFen: number, memberDiscountFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, payableFen: number, draftApplied: boolean, hints: Array<string>, lines: Array<{ __typename?: 'QuoteLine', productId: string, name: string, quantity: number, lineTotalFen: number, discountFen: number, payableFen: number }> } };

export type CreatePromotionMutationVariables = Exact<{
  input: PromotionInput;
}>;


export type CreatePromotionMutation = { __typename?: 'Mutation', createPromotion: { __typename?: 'Promotion', id: string, name: string, kind: PromotionKind, storeIds: Array<string>, productIds: Array<string>, categoryIds: Array<string>, memberOnly: boolean, quantity: number | null, percentOff: number | null, priority: number, startsAt: string, endsAt: string, active: boolean, status: MarketingStatus, terms: string, products: Array<{ __typename?: 'PromotionProduct', id: string, name: string }>, tiers: Array<{ __typename?: 'ThresholdTier', minSpendFen: number, amountOffFen: number }> } };

export type UpdatePromotionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PromotionInput;
}>;


export type UpdatePromotionMutation = { __typename?: 'Mutation', updatePromotion: { __typename?: 'Promotion', id: string, name: string, kind: PromotionKind, storeIds: Array<string>, productIds: Array<string>, categoryIds: Array<string>, memberOnly: boolean, quantity: number | null, percentOff: number | null, priority: number, startsAt: string, endsAt: string, active: boolean, status: MarketingStatus, terms: string, products: Array<{ __typename?: 'PromotionProduct', id: string, name: string }>, tiers: Array<{ __typename?: 'ThresholdTier', minSpendFen: number, amountOffFen: number }> } };

export type CreateCouponTemplateMutationVariables = Exact<{
  input: CouponTemplateInput;
}>;


export type CreateCouponTemplateMutation = { __typename?: 'Mutation', createCouponTemplate: { __typename?: 'CouponTemplate', id: string, name: string, kind: CouponKind, value: number, maxDiscountFen: number | null, minSpendFen: number, storeId: string | null, fulfilment: FulfilmentType | null, validFrom: string, validTo: string, totalQuantity: number | null, issuedCount: number, perUserLimit: number, grantOnJoin: boolean, status: MarketingStatus, terms: string } };

export type UpdateCouponTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CouponTemplateInput;
}>;


export type UpdateCouponTemplateMutation = { __typename?: 'Mutation', updateCouponTemplate: { __typename?: 'CouponTemplate', id: string, name: string, kind: CouponKind, value: number, maxDiscountFen: number | null, minSpendFen: number, storeId: string | null, fulfilment: FulfilmentType | null, validFrom: string, validTo: string, totalQuantity: number | null, issuedCount: number, perUserLimit: number, grantOnJoin: boolean, status: MarketingStatus, terms: string } };

export type GrantCouponsMutationVariables = Exact<{
  input: GrantCouponsInput;
}>;


export type GrantCouponsMutation = { __typename?: 'Mutation', grantCoupons: { __typename?: 'CouponGrantBatch', id: string, total: number, granted: number, skipped: number, failed: number, finished: boolean, problems: Array<{ __typename?: 'CouponGrantRow', position: number, identifier: string, status: CouponGrantRowStatus, reason: string | null }> } };

export type CouponGrantBatchQueryVariables = Exact<{
  idempotencyKey: Scalars['String']['input'];
}>;


export type CouponGrantBatchQuery = { __typename?: 'Query', couponGrantBatch: { __typename?: 'CouponGrantBatch', id: string, total: number, granted: number, skipped: number, failed: number, finished: boolean, problems: Array<{ __typename?: 'CouponGrantRow', position: number, identifier: string, status: CouponGrantRowStatus, reason: string | null }> } | null };

export type MyMemberCardQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMemberCardQuery = { __typename?: 'Query', myMemberCard: { __typename?: 'MemberCard', id: string, cardNo: string, tier: MemberTier, tierName: string, spendLast12MonthsFen: number, memberPriceEligible: boolean, storedValueFen: number, usableCouponCount: number, nextTier: { __typename?: 'NextTier', name: string, thresholdFen: number, fromFen: number, remainingFen: number } | null, points: { __typename?: 'PointsBalance', total: number, available: number, frozen: number, availableValueFen: number } } | null };

export type MemberCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberCodeQuery = { __typename?: 'Query', serverTime: string, memberCode: { __typename?: 'MemberCode', digits: string, qrPayload: string, shortCode: string, expiresAt: string, periodSeconds: number } };

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

export type MemberCouponsQueryVariables = Exact<{
  state: MemberCouponState;
}>;


export type MemberCouponsQuery = { __typename?: 'Query', myMemberCard: { __typename?: 'MemberCard', id: string, coupons: Array<{ __typename?: 'MemberCoupon', id: string, name: string, terms: string, scope: string, validTo: string, usedAt: string | null, state: MemberCouponState }> } | null };

export type CartFieldsFragment = { __typename?: 'Cart', storeId: string, updatedAt: string | null, items: Array<{ __typename?: 'CartItem', productId: string, name: string, unit: string, quantity: number, priceFen: number, memberPriceFen: number | null, available: number, maxPerOrder: number, image: { __typename?: 'ProductImage', thumb: string } | null }> };

export type CartQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type CartQuery = { __typename?: 'Query', cart: { __typename?: 'Cart', storeId: string, updatedAt: string | null, items: Array<{ __typename?: 'CartItem', productId: string, name: string, unit: string, quantity: number, priceFen: number, memberPriceFen: number | null, available: number, maxPerOrder: number, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type SetCartItemMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
}>;


export type SetCartItemMutation = { __typename?: 'Mutation', setCartItem: { __typename?: 'Cart', storeId: string, updatedAt: string | null, items: Array<{ __typename?: 'CartItem', productId: string, name: string, unit: string, quantity: number, priceFen: number, memberPriceFen: number | null, available: number, maxPerOrder: number, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type QuoteFieldsFragment = { __typename?: 'Quote', storeId: string, fulfilment: FulfilmentType, originalTotalFen: number, memberDiscountFen: number, itemsTotalFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, payableFen: number, savedFen: number, belowMinimumFen: number, maxPointsUsable: number, pointsAvailable: number, isMember: boolean, bestUserCouponId: string | null, bestOfferHint: string | null, lines: Array<{ __typename?: 'QuoteLine', productId: string, name: string, quantity: number, priceFen: number, unitPriceFen: number, lineTotalFen: number, discountFen: number, payableFen: number, adjustments: Array<{ __typename?: 'PriceAdjustment', kind: PriceAdjustmentKind, label: string, amountFen: number }> }>, hints: Array<{ __typename?: 'OfferHint', kind: OfferHintKind, message: string, shortfall: number }>, coupons: Array<{ __typename?: 'CouponOption', userCouponId: string, name: string, applicable: boolean, reason: string | null, discountFen: number, validTo: string }>, promise: { __typename?: 'DeliveryPromise', slotStart: string, label: string } };

export type QuoteQueryVariables = Exact<{
  input: CheckoutInput;
}>;


export type QuoteQuery = { __typename?: 'Query', quote: { __typename?: 'Quote', storeId: string, fulfilment: FulfilmentType, originalTotalFen: number, memberDiscountFen: number, itemsTotalFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, payableFen: number, savedFen: number, belowMinimumFen: number, maxPointsUsable: number, pointsAvailable: number, isMember: boolean, bestUserCouponId: string | null, bestOfferHint: string | null, lines: Array<{ __typename?: 'QuoteLine', productId: string, name: string, quantity: number, priceFen: number, unitPriceFen: number, lineTotalFen: number, discountFen: number, payableFen: number, adjustments: Array<{ __typename?: 'PriceAdjustment', kind: PriceAdjustmentKind, label: string, amountFen: number }> }>, hints: Array<{ __typename?: 'OfferHint', kind: OfferHintKind, message: string, shortfall: number }>, coupons: Array<{ __typename?: 'CouponOption', userCouponId: string, name: string, applicable: boolean, reason: string | null, discountFen: number, validTo: string }>, promise: { __typename?: 'DeliveryPromise', slotStart: string, label: string } } };

export type CartQuoteQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  items: Array<CheckoutItemInput> | CheckoutItemInput;
}>;


export type CartQuoteQuery = { __typename?: 'Query', cartQuote: { __typename?: 'CartQuote', quote: { __typename?: 'Quote', storeId: string, fulfilment: FulfilmentType, originalTotalFen: number, memberDiscountFen: number, itemsTotalFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, payableFen: number, savedFen: number, belowMinimumFen: number, maxPointsUsable: number, pointsAvailable: number, isMember: boolean, bestUserCouponId: string | null, bestOfferHint: string | null, lines: Array<{ __typename?: 'QuoteLine', productId: string, name: string, quantity: number, priceFen: number, unitPriceFen: number, lineTotalFen: number, discountFen: number, payableFen: number, adjustments: Array<{ __typename?: 'PriceAdjustment', kind: PriceAdjustmentKind, label: string, amountFen: number }> }>, hints: Array<{ __typename?: 'OfferHint', kind: OfferHintKind, message: string, shortfall: number }>, coupons: Array<{ __typename?: 'CouponOption', userCouponId: string, name: string, applicable: boolean, reason: string | null, discountFen: number, validTo: string }>, promise: { __typename?: 'DeliveryPromise', slotStart: string, label: string } }, addOns: { __typename?: 'AddOns', kind: OfferHintKind, shortfallFen: number, message: string, products: Array<{ __typename?: 'StoreProduct', id: string, name: string, unit: string, priceFen: number, memberPriceFen: number | null, available: number, badges: Array<ProductBadge>, image: { __typename?: 'ProductImage', thumb: string } | null }> } | null } };

export type FulfilmentSlotsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type FulfilmentSlotsQuery = { __typename?: 'Query', fulfilmentSlots: Array<{ __typename?: 'FulfilmentSlot', slotStart: string, remaining: number, available: boolean, deliveryLabel: string, pickupLabel: string }> };

export type OrderSummaryFieldsFragment = { __typename?: 'Order', id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, quantity: number, image: { __typename?: 'ProductImage', thumb: string } | null }> };

export type OrderFieldsFragment = { __typename?: 'Order', originalTotalFen: number, memberDiscountFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, refundedFen: number, payBefore: string | null, pickupQrContent: string | null, note: string | null, paidAt: string | null, completedAt: string | null, cancelledAt: string | null, id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, store: { __typename?: 'Store', id: string, name: string, address: string, phone: string, openingStatus: { __typename?: 'OpeningStatus', label: string } }, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, unitPriceFen: number, lineTotalFen: number, lineDiscountFen: number, outOfStock: boolean, substitute: { __typename?: 'OrderItemSubstitute', name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }>, address: { __typename?: 'OrderAddress', contactName: string, phone: string, detail: string } | null, events: Array<{ __typename?: 'OrderEvent', from: OrderStatus | null, to: OrderStatus, actorRole: string, reason: string, at: string }> };

export type PlaceOrderMutationVariables = Exact<{
  input: CheckoutInput;
  idempotencyKey: Scalars['String']['input'];
  expectedPayableFen: Scalars['Int']['input'];
}>;


export type PlaceOrderMutation = { __typename?: 'Mutation', placeOrder: { __typename?: 'Order', originalTotalFen: number, memberDiscountFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, refundedFen: number, payBefore: string | null, pickupQrContent: string | null, note: string | null, paidAt: string | null, completedAt: string | null, cancelledAt: string | null, id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, store: { __typename?: 'Store', id: string, name: string, address: string, phone: string, openingStatus: { __typename?: 'OpeningStatus', label: string } }, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, unitPriceFen: number, lineTotalFen: number, lineDiscountFen: number, outOfStock: boolean, substitute: { __typename?: 'OrderItemSubstitute', name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }>, address: { __typename?: 'OrderAddress', contactName: string, phone: string, detail: string } | null, events: Array<{ __typename?: 'OrderEvent', from: OrderStatus | null, to: OrderStatus, actorRole: string, reason: string, at: string }> } };

export type PayOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  method: PaymentMethod;
}>;


export type PayOrderMutation = { __typename?: 'Mutation', payOrder: { __typename?: 'PaymentOutcome', order: { __typename?: 'Order', originalTotalFen: number, memberDiscountFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, refundedFen: number, payBefore: string | null, pickupQrContent: string | null, note: string | null, paidAt: string | null, completedAt: string | null, cancelledAt: string | null, id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, store: { __typename?: 'Store', id: string, name: string, address: string, phone: string, openingStatus: { __typename?: 'OpeningStatus', label: string } }, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, unitPriceFen: number, lineTotalFen: number, lineDiscountFen: number, outOfStock: boolean, substitute: { __typename?: 'OrderItemSubstitute', name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }>, address: { __typename?: 'OrderAddress', contactName: string, phone: string, detail: string } | null, events: Array<{ __typename?: 'OrderEvent', from: OrderStatus | null, to: OrderStatus, actorRole: string, reason: string, at: string }> }, wechat: { __typename?: 'WechatPaymentParams', timeStamp: string, nonceStr: string, package: string, signType: string, paySign: string } | null } };

export type SyncPaymentMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type SyncPaymentMutation = { __typename?: 'Mutation', syncPayment: { __typename?: 'Order', originalTotalFen: number, memberDiscountFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, refundedFen: number, payBefore: string | null, pickupQrContent: string | null, note: string | null, paidAt: string | null, completedAt: string | null, cancelledAt: string | null, id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, store: { __typename?: 'Store', id: string, name: string, address: string, phone: string, openingStatus: { __typename?: 'OpeningStatus', label: string } }, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, unitPriceFen: number, lineTotalFen: number, lineDiscountFen: number, outOfStock: boolean, substitute: { __typename?: 'OrderItemSubstitute', name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }>, address: { __typename?: 'OrderAddress', contactName: string, phone: string, detail: string } | null, events: Array<{ __typename?: 'OrderEvent', from: OrderStatus | null, to: OrderStatus, actorRole: string, reason: string, at: string }> } };

export type MyOrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<OrderStatus> | OrderStatus>;
}>;


export type MyOrdersQuery = { __typename?: 'Query', myOrders: Array<{ __typename?: 'Order', id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, quantity: number, image: { __typename?: 'ProductImage', thumb: string } | null }> }> };

export type OrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderQuery = { __typename?: 'Query', order: { __typename?: 'Order', originalTotalFen: number, memberDiscountFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, refundedFen: number, payBefore: string | null, pickupQrContent: string | null, note: string | null, paidAt: string | null, completedAt: string | null, cancelledAt: string | null, id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, store: { __typename?: 'Store', id: string, name: string, address: string, phone: string, openingStatus: { __typename?: 'OpeningStatus', label: string } }, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, unitPriceFen: number, lineTotalFen: number, lineDiscountFen: number, outOfStock: boolean, substitute: { __typename?: 'OrderItemSubstitute', name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }>, address: { __typename?: 'OrderAddress', contactName: string, phone: string, detail: string } | null, events: Array<{ __typename?: 'OrderEvent', from: OrderStatus | null, to: OrderStatus, actorRole: string, reason: string, at: string }> } };

export type CancelOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelOrderMutation = { __typename?: 'Mutation', cancelOrder: { __typename?: 'Order', originalTotalFen: number, memberDiscountFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, refundedFen: number, payBefore: string | null, pickupQrContent: string | null, note: string | null, paidAt: string | null, completedAt: string | null, cancelledAt: string | null, id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, store: { __typename?: 'Store', id: string, name: string, address: string, phone: string, openingStatus: { __typename?: 'OpeningStatus', label: string } }, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, unitPriceFen: number, lineTotalFen: number, lineDiscountFen: number, outOfStock: boolean, substitute: { __typename?: 'OrderItemSubstitute', name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }>, address: { __typename?: 'OrderAddress', contactName: string, phone: string, detail: string } | null, events: Array<{ __typename?: 'OrderEvent', from: OrderStatus | null, to: OrderStatus, actorRole: string, reason: string, at: string }> } };

export type RequestRefundMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RequestRefundMutation = { __typename?: 'Mutation', requestRefund: { __typename?: 'Order', originalTotalFen: number, memberDiscountFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, refundedFen: number, payBefore: string | null, pickupQrContent: string | null, note: string | null, paidAt: string | null, completedAt: string | null, cancelledAt: string | null, id: string, orderNo: string, storeId: string, fulfilment: FulfilmentType, status: OrderStatus, statusLabel: string, payableFen: number, promiseStart: string, promiseEnd: string, createdAt: string, pickupCode: string | null, store: { __typename?: 'Store', id: string, name: string, address: string, phone: string, openingStatus: { __typename?: 'OpeningStatus', label: string } }, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, unitPriceFen: number, lineTotalFen: number, lineDiscountFen: number, outOfStock: boolean, substitute: { __typename?: 'OrderItemSubstitute', name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }>, address: { __typename?: 'OrderAddress', contactName: string, phone: string, detail: string } | null, events: Array<{ __typename?: 'OrderEvent', from: OrderStatus | null, to: OrderStatus, actorRole: string, reason: string, at: string }> } };

export type ReorderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type ReorderMutation = { __typename?: 'Mutation', reorder: { __typename?: 'ReorderResult', cart: { __typename?: 'Cart', storeId: string, updatedAt: string | null, items: Array<{ __typename?: 'CartItem', productId: string, name: string, unit: string, quantity: number, priceFen: number, memberPriceFen: number | null, available: number, maxPerOrder: number, image: { __typename?: 'ProductImage', thumb: string } | null }> }, shortfalls: Array<{ __typename?: 'ReorderShortfall', productId: string, name: string, wanted: number, added: number, reason: string }> } };

export type StaffRoleDefinitionFieldsFragment = { __typename?: 'StaffRoleDefinition', key: string, name: string, permissions: Array<Permission>, builtIn: boolean };

export type StaffPeopleQueryVariables = Exact<{
  storeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffPeopleQuery = { __typename?: 'Query', staffMembers: Array<{ __typename?: 'StaffMember', assignmentId: string, userId: string, name: string | null, phone: string | null, since: string, role: { __typename?: 'StaffRoleDefinition', key: string, name: string, permissions: Array<Permission>, builtIn: boolean } }>, staffInvitations: Array<{ __typename?: 'StaffInvitation', id: string, state: string, createdAt: string, expiresAt: string, usedAt: string | null, usedByName: string | null, creatorName: string | null, role: { __typename?: 'StaffRoleDefinition', key: string, name: string, permissions: Array<Permission>, builtIn: boolean } }>, staffGrantableRoles: Array<{ __typename?: 'StaffRoleDefinition', key: string, name: string, permissions: Array<Permission>, builtIn: boolean }> };

export type CreateStaffInvitationMutationVariables = Exact<{
  storeId?: InputMaybe<Scalars['ID']['input']>;
  roleKey: Scalars['String']['input'];
}>;


export type CreateStaffInvitationMutation = { __typename?: 'Mutation', createStaffInvitation: { __typename?: 'StaffInvitationCode', invitationId: string, code: string, qrContent: string, expiresAt: string, role: { __typename?: 'StaffRoleDefinition', key: string, name: string, permissions: Array<Permission>, builtIn: boolean } } };

export type RevokeStaffInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeStaffInvitationMutation = { __typename?: 'Mutation', revokeStaffInvitation: { __typename?: 'StaffInvitation', id: string, state: string } };

export type RemoveStaffMemberMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
}>;


export type RemoveStaffMemberMutation = { __typename?: 'Mutation', removeStaffMember: boolean };

export type JoinStaffMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type JoinStaffMutation = { __typename?: 'Mutation', joinStaff: { __typename?: 'StaffAssignment', storeId: string | null, roleName: string } };

export type AuditTrailQueryVariables = Exact<{
  storeId?: InputMaybe<Scalars['ID']['input']>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditTrailQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditPage', entries: Array<{ __typename?: 'AuditEntry', id: string, at: string, actorUserId: string, actorName: string | null, storeName: string | null, kind: string, kindLabel: string, subject: string, changes: Array<{ __typename?: 'AuditChange', field: string, before: string | null, after: string | null }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type StaffRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffRolesQuery = { __typename?: 'Query', staffRoles: Array<{ __typename?: 'StaffRoleDefinition', key: string, name: string, permissions: Array<Permission>, builtIn: boolean }>, staffPermissions: Array<{ __typename?: 'PermissionInfo', permission: Permission, name: string }> };

export type SaveStaffRoleMutationVariables = Exact<{
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  permissions: Array<Permission> | Permission;
}>;


export type SaveStaffRoleMutation = { __typename?: 'Mutation', saveStaffRole: { __typename?: 'StaffRoleDefinition', key: string, name: string, permissions: Array<Permission>, builtIn: boolean } };

export type QrCodeAdminFieldsFragment = { __typename?: 'QrCode', id: string, scene: string, kind: QrTargetKind, label: string, productId: string | null, productName: string | null, campaignId: string | null, campaignTitle: string | null, disabledAt: string | null, expiresAt: string | null, active: boolean, posterPngPath: string, posterSvgPath: string, wxacodePath: string };

export type QrStatsFieldsFragment = { __typename?: 'QrStats', scans: number, uniqueVisitors: number, orders: number, paidOrders: number, revenueFen: number, repeatOrders: number, repeatShoppers: number };

export type StoreQrCodesQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StoreQrCodesQuery = { __typename?: 'Query', storeQrCodes: Array<{ __typename?: 'QrCode', id: string, scene: string, kind: QrTargetKind, label: string, productId: string | null, productName: string | null, campaignId: string | null, campaignTitle: string | null, disabledAt: string | null, expiresAt: string | null, active: boolean, posterPngPath: string, posterSvgPath: string, wxacodePath: string }> };

export type CreateQrCodeMutationVariables = Exact<{
  input: CreateQrCodeInput;
}>;


export type CreateQrCodeMutation = { __typename?: 'Mutation', createQrCode: { __typename?: 'QrCode', id: string, scene: string, kind: QrTargetKind, label: string, productId: string | null, productName: string | null, campaignId: string | null, campaignTitle: string | null, disabledAt: string | null, expiresAt: string | null, active: boolean, posterPngPath: string, posterSvgPath: string, wxacodePath: string } };

export type SetQrCodeDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetQrCodeDisabledMutation = { __typename?: 'Mutation', setQrCodeDisabled: { __typename?: 'QrCode', id: string, scene: string, kind: QrTargetKind, label: string, productId: string | null, productName: string | null, campaignId: string | null, campaignTitle: string | null, disabledAt: string | null, expiresAt: string | null, active: boolean, posterPngPath: string, posterSvgPath: string, wxacodePath: string } };

export type QrReportQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type QrReportQuery = { __typename?: 'Query', qrReport: { __typename?: 'QrReport', from: string, to: string, codes: Array<{ __typename?: 'QrCodeReport', code: { __typename?: 'QrCode', id: string, label: string, scene: string }, stats: { __typename?: 'QrStats', scans: number, uniqueVisitors: number, orders: number, paidOrders: number, revenueFen: number, repeatOrders: number, repeatShoppers: number } }>, campaigns: Array<{ __typename?: 'CampaignReport', campaign: { __typename?: 'Campaign', id: string, title: string }, stats: { __typename?: 'QrStats', scans: number, uniqueVisitors: number, orders: number, paidOrders: number, revenueFen: number, repeatOrders: number, repeatShoppers: number } }> } };

export type StoreCampaignsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StoreCampaignsQuery = { __typename?: 'Query', storeCampaigns: Array<{ __typename?: 'Campaign', id: string, title: string, storeId: string | null, startsAt: string, endsAt: string, running: boolean }> };

export type ResolveSceneMutationVariables = Exact<{
  scene: Scalars['String']['input'];
  visitorId: Scalars['String']['input'];
}>;


export type ResolveSceneMutation = { __typename?: 'Mutation', resolveScene: { __typename?: 'SceneTarget', kind: QrTargetKind, scene: string, storeId: string, storeName: string, productId: string | null, campaignId: string | null } };

export type ClaimVisitorScansMutationVariables = Exact<{
  visitorId: Scalars['String']['input'];
}>;


export type ClaimVisitorScansMutation = { __typename?: 'Mutation', claimVisitorScans: number };

export type StaffStoreEventsSubscriptionVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StaffStoreEventsSubscription = { __typename?: 'Subscription', staffStoreEvents: { __typename?: 'StaffStoreEvent', type: StaffStoreEventType, storeId: string, orderId: string | null, orderNo: string | null, status: OrderStatus | null, at: string } };

export type StaffOrderFieldsFragment = { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> };

export type StaffOrderQueryVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type StaffOrderQuery = { __typename?: 'Query', staffOrder: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffStoresQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffStoresQuery = { __typename?: 'Query', staffChainPermissions: Array<Permission>, staffStores: Array<{ __typename?: 'StaffStore', storeId: string, name: string, roleName: string, permissions: Array<Permission> }> };

export type StaffOrderQueueQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  cursor?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffOrderQueueQuery = { __typename?: 'Query', staffOrderQueue: { __typename?: 'StaffQueue', cursor: string, changed: boolean, serverTime: string, entries: Array<{ __typename?: 'StaffQueueEntry', ageMinutes: number, minutesLeft: number, atRisk: boolean, late: boolean, order: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } }> } };

export type StaffLookupPickupQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type StaffLookupPickupQuery = { __typename?: 'Query', staffLookupPickup: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffAcceptOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type StaffAcceptOrderMutation = { __typename?: 'Mutation', staffAcceptOrder: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffMarkItemsPickedMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  itemIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type StaffMarkItemsPickedMutation = { __typename?: 'Mutation', staffMarkItemsPicked: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffMarkItemsOutOfStockMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  itemIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffMarkItemsOutOfStockMutation = { __typename?: 'Mutation', staffMarkItemsOutOfStock: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffSubstituteItemMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
}>;


export type StaffSubstituteItemMutation = { __typename?: 'Mutation', staffSubstituteItem: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffOrderReadyMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type StaffOrderReadyMutation = { __typename?: 'Mutation', staffOrderReady: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffCompleteDeliveryMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type StaffCompleteDeliveryMutation = { __typename?: 'Mutation', staffCompleteDelivery: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffConfirmPickupMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type StaffConfirmPickupMutation = { __typename?: 'Mutation', staffConfirmPickup: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffScanMemberMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type StaffScanMemberMutation = { __typename?: 'Mutation', staffScanMember: { __typename?: 'TillSession', tillToken: string, expiresAt: string, member: { __typename?: 'TillMember', cardNo: string, tierName: string, nickname: string | null, pointsAvailable: number }, coupons: Array<{ __typename?: 'TillCoupon', userCouponId: string, name: string, minSpendFen: number }> } };

export type StaffTillEarnPointsMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  tillToken: Scalars['String']['input'];
  receiptNo: Scalars['String']['input'];
  amountFen: Scalars['Int']['input'];
}>;


export type StaffTillEarnPointsMutation = { __typename?: 'Mutation', staffTillEarnPoints: { __typename?: 'TillReceipt', receiptNo: string, amountFen: number, pointsEarned: number, pointsBalance: number } };

export type StaffRedeemCouponMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  tillToken: Scalars['String']['input'];
  userCouponId: Scalars['ID']['input'];
}>;


export type StaffRedeemCouponMutation = { __typename?: 'Mutation', staffRedeemCoupon: { __typename?: 'TillCoupon', userCouponId: string, name: string } };

export type StaffPlaceOrderMutationVariables = Exact<{
  input: StaffPlaceOrderInput;
}>;


export type StaffPlaceOrderMutation = { __typename?: 'Mutation', staffPlaceOrder: { __typename?: 'Order', id: string, orderNo: string, status: OrderStatus, statusLabel: string, fulfilment: FulfilmentType, payableFen: number, refundedFen: number, promiseEnd: string, note: string | null, items: Array<{ __typename?: 'OrderItem', id: string, productId: string, name: string, unit: string, quantity: number, picked: boolean, outOfStock: boolean, barcode: string, categoryName: string, categorySortOrder: number, outOfStockRefundFen: number, shortQuantity: number, substitute: { __typename?: 'OrderItemSubstitute', productId: string, name: string } | null, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type StaffQuoteQueryVariables = Exact<{
  input: StaffQuoteInput;
}>;


export type StaffQuoteQuery = { __typename?: 'Query', staffQuote: { __typename?: 'StaffQuote', member: { __typename?: 'TillMember', cardNo: string, tierName: string, nickname: string | null, pointsAvailable: number }, quote: { __typename?: 'Quote', storeId: string, fulfilment: FulfilmentType, originalTotalFen: number, memberDiscountFen: number, itemsTotalFen: number, itemPromotionDiscountFen: number, thresholdDiscountFen: number, couponDiscountFen: number, pointsUsed: number, pointsDiscountFen: number, deliveryFeeFen: number, payableFen: number, savedFen: number, belowMinimumFen: number, maxPointsUsable: number, pointsAvailable: number, isMember: boolean, bestUserCouponId: string | null, bestOfferHint: string | null, lines: Array<{ __typename?: 'QuoteLine', productId: string, name: string, quantity: number, priceFen: number, unitPriceFen: number, lineTotalFen: number, discountFen: number, payableFen: number, adjustments: Array<{ __typename?: 'PriceAdjustment', kind: PriceAdjustmentKind, label: string, amountFen: number }> }>, hints: Array<{ __typename?: 'OfferHint', kind: OfferHintKind, message: string, shortfall: number }>, coupons: Array<{ __typename?: 'CouponOption', userCouponId: string, name: string, applicable: boolean, reason: string | null, discountFen: number, validTo: string }>, promise: { __typename?: 'DeliveryPromise', slotStart: string, label: string } } } };

export type StaffStockQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type StaffStockQuery = { __typename?: 'Query', staffStock: { __typename?: 'StaffStockLine', productId: string, name: string, barcode: string, onHand: number, reserved: number, available: number, movements: Array<{ __typename?: 'InventoryMovement', id: string, kind: string, onHandFrom: number, onHandTo: number, reason: string, actorName: string | null, at: string }> } };

export type StaffSetStockCountMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  onHand: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type StaffSetStockCountMutation = { __typename?: 'Mutation', staffSetStockCount: { __typename?: 'StaffStockLine', productId: string, onHand: number, reserved: number, available: number } };

export type StaffMarkOutOfStockMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type StaffMarkOutOfStockMutation = { __typename?: 'Mutation', staffMarkOutOfStock: { __typename?: 'StaffStockLine', productId: string, onHand: number, reserved: number, available: number } };

export type FailedRefundFieldsFragment = { __typename?: 'FailedRefund', id: string, orderId: string, orderNo: string, amountFen: number, reason: string, failureReason: string | null, failedAt: string | null, handledAt: string | null, handledNote: string | null };

export type StaffFailedRefundsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StaffFailedRefundsQuery = { __typename?: 'Query', staffFailedRefunds: Array<{ __typename?: 'FailedRefund', id: string, orderId: string, orderNo: string, amountFen: number, reason: string, failureReason: string | null, failedAt: string | null, handledAt: string | null, handledNote: string | null }> };

export type StaffHandleFailedRefundMutationVariables = Exact<{
  refundId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type StaffHandleFailedRefundMutation = { __typename?: 'Mutation', staffHandleFailedRefund: { __typename?: 'FailedRefund', id: string, orderId: string, orderNo: string, amountFen: number, reason: string, failureReason: string | null, failedAt: string | null, handledAt: string | null, handledNote: string | null } };

export type StaffPickupLocksQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StaffPickupLocksQuery = { __typename?: 'Query', staffPickupLocks: Array<{ __typename?: 'PickupLock', staffUserId: string, name: string | null, roleName: string, failedAttempts: number, lockedUntil: string }> };

export type StaffLiftPickupLockMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  staffUserId: Scalars['ID']['input'];
}>;


export type StaffLiftPickupLockMutation = { __typename?: 'Mutation', staffLiftPickupLock: { __typename?: 'PickupLockLift', staffUserId: string, liftedAt: string } };

export type StaffPointsRuleQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffPointsRuleQuery = { __typename?: 'Query', memberRules: { __typename?: 'MemberRules', pointsPerYuan: number } };

export type StoreSettingsFieldsFragment = { __typename?: 'StoreSettings', store: { __typename?: 'Store', id: string, name: string, is24h: boolean, deliveryEnabled: boolean, pickupEnabled: boolean, deliveryAreaKind: DeliveryAreaKind, deliveryRadiusM: number | null, deliveryPolygon: Array<Array<number>> | null, deliveryFeeFen: number, freeDeliveryFromFen: number | null, minOrderFen: number, slotMinutes: number, pickingCapacity: number, deliveryPaused: boolean, extraPromiseMinutes: number, openingHours: Array<{ __typename?: 'OpeningHoursDay', weekday: number, opens: string, closes: string }> }, closures: Array<{ __typename?: 'StoreClosure', date: string, reason: string }> };

export type StoreSettingsQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
}>;


export type StoreSettingsQuery = { __typename?: 'Query', storeSettings: { __typename?: 'StoreSettings', store: { __typename?: 'Store', id: string, name: string, is24h: boolean, deliveryEnabled: boolean, pickupEnabled: boolean, deliveryAreaKind: DeliveryAreaKind, deliveryRadiusM: number | null, deliveryPolygon: Array<Array<number>> | null, deliveryFeeFen: number, freeDeliveryFromFen: number | null, minOrderFen: number, slotMinutes: number, pickingCapacity: number, deliveryPaused: boolean, extraPromiseMinutes: number, openingHours: Array<{ __typename?: 'OpeningHoursDay', weekday: number, opens: string, closes: string }> }, closures: Array<{ __typename?: 'StoreClosure', date: string, reason: string }> } };

export type SetStoreHoursMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  is24h: Scalars['Boolean']['input'];
  hours: Array<StoreHoursInput> | StoreHoursInput;
}>;


export type SetStoreHoursMutation = { __typename?: 'Mutation', setStoreHours: { __typename?: 'StoreSettings', store: { __typename?: 'Store', id: string, name: string, is24h: boolean, deliveryEnabled: boolean, pickupEnabled: boolean, deliveryAreaKind: DeliveryAreaKind, deliveryRadiusM: number | null, deliveryPolygon: Array<Array<number>> | null, deliveryFeeFen: number, freeDeliveryFromFen: number | null, minOrderFen: number, slotMinutes: number, pickingCapacity: number, deliveryPaused: boolean, extraPromiseMinutes: number, openingHours: Array<{ __typename?: 'OpeningHoursDay', weekday: number, opens: string, closes: string }> }, closures: Array<{ __typename?: 'StoreClosure', date: string, reason: string }> } };

export type AddStoreClosureMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type AddStoreClosureMutation = { __typename?: 'Mutation', addStoreClosure: { __typename?: 'StoreSettings', store: { __typename?: 'Store', id: string, name: string, is24h: boolean, deliveryEnabled: boolean, pickupEnabled: boolean, deliveryAreaKind: DeliveryAreaKind, deliveryRadiusM: number | null, deliveryPolygon: Array<Array<number>> | null, deliveryFeeFen: number, freeDeliveryFromFen: number | null, minOrderFen: number, slotMinutes: number, pickingCapacity: number, deliveryPaused: boolean, extraPromiseMinutes: number, openingHours: Array<{ __typename?: 'OpeningHoursDay', weekday: number, opens: string, closes: string }> }, closures: Array<{ __typename?: 'StoreClosure', date: string, reason: string }> } };

export type RemoveStoreClosureMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
}>;


export type RemoveStoreClosureMutation = { __typename?: 'Mutation', removeStoreClosure: { __typename?: 'StoreSettings', store: { __typename?: 'Store', id: string, name: string, is24h: boolean, deliveryEnabled: boolean, pickupEnabled: boolean, deliveryAreaKind: DeliveryAreaKind, deliveryRadiusM: number | null, deliveryPolygon: Array<Array<number>> | null, deliveryFeeFen: number, freeDeliveryFromFen: number | null, minOrderFen: number, slotMinutes: number, pickingCapacity: number, deliveryPaused: boolean, extraPromiseMinutes: number, openingHours: Array<{ __typename?: 'OpeningHoursDay', weekday: number, opens: string, closes: string }> }, closures: Array<{ __typename?: 'StoreClosure', date: string, reason: string }> } };

export type SetStoreDeliveryMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  input: StoreDeliveryInput;
}>;


export type SetStoreDeliveryMutation = { __typename?: 'Mutation', setStoreDelivery: { __typename?: 'StoreSettings', store: { __typename?: 'Store', id: string, name: string, is24h: boolean, deliveryEnabled: boolean, pickupEnabled: boolean, deliveryAreaKind: DeliveryAreaKind, deliveryRadiusM: number | null, deliveryPolygon: Array<Array<number>> | null, deliveryFeeFen: number, freeDeliveryFromFen: number | null, minOrderFen: number, slotMinutes: number, pickingCapacity: number, deliveryPaused: boolean, extraPromiseMinutes: number, openingHours: Array<{ __typename?: 'OpeningHoursDay', weekday: number, opens: string, closes: string }> }, closures: Array<{ __typename?: 'StoreClosure', date: string, reason: string }> } };

export type SetStoreDeliveryAreaMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  area: DeliveryAreaInput;
}>;


export type SetStoreDeliveryAreaMutation = { __typename?: 'Mutation', setStoreDeliveryArea: { __typename?: 'StoreSettings', store: { __typename?: 'Store', id: string, name: string, is24h: boolean, deliveryEnabled: boolean, pickupEnabled: boolean, deliveryAreaKind: DeliveryAreaKind, deliveryRadiusM: number | null, deliveryPolygon: Array<Array<number>> | null, deliveryFeeFen: number, freeDeliveryFromFen: number | null, minOrderFen: number, slotMinutes: number, pickingCapacity: number, deliveryPaused: boolean, extraPromiseMinutes: number, openingHours: Array<{ __typename?: 'OpeningHoursDay', weekday: number, opens: string, closes: string }> }, closures: Array<{ __typename?: 'StoreClosure', date: string, reason: string }> } };

export type SetStoreBusyMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  deliveryPaused: Scalars['Boolean']['input'];
  extraPromiseMinutes: Scalars['Int']['input'];
}>;


export type SetStoreBusyMutation = { __typename?: 'Mutation', setStoreBusy: { __typename?: 'StoreSettings', store: { __typename?: 'Store', id: string, name: string, is24h: boolean, deliveryEnabled: boolean, pickupEnabled: boolean, deliveryAreaKind: DeliveryAreaKind, deliveryRadiusM: number | null, deliveryPolygon: Array<Array<number>> | null, deliveryFeeFen: number, freeDeliveryFromFen: number | null, minOrderFen: number, slotMinutes: number, pickingCapacity: number, deliveryPaused: boolean, extraPromiseMinutes: number, openingHours: Array<{ __typename?: 'OpeningHoursDay', weekday: number, opens: string, closes: string }> }, closures: Array<{ __typename?: 'StoreClosure', date: string, reason: string }> } };

export type ShelfItemFieldsFragment = { __typename?: 'ShelfItem', productId: string, name: string, barcode: string, onSale: boolean, priceFen: number, memberPriceFen: number | null, basePriceFen: number, priceBandMinFen: number | null, priceBandMaxFen: number | null, lowStockThreshold: number, onHand: number, available: number, image: { __typename?: 'ProductImage', thumb: string } | null };

export type StoreShelfQueryVariables = Exact<{
  storeId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
}>;


export type StoreShelfQuery = { __typename?: 'Query', storeShelf: { __typename?: 'ShelfConnection', nodes: Array<{ __typename?: 'ShelfItem', productId: string, name: string, barcode: string, onSale: boolean, priceFen: number, memberPriceFen: number | null, basePriceFen: number, priceBandMinFen: number | null, priceBandMaxFen: number | null, lowStockThreshold: number, onHand: number, available: number, image: { __typename?: 'ProductImage', thumb: string } | null }> } };

export type SetShelfItemMutationVariables = Exact<{
  storeId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  input: ShelfItemInput;
}>;


export type SetShelfItemMutation = { __typename?: 'Mutation', setShelfItem: { __typename?: 'ShelfItem', productId: string, name: string, barcode: string, onSale: boolean, priceFen: number, memberPriceFen: number | null, basePriceFen: number, priceBandMinFen: number | null, priceBandMaxFen: number | null, lowStockThreshold: number, onHand: number, available: number, image: { __typename?: 'ProductImage', thumb: string } | null } };

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
export const NearbyStoreSummaryFragmentDoc = new TypedDocumentString(`
    fragment NearbyStoreSummary on NearbyStore {
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
    deliveryPaused
    deliveryFeeFen
    minOrderFen
  }
}
    `, {"fragmentName":"NearbyStoreSummary"}) as unknown as TypedDocumentString<NearbyStoreSummaryFragment, unknown>;
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on StoreProduct {
  id
  name
  unit
  priceFen
  memberPriceFen
  available
  badges
  image {
    thumb
  }
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const AddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment AddressFields on Address {
  id
  contactName
  phone
  detail
  location {
    lat
    lng
  }
  isDefault
}
    `, {"fragmentName":"AddressFields"}) as unknown as TypedDocumentString<AddressFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const CampaignAdminFieldsFragmentDoc = new TypedDocumentString(`
    fragment CampaignAdminFields on Campaign {
  id
  title
  description
  storeId
  startsAt
  endsAt
  running
  bannerImageId
  banner {
    thumb
    large
  }
  coupons {
    id
    name
    storeId
  }
  featured {
    id
    name
    active
    image {
      thumb
    }
  }
}
    `, {"fragmentName":"CampaignAdminFields"}) as unknown as TypedDocumentString<CampaignAdminFieldsFragment, unknown>;
export const CampaignCouponFieldsFragmentDoc = new TypedDocumentString(`
    fragment CampaignCouponFields on CampaignCoupon {
  id
  name
  minSpendFen
  validTo
  available
  claimedByViewer
}
    `, {"fragmentName":"CampaignCouponFields"}) as unknown as TypedDocumentString<CampaignCouponFieldsFragment, unknown>;
export const CatalogProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatalogProductFields on CatalogProduct {
  id
  barcode
  name
  description
  unit
  categoryId
  categoryPath
  status
  featured
  basePriceFen
  priceBandMinFen
  priceBandMaxFen
  images {
    id
    thumb
    large
  }
}
    `, {"fragmentName":"CatalogProductFields"}) as unknown as TypedDocumentString<CatalogProductFieldsFragment, unknown>;
export const IntegrationClientFieldsFragmentDoc = new TypedDocumentString(`
    fragment IntegrationClientFields on IntegrationClient {
  id
  name
  storeId
  webhookUrl
  createdAt
  keys {
    id
    createdAt
    expiresAt
    revokedAt
    active
  }
}
    `, {"fragmentName":"IntegrationClientFields"}) as unknown as TypedDocumentString<IntegrationClientFieldsFragment, unknown>;
export const IntegrationCredentialFieldsFragmentDoc = new TypedDocumentString(`
    fragment IntegrationCredentialFields on IntegrationCredential {
  keyId
  secret
  client {
    ...IntegrationClientFields
  }
}
    fragment IntegrationClientFields on IntegrationClient {
  id
  name
  storeId
  webhookUrl
  createdAt
  keys {
    id
    createdAt
    expiresAt
    revokedAt
    active
  }
}`, {"fragmentName":"IntegrationCredentialFields"}) as unknown as TypedDocumentString<IntegrationCredentialFieldsFragment, unknown>;
export const PromotionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PromotionFields on Promotion {
  id
  name
  kind
  storeIds
  productIds
  products {
    id
    name
  }
  categoryIds
  memberOnly
  tiers {
    minSpendFen
    amountOffFen
  }
  quantity
  percentOff
  priority
  startsAt
  endsAt
  active
  status
  terms
}
    `, {"fragmentName":"PromotionFields"}) as unknown as TypedDocumentString<PromotionFieldsFragment, unknown>;
export const CouponTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment CouponTemplateFields on CouponTemplate {
  id
  name
  kind
  value
  maxDiscountFen
  minSpendFen
  storeId
  fulfilment
  validFrom
  validTo
  totalQuantity
  issuedCount
  perUserLimit
  grantOnJoin
  status
  terms
}
    `, {"fragmentName":"CouponTemplateFields"}) as unknown as TypedDocumentString<CouponTemplateFieldsFragment, unknown>;
export const CouponGrantBatchFieldsFragmentDoc = new TypedDocumentString(`
    fragment CouponGrantBatchFields on CouponGrantBatch {
  id
  total
  granted
  skipped
  failed
  finished
  problems {
    position
    identifier
    status
    reason
  }
}
    `, {"fragmentName":"CouponGrantBatchFields"}) as unknown as TypedDocumentString<CouponGrantBatchFieldsFragment, unknown>;
export const CartFieldsFragmentDoc = new TypedDocumentString(`
    fragment CartFields on Cart {
  storeId
  updatedAt
  items {
    productId
    name
    unit
    image {
      thumb
    }
    quantity
    priceFen
    memberPriceFen
    available
    maxPerOrder
  }
}
    `, {"fragmentName":"CartFields"}) as unknown as TypedDocumentString<CartFieldsFragment, unknown>;
export const QuoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuoteFields on Quote {
  storeId
  fulfilment
  lines {
    productId
    name
    quantity
    priceFen
    unitPriceFen
    lineTotalFen
    discountFen
    payableFen
    adjustments {
      kind
      label
      amountFen
    }
  }
  originalTotalFen
  memberDiscountFen
  itemsTotalFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  payableFen
  savedFen
  belowMinimumFen
  maxPointsUsable
  pointsAvailable
  isMember
  bestUserCouponId
  bestOfferHint
  hints {
    kind
    message
    shortfall
  }
  coupons {
    userCouponId
    name
    applicable
    reason
    discountFen
    validTo
  }
  promise {
    slotStart
    label
  }
}
    `, {"fragmentName":"QuoteFields"}) as unknown as TypedDocumentString<QuoteFieldsFragment, unknown>;
export const OrderSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}
    `, {"fragmentName":"OrderSummaryFields"}) as unknown as TypedDocumentString<OrderSummaryFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderFields on Order {
  ...OrderSummaryFields
  store {
    id
    name
    address
    phone
    openingStatus {
      label
    }
  }
  items {
    id
    productId
    name
    unit
    quantity
    unitPriceFen
    lineTotalFen
    lineDiscountFen
    outOfStock
    substitute {
      name
    }
  }
  originalTotalFen
  memberDiscountFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  refundedFen
  address {
    contactName
    phone
    detail
  }
  payBefore
  pickupQrContent
  note
  paidAt
  completedAt
  cancelledAt
  events {
    from
    to
    actorRole
    reason
    at
  }
}
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}`, {"fragmentName":"OrderFields"}) as unknown as TypedDocumentString<OrderFieldsFragment, unknown>;
export const StaffRoleDefinitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffRoleDefinitionFields on StaffRoleDefinition {
  key
  name
  permissions
  builtIn
}
    `, {"fragmentName":"StaffRoleDefinitionFields"}) as unknown as TypedDocumentString<StaffRoleDefinitionFieldsFragment, unknown>;
export const QrCodeAdminFieldsFragmentDoc = new TypedDocumentString(`
    fragment QrCodeAdminFields on QrCode {
  id
  scene
  kind
  label
  productId
  productName
  campaignId
  campaignTitle
  disabledAt
  expiresAt
  active
  posterPngPath
  posterSvgPath
  wxacodePath
}
    `, {"fragmentName":"QrCodeAdminFields"}) as unknown as TypedDocumentString<QrCodeAdminFieldsFragment, unknown>;
export const QrStatsFieldsFragmentDoc = new TypedDocumentString(`
    fragment QrStatsFields on QrStats {
  scans
  uniqueVisitors
  orders
  paidOrders
  revenueFen
  repeatOrders
  repeatShoppers
}
    `, {"fragmentName":"QrStatsFields"}) as unknown as TypedDocumentString<QrStatsFieldsFragment, unknown>;
export const StaffOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}
    `, {"fragmentName":"StaffOrderFields"}) as unknown as TypedDocumentString<StaffOrderFieldsFragment, unknown>;
export const FailedRefundFieldsFragmentDoc = new TypedDocumentString(`
    fragment FailedRefundFields on FailedRefund {
  id
  orderId
  orderNo
  amountFen
  reason
  failureReason
  failedAt
  handledAt
  handledNote
}
    `, {"fragmentName":"FailedRefundFields"}) as unknown as TypedDocumentString<FailedRefundFieldsFragment, unknown>;
export const StoreSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment StoreSettingsFields on StoreSettings {
  store {
    id
    name
    is24h
    openingHours {
      weekday
      opens
      closes
    }
    deliveryEnabled
    pickupEnabled
    deliveryAreaKind
    deliveryRadiusM
    deliveryPolygon
    deliveryFeeFen
    freeDeliveryFromFen
    minOrderFen
    slotMinutes
    pickingCapacity
    deliveryPaused
    extraPromiseMinutes
  }
  closures {
    date
    reason
  }
}
    `, {"fragmentName":"StoreSettingsFields"}) as unknown as TypedDocumentString<StoreSettingsFieldsFragment, unknown>;
export const ShelfItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShelfItemFields on ShelfItem {
  productId
  name
  barcode
  image {
    thumb
  }
  onSale
  priceFen
  memberPriceFen
  basePriceFen
  priceBandMinFen
  priceBandMaxFen
  lowStockThreshold
  onHand
  available
}
    `, {"fragmentName":"ShelfItemFields"}) as unknown as TypedDocumentString<ShelfItemFieldsFragment, unknown>;
export const NearbyStoresDocument = new TypedDocumentString(`
    query NearbyStores($location: LocationInput!, $first: Int) {
  nearbyStores(location: $location, first: $first) {
    ...NearbyStoreSummary
  }
}
    fragment NearbyStoreSummary on NearbyStore {
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
    deliveryPaused
    deliveryFeeFen
    minOrderFen
  }
}`, {"hash":"107366989ad13c4b9de2e92688074c15999b9570bee1cec417abc25567fe83af"}) as unknown as TypedDocumentString<NearbyStoresQuery, NearbyStoresQueryVariables>;
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
    `, {"hash":"bf322603d0fd14e978b1755544f8edaceb12a729650f34f88c29bb97f0b9acef"}) as unknown as TypedDocumentString<PlacesQuery, PlacesQueryVariables>;
export const SearchStoreProductsDocument = new TypedDocumentString(`
    query SearchStoreProducts($storeId: ID!, $query: String!, $after: String) {
  searchStoreProducts(storeId: $storeId, query: $query, first: 20, after: $after) {
    nodes {
      ...ProductCard
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    suggestions {
      ...ProductCard
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
  image {
    thumb
  }
}`, {"hash":"85f2399b8422b4154641204b722aa859b554de866f9254e69c16b70a3de53977"}) as unknown as TypedDocumentString<SearchStoreProductsQuery, SearchStoreProductsQueryVariables>;
export const SearchHotWordsDocument = new TypedDocumentString(`
    query SearchHotWords($storeId: ID!) {
  searchHotWords(storeId: $storeId)
}
    `, {"hash":"7e4c51e518b6af8a9bef92df1a6bc0b28bde5a3da512bed4c83b2bd2a7d86415"}) as unknown as TypedDocumentString<SearchHotWordsQuery, SearchHotWordsQueryVariables>;
export const StoreCardDocument = new TypedDocumentString(`
    query StoreCard($id: ID!) {
  store(id: $id) {
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
    `, {"hash":"832a9906af64cd4b0e69912d2406da807db22b79b954f1d78a097de36c096fbd"}) as unknown as TypedDocumentString<StoreCardQuery, StoreCardQueryVariables>;
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
    `, {"hash":"f635f04ed7d2471b954a80bae7f006650fce48ff155551fdbf5cb03d424c7e3b"}) as unknown as TypedDocumentString<StoreCategoriesQuery, StoreCategoriesQueryVariables>;
export const StoreProductDocument = new TypedDocumentString(`
    query StoreProduct($storeId: ID!, $productId: ID!) {
  storeProduct(storeId: $storeId, productId: $productId) {
    ...ProductCard
    description
    images {
      large
    }
    barcode
    maxPerOrder
    onSale
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
  image {
    thumb
  }
}`, {"hash":"58429fd79f1b0771da0e7625b16a83173d6dc1826dcbafcebe2574ca1dede025"}) as unknown as TypedDocumentString<StoreProductQuery, StoreProductQueryVariables>;
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
  image {
    thumb
  }
}`, {"hash":"b6bd595ca4be48d74bb06d48eec43265937190f280a08da3d9fcc98443537faf"}) as unknown as TypedDocumentString<StoreProductsQuery, StoreProductsQueryVariables>;
export const StoreSeenFromDocument = new TypedDocumentString(`
    query StoreSeenFrom($id: ID!, $location: LocationInput!) {
  storeSeenFrom(id: $id, location: $location) {
    ...NearbyStoreSummary
  }
}
    fragment NearbyStoreSummary on NearbyStore {
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
    deliveryPaused
    deliveryFeeFen
    minOrderFen
  }
}`, {"hash":"3f6a3188e29d7e538648d399e2c3144db7c8d7d0919f74d96c5bf7e577ac437f"}) as unknown as TypedDocumentString<StoreSeenFromQuery, StoreSeenFromQueryVariables>;
export const MyAddressesDocument = new TypedDocumentString(`
    query MyAddresses {
  myAddresses {
    ...AddressFields
  }
}
    fragment AddressFields on Address {
  id
  contactName
  phone
  detail
  location {
    lat
    lng
  }
  isDefault
}`, {"hash":"c2a2145d816128f38a12aeb57d55a965de9fbc09bef39e816567c67dc48b412c"}) as unknown as TypedDocumentString<MyAddressesQuery, MyAddressesQueryVariables>;
export const SaveAddressDocument = new TypedDocumentString(`
    mutation SaveAddress($input: AddressInput!) {
  saveAddress(input: $input) {
    ...AddressFields
  }
}
    fragment AddressFields on Address {
  id
  contactName
  phone
  detail
  location {
    lat
    lng
  }
  isDefault
}`, {"hash":"8bd2f056b2b777ad46728a292c93059872fdbdf204c4d30168d3a118b2e005b9"}) as unknown as TypedDocumentString<SaveAddressMutation, SaveAddressMutationVariables>;
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
}`, {"hash":"3780039fa90e67bb18612c27fc6b8fb82e5bad438af9861165d53435f23a423d"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
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
}`, {"hash":"ca1c248a9d38fd27df6ac6374040778a313a4d6a7ccca53e204c6df8c6c2ac7e"}) as unknown as TypedDocumentString<DemoLoginMutation, DemoLoginMutationVariables>;
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
}`, {"hash":"1d6ccce94eaeb6e1ef4e0186de01faaf8c54d4490778efb07e30ce7b804c79fd"}) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `, {"hash":"44df27831b2e811e41361abb45896fc013bf9f0e37f54ae93fdb75c2c1f24da5"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ProfileDocument = new TypedDocumentString(`
    query Profile {
  viewer {
    id
    nickname
    phone
    isMember
    staff {
      storeId
      roleName
    }
  }
  demoLoginEnabled
}
    `, {"hash":"6cc2c96e2b8661fa20cffcce91ebc6141c517fc20e2ee546afed9c0c02548928"}) as unknown as TypedDocumentString<ProfileQuery, ProfileQueryVariables>;
export const MarketingCampaignsDocument = new TypedDocumentString(`
    query MarketingCampaigns($storeId: ID) {
  marketingCampaigns(storeId: $storeId) {
    ...CampaignAdminFields
  }
}
    fragment CampaignAdminFields on Campaign {
  id
  title
  description
  storeId
  startsAt
  endsAt
  running
  bannerImageId
  banner {
    thumb
    large
  }
  coupons {
    id
    name
    storeId
  }
  featured {
    id
    name
    active
    image {
      thumb
    }
  }
}`, {"hash":"b8af1f33cc394cc4d235cda534da4078d063d0ade35530ac507d160d43c21df8"}) as unknown as TypedDocumentString<MarketingCampaignsQuery, MarketingCampaignsQueryVariables>;
export const CampaignCouponChoicesDocument = new TypedDocumentString(`
    query CampaignCouponChoices($storeId: ID) {
  campaignCouponChoices(storeId: $storeId) {
    id
    name
    minSpendFen
    validTo
    storeId
  }
}
    `, {"hash":"2660d828375b85351e75862bb16d608257447c62f21398c665c57fcba5d34dac"}) as unknown as TypedDocumentString<CampaignCouponChoicesQuery, CampaignCouponChoicesQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($storeId: ID, $input: CampaignInput!) {
  createCampaign(storeId: $storeId, input: $input) {
    ...CampaignAdminFields
  }
}
    fragment CampaignAdminFields on Campaign {
  id
  title
  description
  storeId
  startsAt
  endsAt
  running
  bannerImageId
  banner {
    thumb
    large
  }
  coupons {
    id
    name
    storeId
  }
  featured {
    id
    name
    active
    image {
      thumb
    }
  }
}`, {"hash":"f9154a6cfcfdae8e72077b2826b6db838b413525f3d518765f3654853b5cb8f5"}) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = new TypedDocumentString(`
    mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    ...CampaignAdminFields
  }
}
    fragment CampaignAdminFields on Campaign {
  id
  title
  description
  storeId
  startsAt
  endsAt
  running
  bannerImageId
  banner {
    thumb
    large
  }
  coupons {
    id
    name
    storeId
  }
  featured {
    id
    name
    active
    image {
      thumb
    }
  }
}`, {"hash":"5d78ec094005df1d35895eebc4514eb915bc3a487fe33334ad51b1afc5131a37"}) as unknown as TypedDocumentString<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const CampaignDocument = new TypedDocumentString(`
    query Campaign($id: ID!, $storeId: ID!, $withProducts: Boolean!) {
  campaign(id: $id) {
    id
    title
    description
    running
    storeId
    banner {
      large
    }
    coupons {
      ...CampaignCouponFields
    }
    featuredProducts(storeId: $storeId) @include(if: $withProducts) {
      ...ProductCard
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
  image {
    thumb
  }
}
fragment CampaignCouponFields on CampaignCoupon {
  id
  name
  minSpendFen
  validTo
  available
  claimedByViewer
}`, {"hash":"46797c2e9676ef0065e8df30bc24e96583044c046020bfe6e46f8a6a4f7bf7d2"}) as unknown as TypedDocumentString<CampaignQuery, CampaignQueryVariables>;
export const CampaignBannersDocument = new TypedDocumentString(`
    query CampaignBanners($storeId: ID!) {
  campaignBanners(storeId: $storeId) {
    id
    title
    banner {
      large
    }
  }
}
    `, {"hash":"6fa922e2fe96cc89809ab2a9550609a9ad02f5b5c25484670bfb29601db4b09f"}) as unknown as TypedDocumentString<CampaignBannersQuery, CampaignBannersQueryVariables>;
export const ClaimCampaignCouponDocument = new TypedDocumentString(`
    mutation ClaimCampaignCoupon($campaignId: ID!, $couponId: ID) {
  claimCampaignCoupon(campaignId: $campaignId, couponId: $couponId) {
    userCouponId
    couponName
    alreadyClaimed
  }
}
    `, {"hash":"9d014ee753e936f8c3b47b0fdeb40ce680056d1b53c95af241cad97e37aabaef"}) as unknown as TypedDocumentString<ClaimCampaignCouponMutation, ClaimCampaignCouponMutationVariables>;
export const CatalogProductsDocument = new TypedDocumentString(`
    query CatalogProducts($query: String, $after: String) {
  catalogProducts(query: $query, first: 20, after: $after) {
    nodes {
      ...CatalogProductFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CatalogProductFields on CatalogProduct {
  id
  barcode
  name
  description
  unit
  categoryId
  categoryPath
  status
  featured
  basePriceFen
  priceBandMinFen
  priceBandMaxFen
  images {
    id
    thumb
    large
  }
}`, {"hash":"949e1124bff64003e428d4386e45a0fe9c63f0c9e654b920d1cc7ee387b554e3"}) as unknown as TypedDocumentString<CatalogProductsQuery, CatalogProductsQueryVariables>;
export const ProductCategoryChoicesDocument = new TypedDocumentString(`
    query ProductCategoryChoices {
  productCategoryChoices {
    id
    path
  }
}
    `, {"hash":"85dcff3fd435c003d7a7a060e2daba89f6f81bf6492ce1487fb3c98b8f1cecea"}) as unknown as TypedDocumentString<ProductCategoryChoicesQuery, ProductCategoryChoicesQueryVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: ProductContentInput!, $basePriceFen: Int!) {
  createProduct(input: $input, basePriceFen: $basePriceFen) {
    ...CatalogProductFields
  }
}
    fragment CatalogProductFields on CatalogProduct {
  id
  barcode
  name
  description
  unit
  categoryId
  categoryPath
  status
  featured
  basePriceFen
  priceBandMinFen
  priceBandMaxFen
  images {
    id
    thumb
    large
  }
}`, {"hash":"8be37e18c9169b07924c761c5c62927b9aae0bb88f2d0b47936f31733addefd2"}) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: ProductContentInput!) {
  updateProduct(id: $id, input: $input) {
    ...CatalogProductFields
  }
}
    fragment CatalogProductFields on CatalogProduct {
  id
  barcode
  name
  description
  unit
  categoryId
  categoryPath
  status
  featured
  basePriceFen
  priceBandMinFen
  priceBandMaxFen
  images {
    id
    thumb
    large
  }
}`, {"hash":"01e6d0608d44c9600bf7ff7c04df0f82d3efffaeced8449763496a0cfea28e97"}) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const SetProductPriceBandDocument = new TypedDocumentString(`
    mutation SetProductPriceBand($productId: ID!, $minFen: Int, $maxFen: Int) {
  setProductPriceBand(productId: $productId, minFen: $minFen, maxFen: $maxFen) {
    productId
    priceBandMinFen
    priceBandMaxFen
  }
}
    `, {"hash":"1d9162347d87919853e007f014b48401f52a40fcf4d0b846a2b78b1f1409ff62"}) as unknown as TypedDocumentString<SetProductPriceBandMutation, SetProductPriceBandMutationVariables>;
export const StaffTodayFiguresDocument = new TypedDocumentString(`
    query StaffTodayFigures($storeId: ID!) {
  staffTodayFigures(storeId: $storeId) {
    date
    lastWeekDate
    orders
    salesFen
    averageTicketFen
    pickedOrders
    averagePickingSeconds
    promisesDue
    promisesKept
    onTimeRate
    lateOrders
    refunds
    refundedFen
    hours {
      hour
      orders
      salesFen
      lastWeekOrders
      lastWeekSalesFen
    }
    topProducts {
      productId
      name
      image {
        thumb
      }
      quantity
      salesFen
    }
    qrFunnel {
      scans
      visitors
      orders
      repeatOrders
    }
  }
}
    `, {"hash":"ebd58e4014718804a5c91616fc6b3741e7ea77f4c019ff6334b9619f6c780513"}) as unknown as TypedDocumentString<StaffTodayFiguresQuery, StaffTodayFiguresQueryVariables>;
export const IntegrationClientsDocument = new TypedDocumentString(`
    query IntegrationClients {
  integrationClients {
    ...IntegrationClientFields
  }
}
    fragment IntegrationClientFields on IntegrationClient {
  id
  name
  storeId
  webhookUrl
  createdAt
  keys {
    id
    createdAt
    expiresAt
    revokedAt
    active
  }
}`, {"hash":"1c4d47cb4c225d1a101675d09dd436fdac32dfe7ca5a0d99aa17659cee0a3f22"}) as unknown as TypedDocumentString<IntegrationClientsQuery, IntegrationClientsQueryVariables>;
export const IntegrationDeliveriesDocument = new TypedDocumentString(`
    query IntegrationDeliveries($clientId: ID!, $status: IntegrationDeliveryStatus) {
  integrationDeliveries(clientId: $clientId, status: $status, first: 50) {
    eventId
    kind
    status
    attempts
    nextAttemptAt
    lastError
    deliveredAt
    createdAt
  }
}
    `, {"hash":"ebbaa8b36c2af743b24e59e6eb75b308f306eaa9b5dce2bd4154642e743c34ee"}) as unknown as TypedDocumentString<IntegrationDeliveriesQuery, IntegrationDeliveriesQueryVariables>;
export const CreateIntegrationClientDocument = new TypedDocumentString(`
    mutation CreateIntegrationClient($name: String!, $storeId: ID, $webhookUrl: String) {
  createIntegrationClient(name: $name, storeId: $storeId, webhookUrl: $webhookUrl) {
    ...IntegrationCredentialFields
  }
}
    fragment IntegrationClientFields on IntegrationClient {
  id
  name
  storeId
  webhookUrl
  createdAt
  keys {
    id
    createdAt
    expiresAt
    revokedAt
    active
  }
}
fragment IntegrationCredentialFields on IntegrationCredential {
  keyId
  secret
  client {
    ...IntegrationClientFields
  }
}`, {"hash":"27a90c4fdb690b8e94a4220f82d0fd1a1f49b88e855280d11244557154287bfb"}) as unknown as TypedDocumentString<CreateIntegrationClientMutation, CreateIntegrationClientMutationVariables>;
export const SetIntegrationWebhookDocument = new TypedDocumentString(`
    mutation SetIntegrationWebhook($clientId: ID!, $webhookUrl: String) {
  setIntegrationWebhook(clientId: $clientId, webhookUrl: $webhookUrl) {
    ...IntegrationClientFields
  }
}
    fragment IntegrationClientFields on IntegrationClient {
  id
  name
  storeId
  webhookUrl
  createdAt
  keys {
    id
    createdAt
    expiresAt
    revokedAt
    active
  }
}`, {"hash":"cc6286cece85ba163cdfd2cf24ceb18c8c315c30c46b5d7f85d40ec183e79865"}) as unknown as TypedDocumentString<SetIntegrationWebhookMutation, SetIntegrationWebhookMutationVariables>;
export const RotateIntegrationKeyDocument = new TypedDocumentString(`
    mutation RotateIntegrationKey($clientId: ID!, $overlapHours: Int) {
  rotateIntegrationKey(clientId: $clientId, overlapHours: $overlapHours) {
    ...IntegrationCredentialFields
  }
}
    fragment IntegrationClientFields on IntegrationClient {
  id
  name
  storeId
  webhookUrl
  createdAt
  keys {
    id
    createdAt
    expiresAt
    revokedAt
    active
  }
}
fragment IntegrationCredentialFields on IntegrationCredential {
  keyId
  secret
  client {
    ...IntegrationClientFields
  }
}`, {"hash":"f45f2d90089122e245419e5680809c6bf48ab180ff08bb16c117a0bf8e643f66"}) as unknown as TypedDocumentString<RotateIntegrationKeyMutation, RotateIntegrationKeyMutationVariables>;
export const RevokeIntegrationKeyDocument = new TypedDocumentString(`
    mutation RevokeIntegrationKey($keyId: ID!) {
  revokeIntegrationKey(keyId: $keyId) {
    id
    createdAt
    expiresAt
    revokedAt
    active
  }
}
    `, {"hash":"664bfd9bbd65d9ac0d64d3b17e6e57c098b11220f56d477747a6d1c14be72de6"}) as unknown as TypedDocumentString<RevokeIntegrationKeyMutation, RevokeIntegrationKeyMutationVariables>;
export const MarketingDocument = new TypedDocumentString(`
    query Marketing($storeId: ID) {
  promotions(storeId: $storeId) {
    ...PromotionFields
  }
  couponTemplates(storeId: $storeId) {
    ...CouponTemplateFields
  }
  promotionStackingRules
}
    fragment PromotionFields on Promotion {
  id
  name
  kind
  storeIds
  productIds
  products {
    id
    name
  }
  categoryIds
  memberOnly
  tiers {
    minSpendFen
    amountOffFen
  }
  quantity
  percentOff
  priority
  startsAt
  endsAt
  active
  status
  terms
}
fragment CouponTemplateFields on CouponTemplate {
  id
  name
  kind
  value
  maxDiscountFen
  minSpendFen
  storeId
  fulfilment
  validFrom
  validTo
  totalQuantity
  issuedCount
  perUserLimit
  grantOnJoin
  status
  terms
}`, {"hash":"ef38bff06d6b38aae17e824d8bbcd06929681ad3d236968d2a34ca2946bfaafa"}) as unknown as TypedDocumentString<MarketingQuery, MarketingQueryVariables>;
export const PreviewPromotionDocument = new TypedDocumentString(`
    query PreviewPromotion($input: PromotionPreviewInput!) {
  previewPromotion(input: $input) {
    lines {
      productId
      name
      quantity
      lineTotalFen
      discountFen
      payableFen
    }
    originalTotalFen
    memberDiscountFen
    itemPromotionDiscountFen
    thresholdDiscountFen
    payableFen
    draftApplied
    hints
  }
}
    `, {"hash":"391358790b8256de951e2a2ac24f45d61df975039741e6a6789c79f7f0204715"}) as unknown as TypedDocumentString<PreviewPromotionQuery, PreviewPromotionQueryVariables>;
export const CreatePromotionDocument = new TypedDocumentString(`
    mutation CreatePromotion($input: PromotionInput!) {
  createPromotion(input: $input) {
    ...PromotionFields
  }
}
    fragment PromotionFields on Promotion {
  id
  name
  kind
  storeIds
  productIds
  products {
    id
    name
  }
  categoryIds
  memberOnly
  tiers {
    minSpendFen
    amountOffFen
  }
  quantity
  percentOff
  priority
  startsAt
  endsAt
  active
  status
  terms
}`, {"hash":"9733fe4ea5ee8c9eefeeccf181ad52a8e6f2745c246c6a80f271970d1560cbad"}) as unknown as TypedDocumentString<CreatePromotionMutation, CreatePromotionMutationVariables>;
export const UpdatePromotionDocument = new TypedDocumentString(`
    mutation UpdatePromotion($id: ID!, $input: PromotionInput!) {
  updatePromotion(id: $id, input: $input) {
    ...PromotionFields
  }
}
    fragment PromotionFields on Promotion {
  id
  name
  kind
  storeIds
  productIds
  products {
    id
    name
  }
  categoryIds
  memberOnly
  tiers {
    minSpendFen
    amountOffFen
  }
  quantity
  percentOff
  priority
  startsAt
  endsAt
  active
  status
  terms
}`, {"hash":"11ef8d0d85ee055b94a3b7980fa1f613dacca878e0c85262f87ce016bc3065b8"}) as unknown as TypedDocumentString<UpdatePromotionMutation, UpdatePromotionMutationVariables>;
export const CreateCouponTemplateDocument = new TypedDocumentString(`
    mutation CreateCouponTemplate($input: CouponTemplateInput!) {
  createCouponTemplate(input: $input) {
    ...CouponTemplateFields
  }
}
    fragment CouponTemplateFields on CouponTemplate {
  id
  name
  kind
  value
  maxDiscountFen
  minSpendFen
  storeId
  fulfilment
  validFrom
  validTo
  totalQuantity
  issuedCount
  perUserLimit
  grantOnJoin
  status
  terms
}`, {"hash":"1995164e9e1728b05385527f319555de7bf5bd529297807d1eb35f80c66d445b"}) as unknown as TypedDocumentString<CreateCouponTemplateMutation, CreateCouponTemplateMutationVariables>;
export const UpdateCouponTemplateDocument = new TypedDocumentString(`
    mutation UpdateCouponTemplate($id: ID!, $input: CouponTemplateInput!) {
  updateCouponTemplate(id: $id, input: $input) {
    ...CouponTemplateFields
  }
}
    fragment CouponTemplateFields on CouponTemplate {
  id
  name
  kind
  value
  maxDiscountFen
  minSpendFen
  storeId
  fulfilment
  validFrom
  validTo
  totalQuantity
  issuedCount
  perUserLimit
  grantOnJoin
  status
  terms
}`, {"hash":"d4bd0821ea170ad202a9fe3e04cec9635f057c2ea6c59f9bb0acb3458a2fc4cb"}) as unknown as TypedDocumentString<UpdateCouponTemplateMutation, UpdateCouponTemplateMutationVariables>;
export const GrantCouponsDocument = new TypedDocumentString(`
    mutation GrantCoupons($input: GrantCouponsInput!) {
  grantCoupons(input: $input) {
    ...CouponGrantBatchFields
  }
}
    fragment CouponGrantBatchFields on CouponGrantBatch {
  id
  total
  granted
  skipped
  failed
  finished
  problems {
    position
    identifier
    status
    reason
  }
}`, {"hash":"0cc60100ddac6bb1ad47753a2f09d10845fff30a3ca87a4a6278f781d08d37b8"}) as unknown as TypedDocumentString<GrantCouponsMutation, GrantCouponsMutationVariables>;
export const CouponGrantBatchDocument = new TypedDocumentString(`
    query CouponGrantBatch($idempotencyKey: String!) {
  couponGrantBatch(idempotencyKey: $idempotencyKey) {
    ...CouponGrantBatchFields
  }
}
    fragment CouponGrantBatchFields on CouponGrantBatch {
  id
  total
  granted
  skipped
  failed
  finished
  problems {
    position
    identifier
    status
    reason
  }
}`, {"hash":"0414c9245ca2a1d4aec13065c8e05ec20d3d53ca27af87b0857b59a6ac55d03b"}) as unknown as TypedDocumentString<CouponGrantBatchQuery, CouponGrantBatchQueryVariables>;
export const MyMemberCardDocument = new TypedDocumentString(`
    query MyMemberCard {
  myMemberCard {
    id
    cardNo
    tier
    tierName
    spendLast12MonthsFen
    nextTier {
      name
      thresholdFen
      fromFen
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
    `, {"hash":"2156db07674e869e932a2a3d3fb0301b0ea4a2a74c67da98c50613a0319e344c"}) as unknown as TypedDocumentString<MyMemberCardQuery, MyMemberCardQueryVariables>;
export const MemberCodeDocument = new TypedDocumentString(`
    query MemberCode {
  memberCode {
    digits
    qrPayload
    shortCode
    expiresAt
    periodSeconds
  }
  serverTime
}
    `, {"hash":"5c60fe854f7ad06d2b4c2a46bbf5000b739f368fa307870bcd6b50496bbe029d"}) as unknown as TypedDocumentString<MemberCodeQuery, MemberCodeQueryVariables>;
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
    `, {"hash":"2244d3aae5e96fe4e4c97b7dc5a1c53ff053d66cd75c0e218f2e94d25fbe3807"}) as unknown as TypedDocumentString<PointsHistoryQuery, PointsHistoryQueryVariables>;
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
    `, {"hash":"1f24a0c82b304f4ad024bcfffba3f8b0eaace568bc46ecc01962ce4bbb7925a7"}) as unknown as TypedDocumentString<StoredValueHistoryQuery, StoredValueHistoryQueryVariables>;
export const JoinMembershipDocument = new TypedDocumentString(`
    mutation JoinMembership($phoneCode: String) {
  joinMembership(phoneCode: $phoneCode) {
    id
  }
}
    `, {"hash":"f5f863ea339c9e5388cd35a28f7fc94cd451672781e4941c5f152ba447c43da0"}) as unknown as TypedDocumentString<JoinMembershipMutation, JoinMembershipMutationVariables>;
export const MemberCouponsDocument = new TypedDocumentString(`
    query MemberCoupons($state: MemberCouponState!) {
  myMemberCard {
    id
    coupons(state: $state) {
      id
      name
      terms
      scope
      validTo
      usedAt
      state
    }
  }
}
    `, {"hash":"9a3cc2444d19d9ba996b256782c65fbb14ef53f5e1cb19d786cb5291249059f9"}) as unknown as TypedDocumentString<MemberCouponsQuery, MemberCouponsQueryVariables>;
export const CartDocument = new TypedDocumentString(`
    query Cart($storeId: ID!) {
  cart(storeId: $storeId) {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  storeId
  updatedAt
  items {
    productId
    name
    unit
    image {
      thumb
    }
    quantity
    priceFen
    memberPriceFen
    available
    maxPerOrder
  }
}`, {"hash":"b6b29df379c9ca40075946823a09e7dc145b7f20d3f79527e771fa5b7802534c"}) as unknown as TypedDocumentString<CartQuery, CartQueryVariables>;
export const SetCartItemDocument = new TypedDocumentString(`
    mutation SetCartItem($storeId: ID!, $productId: ID!, $quantity: Int!) {
  setCartItem(storeId: $storeId, productId: $productId, quantity: $quantity) {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  storeId
  updatedAt
  items {
    productId
    name
    unit
    image {
      thumb
    }
    quantity
    priceFen
    memberPriceFen
    available
    maxPerOrder
  }
}`, {"hash":"94894fb9fc4efaf05d80f4aa864ada586f305aa7bdbb4c90ef537277b5530389"}) as unknown as TypedDocumentString<SetCartItemMutation, SetCartItemMutationVariables>;
export const QuoteDocument = new TypedDocumentString(`
    query Quote($input: CheckoutInput!) {
  quote(input: $input) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  storeId
  fulfilment
  lines {
    productId
    name
    quantity
    priceFen
    unitPriceFen
    lineTotalFen
    discountFen
    payableFen
    adjustments {
      kind
      label
      amountFen
    }
  }
  originalTotalFen
  memberDiscountFen
  itemsTotalFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  payableFen
  savedFen
  belowMinimumFen
  maxPointsUsable
  pointsAvailable
  isMember
  bestUserCouponId
  bestOfferHint
  hints {
    kind
    message
    shortfall
  }
  coupons {
    userCouponId
    name
    applicable
    reason
    discountFen
    validTo
  }
  promise {
    slotStart
    label
  }
}`, {"hash":"a2a7df29a8ea781484629932ebfabecc77cbad4a1d58904eacb58f8bbdbea53a"}) as unknown as TypedDocumentString<QuoteQuery, QuoteQueryVariables>;
export const CartQuoteDocument = new TypedDocumentString(`
    query CartQuote($storeId: ID!, $items: [CheckoutItemInput!]!) {
  cartQuote(storeId: $storeId, items: $items) {
    quote {
      ...QuoteFields
    }
    addOns {
      kind
      shortfallFen
      message
      products {
        ...ProductCard
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
  image {
    thumb
  }
}
fragment QuoteFields on Quote {
  storeId
  fulfilment
  lines {
    productId
    name
    quantity
    priceFen
    unitPriceFen
    lineTotalFen
    discountFen
    payableFen
    adjustments {
      kind
      label
      amountFen
    }
  }
  originalTotalFen
  memberDiscountFen
  itemsTotalFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  payableFen
  savedFen
  belowMinimumFen
  maxPointsUsable
  pointsAvailable
  isMember
  bestUserCouponId
  bestOfferHint
  hints {
    kind
    message
    shortfall
  }
  coupons {
    userCouponId
    name
    applicable
    reason
    discountFen
    validTo
  }
  promise {
    slotStart
    label
  }
}`, {"hash":"a0241ae040569b6cccdf3c34376aead82676f0c34803d3318345615fcf06f545"}) as unknown as TypedDocumentString<CartQuoteQuery, CartQuoteQueryVariables>;
export const FulfilmentSlotsDocument = new TypedDocumentString(`
    query FulfilmentSlots($storeId: ID!) {
  fulfilmentSlots(storeId: $storeId) {
    slotStart
    remaining
    available
    deliveryLabel
    pickupLabel
  }
}
    `, {"hash":"8550448b7fb11e7f78eec6f568888e186638d074cfd0804021753b4d9eceb220"}) as unknown as TypedDocumentString<FulfilmentSlotsQuery, FulfilmentSlotsQueryVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
    mutation PlaceOrder($input: CheckoutInput!, $idempotencyKey: String!, $expectedPayableFen: Int!) {
  placeOrder(
    input: $input
    idempotencyKey: $idempotencyKey
    expectedPayableFen: $expectedPayableFen
  ) {
    ...OrderFields
  }
}
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}
fragment OrderFields on Order {
  ...OrderSummaryFields
  store {
    id
    name
    address
    phone
    openingStatus {
      label
    }
  }
  items {
    id
    productId
    name
    unit
    quantity
    unitPriceFen
    lineTotalFen
    lineDiscountFen
    outOfStock
    substitute {
      name
    }
  }
  originalTotalFen
  memberDiscountFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  refundedFen
  address {
    contactName
    phone
    detail
  }
  payBefore
  pickupQrContent
  note
  paidAt
  completedAt
  cancelledAt
  events {
    from
    to
    actorRole
    reason
    at
  }
}`, {"hash":"3046075fc8ea64c0838866143538c09f004e95e693b65a590b77f5ba5b7023a3"}) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PayOrderDocument = new TypedDocumentString(`
    mutation PayOrder($orderId: ID!, $method: PaymentMethod!) {
  payOrder(orderId: $orderId, method: $method) {
    order {
      ...OrderFields
    }
    wechat {
      timeStamp
      nonceStr
      package
      signType
      paySign
    }
  }
}
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}
fragment OrderFields on Order {
  ...OrderSummaryFields
  store {
    id
    name
    address
    phone
    openingStatus {
      label
    }
  }
  items {
    id
    productId
    name
    unit
    quantity
    unitPriceFen
    lineTotalFen
    lineDiscountFen
    outOfStock
    substitute {
      name
    }
  }
  originalTotalFen
  memberDiscountFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  refundedFen
  address {
    contactName
    phone
    detail
  }
  payBefore
  pickupQrContent
  note
  paidAt
  completedAt
  cancelledAt
  events {
    from
    to
    actorRole
    reason
    at
  }
}`, {"hash":"941875303b5b0a8757d62df1b08aa7c1b6357fb773469666fada4a49abb0bb61"}) as unknown as TypedDocumentString<PayOrderMutation, PayOrderMutationVariables>;
export const SyncPaymentDocument = new TypedDocumentString(`
    mutation SyncPayment($orderId: ID!) {
  syncPayment(orderId: $orderId) {
    ...OrderFields
  }
}
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}
fragment OrderFields on Order {
  ...OrderSummaryFields
  store {
    id
    name
    address
    phone
    openingStatus {
      label
    }
  }
  items {
    id
    productId
    name
    unit
    quantity
    unitPriceFen
    lineTotalFen
    lineDiscountFen
    outOfStock
    substitute {
      name
    }
  }
  originalTotalFen
  memberDiscountFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  refundedFen
  address {
    contactName
    phone
    detail
  }
  payBefore
  pickupQrContent
  note
  paidAt
  completedAt
  cancelledAt
  events {
    from
    to
    actorRole
    reason
    at
  }
}`, {"hash":"d0a7d49276ca393ba7eea4b1b2c1930a4f4e1954667c2de35a003468e3dfab0d"}) as unknown as TypedDocumentString<SyncPaymentMutation, SyncPaymentMutationVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($first: Int, $status: [OrderStatus!]) {
  myOrders(first: $first, status: $status) {
    ...OrderSummaryFields
  }
}
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}`, {"hash":"9c5c7294124939cf08ab61725acdc17a42053f4ab27eb191f4be9137da4cf4b0"}) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID!) {
  order(id: $id) {
    ...OrderFields
  }
}
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}
fragment OrderFields on Order {
  ...OrderSummaryFields
  store {
    id
    name
    address
    phone
    openingStatus {
      label
    }
  }
  items {
    id
    productId
    name
    unit
    quantity
    unitPriceFen
    lineTotalFen
    lineDiscountFen
    outOfStock
    substitute {
      name
    }
  }
  originalTotalFen
  memberDiscountFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  refundedFen
  address {
    contactName
    phone
    detail
  }
  payBefore
  pickupQrContent
  note
  paidAt
  completedAt
  cancelledAt
  events {
    from
    to
    actorRole
    reason
    at
  }
}`, {"hash":"b4da65ec21c0973994afb2a50278892e396065b086acb859b70bee78954bd0e6"}) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($orderId: ID!, $reason: String) {
  cancelOrder(orderId: $orderId, reason: $reason) {
    ...OrderFields
  }
}
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}
fragment OrderFields on Order {
  ...OrderSummaryFields
  store {
    id
    name
    address
    phone
    openingStatus {
      label
    }
  }
  items {
    id
    productId
    name
    unit
    quantity
    unitPriceFen
    lineTotalFen
    lineDiscountFen
    outOfStock
    substitute {
      name
    }
  }
  originalTotalFen
  memberDiscountFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  refundedFen
  address {
    contactName
    phone
    detail
  }
  payBefore
  pickupQrContent
  note
  paidAt
  completedAt
  cancelledAt
  events {
    from
    to
    actorRole
    reason
    at
  }
}`, {"hash":"29a79b9363ff87b77bb1f3e99ab6e818ee824c0793d8648b9b5aac160fddc3af"}) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const RequestRefundDocument = new TypedDocumentString(`
    mutation RequestRefund($orderId: ID!, $reason: String!) {
  requestRefund(orderId: $orderId, reason: $reason) {
    ...OrderFields
  }
}
    fragment OrderSummaryFields on Order {
  id
  orderNo
  storeId
  fulfilment
  status
  statusLabel
  payableFen
  promiseStart
  promiseEnd
  createdAt
  pickupCode
  items {
    id
    productId
    name
    quantity
    image {
      thumb
    }
  }
}
fragment OrderFields on Order {
  ...OrderSummaryFields
  store {
    id
    name
    address
    phone
    openingStatus {
      label
    }
  }
  items {
    id
    productId
    name
    unit
    quantity
    unitPriceFen
    lineTotalFen
    lineDiscountFen
    outOfStock
    substitute {
      name
    }
  }
  originalTotalFen
  memberDiscountFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  refundedFen
  address {
    contactName
    phone
    detail
  }
  payBefore
  pickupQrContent
  note
  paidAt
  completedAt
  cancelledAt
  events {
    from
    to
    actorRole
    reason
    at
  }
}`, {"hash":"7c467792488f52a919566669f39e4e3856b0b15e70bea980b25f3e52229205d3"}) as unknown as TypedDocumentString<RequestRefundMutation, RequestRefundMutationVariables>;
export const ReorderDocument = new TypedDocumentString(`
    mutation Reorder($orderId: ID!) {
  reorder(orderId: $orderId) {
    cart {
      ...CartFields
    }
    shortfalls {
      productId
      name
      wanted
      added
      reason
    }
  }
}
    fragment CartFields on Cart {
  storeId
  updatedAt
  items {
    productId
    name
    unit
    image {
      thumb
    }
    quantity
    priceFen
    memberPriceFen
    available
    maxPerOrder
  }
}`, {"hash":"0dc0820289eb828070a57a3c9658415174340f235b934c806e1600921c238f81"}) as unknown as TypedDocumentString<ReorderMutation, ReorderMutationVariables>;
export const StaffPeopleDocument = new TypedDocumentString(`
    query StaffPeople($storeId: ID) {
  staffMembers(storeId: $storeId) {
    assignmentId
    userId
    name
    phone
    since
    role {
      ...StaffRoleDefinitionFields
    }
  }
  staffInvitations(storeId: $storeId) {
    id
    state
    createdAt
    expiresAt
    usedAt
    usedByName
    creatorName
    role {
      ...StaffRoleDefinitionFields
    }
  }
  staffGrantableRoles(storeId: $storeId) {
    ...StaffRoleDefinitionFields
  }
}
    fragment StaffRoleDefinitionFields on StaffRoleDefinition {
  key
  name
  permissions
  builtIn
}`, {"hash":"3205d0684bbd34294a8eac803b8063810f678add018467803342ead8e5210e47"}) as unknown as TypedDocumentString<StaffPeopleQuery, StaffPeopleQueryVariables>;
export const CreateStaffInvitationDocument = new TypedDocumentString(`
    mutation CreateStaffInvitation($storeId: ID, $roleKey: String!) {
  createStaffInvitation(storeId: $storeId, roleKey: $roleKey) {
    invitationId
    code
    qrContent
    expiresAt
    role {
      ...StaffRoleDefinitionFields
    }
  }
}
    fragment StaffRoleDefinitionFields on StaffRoleDefinition {
  key
  name
  permissions
  builtIn
}`, {"hash":"d88636ad897eb8c38a13e844ef5fe437992a1202cff932a4d97ae01b81b0ef3a"}) as unknown as TypedDocumentString<CreateStaffInvitationMutation, CreateStaffInvitationMutationVariables>;
export const RevokeStaffInvitationDocument = new TypedDocumentString(`
    mutation RevokeStaffInvitation($id: ID!) {
  revokeStaffInvitation(id: $id) {
    id
    state
  }
}
    `, {"hash":"a41e9867a06d593f44fd640d7a01f63a3a331bf46dcc69cbbb9a1de832e99b64"}) as unknown as TypedDocumentString<RevokeStaffInvitationMutation, RevokeStaffInvitationMutationVariables>;
export const RemoveStaffMemberDocument = new TypedDocumentString(`
    mutation RemoveStaffMember($assignmentId: ID!) {
  removeStaffMember(assignmentId: $assignmentId)
}
    `, {"hash":"cbe07f9900d8c6d2a67a1bf36f99cced26475bfdcb7b3060f3ae625ee138465a"}) as unknown as TypedDocumentString<RemoveStaffMemberMutation, RemoveStaffMemberMutationVariables>;
export const JoinStaffDocument = new TypedDocumentString(`
    mutation JoinStaff($code: String!) {
  joinStaff(code: $code) {
    storeId
    roleName
  }
}
    `, {"hash":"1b3f64430674831e3cab79fbc1d8f6d1beca6f72f6b5343411219644dae2b5b2"}) as unknown as TypedDocumentString<JoinStaffMutation, JoinStaffMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($storeId: ID, $actorUserId: ID, $kind: String, $after: String) {
  auditTrail(
    storeId: $storeId
    actorUserId: $actorUserId
    kind: $kind
    first: 20
    after: $after
  ) {
    entries {
      id
      at
      actorUserId
      actorName
      storeName
      kind
      kindLabel
      subject
      changes {
        field
        before
        after
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"ba116c3c0dc4cc3633f0e587e9e70567e56d49b13243c1224f8bc6d61cdc3f1d"}) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const StaffRolesDocument = new TypedDocumentString(`
    query StaffRoles {
  staffRoles {
    ...StaffRoleDefinitionFields
  }
  staffPermissions {
    permission
    name
  }
}
    fragment StaffRoleDefinitionFields on StaffRoleDefinition {
  key
  name
  permissions
  builtIn
}`, {"hash":"f83ad732c47e6844bf4b37695cd718009d859ddc527b43685ab882e02de48654"}) as unknown as TypedDocumentString<StaffRolesQuery, StaffRolesQueryVariables>;
export const SaveStaffRoleDocument = new TypedDocumentString(`
    mutation SaveStaffRole($key: String!, $name: String!, $permissions: [Permission!]!) {
  saveStaffRole(key: $key, name: $name, permissions: $permissions) {
    ...StaffRoleDefinitionFields
  }
}
    fragment StaffRoleDefinitionFields on StaffRoleDefinition {
  key
  name
  permissions
  builtIn
}`, {"hash":"921b89263b0f9cbf9ec331deda9e5e6bfc93dc4df77450ddfed296bc603394fb"}) as unknown as TypedDocumentString<SaveStaffRoleMutation, SaveStaffRoleMutationVariables>;
export const StoreQrCodesDocument = new TypedDocumentString(`
    query StoreQrCodes($storeId: ID!) {
  storeQrCodes(storeId: $storeId) {
    ...QrCodeAdminFields
  }
}
    fragment QrCodeAdminFields on QrCode {
  id
  scene
  kind
  label
  productId
  productName
  campaignId
  campaignTitle
  disabledAt
  expiresAt
  active
  posterPngPath
  posterSvgPath
  wxacodePath
}`, {"hash":"ddab7d29ede75b12f860b720cb5e713cd967d3373ea50a1f7cd8723b2d4a63fe"}) as unknown as TypedDocumentString<StoreQrCodesQuery, StoreQrCodesQueryVariables>;
export const CreateQrCodeDocument = new TypedDocumentString(`
    mutation CreateQrCode($input: CreateQrCodeInput!) {
  createQrCode(input: $input) {
    ...QrCodeAdminFields
  }
}
    fragment QrCodeAdminFields on QrCode {
  id
  scene
  kind
  label
  productId
  productName
  campaignId
  campaignTitle
  disabledAt
  expiresAt
  active
  posterPngPath
  posterSvgPath
  wxacodePath
}`, {"hash":"7b7d41cc35712ba3464197248cda28117d79790f85f2c379d0e80f98d76e7105"}) as unknown as TypedDocumentString<CreateQrCodeMutation, CreateQrCodeMutationVariables>;
export const SetQrCodeDisabledDocument = new TypedDocumentString(`
    mutation SetQrCodeDisabled($id: ID!, $disabled: Boolean!) {
  setQrCodeDisabled(id: $id, disabled: $disabled) {
    ...QrCodeAdminFields
  }
}
    fragment QrCodeAdminFields on QrCode {
  id
  scene
  kind
  label
  productId
  productName
  campaignId
  campaignTitle
  disabledAt
  expiresAt
  active
  posterPngPath
  posterSvgPath
  wxacodePath
}`, {"hash":"752772f6d00db5c6157a70f95df251a60729281ca192eb9c6f6334a42f588ca9"}) as unknown as TypedDocumentString<SetQrCodeDisabledMutation, SetQrCodeDisabledMutationVariables>;
export const QrReportDocument = new TypedDocumentString(`
    query QrReport($storeId: ID!, $from: String!, $to: String!) {
  qrReport(storeId: $storeId, from: $from, to: $to) {
    from
    to
    codes {
      code {
        id
        label
        scene
      }
      stats {
        ...QrStatsFields
      }
    }
    campaigns {
      campaign {
        id
        title
      }
      stats {
        ...QrStatsFields
      }
    }
  }
}
    fragment QrStatsFields on QrStats {
  scans
  uniqueVisitors
  orders
  paidOrders
  revenueFen
  repeatOrders
  repeatShoppers
}`, {"hash":"37be62564c9e824f542e398e50fdee8c0ea643c4d51593c997fa332308dcb1c9"}) as unknown as TypedDocumentString<QrReportQuery, QrReportQueryVariables>;
export const StoreCampaignsDocument = new TypedDocumentString(`
    query StoreCampaigns($storeId: ID!) {
  storeCampaigns(storeId: $storeId) {
    id
    title
    storeId
    startsAt
    endsAt
    running
  }
}
    `, {"hash":"0159c6a224d6aec600e56e4b70cc59cc6cc2984a4487a3726c7341124b959929"}) as unknown as TypedDocumentString<StoreCampaignsQuery, StoreCampaignsQueryVariables>;
export const ResolveSceneDocument = new TypedDocumentString(`
    mutation ResolveScene($scene: String!, $visitorId: String!) {
  resolveScene(scene: $scene, visitorId: $visitorId) {
    kind
    scene
    storeId
    storeName
    productId
    campaignId
  }
}
    `, {"hash":"40ad510abeec69096326325a6c253546ce34c3bbb677e04a4aac6bd922a5c081"}) as unknown as TypedDocumentString<ResolveSceneMutation, ResolveSceneMutationVariables>;
export const ClaimVisitorScansDocument = new TypedDocumentString(`
    mutation ClaimVisitorScans($visitorId: String!) {
  claimVisitorScans(visitorId: $visitorId)
}
    `, {"hash":"99b8295d560cc4588cea3fedc362ad138f51b2b53664a48d76b15f4217ef2103"}) as unknown as TypedDocumentString<ClaimVisitorScansMutation, ClaimVisitorScansMutationVariables>;
export const StaffStoreEventsDocument = new TypedDocumentString(`
    subscription StaffStoreEvents($storeId: ID!) {
  staffStoreEvents(storeId: $storeId) {
    type
    storeId
    orderId
    orderNo
    status
    at
  }
}
    `, {"hash":"1bffb4c76ad4f41cdcc8721537dedc399773a448b773d17d8b2f0081d60ca364"}) as unknown as TypedDocumentString<StaffStoreEventsSubscription, StaffStoreEventsSubscriptionVariables>;
export const StaffOrderDocument = new TypedDocumentString(`
    query StaffOrder($orderId: ID!) {
  staffOrder(orderId: $orderId) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"d9dcc874ba877fcc73f568707a91ad5bf54527716f47bdae5aec943592da4b84"}) as unknown as TypedDocumentString<StaffOrderQuery, StaffOrderQueryVariables>;
export const StaffStoresDocument = new TypedDocumentString(`
    query StaffStores {
  staffStores {
    storeId
    name
    roleName
    permissions
  }
  staffChainPermissions
}
    `, {"hash":"125742464aa0fbf9b17f5396cfdba09fa645547c47bfa8b20d2e6d5e61eb51ea"}) as unknown as TypedDocumentString<StaffStoresQuery, StaffStoresQueryVariables>;
export const StaffOrderQueueDocument = new TypedDocumentString(`
    query StaffOrderQueue($storeId: ID!, $cursor: String) {
  staffOrderQueue(storeId: $storeId, cursor: $cursor) {
    cursor
    changed
    serverTime
    entries {
      ageMinutes
      minutesLeft
      atRisk
      late
      order {
        ...StaffOrderFields
      }
    }
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"0615110c14621af7aae755343cd3d60596c6bd34f7f77e408a1481808e889149"}) as unknown as TypedDocumentString<StaffOrderQueueQuery, StaffOrderQueueQueryVariables>;
export const StaffLookupPickupDocument = new TypedDocumentString(`
    query StaffLookupPickup($storeId: ID!, $code: String!) {
  staffLookupPickup(storeId: $storeId, code: $code) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"32531722156aae4da9dbfac2d2bffa7f9967b4f78caa59c0eaea20ea6bb418e4"}) as unknown as TypedDocumentString<StaffLookupPickupQuery, StaffLookupPickupQueryVariables>;
export const StaffAcceptOrderDocument = new TypedDocumentString(`
    mutation StaffAcceptOrder($orderId: ID!) {
  staffAcceptOrder(orderId: $orderId) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"109b9a4ce96335da8bcf9281274be2202d5478bf1472c86a86b8f03c9b26e395"}) as unknown as TypedDocumentString<StaffAcceptOrderMutation, StaffAcceptOrderMutationVariables>;
export const StaffMarkItemsPickedDocument = new TypedDocumentString(`
    mutation StaffMarkItemsPicked($orderId: ID!, $itemIds: [ID!]!) {
  staffMarkItemsPicked(orderId: $orderId, itemIds: $itemIds) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"abc56fe06a8eca20cc02ed856393030bc0ab93826ab4643b6d29d48a013d0d7e"}) as unknown as TypedDocumentString<StaffMarkItemsPickedMutation, StaffMarkItemsPickedMutationVariables>;
export const StaffMarkItemsOutOfStockDocument = new TypedDocumentString(`
    mutation StaffMarkItemsOutOfStock($orderId: ID!, $itemIds: [ID!]!, $reason: String) {
  staffMarkItemsOutOfStock(orderId: $orderId, itemIds: $itemIds, reason: $reason) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"f87aab6215f638206304dbc92b48753e115b1bddc94696b5b328e73e111c99b0"}) as unknown as TypedDocumentString<StaffMarkItemsOutOfStockMutation, StaffMarkItemsOutOfStockMutationVariables>;
export const StaffSubstituteItemDocument = new TypedDocumentString(`
    mutation StaffSubstituteItem($orderId: ID!, $itemId: ID!, $productId: ID!) {
  staffSubstituteItem(orderId: $orderId, itemId: $itemId, productId: $productId) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"a521818de6f24927e17ee3cf324ec45d6263862bdf11fff29167fa975c51f0e0"}) as unknown as TypedDocumentString<StaffSubstituteItemMutation, StaffSubstituteItemMutationVariables>;
export const StaffOrderReadyDocument = new TypedDocumentString(`
    mutation StaffOrderReady($orderId: ID!) {
  staffOrderReady(orderId: $orderId) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"cf219fd87e700d3b6ecba3e23a4635031275ee3ed5382e97966db855e7437150"}) as unknown as TypedDocumentString<StaffOrderReadyMutation, StaffOrderReadyMutationVariables>;
export const StaffCompleteDeliveryDocument = new TypedDocumentString(`
    mutation StaffCompleteDelivery($orderId: ID!) {
  staffCompleteDelivery(orderId: $orderId) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"35678f27bf0896a77409063f7ba8ae3d8950d8e06a9b7911897534cc900ee1a3"}) as unknown as TypedDocumentString<StaffCompleteDeliveryMutation, StaffCompleteDeliveryMutationVariables>;
export const StaffConfirmPickupDocument = new TypedDocumentString(`
    mutation StaffConfirmPickup($storeId: ID!, $code: String!) {
  staffConfirmPickup(storeId: $storeId, code: $code) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"3f6759c55958990e67af479759750df9e7b5f51534d5316f643c11acd705d7db"}) as unknown as TypedDocumentString<StaffConfirmPickupMutation, StaffConfirmPickupMutationVariables>;
export const StaffScanMemberDocument = new TypedDocumentString(`
    mutation StaffScanMember($storeId: ID!, $code: String!) {
  staffScanMember(storeId: $storeId, code: $code) {
    tillToken
    expiresAt
    member {
      cardNo
      tierName
      nickname
      pointsAvailable
    }
    coupons {
      userCouponId
      name
      minSpendFen
    }
  }
}
    `, {"hash":"4726d9794c1ee1ffb91f4d51f7dd1871590d1cedc7bfb4cd3edb8c98de40f033"}) as unknown as TypedDocumentString<StaffScanMemberMutation, StaffScanMemberMutationVariables>;
export const StaffTillEarnPointsDocument = new TypedDocumentString(`
    mutation StaffTillEarnPoints($storeId: ID!, $tillToken: String!, $receiptNo: String!, $amountFen: Int!) {
  staffTillEarnPoints(
    storeId: $storeId
    tillToken: $tillToken
    receiptNo: $receiptNo
    amountFen: $amountFen
  ) {
    receiptNo
    amountFen
    pointsEarned
    pointsBalance
  }
}
    `, {"hash":"eaf4bfaeffd679e9269cb9060cf5f4c5bd663f1f88b534ffa02b59802bd6e494"}) as unknown as TypedDocumentString<StaffTillEarnPointsMutation, StaffTillEarnPointsMutationVariables>;
export const StaffRedeemCouponDocument = new TypedDocumentString(`
    mutation StaffRedeemCoupon($storeId: ID!, $tillToken: String!, $userCouponId: ID!) {
  staffRedeemCoupon(
    storeId: $storeId
    tillToken: $tillToken
    userCouponId: $userCouponId
  ) {
    userCouponId
    name
  }
}
    `, {"hash":"7c575d13c15dfecabb4e631847307e0203c6910428f73560fc5088180cc23d12"}) as unknown as TypedDocumentString<StaffRedeemCouponMutation, StaffRedeemCouponMutationVariables>;
export const StaffPlaceOrderDocument = new TypedDocumentString(`
    mutation StaffPlaceOrder($input: StaffPlaceOrderInput!) {
  staffPlaceOrder(input: $input) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  orderNo
  status
  statusLabel
  fulfilment
  payableFen
  refundedFen
  promiseEnd
  note
  items {
    id
    productId
    name
    unit
    quantity
    picked
    outOfStock
    barcode
    categoryName
    categorySortOrder
    outOfStockRefundFen
    shortQuantity
    substitute {
      productId
      name
    }
    image {
      thumb
    }
  }
}`, {"hash":"886038d1ceb8da1d07cd41d47cc51eb379b7556b91d3af37fba230e6ce9220f3"}) as unknown as TypedDocumentString<StaffPlaceOrderMutation, StaffPlaceOrderMutationVariables>;
export const StaffQuoteDocument = new TypedDocumentString(`
    query StaffQuote($input: StaffQuoteInput!) {
  staffQuote(input: $input) {
    member {
      cardNo
      tierName
      nickname
      pointsAvailable
    }
    quote {
      ...QuoteFields
    }
  }
}
    fragment QuoteFields on Quote {
  storeId
  fulfilment
  lines {
    productId
    name
    quantity
    priceFen
    unitPriceFen
    lineTotalFen
    discountFen
    payableFen
    adjustments {
      kind
      label
      amountFen
    }
  }
  originalTotalFen
  memberDiscountFen
  itemsTotalFen
  itemPromotionDiscountFen
  thresholdDiscountFen
  couponDiscountFen
  pointsUsed
  pointsDiscountFen
  deliveryFeeFen
  payableFen
  savedFen
  belowMinimumFen
  maxPointsUsable
  pointsAvailable
  isMember
  bestUserCouponId
  bestOfferHint
  hints {
    kind
    message
    shortfall
  }
  coupons {
    userCouponId
    name
    applicable
    reason
    discountFen
    validTo
  }
  promise {
    slotStart
    label
  }
}`, {"hash":"7af344fc0ab6fd40ee2245ce1403d9db023c74218ee81e5044fd06d07838ac2b"}) as unknown as TypedDocumentString<StaffQuoteQuery, StaffQuoteQueryVariables>;
export const StaffStockDocument = new TypedDocumentString(`
    query StaffStock($storeId: ID!, $key: String!) {
  staffStock(storeId: $storeId, productIdOrBarcode: $key) {
    productId
    name
    barcode
    onHand
    reserved
    available
    movements {
      id
      kind
      onHandFrom
      onHandTo
      reason
      actorName
      at
    }
  }
}
    `, {"hash":"a94432c27969a1823e003900af1ca7f2ffb7d27e103ee73acf560bc8edbd4a9f"}) as unknown as TypedDocumentString<StaffStockQuery, StaffStockQueryVariables>;
export const StaffSetStockCountDocument = new TypedDocumentString(`
    mutation StaffSetStockCount($storeId: ID!, $productId: ID!, $onHand: Int!, $reason: String!) {
  staffSetStockCount(
    storeId: $storeId
    productId: $productId
    onHand: $onHand
    reason: $reason
  ) {
    productId
    onHand
    reserved
    available
  }
}
    `, {"hash":"a76828b4d3b6a8e8e10c05e1bc71ba6516c6b90e223eb6cdc68efa1bf7a9b22c"}) as unknown as TypedDocumentString<StaffSetStockCountMutation, StaffSetStockCountMutationVariables>;
export const StaffMarkOutOfStockDocument = new TypedDocumentString(`
    mutation StaffMarkOutOfStock($storeId: ID!, $productId: ID!, $reason: String!) {
  staffMarkOutOfStock(storeId: $storeId, productId: $productId, reason: $reason) {
    productId
    onHand
    reserved
    available
  }
}
    `, {"hash":"2c7a5d8c069223e655bef7f780fcfe833f05bf27a605ac7edf8ccb2d5e844069"}) as unknown as TypedDocumentString<StaffMarkOutOfStockMutation, StaffMarkOutOfStockMutationVariables>;
export const StaffFailedRefundsDocument = new TypedDocumentString(`
    query StaffFailedRefunds($storeId: ID!) {
  staffFailedRefunds(storeId: $storeId) {
    ...FailedRefundFields
  }
}
    fragment FailedRefundFields on FailedRefund {
  id
  orderId
  orderNo
  amountFen
  reason
  failureReason
  failedAt
  handledAt
  handledNote
}`, {"hash":"abd9d1e2b022a509b044dec12c075d848da26057abab6daa3f48dc35ea39a09d"}) as unknown as TypedDocumentString<StaffFailedRefundsQuery, StaffFailedRefundsQueryVariables>;
export const StaffHandleFailedRefundDocument = new TypedDocumentString(`
    mutation StaffHandleFailedRefund($refundId: ID!, $note: String!) {
  staffHandleFailedRefund(refundId: $refundId, note: $note) {
    ...FailedRefundFields
  }
}
    fragment FailedRefundFields on FailedRefund {
  id
  orderId
  orderNo
  amountFen
  reason
  failureReason
  failedAt
  handledAt
  handledNote
}`, {"hash":"1cbfda690ebd67d81734a5c06ccfe03e6eb5666e93b5fa20d44b536618014df2"}) as unknown as TypedDocumentString<StaffHandleFailedRefundMutation, StaffHandleFailedRefundMutationVariables>;
export const StaffPickupLocksDocument = new TypedDocumentString(`
    query StaffPickupLocks($storeId: ID!) {
  staffPickupLocks(storeId: $storeId) {
    staffUserId
    name
    roleName
    failedAttempts
    lockedUntil
  }
}
    `, {"hash":"c45327b8f8faf4ffb14b29a211675e4bd246d9e3f73cab81cec71ed0870247d5"}) as unknown as TypedDocumentString<StaffPickupLocksQuery, StaffPickupLocksQueryVariables>;
export const StaffLiftPickupLockDocument = new TypedDocumentString(`
    mutation StaffLiftPickupLock($storeId: ID!, $staffUserId: ID!) {
  staffLiftPickupLock(storeId: $storeId, staffUserId: $staffUserId) {
    staffUserId
    liftedAt
  }
}
    `, {"hash":"9f7e9485e5bca663a1a2e2b3ad6e74cbe5dd95570ecf73e6241a75ae49d3e87e"}) as unknown as TypedDocumentString<StaffLiftPickupLockMutation, StaffLiftPickupLockMutationVariables>;
export const StaffPointsRuleDocument = new TypedDocumentString(`
    query StaffPointsRule {
  memberRules {
    pointsPerYuan
  }
}
    `, {"hash":"bada4f130845d26e9586dc26d60e63090f8c8ef1fc1687091d5843cdcd09ffd6"}) as unknown as TypedDocumentString<StaffPointsRuleQuery, StaffPointsRuleQueryVariables>;
export const StoreSettingsDocument = new TypedDocumentString(`
    query StoreSettings($storeId: ID!) {
  storeSettings(storeId: $storeId) {
    ...StoreSettingsFields
  }
}
    fragment StoreSettingsFields on StoreSettings {
  store {
    id
    name
    is24h
    openingHours {
      weekday
      opens
      closes
    }
    deliveryEnabled
    pickupEnabled
    deliveryAreaKind
    deliveryRadiusM
    deliveryPolygon
    deliveryFeeFen
    freeDeliveryFromFen
    minOrderFen
    slotMinutes
    pickingCapacity
    deliveryPaused
    extraPromiseMinutes
  }
  closures {
    date
    reason
  }
}`, {"hash":"c260788c6666a616161de2855ba31c582b05753dbec68bfba5f9dc2c1daa3361"}) as unknown as TypedDocumentString<StoreSettingsQuery, StoreSettingsQueryVariables>;
export const SetStoreHoursDocument = new TypedDocumentString(`
    mutation SetStoreHours($storeId: ID!, $is24h: Boolean!, $hours: [StoreHoursInput!]!) {
  setStoreHours(storeId: $storeId, is24h: $is24h, hours: $hours) {
    ...StoreSettingsFields
  }
}
    fragment StoreSettingsFields on StoreSettings {
  store {
    id
    name
    is24h
    openingHours {
      weekday
      opens
      closes
    }
    deliveryEnabled
    pickupEnabled
    deliveryAreaKind
    deliveryRadiusM
    deliveryPolygon
    deliveryFeeFen
    freeDeliveryFromFen
    minOrderFen
    slotMinutes
    pickingCapacity
    deliveryPaused
    extraPromiseMinutes
  }
  closures {
    date
    reason
  }
}`, {"hash":"1d6418860702604c1028e8ac64ba10da41081e0fc72cf6764f61582cead86665"}) as unknown as TypedDocumentString<SetStoreHoursMutation, SetStoreHoursMutationVariables>;
export const AddStoreClosureDocument = new TypedDocumentString(`
    mutation AddStoreClosure($storeId: ID!, $date: String!, $reason: String!) {
  addStoreClosure(storeId: $storeId, date: $date, reason: $reason) {
    ...StoreSettingsFields
  }
}
    fragment StoreSettingsFields on StoreSettings {
  store {
    id
    name
    is24h
    openingHours {
      weekday
      opens
      closes
    }
    deliveryEnabled
    pickupEnabled
    deliveryAreaKind
    deliveryRadiusM
    deliveryPolygon
    deliveryFeeFen
    freeDeliveryFromFen
    minOrderFen
    slotMinutes
    pickingCapacity
    deliveryPaused
    extraPromiseMinutes
  }
  closures {
    date
    reason
  }
}`, {"hash":"0f48d61729b5dfa44a3e6d3c712e86e4a7d848c4ec83047334e98d7a5139d642"}) as unknown as TypedDocumentString<AddStoreClosureMutation, AddStoreClosureMutationVariables>;
export const RemoveStoreClosureDocument = new TypedDocumentString(`
    mutation RemoveStoreClosure($storeId: ID!, $date: String!) {
  removeStoreClosure(storeId: $storeId, date: $date) {
    ...StoreSettingsFields
  }
}
    fragment StoreSettingsFields on StoreSettings {
  store {
    id
    name
    is24h
    openingHours {
      weekday
      opens
      closes
    }
    deliveryEnabled
    pickupEnabled
    deliveryAreaKind
    deliveryRadiusM
    deliveryPolygon
    deliveryFeeFen
    freeDeliveryFromFen
    minOrderFen
    slotMinutes
    pickingCapacity
    deliveryPaused
    extraPromiseMinutes
  }
  closures {
    date
    reason
  }
}`, {"hash":"e00effa595b73a9eaa56f7f42f4bf953e06c7493c7e384fcd3545b8f2dac7447"}) as unknown as TypedDocumentString<RemoveStoreClosureMutation, RemoveStoreClosureMutationVariables>;
export const SetStoreDeliveryDocument = new TypedDocumentString(`
    mutation SetStoreDelivery($storeId: ID!, $input: StoreDeliveryInput!) {
  setStoreDelivery(storeId: $storeId, input: $input) {
    ...StoreSettingsFields
  }
}
    fragment StoreSettingsFields on StoreSettings {
  store {
    id
    name
    is24h
    openingHours {
      weekday
      opens
      closes
    }
    deliveryEnabled
    pickupEnabled
    deliveryAreaKind
    deliveryRadiusM
    deliveryPolygon
    deliveryFeeFen
    freeDeliveryFromFen
    minOrderFen
    slotMinutes
    pickingCapacity
    deliveryPaused
    extraPromiseMinutes
  }
  closures {
    date
    reason
  }
}`, {"hash":"84f8b0acda2c6b4665de427d43c4e25ad7399e1e9e188a92dbdd154f082b9164"}) as unknown as TypedDocumentString<SetStoreDeliveryMutation, SetStoreDeliveryMutationVariables>;
export const SetStoreDeliveryAreaDocument = new TypedDocumentString(`
    mutation SetStoreDeliveryArea($storeId: ID!, $area: DeliveryAreaInput!) {
  setStoreDeliveryArea(storeId: $storeId, area: $area) {
    ...StoreSettingsFields
  }
}
    fragment StoreSettingsFields on StoreSettings {
  store {
    id
    name
    is24h
    openingHours {
      weekday
      opens
      closes
    }
    deliveryEnabled
    pickupEnabled
    deliveryAreaKind
    deliveryRadiusM
    deliveryPolygon
    deliveryFeeFen
    freeDeliveryFromFen
    minOrderFen
    slotMinutes
    pickingCapacity
    deliveryPaused
    extraPromiseMinutes
  }
  closures {
    date
    reason
  }
}`, {"hash":"f400912287f99c9480362c505fd9f0c1d1b063ac8d9c4d7ef1145e8da3089d1b"}) as unknown as TypedDocumentString<SetStoreDeliveryAreaMutation, SetStoreDeliveryAreaMutationVariables>;
export const SetStoreBusyDocument = new TypedDocumentString(`
    mutation SetStoreBusy($storeId: ID!, $deliveryPaused: Boolean!, $extraPromiseMinutes: Int!) {
  setStoreBusy(
    storeId: $storeId
    deliveryPaused: $deliveryPaused
    extraPromiseMinutes: $extraPromiseMinutes
  ) {
    ...StoreSettingsFields
  }
}
    fragment StoreSettingsFields on StoreSettings {
  store {
    id
    name
    is24h
    openingHours {
      weekday
      opens
      closes
    }
    deliveryEnabled
    pickupEnabled
    deliveryAreaKind
    deliveryRadiusM
    deliveryPolygon
    deliveryFeeFen
    freeDeliveryFromFen
    minOrderFen
    slotMinutes
    pickingCapacity
    deliveryPaused
    extraPromiseMinutes
  }
  closures {
    date
    reason
  }
}`, {"hash":"bf32f5dbf38b18b94a80c7c622e71111d53fa61b4d2e061de1b368f3178e121d"}) as unknown as TypedDocumentString<SetStoreBusyMutation, SetStoreBusyMutationVariables>;
export const StoreShelfDocument = new TypedDocumentString(`
    query StoreShelf($storeId: ID!, $query: String!) {
  storeShelf(storeId: $storeId, query: $query, first: 30) {
    nodes {
      ...ShelfItemFields
    }
  }
}
    fragment ShelfItemFields on ShelfItem {
  productId
  name
  barcode
  image {
    thumb
  }
  onSale
  priceFen
  memberPriceFen
  basePriceFen
  priceBandMinFen
  priceBandMaxFen
  lowStockThreshold
  onHand
  available
}`, {"hash":"c970236c71b1fb03ee4ebe7b97646e95ef3a07e1711ff81dfb6d94ba9d3e1073"}) as unknown as TypedDocumentString<StoreShelfQuery, StoreShelfQueryVariables>;
export const SetShelfItemDocument = new TypedDocumentString(`
    mutation SetShelfItem($storeId: ID!, $productId: ID!, $input: ShelfItemInput!) {
  setShelfItem(storeId: $storeId, productId: $productId, input: $input) {
    ...ShelfItemFields
  }
}
    fragment ShelfItemFields on ShelfItem {
  productId
  name
  barcode
  image {
    thumb
  }
  onSale
  priceFen
  memberPriceFen
  basePriceFen
  priceBandMinFen
  priceBandMaxFen
  lowStockThreshold
  onHand
  available
}`, {"hash":"a1a5d5b75235583f35bece3bd28272578897188d1784d3f80cb58f5f70195c93"}) as unknown as TypedDocumentString<SetShelfItemMutation, SetShelfItemMutationVariables>;