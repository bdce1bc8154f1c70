import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StoreWithSchedule, NearbyStoreResult } from '../../../bff/src/stores/service.ts';
import type { AddressModel } from '../../../bff/src/addresses/service.ts';
import type { AuthSessionModel } from '../../../bff/src/auth/resolvers.ts';
import type { User, Order as OrderModel, OrderEvent as OrderEventModel, Coupon as CouponModel } from '../../../bff/src/generated/prisma/client.ts';
import type { MemberCardModel, PointsEntryModel, StoredValueEntryModel, TillMemberModel } from '../../../bff/src/members/service.ts';
import type { PlaceModel } from '../../../bff/src/stores/places.ts';
import type { StoreSettingsModel } from '../../../bff/src/stores/settings.ts';
import type { ShelfRow, PriceBandRow } from '../../../bff/src/stores/sql.ts';
import type { ShelfPage } from '../../../bff/src/stores/shelf.ts';
import type { CategoryNode, StoreProductModel, ProductPage, SearchPage } from '../../../bff/src/catalog/service.ts';
import type { ElsewhereRow } from '../../../bff/src/catalog/sql.ts';
import type { CartModel, CartItemModel, QuoteModel, ReorderModel, OrderItemModel } from '../../../bff/src/orders/service.ts';
import type { PricedLine } from '../../../bff/src/pricing/engine.ts';
import type { QrCodeWithTargets, SceneTargetModel, QrReportModel } from '../../../bff/src/qr/service.ts';
import type { CampaignModel, CampaignProductModel } from '../../../bff/src/campaigns/model.ts';
import type { CatalogProductModel } from '../../../bff/src/catalog/content.ts';
import type { ClaimCouponModel } from '../../../bff/src/campaigns/service.ts';
import type { PromotionModel, PreviewModel, CouponTemplateModel, GrantBatchModel } from '../../../bff/src/marketing/service.ts';
import type { QrStatsRow } from '../../../bff/src/qr/sql.ts';
import type { QueueModel, QueueEntryModel, TillSessionModel, TillReceiptModel, StaffQuoteModel } from '../../../bff/src/staff/service.ts';
import type { StockLineModel } from '../../../bff/src/inventory/service.ts';
import type { MovementRow } from '../../../bff/src/inventory/sql.ts';
import type { FailedRefundRow } from '../../../bff/src/payments/sql.ts';
import type { StoreEvent } from '../../../bff/src/staff-events/sql.ts';
import type { StoreDayFiguresModel } from '../../../bff/src/figures/service.ts';
import type { TopProductRow } from '../../../bff/src/figures/sql.ts';
import type { AuditEntryModel } from '../../../bff/src/audit/service.ts';
import type { InvitationModel, StaffMemberModel, RoleModel } from '../../../bff/src/people/service.ts';
import type { ClientModel } from '../../../bff/src/integrations/service.ts';
import type { KeyRow, DeliveryRow, PriceChangeLogRow } from '../../../bff/src/integrations/sql.ts';
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
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** Who changed what, when and where, through the staff tools. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorName?: Maybe<Scalars['String']['output']>;
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
  storeId?: Maybe<Scalars['ID']['output']>;
  storeName?: Maybe<Scalars['String']['output']>;
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
  banner?: Maybe<ProductImage>;
  /** The banner's id in the image store, for the editing form. */
  bannerImageId?: Maybe<Scalars['String']['output']>;
  /**
   * The first of coupons: what mini-program releases from before several coupons per campaign read.
   * @deprecated Use coupons.
   */
  coupon?: Maybe<CampaignCoupon>;
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
  storeId?: Maybe<Scalars['ID']['output']>;
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
  storeId?: Maybe<Scalars['ID']['output']>;
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
  image?: Maybe<ProductImage>;
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
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CartItem = {
  __typename?: 'CartItem';
  /** Units the store can sell now; less than quantity means the line must be reduced before checkout. */
  available: Scalars['Int']['output'];
  /** The product's main image; null when it has none (the client shows its placeholder). */
  image?: Maybe<ProductImage>;
  maxPerOrder: Scalars['Int']['output'];
  memberPriceFen?: Maybe<Scalars['Int']['output']>;
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
  addOns?: Maybe<AddOns>;
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
  priceBandMaxFen?: Maybe<Scalars['Int']['output']>;
  /** head office's band for stores' prices (setProductPriceBand); null: no bound on that side */
  priceBandMinFen?: Maybe<Scalars['Int']['output']>;
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
  reason?: Maybe<Scalars['String']['output']>;
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
  reason?: Maybe<Scalars['String']['output']>;
  userCouponId: Scalars['ID']['output'];
  validTo: Scalars['DateTime']['output'];
};

export type CouponTemplate = {
  __typename?: 'CouponTemplate';
  /** null: delivery and pickup alike */
  fulfilment?: Maybe<FulfilmentType>;
  grantOnJoin: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  issuedCount: Scalars['Int']['output'];
  kind: CouponKind;
  maxDiscountFen?: Maybe<Scalars['Int']['output']>;
  minSpendFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  perUserLimit: Scalars['Int']['output'];
  status: MarketingStatus;
  /** null: every store */
  storeId?: Maybe<Scalars['ID']['output']>;
  /** 满¥30减¥5, 无门槛减¥3, 满¥0 9折 最高减¥10 */
  terms: Scalars['String']['output'];
  /** null: no limit */
  totalQuantity?: Maybe<Scalars['Int']['output']>;
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
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  /** what WeChat Pay said about it */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** set once a manager recorded how it was settled */
  handledAt?: Maybe<Scalars['DateTime']['output']>;
  handledNote?: Maybe<Scalars['String']['output']>;
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
  orders?: Maybe<Scalars['Int']['output']>;
  /** what those orders paid less what was refunded of them, in fen; null for an hour that has not begun */
  salesFen?: Maybe<Scalars['Int']['output']>;
};

/** A system calling /integrations/v1: the chain's ERP (storeId null: every store) or one store's till. */
export type IntegrationClient = {
  __typename?: 'IntegrationClient';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  keys: Array<IntegrationKey>;
  name: Scalars['String']['output'];
  /** the till's store; null for the ERP, which acts for every store */
  storeId?: Maybe<Scalars['ID']['output']>;
  /** where its webhooks go (events of its scope: orders paid, completed, refunded; stock movements); null: none */
  webhookUrl?: Maybe<Scalars['String']['output']>;
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
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** the event id, sent as X-Corner-Event-Id: receivers deduplicate on it */
  eventId: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
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
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** sent as X-Corner-Key */
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type InventoryMovement = {
  __typename?: 'InventoryMovement';
  actorName?: Maybe<Scalars['String']['output']>;
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
  usedAt?: Maybe<Scalars['DateTime']['output']>;
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
  _noop?: Maybe<Scalars['Boolean']['output']>;
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
  deliveryEstimateMinutes?: Maybe<Scalars['Int']['output']>;
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
  note?: Maybe<Scalars['String']['output']>;
  orderNo: Scalars['String']['output'];
  /**
   * The price breakdown as placed, the same steps as the Quote's: originalTotalFen − memberDiscountFen −
   * itemPromotionDiscountFen − thresholdDiscountFen − couponDiscountFen − pointsDiscountFen +
   * deliveryFeeFen = payableFen. Refunds are refundedFen, apart from it.
   */
  originalTotalFen: Scalars['Int']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** unpaid orders are cancelled at this time */
  payBefore?: Maybe<Scalars['DateTime']['output']>;
  payableFen: Scalars['Int']['output'];
  /**
   * 6 digits, for PICKUP orders once paid until handed over; null otherwise. Shown only to the shopper who
   * placed the order (it is the shopper's proof at the counter): null in every staff answer.
   */
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
  from?: Maybe<OrderStatus>;
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
  image?: Maybe<ProductImage>;
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
  substitute?: Maybe<OrderItemSubstitute>;
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
  name?: Maybe<Scalars['String']['output']>;
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
  clientId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  effectiveAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** null: no member price */
  memberPriceFen?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  previousMemberPriceFen?: Maybe<Scalars['Int']['output']>;
  /** what sold before it was applied */
  previousPriceFen?: Maybe<Scalars['Int']['output']>;
  priceFen: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  reference?: Maybe<Scalars['String']['output']>;
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  /** when the source changed it */
  sourceUpdatedAt: Scalars['DateTime']['output'];
  status: PriceChangeStatus;
  /** null: the chain's base price */
  storeId?: Maybe<Scalars['ID']['output']>;
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
  priceBandMaxFen?: Maybe<Scalars['Int']['output']>;
  priceBandMinFen?: Maybe<Scalars['Int']['output']>;
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
  percentOff?: Maybe<Scalars['Int']['output']>;
  priority: Scalars['Int']['output'];
  /** productIds and categoryIds both empty: every product */
  productIds: Array<Scalars['ID']['output']>;
  /** the products of productIds with their names, for the operator's form */
  products: Array<PromotionProduct>;
  /** BUY_N_DISCOUNT only */
  quantity?: Maybe<Scalars['Int']['output']>;
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
  campaignId?: Maybe<Scalars['ID']['output']>;
  campaignTitle?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
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
  productId?: Maybe<Scalars['ID']['output']>;
  productName?: Maybe<Scalars['String']['output']>;
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
  couponGrantBatch?: Maybe<CouponGrantBatch>;
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
  viewer?: Maybe<Viewer>;
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
  bestOfferHint?: Maybe<Scalars['String']['output']>;
  /**
   * The applicable coupon that takes the most off this basket (ties: the one expiring first); null when
   * none applies. Checkout selects it until the shopper picks another coupon or none.
   */
  bestUserCouponId?: Maybe<Scalars['ID']['output']>;
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
  campaignId?: Maybe<Scalars['ID']['output']>;
  kind: QrTargetKind;
  productId?: Maybe<Scalars['ID']['output']>;
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
  image?: Maybe<ProductImage>;
  lowStockThreshold: Scalars['Int']['output'];
  /** null: no member price at this store */
  memberPriceFen?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  onHand: Scalars['Int']['output'];
  onSale: Scalars['Boolean']['output'];
  priceBandMaxFen?: Maybe<Scalars['Int']['output']>;
  /** head office's band for the store's prices; null: no bound on that side */
  priceBandMinFen?: Maybe<Scalars['Int']['output']>;
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
  storeId?: Maybe<Scalars['ID']['output']>;
};

export type StaffInvitation = {
  __typename?: 'StaffInvitation';
  createdAt: Scalars['DateTime']['output'];
  creatorName?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: StaffRoleDefinition;
  /** OPEN, USED, REVOKED or EXPIRED */
  state: Scalars['String']['output'];
  storeId?: Maybe<Scalars['ID']['output']>;
  storeName?: Maybe<Scalars['String']['output']>;
  usedAt?: Maybe<Scalars['DateTime']['output']>;
  usedByName?: Maybe<Scalars['String']['output']>;
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
  storeId?: Maybe<Scalars['ID']['output']>;
};

/** A person with a role at a store, or over the whole chain. */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** remove with removeStaffMember(assignmentId) */
  assignmentId: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** masked: 138****0003 */
  phone?: Maybe<Scalars['String']['output']>;
  role: StaffRoleDefinition;
  since: Scalars['DateTime']['output'];
  /** null: the whole chain */
  storeId?: Maybe<Scalars['ID']['output']>;
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
  orderId?: Maybe<Scalars['ID']['output']>;
  orderNo?: Maybe<Scalars['String']['output']>;
  status?: Maybe<OrderStatus>;
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
  deliveryPolygon?: Maybe<Array<Array<Scalars['Float']['output']>>>;
  /** Delivery radius in metres when deliveryAreaKind is RADIUS. */
  deliveryRadiusM?: Maybe<Scalars['Int']['output']>;
  district: Scalars['String']['output'];
  /** The busy switch: minutes added to every new promise (delivery and pickup). */
  extraPromiseMinutes: Scalars['Int']['output'];
  freeDeliveryFromFen?: Maybe<Scalars['Int']['output']>;
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
  averagePickingSeconds?: Maybe<Scalars['Int']['output']>;
  /** salesFen / orders, rounded; null without orders */
  averageTicketFen?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD, Asia/Shanghai */
  date: Scalars['String']['output'];
  /** the 24 hours of today by orders paid, with the same weekday a week before */
  hours: Array<HourFigures>;
  /** the same weekday a week before, which the hours are compared with */
  lastWeekDate: Scalars['String']['output'];
  /** promised today and handed on after it, or still not picked past it */
  lateOrders: Scalars['Int']['output'];
  /** promisesKept / promisesDue (0–1); null when none is due yet */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
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
  image?: Maybe<ProductImage>;
  /** Every image of the product, the main one first (the product page's gallery). */
  images: Array<ProductImage>;
  maxPerOrder: Scalars['Int']['output'];
  /** Member price at this store, in fen; null when there is none. */
  memberPriceFen?: Maybe<Scalars['Int']['output']>;
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
  nickname?: Maybe<Scalars['String']['output']>;
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
  image?: Maybe<ProductImage>;
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
  AddOns: ResolverTypeWrapper<Omit<AddOns, 'products'> & { products: Array<ResolversTypes['StoreProduct']> }>;
  Address: ResolverTypeWrapper<AddressModel>;
  AddressInput: AddressInput;
  AdjustStoredValueInput: AdjustStoredValueInput;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditPage: ResolverTypeWrapper<Omit<AuditPage, 'entries'> & { entries: Array<ResolversTypes['AuditEntry']> }>;
  AuthSession: ResolverTypeWrapper<AuthSessionModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Campaign: ResolverTypeWrapper<CampaignModel>;
  CampaignCoupon: ResolverTypeWrapper<CouponModel>;
  CampaignInput: CampaignInput;
  CampaignProduct: ResolverTypeWrapper<CampaignProductModel>;
  CampaignReport: ResolverTypeWrapper<Omit<CampaignReport, 'campaign' | 'stats'> & { campaign: ResolversTypes['Campaign'], stats: ResolversTypes['QrStats'] }>;
  Cart: ResolverTypeWrapper<CartModel>;
  CartItem: ResolverTypeWrapper<CartItemModel>;
  CartQuote: ResolverTypeWrapper<Omit<CartQuote, 'addOns' | 'quote'> & { addOns?: Maybe<ResolversTypes['AddOns']>, quote: ResolversTypes['Quote'] }>;
  CatalogImage: ResolverTypeWrapper<CatalogImage>;
  CatalogProduct: ResolverTypeWrapper<CatalogProductModel>;
  CatalogProductConnection: ResolverTypeWrapper<Omit<CatalogProductConnection, 'nodes'> & { nodes: Array<ResolversTypes['CatalogProduct']> }>;
  Category: ResolverTypeWrapper<CategoryNode>;
  CheckoutInput: CheckoutInput;
  CheckoutItemInput: CheckoutItemInput;
  ClaimCouponResult: ResolverTypeWrapper<ClaimCouponModel>;
  CouponGrantBatch: ResolverTypeWrapper<GrantBatchModel>;
  CouponGrantRow: ResolverTypeWrapper<CouponGrantRow>;
  CouponGrantRowStatus: CouponGrantRowStatus;
  CouponKind: CouponKind;
  CouponOption: ResolverTypeWrapper<CouponOption>;
  CouponTemplate: ResolverTypeWrapper<CouponTemplateModel>;
  CouponTemplateInput: CouponTemplateInput;
  CreateQrCodeInput: CreateQrCodeInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryAreaInput: DeliveryAreaInput;
  DeliveryAreaKind: DeliveryAreaKind;
  DeliveryPromise: ResolverTypeWrapper<DeliveryPromise>;
  FailedRefund: ResolverTypeWrapper<FailedRefundRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FulfilmentSlot: ResolverTypeWrapper<FulfilmentSlot>;
  FulfilmentType: FulfilmentType;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GrantCouponsInput: GrantCouponsInput;
  HourFigures: ResolverTypeWrapper<HourFigures>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntegrationClient: ResolverTypeWrapper<ClientModel>;
  IntegrationCredential: ResolverTypeWrapper<Omit<IntegrationCredential, 'client'> & { client: ResolversTypes['IntegrationClient'] }>;
  IntegrationDelivery: ResolverTypeWrapper<DeliveryRow>;
  IntegrationDeliveryStatus: IntegrationDeliveryStatus;
  IntegrationKey: ResolverTypeWrapper<KeyRow>;
  InventoryMovement: ResolverTypeWrapper<MovementRow>;
  Latitude: ResolverTypeWrapper<Scalars['Latitude']['output']>;
  LedgerRefType: LedgerRefType;
  LocationInput: LocationInput;
  Longitude: ResolverTypeWrapper<Scalars['Longitude']['output']>;
  MarketingStatus: MarketingStatus;
  MemberCard: ResolverTypeWrapper<MemberCardModel>;
  MemberCode: ResolverTypeWrapper<MemberCode>;
  MemberCoupon: ResolverTypeWrapper<MemberCoupon>;
  MemberCouponState: MemberCouponState;
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
  OrderItemSubstitute: ResolverTypeWrapper<OrderItemSubstitute>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentMethod: PaymentMethod;
  PaymentOutcome: ResolverTypeWrapper<Omit<PaymentOutcome, 'order'> & { order: ResolversTypes['Order'] }>;
  Permission: Permission;
  PermissionInfo: ResolverTypeWrapper<PermissionInfo>;
  PickupLock: ResolverTypeWrapper<PickupLock>;
  PickupLockLift: ResolverTypeWrapper<PickupLockLift>;
  Place: ResolverTypeWrapper<PlaceModel>;
  PlaceKind: PlaceKind;
  PointsBalance: ResolverTypeWrapper<PointsBalance>;
  PointsEntry: ResolverTypeWrapper<PointsEntryModel>;
  PointsEntryConnection: ResolverTypeWrapper<Omit<PointsEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['PointsEntry']> }>;
  PointsEntryType: PointsEntryType;
  PreviewItemInput: PreviewItemInput;
  PriceAdjustment: ResolverTypeWrapper<PriceAdjustment>;
  PriceAdjustmentKind: PriceAdjustmentKind;
  PriceChange: ResolverTypeWrapper<PriceChangeLogRow>;
  PriceChangeStatus: PriceChangeStatus;
  ProductBadge: ProductBadge;
  ProductCategoryChoice: ResolverTypeWrapper<ProductCategoryChoice>;
  ProductContentInput: ProductContentInput;
  ProductImage: ResolverTypeWrapper<ProductImage>;
  ProductPriceBand: ResolverTypeWrapper<PriceBandRow>;
  ProductSearchResult: ResolverTypeWrapper<SearchPage>;
  ProductStatus: ProductStatus;
  ProductStockElsewhere: ResolverTypeWrapper<ElsewhereRow>;
  Promotion: ResolverTypeWrapper<PromotionModel>;
  PromotionInput: PromotionInput;
  PromotionKind: PromotionKind;
  PromotionPreview: ResolverTypeWrapper<PreviewModel>;
  PromotionPreviewInput: PromotionPreviewInput;
  PromotionProduct: ResolverTypeWrapper<PromotionProduct>;
  QrCode: ResolverTypeWrapper<QrCodeWithTargets>;
  QrCodeReport: ResolverTypeWrapper<Omit<QrCodeReport, 'code' | 'stats'> & { code: ResolversTypes['QrCode'], stats: ResolversTypes['QrStats'] }>;
  QrFunnel: ResolverTypeWrapper<QrFunnel>;
  QrReport: ResolverTypeWrapper<QrReportModel>;
  QrStats: ResolverTypeWrapper<QrStatsRow>;
  QrTargetKind: QrTargetKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteModel>;
  QuoteLine: ResolverTypeWrapper<PricedLine>;
  ReorderResult: ResolverTypeWrapper<ReorderModel>;
  ReorderShortfall: ResolverTypeWrapper<ReorderShortfall>;
  SceneTarget: ResolverTypeWrapper<SceneTargetModel>;
  ShelfConnection: ResolverTypeWrapper<ShelfPage>;
  ShelfItem: ResolverTypeWrapper<ShelfRow>;
  ShelfItemInput: ShelfItemInput;
  StaffAssignment: ResolverTypeWrapper<StaffAssignment>;
  StaffInvitation: ResolverTypeWrapper<InvitationModel>;
  StaffInvitationCode: ResolverTypeWrapper<Omit<StaffInvitationCode, 'role'> & { role: ResolversTypes['StaffRoleDefinition'] }>;
  StaffMember: ResolverTypeWrapper<StaffMemberModel>;
  StaffOrderItemInput: StaffOrderItemInput;
  StaffPlaceOrderInput: StaffPlaceOrderInput;
  StaffQueue: ResolverTypeWrapper<QueueModel>;
  StaffQueueEntry: ResolverTypeWrapper<QueueEntryModel>;
  StaffQuote: ResolverTypeWrapper<StaffQuoteModel>;
  StaffQuoteInput: StaffQuoteInput;
  StaffRoleDefinition: ResolverTypeWrapper<RoleModel>;
  StaffStockLine: ResolverTypeWrapper<StockLineModel>;
  StaffStore: ResolverTypeWrapper<StaffStore>;
  StaffStoreEvent: ResolverTypeWrapper<StoreEvent>;
  StaffStoreEventType: StaffStoreEventType;
  Store: ResolverTypeWrapper<StoreWithSchedule>;
  StoreClosure: ResolverTypeWrapper<StoreClosure>;
  StoreDayFigures: ResolverTypeWrapper<StoreDayFiguresModel>;
  StoreDeliveryInput: StoreDeliveryInput;
  StoreHoursInput: StoreHoursInput;
  StoreProduct: ResolverTypeWrapper<StoreProductModel>;
  StoreProductConnection: ResolverTypeWrapper<ProductPage>;
  StoreSettings: ResolverTypeWrapper<StoreSettingsModel>;
  StoredValueEntry: ResolverTypeWrapper<StoredValueEntryModel>;
  StoredValueEntryConnection: ResolverTypeWrapper<Omit<StoredValueEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['StoredValueEntry']> }>;
  StoredValueEntryType: StoredValueEntryType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ThresholdTier: ResolverTypeWrapper<ThresholdTier>;
  ThresholdTierInput: ThresholdTierInput;
  TillCoupon: ResolverTypeWrapper<TillCoupon>;
  TillMember: ResolverTypeWrapper<TillMemberModel>;
  TillReceipt: ResolverTypeWrapper<TillReceiptModel>;
  TillSession: ResolverTypeWrapper<TillSessionModel>;
  TopProduct: ResolverTypeWrapper<TopProductRow>;
  Viewer: ResolverTypeWrapper<User>;
  WechatPaymentParams: ResolverTypeWrapper<WechatPaymentParams>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddOns: Omit<AddOns, 'products'> & { products: Array<ResolversParentTypes['StoreProduct']> };
  Address: AddressModel;
  AddressInput: AddressInput;
  AdjustStoredValueInput: AdjustStoredValueInput;
  AuditChange: AuditChange;
  AuditEntry: AuditEntryModel;
  AuditPage: Omit<AuditPage, 'entries'> & { entries: Array<ResolversParentTypes['AuditEntry']> };
  AuthSession: AuthSessionModel;
  Boolean: Scalars['Boolean']['output'];
  Campaign: CampaignModel;
  CampaignCoupon: CouponModel;
  CampaignInput: CampaignInput;
  CampaignProduct: CampaignProductModel;
  CampaignReport: Omit<CampaignReport, 'campaign' | 'stats'> & { campaign: ResolversParentTypes['Campaign'], stats: ResolversParentTypes['QrStats'] };
  Cart: CartModel;
  CartItem: CartItemModel;
  CartQuote: Omit<CartQuote, 'addOns' | 'quote'> & { addOns?: Maybe<ResolversParentTypes['AddOns']>, quote: ResolversParentTypes['Quote'] };
  CatalogImage: CatalogImage;
  CatalogProduct: CatalogProductModel;
  CatalogProductConnection: Omit<CatalogProductConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['CatalogProduct']> };
  Category: CategoryNode;
  CheckoutInput: CheckoutInput;
  CheckoutItemInput: CheckoutItemInput;
  ClaimCouponResult: ClaimCouponModel;
  CouponGrantBatch: GrantBatchModel;
  CouponGrantRow: CouponGrantRow;
  CouponOption: CouponOption;
  CouponTemplate: CouponTemplateModel;
  CouponTemplateInput: CouponTemplateInput;
  CreateQrCodeInput: CreateQrCodeInput;
  DateTime: Scalars['DateTime']['output'];
  DeliveryAreaInput: DeliveryAreaInput;
  DeliveryPromise: DeliveryPromise;
  FailedRefund: FailedRefundRow;
  Float: Scalars['Float']['output'];
  FulfilmentSlot: FulfilmentSlot;
  GeoPoint: GeoPoint;
  GrantCouponsInput: GrantCouponsInput;
  HourFigures: HourFigures;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  IntegrationClient: ClientModel;
  IntegrationCredential: Omit<IntegrationCredential, 'client'> & { client: ResolversParentTypes['IntegrationClient'] };
  IntegrationDelivery: DeliveryRow;
  IntegrationKey: KeyRow;
  InventoryMovement: MovementRow;
  Latitude: Scalars['Latitude']['output'];
  LocationInput: LocationInput;
  Longitude: Scalars['Longitude']['output'];
  MemberCard: MemberCardModel;
  MemberCode: MemberCode;
  MemberCoupon: MemberCoupon;
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
  OrderItemSubstitute: OrderItemSubstitute;
  PageInfo: PageInfo;
  PaymentOutcome: Omit<PaymentOutcome, 'order'> & { order: ResolversParentTypes['Order'] };
  PermissionInfo: PermissionInfo;
  PickupLock: PickupLock;
  PickupLockLift: PickupLockLift;
  Place: PlaceModel;
  PointsBalance: PointsBalance;
  PointsEntry: PointsEntryModel;
  PointsEntryConnection: Omit<PointsEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['PointsEntry']> };
  PreviewItemInput: PreviewItemInput;
  PriceAdjustment: PriceAdjustment;
  PriceChange: PriceChangeLogRow;
  ProductCategoryChoice: ProductCategoryChoice;
  ProductContentInput: ProductContentInput;
  ProductImage: ProductImage;
  ProductPriceBand: PriceBandRow;
  ProductSearchResult: SearchPage;
  ProductStockElsewhere: ElsewhereRow;
  Promotion: PromotionModel;
  PromotionInput: PromotionInput;
  PromotionPreview: PreviewModel;
  PromotionPreviewInput: PromotionPreviewInput;
  PromotionProduct: PromotionProduct;
  QrCode: QrCodeWithTargets;
  QrCodeReport: Omit<QrCodeReport, 'code' | 'stats'> & { code: ResolversParentTypes['QrCode'], stats: ResolversParentTypes['QrStats'] };
  QrFunnel: QrFunnel;
  QrReport: QrReportModel;
  QrStats: QrStatsRow;
  Query: Record<PropertyKey, never>;
  Quote: QuoteModel;
  QuoteLine: PricedLine;
  ReorderResult: ReorderModel;
  ReorderShortfall: ReorderShortfall;
  SceneTarget: SceneTargetModel;
  ShelfConnection: ShelfPage;
  ShelfItem: ShelfRow;
  ShelfItemInput: ShelfItemInput;
  StaffAssignment: StaffAssignment;
  StaffInvitation: InvitationModel;
  StaffInvitationCode: Omit<StaffInvitationCode, 'role'> & { role: ResolversParentTypes['StaffRoleDefinition'] };
  StaffMember: StaffMemberModel;
  StaffOrderItemInput: StaffOrderItemInput;
  StaffPlaceOrderInput: StaffPlaceOrderInput;
  StaffQueue: QueueModel;
  StaffQueueEntry: QueueEntryModel;
  StaffQuote: StaffQuoteModel;
  StaffQuoteInput: StaffQuoteInput;
  StaffRoleDefinition: RoleModel;
  StaffStockLine: StockLineModel;
  StaffStore: StaffStore;
  StaffStoreEvent: StoreEvent;
  Store: StoreWithSchedule;
  StoreClosure: StoreClosure;
  StoreDayFigures: StoreDayFiguresModel;
  StoreDeliveryInput: StoreDeliveryInput;
  StoreHoursInput: StoreHoursInput;
  StoreProduct: StoreProductModel;
  StoreProductConnection: ProductPage;
  StoreSettings: StoreSettingsModel;
  StoredValueEntry: StoredValueEntryModel;
  StoredValueEntryConnection: Omit<StoredValueEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['StoredValueEntry']> };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  ThresholdTier: ThresholdTier;
  ThresholdTierInput: ThresholdTierInput;
  TillCoupon: TillCoupon;
  TillMember: TillMemberModel;
  TillReceipt: TillReceiptModel;
  TillSession: TillSessionModel;
  TopProduct: TopProductRow;
  Viewer: User;
  WechatPaymentParams: WechatPaymentParams;
}>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = any, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type SignedInDirectiveArgs = { };

export type SignedInDirectiveResolver<Result, Parent, ContextType = any, Args = SignedInDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type StaffDirectiveArgs = {
  permission: Permission;
};

export type StaffDirectiveResolver<Result, Parent, ContextType = any, Args = StaffDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddOnsResolvers<ContextType = any, ParentType extends ResolversParentTypes['AddOns'] = ResolversParentTypes['AddOns']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['OfferHintKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['StoreProduct']>, ParentType, ContextType>;
  shortfallFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AddressResolvers<ContextType = any, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  storeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuthSessionResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuthSession'] = ResolversParentTypes['AuthSession']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type CampaignResolvers<ContextType = any, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign']> = ResolversObject<{
  banner?: Resolver<Maybe<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  bannerImageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coupon?: Resolver<Maybe<ResolversTypes['CampaignCoupon']>, ParentType, ContextType>;
  coupons?: Resolver<Array<ResolversTypes['CampaignCoupon']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  featured?: Resolver<Array<ResolversTypes['CampaignProduct']>, ParentType, ContextType>;
  featuredProducts?: Resolver<Array<ResolversTypes['StoreProduct']>, ParentType, ContextType, RequireFields<CampaignFeaturedProductsArgs, 'storeId'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CampaignCouponResolvers<ContextType = any, ParentType extends ResolversParentTypes['CampaignCoupon'] = ResolversParentTypes['CampaignCoupon']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claimedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minSpendFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CampaignProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['CampaignProduct'] = ResolversParentTypes['CampaignProduct']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CampaignReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['CampaignReport'] = ResolversParentTypes['CampaignReport']> = ResolversObject<{
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['QrStats'], ParentType, ContextType>;
}>;

export type CartResolvers<ContextType = any, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['CartItem']>, ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type CartItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['CartItem'] = ResolversParentTypes['CartItem']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  maxPerOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CartQuoteResolvers<ContextType = any, ParentType extends ResolversParentTypes['CartQuote'] = ResolversParentTypes['CartQuote']> = ResolversObject<{
  addOns?: Resolver<Maybe<ResolversTypes['AddOns']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
}>;

export type CatalogImageResolvers<ContextType = any, ParentType extends ResolversParentTypes['CatalogImage'] = ResolversParentTypes['CatalogImage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  large?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thumb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CatalogProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['CatalogProduct'] = ResolversParentTypes['CatalogProduct']> = ResolversObject<{
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basePriceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  categoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  categoryPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  featured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['CatalogImage']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceBandMaxFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceBandMinFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductStatus'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CatalogProductConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CatalogProductConnection'] = ResolversParentTypes['CatalogProductConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['CatalogProduct']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CategoryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = ResolversObject<{
  availableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClaimCouponResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['ClaimCouponResult'] = ResolversParentTypes['ClaimCouponResult']> = ResolversObject<{
  alreadyClaimed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  couponName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userCouponId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CouponGrantBatchResolvers<ContextType = any, ParentType extends ResolversParentTypes['CouponGrantBatch'] = ResolversParentTypes['CouponGrantBatch']> = ResolversObject<{
  couponId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finished?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['CouponGrantRow']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouponGrantRowResolvers<ContextType = any, ParentType extends ResolversParentTypes['CouponGrantRow'] = ResolversParentTypes['CouponGrantRow']> = ResolversObject<{
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CouponGrantRowStatus'], ParentType, ContextType>;
}>;

export type CouponOptionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CouponOption'] = ResolversParentTypes['CouponOption']> = ResolversObject<{
  applicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  discountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userCouponId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CouponTemplateResolvers<ContextType = any, ParentType extends ResolversParentTypes['CouponTemplate'] = ResolversParentTypes['CouponTemplate']> = ResolversObject<{
  fulfilment?: Resolver<Maybe<ResolversTypes['FulfilmentType']>, ParentType, ContextType>;
  grantOnJoin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CouponKind'], ParentType, ContextType>;
  maxDiscountFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minSpendFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perUserLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MarketingStatus'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type FailedRefundResolvers<ContextType = any, ParentType extends ResolversParentTypes['FailedRefund'] = ResolversParentTypes['FailedRefund']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handledNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type HourFiguresResolvers<ContextType = any, ParentType extends ResolversParentTypes['HourFigures'] = ResolversParentTypes['HourFigures']> = ResolversObject<{
  hour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastWeekOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastWeekSalesFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  salesFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type IntegrationClientResolvers<ContextType = any, ParentType extends ResolversParentTypes['IntegrationClient'] = ResolversParentTypes['IntegrationClient']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['IntegrationKey']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  webhookUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IntegrationCredentialResolvers<ContextType = any, ParentType extends ResolversParentTypes['IntegrationCredential'] = ResolversParentTypes['IntegrationCredential']> = ResolversObject<{
  client?: Resolver<ResolversTypes['IntegrationClient'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IntegrationDeliveryResolvers<ContextType = any, ParentType extends ResolversParentTypes['IntegrationDelivery'] = ResolversParentTypes['IntegrationDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntegrationDeliveryStatus'], ParentType, ContextType>;
}>;

export type IntegrationKeyResolvers<ContextType = any, ParentType extends ResolversParentTypes['IntegrationKey'] = ResolversParentTypes['IntegrationKey']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type InventoryMovementResolvers<ContextType = any, ParentType extends ResolversParentTypes['InventoryMovement'] = ResolversParentTypes['InventoryMovement']> = ResolversObject<{
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onHandFrom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onHandTo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface LatitudeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Latitude'], any> {
  name: 'Latitude';
}

export interface LongitudeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Longitude'], any> {
  name: 'Longitude';
}

export type MemberCardResolvers<ContextType = any, ParentType extends ResolversParentTypes['MemberCard'] = ResolversParentTypes['MemberCard']> = ResolversObject<{
  cardNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coupons?: Resolver<Array<ResolversTypes['MemberCoupon']>, ParentType, ContextType, RequireFields<MemberCardCouponsArgs, 'state'>>;
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
  shortCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MemberCouponResolvers<ContextType = any, ParentType extends ResolversParentTypes['MemberCoupon'] = ResolversParentTypes['MemberCoupon']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['MemberCouponState'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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
  addStoreClosure?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<MutationAddStoreClosureArgs, 'date' | 'reason' | 'storeId'>>;
  adjustStoredValue?: Resolver<ResolversTypes['StoredValueEntry'], ParentType, ContextType, RequireFields<MutationAdjustStoredValueArgs, 'input'>>;
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'orderId'>>;
  claimCampaignCoupon?: Resolver<ResolversTypes['ClaimCouponResult'], ParentType, ContextType, RequireFields<MutationClaimCampaignCouponArgs, 'campaignId'>>;
  claimVisitorScans?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationClaimVisitorScansArgs, 'visitorId'>>;
  clearCart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationClearCartArgs, 'storeId'>>;
  createCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  createCouponTemplate?: Resolver<ResolversTypes['CouponTemplate'], ParentType, ContextType, RequireFields<MutationCreateCouponTemplateArgs, 'input'>>;
  createIntegrationClient?: Resolver<ResolversTypes['IntegrationCredential'], ParentType, ContextType, RequireFields<MutationCreateIntegrationClientArgs, 'name'>>;
  createProduct?: Resolver<ResolversTypes['CatalogProduct'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'basePriceFen' | 'input'>>;
  createPromotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType, RequireFields<MutationCreatePromotionArgs, 'input'>>;
  createQrCode?: Resolver<ResolversTypes['QrCode'], ParentType, ContextType, RequireFields<MutationCreateQrCodeArgs, 'input'>>;
  createStaffInvitation?: Resolver<ResolversTypes['StaffInvitationCode'], ParentType, ContextType, RequireFields<MutationCreateStaffInvitationArgs, 'roleKey'>>;
  deleteAddress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteAddressArgs, 'id'>>;
  demoLogin?: Resolver<ResolversTypes['AuthSession'], ParentType, ContextType, RequireFields<MutationDemoLoginArgs, 'openid'>>;
  grantCoupons?: Resolver<ResolversTypes['CouponGrantBatch'], ParentType, ContextType, RequireFields<MutationGrantCouponsArgs, 'input'>>;
  joinMembership?: Resolver<ResolversTypes['MemberCard'], ParentType, ContextType, Partial<MutationJoinMembershipArgs>>;
  joinStaff?: Resolver<ResolversTypes['StaffAssignment'], ParentType, ContextType, RequireFields<MutationJoinStaffArgs, 'code'>>;
  login?: Resolver<ResolversTypes['AuthSession'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'code'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'refreshToken'>>;
  markOrderItemsOutOfStock?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationMarkOrderItemsOutOfStockArgs, 'itemIds' | 'orderId'>>;
  payOrder?: Resolver<ResolversTypes['PaymentOutcome'], ParentType, ContextType, RequireFields<MutationPayOrderArgs, 'method' | 'orderId'>>;
  placeOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'expectedPayableFen' | 'idempotencyKey' | 'input'>>;
  refreshSession?: Resolver<ResolversTypes['AuthSession'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  removeStaffMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveStaffMemberArgs, 'assignmentId'>>;
  removeStoreClosure?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<MutationRemoveStoreClosureArgs, 'date' | 'storeId'>>;
  reorder?: Resolver<ResolversTypes['ReorderResult'], ParentType, ContextType, RequireFields<MutationReorderArgs, 'orderId'>>;
  requestRefund?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationRequestRefundArgs, 'orderId' | 'reason'>>;
  resolveRefund?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationResolveRefundArgs, 'approve' | 'orderId' | 'reason'>>;
  resolveScene?: Resolver<ResolversTypes['SceneTarget'], ParentType, ContextType, RequireFields<MutationResolveSceneArgs, 'scene' | 'visitorId'>>;
  revokeIntegrationKey?: Resolver<ResolversTypes['IntegrationKey'], ParentType, ContextType, RequireFields<MutationRevokeIntegrationKeyArgs, 'keyId'>>;
  revokeStaffInvitation?: Resolver<ResolversTypes['StaffInvitation'], ParentType, ContextType, RequireFields<MutationRevokeStaffInvitationArgs, 'id'>>;
  rotateIntegrationKey?: Resolver<ResolversTypes['IntegrationCredential'], ParentType, ContextType, RequireFields<MutationRotateIntegrationKeyArgs, 'clientId'>>;
  saveAddress?: Resolver<ResolversTypes['Address'], ParentType, ContextType, RequireFields<MutationSaveAddressArgs, 'input'>>;
  saveStaffRole?: Resolver<ResolversTypes['StaffRoleDefinition'], ParentType, ContextType, RequireFields<MutationSaveStaffRoleArgs, 'key' | 'name' | 'permissions'>>;
  setCartItem?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationSetCartItemArgs, 'productId' | 'quantity' | 'storeId'>>;
  setIntegrationWebhook?: Resolver<ResolversTypes['IntegrationClient'], ParentType, ContextType, RequireFields<MutationSetIntegrationWebhookArgs, 'clientId'>>;
  setProductPriceBand?: Resolver<ResolversTypes['ProductPriceBand'], ParentType, ContextType, RequireFields<MutationSetProductPriceBandArgs, 'productId'>>;
  setQrCodeDisabled?: Resolver<ResolversTypes['QrCode'], ParentType, ContextType, RequireFields<MutationSetQrCodeDisabledArgs, 'disabled' | 'id'>>;
  setShelfItem?: Resolver<ResolversTypes['ShelfItem'], ParentType, ContextType, RequireFields<MutationSetShelfItemArgs, 'input' | 'productId' | 'storeId'>>;
  setStoreBusy?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<MutationSetStoreBusyArgs, 'deliveryPaused' | 'extraPromiseMinutes' | 'storeId'>>;
  setStoreDelivery?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<MutationSetStoreDeliveryArgs, 'input' | 'storeId'>>;
  setStoreDeliveryArea?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<MutationSetStoreDeliveryAreaArgs, 'area' | 'storeId'>>;
  setStoreHours?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<MutationSetStoreHoursArgs, 'hours' | 'is24h' | 'storeId'>>;
  staffAcceptOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationStaffAcceptOrderArgs, 'orderId'>>;
  staffCompleteDelivery?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationStaffCompleteDeliveryArgs, 'orderId'>>;
  staffConfirmPickup?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationStaffConfirmPickupArgs, 'code' | 'storeId'>>;
  staffHandleFailedRefund?: Resolver<ResolversTypes['FailedRefund'], ParentType, ContextType, RequireFields<MutationStaffHandleFailedRefundArgs, 'note' | 'refundId'>>;
  staffLiftPickupLock?: Resolver<ResolversTypes['PickupLockLift'], ParentType, ContextType, RequireFields<MutationStaffLiftPickupLockArgs, 'staffUserId' | 'storeId'>>;
  staffMarkItemsOutOfStock?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationStaffMarkItemsOutOfStockArgs, 'itemIds' | 'orderId'>>;
  staffMarkItemsPicked?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationStaffMarkItemsPickedArgs, 'itemIds' | 'orderId'>>;
  staffMarkOutOfStock?: Resolver<ResolversTypes['StaffStockLine'], ParentType, ContextType, RequireFields<MutationStaffMarkOutOfStockArgs, 'productId' | 'reason' | 'storeId'>>;
  staffOrderReady?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationStaffOrderReadyArgs, 'orderId'>>;
  staffPlaceOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationStaffPlaceOrderArgs, 'input'>>;
  staffRedeemCoupon?: Resolver<ResolversTypes['TillCoupon'], ParentType, ContextType, RequireFields<MutationStaffRedeemCouponArgs, 'storeId' | 'tillToken' | 'userCouponId'>>;
  staffScanMember?: Resolver<ResolversTypes['TillSession'], ParentType, ContextType, RequireFields<MutationStaffScanMemberArgs, 'code' | 'storeId'>>;
  staffSetStockCount?: Resolver<ResolversTypes['StaffStockLine'], ParentType, ContextType, RequireFields<MutationStaffSetStockCountArgs, 'onHand' | 'productId' | 'reason' | 'storeId'>>;
  staffSubstituteItem?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationStaffSubstituteItemArgs, 'itemId' | 'orderId' | 'productId'>>;
  staffTillEarnPoints?: Resolver<ResolversTypes['TillReceipt'], ParentType, ContextType, RequireFields<MutationStaffTillEarnPointsArgs, 'amountFen' | 'receiptNo' | 'storeId' | 'tillToken'>>;
  syncPayment?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationSyncPaymentArgs, 'orderId'>>;
  updateCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationUpdateCampaignArgs, 'id' | 'input'>>;
  updateCouponTemplate?: Resolver<ResolversTypes['CouponTemplate'], ParentType, ContextType, RequireFields<MutationUpdateCouponTemplateArgs, 'id' | 'input'>>;
  updateOrderStatus?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationUpdateOrderStatusArgs, 'orderId' | 'status'>>;
  updateProduct?: Resolver<ResolversTypes['CatalogProduct'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'id' | 'input'>>;
  updatePromotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType, RequireFields<MutationUpdatePromotionArgs, 'id' | 'input'>>;
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
  fromFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remainingFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thresholdFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  itemPromotionDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  itemsTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originalTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  thresholdDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categorySortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  lineDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outOfStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outOfStockRefundFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  picked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  substitute?: Resolver<Maybe<ResolversTypes['OrderItemSubstitute']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPriceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderItemSubstituteResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderItemSubstitute'] = ResolversParentTypes['OrderItemSubstitute']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentOutcomeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PaymentOutcome'] = ResolversParentTypes['PaymentOutcome']> = ResolversObject<{
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  wechat?: Resolver<Maybe<ResolversTypes['WechatPaymentParams']>, ParentType, ContextType>;
}>;

export type PermissionInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PermissionInfo'] = ResolversParentTypes['PermissionInfo']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permission?: Resolver<ResolversTypes['Permission'], ParentType, ContextType>;
}>;

export type PickupLockResolvers<ContextType = any, ParentType extends ResolversParentTypes['PickupLock'] = ResolversParentTypes['PickupLock']> = ResolversObject<{
  failedAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lockedUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PickupLockLiftResolvers<ContextType = any, ParentType extends ResolversParentTypes['PickupLockLift'] = ResolversParentTypes['PickupLockLift']> = ResolversObject<{
  failedAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liftedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  liftedByUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  staffUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type PriceChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PriceChange'] = ResolversParentTypes['PriceChange']> = ResolversObject<{
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousMemberPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sourceUpdatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PriceChangeStatus'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ProductCategoryChoiceResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProductCategoryChoice'] = ResolversParentTypes['ProductCategoryChoice']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductImageResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProductImage'] = ResolversParentTypes['ProductImage']> = ResolversObject<{
  large?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thumb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductPriceBandResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProductPriceBand'] = ResolversParentTypes['ProductPriceBand']> = ResolversObject<{
  basePriceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceBandMaxFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceBandMinFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProductSearchResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProductSearchResult'] = ResolversParentTypes['ProductSearchResult']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['StoreProduct']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['StoreProduct']>, ParentType, ContextType>;
}>;

export type ProductStockElsewhereResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProductStockElsewhere'] = ResolversParentTypes['ProductStockElsewhere']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
}>;

export type PromotionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Promotion'] = ResolversParentTypes['Promotion']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categoryIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PromotionKind'], ParentType, ContextType>;
  memberOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentOff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['PromotionProduct']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MarketingStatus'], ParentType, ContextType>;
  storeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['ThresholdTier']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PromotionPreviewResolvers<ContextType = any, ParentType extends ResolversParentTypes['PromotionPreview'] = ResolversParentTypes['PromotionPreview']> = ResolversObject<{
  draftApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hints?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  itemPromotionDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['QuoteLine']>, ParentType, ContextType>;
  memberDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  originalTotalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payableFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thresholdDiscountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PromotionProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['PromotionProduct'] = ResolversParentTypes['PromotionProduct']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QrCodeResolvers<ContextType = any, ParentType extends ResolversParentTypes['QrCode'] = ResolversParentTypes['QrCode']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  campaignId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  campaignTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QrTargetKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  posterPngPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  posterSvgPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  productName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scene?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  wxacodePath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QrCodeReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['QrCodeReport'] = ResolversParentTypes['QrCodeReport']> = ResolversObject<{
  code?: Resolver<ResolversTypes['QrCode'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['QrStats'], ParentType, ContextType>;
}>;

export type QrFunnelResolvers<ContextType = any, ParentType extends ResolversParentTypes['QrFunnel'] = ResolversParentTypes['QrFunnel']> = ResolversObject<{
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repeatOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QrReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['QrReport'] = ResolversParentTypes['QrReport']> = ResolversObject<{
  campaigns?: Resolver<Array<ResolversTypes['CampaignReport']>, ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['QrCodeReport']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QrStatsResolvers<ContextType = any, ParentType extends ResolversParentTypes['QrStats'] = ResolversParentTypes['QrStats']> = ResolversObject<{
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repeatOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repeatShoppers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenueFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uniqueVisitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditTrail?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaignBanners?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignBannersArgs, 'storeId'>>;
  campaignCouponChoices?: Resolver<Array<ResolversTypes['CampaignCoupon']>, ParentType, ContextType, Partial<QueryCampaignCouponChoicesArgs>>;
  cart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<QueryCartArgs, 'storeId'>>;
  cartQuote?: Resolver<ResolversTypes['CartQuote'], ParentType, ContextType, RequireFields<QueryCartQuoteArgs, 'items' | 'storeId'>>;
  catalogProduct?: Resolver<ResolversTypes['CatalogProduct'], ParentType, ContextType, RequireFields<QueryCatalogProductArgs, 'id'>>;
  catalogProducts?: Resolver<ResolversTypes['CatalogProductConnection'], ParentType, ContextType, Partial<QueryCatalogProductsArgs>>;
  couponGrantBatch?: Resolver<Maybe<ResolversTypes['CouponGrantBatch']>, ParentType, ContextType, RequireFields<QueryCouponGrantBatchArgs, 'idempotencyKey'>>;
  couponTemplates?: Resolver<Array<ResolversTypes['CouponTemplate']>, ParentType, ContextType, Partial<QueryCouponTemplatesArgs>>;
  demoLoginEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fulfilmentSlots?: Resolver<Array<ResolversTypes['FulfilmentSlot']>, ParentType, ContextType, RequireFields<QueryFulfilmentSlotsArgs, 'storeId'>>;
  integrationClients?: Resolver<Array<ResolversTypes['IntegrationClient']>, ParentType, ContextType>;
  integrationDeliveries?: Resolver<Array<ResolversTypes['IntegrationDelivery']>, ParentType, ContextType, RequireFields<QueryIntegrationDeliveriesArgs, 'clientId'>>;
  marketingCampaigns?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType, Partial<QueryMarketingCampaignsArgs>>;
  memberCode?: Resolver<ResolversTypes['MemberCode'], ParentType, ContextType>;
  memberRules?: Resolver<ResolversTypes['MemberRules'], ParentType, ContextType>;
  myAddresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  myMemberCard?: Resolver<Maybe<ResolversTypes['MemberCard']>, ParentType, ContextType>;
  myOrders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, Partial<QueryMyOrdersArgs>>;
  nearbyStores?: Resolver<Array<ResolversTypes['NearbyStore']>, ParentType, ContextType, RequireFields<QueryNearbyStoresArgs, 'location'>>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryPlacesArgs>>;
  previewPromotion?: Resolver<ResolversTypes['PromotionPreview'], ParentType, ContextType, RequireFields<QueryPreviewPromotionArgs, 'input'>>;
  priceChanges?: Resolver<Array<ResolversTypes['PriceChange']>, ParentType, ContextType, Partial<QueryPriceChangesArgs>>;
  productCategoryChoices?: Resolver<Array<ResolversTypes['ProductCategoryChoice']>, ParentType, ContextType>;
  promotionStackingRules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  promotions?: Resolver<Array<ResolversTypes['Promotion']>, ParentType, ContextType, Partial<QueryPromotionsArgs>>;
  qrReport?: Resolver<ResolversTypes['QrReport'], ParentType, ContextType, RequireFields<QueryQrReportArgs, 'from' | 'storeId' | 'to'>>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<QueryQuoteArgs, 'input'>>;
  searchHotWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QuerySearchHotWordsArgs, 'storeId'>>;
  searchStoreProducts?: Resolver<ResolversTypes['ProductSearchResult'], ParentType, ContextType, RequireFields<QuerySearchStoreProductsArgs, 'query' | 'storeId'>>;
  serverTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  staffChainPermissions?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
  staffFailedRefunds?: Resolver<Array<ResolversTypes['FailedRefund']>, ParentType, ContextType, RequireFields<QueryStaffFailedRefundsArgs, 'storeId'>>;
  staffGrantableRoles?: Resolver<Array<ResolversTypes['StaffRoleDefinition']>, ParentType, ContextType, Partial<QueryStaffGrantableRolesArgs>>;
  staffInvitations?: Resolver<Array<ResolversTypes['StaffInvitation']>, ParentType, ContextType, Partial<QueryStaffInvitationsArgs>>;
  staffLookupPickup?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<QueryStaffLookupPickupArgs, 'code' | 'storeId'>>;
  staffMembers?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType, Partial<QueryStaffMembersArgs>>;
  staffOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<QueryStaffOrderArgs, 'orderId'>>;
  staffOrderQueue?: Resolver<ResolversTypes['StaffQueue'], ParentType, ContextType, RequireFields<QueryStaffOrderQueueArgs, 'storeId'>>;
  staffPermissions?: Resolver<Array<ResolversTypes['PermissionInfo']>, ParentType, ContextType>;
  staffPickupLocks?: Resolver<Array<ResolversTypes['PickupLock']>, ParentType, ContextType, RequireFields<QueryStaffPickupLocksArgs, 'storeId'>>;
  staffQuote?: Resolver<ResolversTypes['StaffQuote'], ParentType, ContextType, RequireFields<QueryStaffQuoteArgs, 'input'>>;
  staffRoles?: Resolver<Array<ResolversTypes['StaffRoleDefinition']>, ParentType, ContextType>;
  staffStock?: Resolver<ResolversTypes['StaffStockLine'], ParentType, ContextType, RequireFields<QueryStaffStockArgs, 'productIdOrBarcode' | 'storeId'>>;
  staffStores?: Resolver<Array<ResolversTypes['StaffStore']>, ParentType, ContextType>;
  staffTodayFigures?: Resolver<ResolversTypes['StoreDayFigures'], ParentType, ContextType, RequireFields<QueryStaffTodayFiguresArgs, 'storeId'>>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType, RequireFields<QueryStoreArgs, 'id'>>;
  storeCampaigns?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryStoreCampaignsArgs, 'storeId'>>;
  storeCategories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryStoreCategoriesArgs, 'storeId'>>;
  storeProduct?: Resolver<ResolversTypes['StoreProduct'], ParentType, ContextType, RequireFields<QueryStoreProductArgs, 'productId' | 'storeId'>>;
  storeProducts?: Resolver<ResolversTypes['StoreProductConnection'], ParentType, ContextType, RequireFields<QueryStoreProductsArgs, 'storeId'>>;
  storeQrCodes?: Resolver<Array<ResolversTypes['QrCode']>, ParentType, ContextType, RequireFields<QueryStoreQrCodesArgs, 'storeId'>>;
  storeSeenFrom?: Resolver<ResolversTypes['NearbyStore'], ParentType, ContextType, RequireFields<QueryStoreSeenFromArgs, 'id' | 'location'>>;
  storeSettings?: Resolver<ResolversTypes['StoreSettings'], ParentType, ContextType, RequireFields<QueryStoreSettingsArgs, 'storeId'>>;
  storeShelf?: Resolver<ResolversTypes['ShelfConnection'], ParentType, ContextType, RequireFields<QueryStoreShelfArgs, 'query' | 'storeId'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
}>;

export type QuoteResolvers<ContextType = any, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = ResolversObject<{
  belowMinimumFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bestOfferHint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bestUserCouponId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
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

export type ReorderResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReorderResult'] = ResolversParentTypes['ReorderResult']> = ResolversObject<{
  cart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['ReorderShortfall']>, ParentType, ContextType>;
}>;

export type ReorderShortfallResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReorderShortfall'] = ResolversParentTypes['ReorderShortfall']> = ResolversObject<{
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wanted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SceneTargetResolvers<ContextType = any, ParentType extends ResolversParentTypes['SceneTarget'] = ResolversParentTypes['SceneTarget']> = ResolversObject<{
  campaignId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QrTargetKind'], ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scene?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  storeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ShelfConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ShelfConnection'] = ResolversParentTypes['ShelfConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ShelfItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ShelfItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['ShelfItem'] = ResolversParentTypes['ShelfItem']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basePriceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  lowStockThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onSale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priceBandMaxFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceBandMinFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StaffAssignmentResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffAssignment'] = ResolversParentTypes['StaffAssignment']> = ResolversObject<{
  permissions?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
  roleKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type StaffInvitationResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffInvitation'] = ResolversParentTypes['StaffInvitation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creatorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRoleDefinition'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  storeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  usedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StaffInvitationCodeResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffInvitationCode'] = ResolversParentTypes['StaffInvitationCode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  invitationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qrContent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRoleDefinition'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type StaffMemberResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = ResolversObject<{
  assignmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRoleDefinition'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StaffQueueResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffQueue'] = ResolversParentTypes['StaffQueue']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['StaffQueueEntry']>, ParentType, ContextType>;
  serverTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type StaffQueueEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffQueueEntry'] = ResolversParentTypes['StaffQueueEntry']> = ResolversObject<{
  ageMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  atRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minutesLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  short?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StaffQuoteResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffQuote'] = ResolversParentTypes['StaffQuote']> = ResolversObject<{
  member?: Resolver<ResolversTypes['TillMember'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
}>;

export type StaffRoleDefinitionResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffRoleDefinition'] = ResolversParentTypes['StaffRoleDefinition']> = ResolversObject<{
  builtIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
}>;

export type StaffStockLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffStockLine'] = ResolversParentTypes['StaffStockLine']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movements?: Resolver<Array<ResolversTypes['InventoryMovement']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StaffStoreResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffStore'] = ResolversParentTypes['StaffStore']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
  roleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StaffStoreEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['StaffStoreEvent'] = ResolversParentTypes['StaffStoreEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  orderNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StaffStoreEventType'], ParentType, ContextType>;
}>;

export type StoreResolvers<ContextType = any, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveryAreaKind?: Resolver<ResolversTypes['DeliveryAreaKind'], ParentType, ContextType>;
  deliveryEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryFeeFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryPaused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryPolygon?: Resolver<Maybe<Array<Array<ResolversTypes['Float']>>>, ParentType, ContextType>;
  deliveryRadiusM?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extraPromiseMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freeDeliveryFromFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  is24h?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  minOrderFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHoursDay']>, ParentType, ContextType>;
  openingStatus?: Resolver<ResolversTypes['OpeningStatus'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pickingCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickupEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slotMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StoreClosureResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreClosure'] = ResolversParentTypes['StoreClosure']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoreDayFiguresResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreDayFigures'] = ResolversParentTypes['StoreDayFigures']> = ResolversObject<{
  averagePickingSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  averageTicketFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<Array<ResolversTypes['HourFigures']>, ParentType, ContextType>;
  lastWeekDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lateOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickedOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisesDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisesKept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qrFunnel?: Resolver<ResolversTypes['QrFunnel'], ParentType, ContextType>;
  refundedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refunds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  salesFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tillReceipts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tillSalesFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topProducts?: Resolver<Array<ResolversTypes['TopProduct']>, ParentType, ContextType>;
}>;

export type StoreProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreProduct'] = ResolversParentTypes['StoreProduct']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  badges?: Resolver<Array<ResolversTypes['ProductBadge']>, ParentType, ContextType>;
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elsewhere?: Resolver<Array<ResolversTypes['ProductStockElsewhere']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  maxPerOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onSale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoreProductConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreProductConnection'] = ResolversParentTypes['StoreProductConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['StoreProduct']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StoreSettingsResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreSettings'] = ResolversParentTypes['StoreSettings']> = ResolversObject<{
  closures?: Resolver<Array<ResolversTypes['StoreClosure']>, ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
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

export type SubscriptionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  staffStoreEvents?: SubscriptionResolver<ResolversTypes['StaffStoreEvent'], "staffStoreEvents", ParentType, ContextType, RequireFields<SubscriptionStaffStoreEventsArgs, 'storeId'>>;
}>;

export type ThresholdTierResolvers<ContextType = any, ParentType extends ResolversParentTypes['ThresholdTier'] = ResolversParentTypes['ThresholdTier']> = ResolversObject<{
  amountOffFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minSpendFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TillCouponResolvers<ContextType = any, ParentType extends ResolversParentTypes['TillCoupon'] = ResolversParentTypes['TillCoupon']> = ResolversObject<{
  minSpendFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userCouponId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type TillReceiptResolvers<ContextType = any, ParentType extends ResolversParentTypes['TillReceipt'] = ResolversParentTypes['TillReceipt']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsBalance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsEarned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receiptNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TillSessionResolvers<ContextType = any, ParentType extends ResolversParentTypes['TillSession'] = ResolversParentTypes['TillSession']> = ResolversObject<{
  coupons?: Resolver<Array<ResolversTypes['TillCoupon']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['TillMember'], ParentType, ContextType>;
  tillToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TopProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['TopProduct'] = ResolversParentTypes['TopProduct']> = ResolversObject<{
  image?: Resolver<Maybe<ResolversTypes['ProductImage']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  salesFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  AddOns?: AddOnsResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  AuthSession?: AuthSessionResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignCoupon?: CampaignCouponResolvers<ContextType>;
  CampaignProduct?: CampaignProductResolvers<ContextType>;
  CampaignReport?: CampaignReportResolvers<ContextType>;
  Cart?: CartResolvers<ContextType>;
  CartItem?: CartItemResolvers<ContextType>;
  CartQuote?: CartQuoteResolvers<ContextType>;
  CatalogImage?: CatalogImageResolvers<ContextType>;
  CatalogProduct?: CatalogProductResolvers<ContextType>;
  CatalogProductConnection?: CatalogProductConnectionResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  ClaimCouponResult?: ClaimCouponResultResolvers<ContextType>;
  CouponGrantBatch?: CouponGrantBatchResolvers<ContextType>;
  CouponGrantRow?: CouponGrantRowResolvers<ContextType>;
  CouponOption?: CouponOptionResolvers<ContextType>;
  CouponTemplate?: CouponTemplateResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliveryPromise?: DeliveryPromiseResolvers<ContextType>;
  FailedRefund?: FailedRefundResolvers<ContextType>;
  FulfilmentSlot?: FulfilmentSlotResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  HourFigures?: HourFiguresResolvers<ContextType>;
  IntegrationClient?: IntegrationClientResolvers<ContextType>;
  IntegrationCredential?: IntegrationCredentialResolvers<ContextType>;
  IntegrationDelivery?: IntegrationDeliveryResolvers<ContextType>;
  IntegrationKey?: IntegrationKeyResolvers<ContextType>;
  InventoryMovement?: InventoryMovementResolvers<ContextType>;
  Latitude?: GraphQLScalarType;
  Longitude?: GraphQLScalarType;
  MemberCard?: MemberCardResolvers<ContextType>;
  MemberCode?: MemberCodeResolvers<ContextType>;
  MemberCoupon?: MemberCouponResolvers<ContextType>;
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
  OrderItemSubstitute?: OrderItemSubstituteResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentOutcome?: PaymentOutcomeResolvers<ContextType>;
  PermissionInfo?: PermissionInfoResolvers<ContextType>;
  PickupLock?: PickupLockResolvers<ContextType>;
  PickupLockLift?: PickupLockLiftResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PointsBalance?: PointsBalanceResolvers<ContextType>;
  PointsEntry?: PointsEntryResolvers<ContextType>;
  PointsEntryConnection?: PointsEntryConnectionResolvers<ContextType>;
  PriceAdjustment?: PriceAdjustmentResolvers<ContextType>;
  PriceChange?: PriceChangeResolvers<ContextType>;
  ProductCategoryChoice?: ProductCategoryChoiceResolvers<ContextType>;
  ProductImage?: ProductImageResolvers<ContextType>;
  ProductPriceBand?: ProductPriceBandResolvers<ContextType>;
  ProductSearchResult?: ProductSearchResultResolvers<ContextType>;
  ProductStockElsewhere?: ProductStockElsewhereResolvers<ContextType>;
  Promotion?: PromotionResolvers<ContextType>;
  PromotionPreview?: PromotionPreviewResolvers<ContextType>;
  PromotionProduct?: PromotionProductResolvers<ContextType>;
  QrCode?: QrCodeResolvers<ContextType>;
  QrCodeReport?: QrCodeReportResolvers<ContextType>;
  QrFunnel?: QrFunnelResolvers<ContextType>;
  QrReport?: QrReportResolvers<ContextType>;
  QrStats?: QrStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteLine?: QuoteLineResolvers<ContextType>;
  ReorderResult?: ReorderResultResolvers<ContextType>;
  ReorderShortfall?: ReorderShortfallResolvers<ContextType>;
  SceneTarget?: SceneTargetResolvers<ContextType>;
  ShelfConnection?: ShelfConnectionResolvers<ContextType>;
  ShelfItem?: ShelfItemResolvers<ContextType>;
  StaffAssignment?: StaffAssignmentResolvers<ContextType>;
  StaffInvitation?: StaffInvitationResolvers<ContextType>;
  StaffInvitationCode?: StaffInvitationCodeResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StaffQueue?: StaffQueueResolvers<ContextType>;
  StaffQueueEntry?: StaffQueueEntryResolvers<ContextType>;
  StaffQuote?: StaffQuoteResolvers<ContextType>;
  StaffRoleDefinition?: StaffRoleDefinitionResolvers<ContextType>;
  StaffStockLine?: StaffStockLineResolvers<ContextType>;
  StaffStore?: StaffStoreResolvers<ContextType>;
  StaffStoreEvent?: StaffStoreEventResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreClosure?: StoreClosureResolvers<ContextType>;
  StoreDayFigures?: StoreDayFiguresResolvers<ContextType>;
  StoreProduct?: StoreProductResolvers<ContextType>;
  StoreProductConnection?: StoreProductConnectionResolvers<ContextType>;
  StoreSettings?: StoreSettingsResolvers<ContextType>;
  StoredValueEntry?: StoredValueEntryResolvers<ContextType>;
  StoredValueEntryConnection?: StoredValueEntryConnectionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  ThresholdTier?: ThresholdTierResolvers<ContextType>;
  TillCoupon?: TillCouponResolvers<ContextType>;
  TillMember?: TillMemberResolvers<ContextType>;
  TillReceipt?: TillReceiptResolvers<ContextType>;
  TillSession?: TillSessionResolvers<ContextType>;
  TopProduct?: TopProductResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WechatPaymentParams?: WechatPaymentParamsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  public?: PublicDirectiveResolver<any, any, ContextType>;
  signedIn?: SignedInDirectiveResolver<any, any, ContextType>;
  staff?: StaffDirectiveResolver<any, any, ContextType>;
}>;
