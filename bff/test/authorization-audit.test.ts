import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLERK_A, DEMO_CLERK_B, DEMO_HQ_ADMIN, DEMO_HQ_OPERATOR, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_MEMBER_CARD, DEMO_SHOPPER } from '../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer, type AuthTestServer } from './auth.ts';
import { operationFor, rootFields, subscriptionFields } from './operations.ts';
import { subscribeSse } from './subscriptions.ts';
import { callerWith, checkoutInput, codeOf, ok, placeOrder, UNLIMITED_RATES, type Caller } from './shop.ts';

/**
 * The authorization audit: every Query and Mutation field of the built schema, called by each kind
 * of caller, with what each must get. A field without an entry fails the first test, so nothing
 * ships unguarded. "shopper" owns the resources the calls aim at (a member with an order, an
 * address, a cart at store A); "other" is another shopper; staff are of store A or store B;
 * hqOperator (总部运营) and hqAdmin (总部管理员) hold their built-in roles over the whole chain.
 *
 * ALLOWED means the call passed authorization: it may still meet a business refusal with these
 * arguments (BAD_USER_INPUT, INVALID_TRANSITION…), never UNAUTHENTICATED, FORBIDDEN, NOT_FOUND or an
 * internal error. Every refused call must leave the database as it was.
 */
const ROLES = ['anonymous', 'shopper', 'other', 'clerkA', 'clerkB', 'managerA', 'hqOperator', 'hqAdmin'] as const;
type Role = (typeof ROLES)[number];
/** NO_EFFECT: answered without an error, yet changes nothing (e.g. logging out someone else's session). */
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NO_EFFECT';
type Access = Record<Role, Outcome>;

const PUBLIC: Access = { anonymous: 'ALLOWED', shopper: 'ALLOWED', other: 'ALLOWED', clerkA: 'ALLOWED', clerkB: 'ALLOWED', managerA: 'ALLOWED', hqOperator: 'ALLOWED', hqAdmin: 'ALLOWED' };
/** Anyone signed in, about themselves. */
const SELF: Access = { ...PUBLIC, anonymous: 'UNAUTHENTICATED' };
/** The shopper's own resource: to everybody else it does not exist. */
const OWNER: Access = { anonymous: 'UNAUTHENTICATED', shopper: 'ALLOWED', other: 'NOT_FOUND', clerkA: 'NOT_FOUND', clerkB: 'NOT_FOUND', managerA: 'NOT_FOUND', hqOperator: 'NOT_FOUND', hqAdmin: 'NOT_FOUND' };
/** Staff of store A, clerks and the manager (head office's roles do not serve customers). */
const STAFF_A: Access = { anonymous: 'UNAUTHENTICATED', shopper: 'FORBIDDEN', other: 'FORBIDDEN', clerkA: 'ALLOWED', clerkB: 'FORBIDDEN', managerA: 'ALLOWED', hqOperator: 'FORBIDDEN', hqAdmin: 'FORBIDDEN' };
/** Store A's manager only. */
const MANAGER_A: Access = { ...STAFF_A, clerkA: 'FORBIDDEN' };
/** Store A's manager, and head office's operators over every store (reports, QR codes, the shelf, marketing). */
const MANAGER_A_OR_OPERATOR: Access = { ...MANAGER_A, hqOperator: 'ALLOWED' };
/** Head office's administrator only (roles and integrations over the whole chain). */
const HQ_ADMIN: Access = { ...STAFF_A, clerkA: 'FORBIDDEN', managerA: 'FORBIDDEN', hqAdmin: 'ALLOWED' };
/** Head office's catalogue: CATALOG chain-wide, which only the operator holds. */
const OPERATOR: Access = { ...MANAGER_A, managerA: 'FORBIDDEN', hqOperator: 'ALLOWED' };
/** Managing store A's people: its manager, and head office's administrator. */
const STAFF_MANAGE_A: Access = { ...MANAGER_A, hqAdmin: 'ALLOWED' };
/** The caller's own member card: signed-in callers without one have none to find. */
const MEMBER: Access = { ...SELF, other: 'NOT_FOUND', clerkA: 'NOT_FOUND', clerkB: 'NOT_FOUND', managerA: 'NOT_FOUND', hqOperator: 'NOT_FOUND', hqAdmin: 'NOT_FOUND' };

interface Fixtures {
  /** A pending pickup order of the shopper at store A. */
  orderId: string;
  campaignId: string;
  qrCodeId: string;
  /** A new order of the shopper, for calls that would consume the shared one. */
  freshOrder(): Promise<string>;
  freshAddress(): Promise<string>;
  freshRefreshToken(): Promise<string>;
  /** A refund WeChat Pay reported failed, of a new paid order of the shopper at store A. */
  freshFailedRefund(): Promise<string>;
  /** An open invitation to store A, made by its manager. */
  freshInvitation(): Promise<string>;
  /** The assignment of a new clerk of store A, for calls that remove one. */
  freshClerkAssignment(): Promise<string>;
  /** A till client of store A with one live key. */
  freshIntegrationKey(): Promise<{ clientId: string; keyId: string }>;
  /** A promotion of store A only. */
  storeAPromotionId: string;
}

interface Entry {
  access: Access;
  variables?: (fx: Fixtures) => Record<string, unknown> | Promise<Record<string, unknown>>;
}

const NO_ITEM = '00000000-0000-4000-8000-00000000ffff';
const ADDRESS = { contactName: '张三', phone: '13800000009', detail: '人民大道100号', lat: 31.2304, lng: 121.4737 };
const SHANGHAI = { lat: 31.2304, lng: 121.4737 };
/** A switched-off promotion of store A, and store A's seeded coupon as it is: writing them changes nothing a shopper sees. */
const STORE_A_PROMOTION = {
  name: '审计测试满减', kind: 'SPEND_THRESHOLD', storeIds: ['1'], productIds: [], categoryIds: [], memberOnly: false,
  tiers: [{ minSpendFen: 9900, amountOffFen: 1000 }], startsAt: '2026-01-01T00:00:00Z', endsAt: '2030-01-01T00:00:00Z', active: false,
};
const STORE_A_COUPON = {
  name: '人民广场店 满59减10元', kind: 'AMOUNT_OFF', value: 1000, minSpendFen: 5900, storeId: '1', validFrom: '2026-01-01T00:00:00+08:00',
  validTo: '2030-12-31T23:59:59+08:00', totalQuantity: 5000, perUserLimit: 1, grantOnJoin: false,
};

const CAMPAIGN_WITHOUT_TITLE = { title: '', description: '', couponIds: [], featuredProductIds: [], startsAt: '2026-12-01T00:00:00Z', endsAt: '2030-12-01T00:00:00Z' };
const PRODUCT_WITHOUT_NAME = { barcode: '6901234567892', name: '', description: '', unit: '瓶', categoryId: '1', status: 'ACTIVE', featured: false, imageIds: [] };

const MATRIX: Record<string, Entry> = {
  // ---------------------------------------------------------------- queries
  serverTime: { access: PUBLIC },
  viewer: { access: PUBLIC },
  demoLoginEnabled: { access: PUBLIC },
  nearbyStores: { access: PUBLIC, variables: () => ({ location: SHANGHAI, first: 2 }) },
  store: { access: PUBLIC, variables: () => ({ id: '1' }) },
  storeSeenFrom: { access: PUBLIC, variables: () => ({ id: '1', location: SHANGHAI }) },
  places: { access: PUBLIC, variables: () => ({ keyword: '人民广场' }) },
  storeCategories: { access: PUBLIC, variables: () => ({ storeId: '1' }) },
  storeProducts: { access: PUBLIC, variables: () => ({ storeId: '1', first: 2 }) },
  storeProduct: { access: PUBLIC, variables: () => ({ storeId: '1', productId: '1' }) },
  searchStoreProducts: { access: PUBLIC, variables: () => ({ storeId: '1', query: '水' }) },
  searchHotWords: { access: PUBLIC, variables: () => ({ storeId: '1' }) },
  fulfilmentSlots: { access: PUBLIC, variables: () => ({ storeId: '1' }) },
  memberRules: { access: PUBLIC },
  campaign: { access: PUBLIC, variables: (fx) => ({ id: fx.campaignId }) },
  campaignBanners: { access: PUBLIC, variables: () => ({ storeId: '1' }) },
  marketingCampaigns: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1' }) },
  campaignCouponChoices: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1' }) },
  catalogProducts: { access: OPERATOR, variables: () => ({ query: '水' }) },
  catalogProduct: { access: OPERATOR, variables: () => ({ id: '1' }) },
  productCategoryChoices: { access: OPERATOR },
  myAddresses: { access: SELF },
  myMemberCard: { access: SELF },
  memberCode: { access: MEMBER },
  cart: { access: SELF, variables: () => ({ storeId: '1' }) },
  quote: { access: SELF, variables: () => ({ input: checkoutInput() }) },
  cartQuote: { access: SELF, variables: () => ({ storeId: checkoutInput().storeId, items: checkoutInput().items }) },
  myOrders: { access: SELF },
  order: { access: OWNER, variables: (fx) => ({ id: fx.orderId }) },
  staffStores: { access: SELF },
  staffChainPermissions: { access: SELF },
  staffOrderQueue: { access: STAFF_A, variables: () => ({ storeId: '1' }) },
  staffOrder: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId }) },
  staffLookupPickup: { access: STAFF_A, variables: () => ({ storeId: '1', code: '12345' }) },
  staffQuote: { access: STAFF_A, variables: () => ({ input: { storeId: '1', phone: 'bad', items: [{ productId: '1', quantity: 1 }] } }) },
  staffStock: { access: STAFF_A, variables: () => ({ storeId: '1', productIdOrBarcode: '1' }) },
  staffTodayFigures: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1' }) },
  staffFailedRefunds: { access: MANAGER_A, variables: () => ({ storeId: '1' }) },
  staffPickupLocks: { access: MANAGER_A, variables: () => ({ storeId: '1' }) },
  storeQrCodes: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1' }) },
  storeCampaigns: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1' }) },
  // Store scope: the manager, and head office's administrator (STAFF_MANAGE over the chain).
  staffGrantableRoles: { access: STAFF_MANAGE_A, variables: () => ({ storeId: '1' }) },
  staffMembers: { access: STAFF_MANAGE_A, variables: () => ({ storeId: '1' }) },
  staffInvitations: { access: STAFF_MANAGE_A, variables: () => ({ storeId: '1' }) },
  staffRoles: { access: HQ_ADMIN, variables: () => ({}) },
  staffPermissions: { access: HQ_ADMIN, variables: () => ({}) },
  auditTrail: { access: { ...MANAGER_A_OR_OPERATOR, hqAdmin: 'ALLOWED' }, variables: () => ({ storeId: '1' }) },
  integrationClients: { access: HQ_ADMIN },
  integrationDeliveries: { access: HQ_ADMIN, variables: async (fx) => ({ clientId: (await fx.freshIntegrationKey()).clientId }) },
  // Prices are head office's catalogue: CATALOG chain-wide.
  priceChanges: { access: OPERATOR, variables: () => ({ productId: '1' }) },
  qrReport: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1', from: '2026-11-01', to: '2026-11-25' }) },
  // 门店设置: STORE_SETTINGS at the store (its manager). 货架: STORE_SHELF, which head office's operator holds chain-wide.
  storeSettings: { access: MANAGER_A, variables: () => ({ storeId: '1' }) },
  storeShelf: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1', query: '水' }) },
  promotions: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1' }) },
  promotionStackingRules: { access: MANAGER_A_OR_OPERATOR },
  previewPromotion: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ input: { storeId: '1', items: [{ productId: '1', quantity: 2 }], isMember: false, draft: STORE_A_PROMOTION } }) },
  couponTemplates: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1' }) },
  // Granting to member lists is head office's: chain-wide MARKETING.
  couponGrantBatch: { access: OPERATOR, variables: () => ({ idempotencyKey: 'audit-no-such-batch' }) },

  // ---------------------------------------------------------------- mutations
  _noop: { access: PUBLIC },

  // ---------------------------------------------------------------- subscriptions
  staffStoreEvents: { access: STAFF_A, variables: () => ({ storeId: '1' }) },
  login: { access: PUBLIC, variables: () => ({ code: `mock:audit-${randomUUID()}:${randomUUID()}` }) },
  // Off unless DEMO_LOGIN_ENABLED; refused to everybody here, whoever asks.
  demoLogin: {
    access: { anonymous: 'FORBIDDEN', shopper: 'FORBIDDEN', other: 'FORBIDDEN', clerkA: 'FORBIDDEN', clerkB: 'FORBIDDEN', managerA: 'FORBIDDEN', hqOperator: 'FORBIDDEN', hqAdmin: 'FORBIDDEN' },
    variables: () => ({ openid: DEMO_SHOPPER.openid }),
  },
  // The shopper's refresh token: the credential on its own, but never together with another user's access token.
  refreshSession: {
    access: { anonymous: 'ALLOWED', shopper: 'ALLOWED', other: 'UNAUTHENTICATED', clerkA: 'UNAUTHENTICATED', clerkB: 'UNAUTHENTICATED', managerA: 'UNAUTHENTICATED', hqOperator: 'UNAUTHENTICATED', hqAdmin: 'UNAUTHENTICATED' },
    variables: async (fx) => ({ refreshToken: await fx.freshRefreshToken() }),
  },
  logout: {
    access: { anonymous: 'UNAUTHENTICATED', shopper: 'ALLOWED', other: 'NO_EFFECT', clerkA: 'NO_EFFECT', clerkB: 'NO_EFFECT', managerA: 'NO_EFFECT', hqOperator: 'NO_EFFECT', hqAdmin: 'NO_EFFECT' },
    variables: async (fx) => ({ refreshToken: await fx.freshRefreshToken() }),
  },
  saveAddress: { access: SELF, variables: () => ({ input: ADDRESS }) },
  deleteAddress: { access: OWNER, variables: async (fx) => ({ id: await fx.freshAddress() }) },
  joinMembership: { access: SELF },
  setCartItem: { access: SELF, variables: () => ({ storeId: '1', productId: '1', quantity: 1 }) },
  clearCart: { access: SELF, variables: () => ({ storeId: '1' }) },
  reorder: { access: OWNER, variables: (fx) => ({ orderId: fx.orderId }) },
  placeOrder: { access: SELF, variables: () => ({ input: checkoutInput(), idempotencyKey: `audit-${randomUUID()}`, expectedPayableFen: 1 }) },
  payOrder: { access: OWNER, variables: async (fx) => ({ orderId: await fx.freshOrder(), method: 'STORED_VALUE' }) },
  syncPayment: { access: OWNER, variables: (fx) => ({ orderId: fx.orderId }) },
  cancelOrder: { access: OWNER, variables: async (fx) => ({ orderId: await fx.freshOrder() }) },
  requestRefund: { access: OWNER, variables: (fx) => ({ orderId: fx.orderId, reason: '' }) },
  resolveScene: { access: PUBLIC, variables: () => ({ scene: 's1', visitorId: 'audit-visitor-0001' }) },
  claimVisitorScans: { access: SELF, variables: () => ({ visitorId: 'audit-visitor-0001' }) },
  claimCampaignCoupon: { access: SELF, variables: (fx) => ({ campaignId: fx.campaignId }) },
  // Empty titles and names: the allowed callers meet BAD_USER_INPUT after the check, and nothing is written.
  createCampaign: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1', input: CAMPAIGN_WITHOUT_TITLE }) },
  updateCampaign: { access: MANAGER_A_OR_OPERATOR, variables: (fx) => ({ id: fx.campaignId, input: CAMPAIGN_WITHOUT_TITLE }) },
  createProduct: { access: OPERATOR, variables: () => ({ input: PRODUCT_WITHOUT_NAME, basePriceFen: 300 }) },
  updateProduct: { access: OPERATOR, variables: () => ({ id: '1', input: PRODUCT_WITHOUT_NAME }) },
  createQrCode: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ input: { storeId: '1', kind: 'STORE', label: '' } }) },
  setQrCodeDisabled: { access: MANAGER_A_OR_OPERATOR, variables: (fx) => ({ id: fx.qrCodeId, disabled: false }) },
  verifyMemberCode: { access: STAFF_A, variables: () => ({ storeId: '1', code: '123' }) },
  adjustStoredValue: { access: MANAGER_A, variables: () => ({ input: { storeId: '1', cardNo: DEMO_MEMBER_CARD.cardNo, amountFen: 1, reason: 'x', idempotencyKey: 'bad' } }) },
  updateOrderStatus: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId, status: 'PAID' }) },
  markOrderItemsOutOfStock: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId, itemIds: [NO_ITEM] }) },
  resolveRefund: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId, approve: false, reason: 'x' }) },
  staffAcceptOrder: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId }) },
  staffMarkItemsPicked: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId, itemIds: [NO_ITEM] }) },
  staffMarkItemsOutOfStock: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId, itemIds: [NO_ITEM] }) },
  staffSubstituteItem: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId, itemId: NO_ITEM, productId: '20' }) },
  staffOrderReady: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId }) },
  staffCompleteDelivery: { access: STAFF_A, variables: (fx) => ({ orderId: fx.orderId }) },
  staffConfirmPickup: { access: STAFF_A, variables: () => ({ storeId: '1', code: 'x' }) },
  staffScanMember: { access: STAFF_A, variables: () => ({ storeId: '1', code: '123' }) },
  staffTillEarnPoints: { access: STAFF_A, variables: () => ({ storeId: '1', tillToken: 'forged', receiptNo: 'R-0001', amountFen: 100 }) },
  staffRedeemCoupon: { access: STAFF_A, variables: () => ({ storeId: '1', tillToken: 'forged', userCouponId: NO_ITEM }) },
  staffPlaceOrder: {
    access: STAFF_A,
    variables: () => ({ input: { storeId: '1', phone: 'bad', items: [{ productId: '1', quantity: 1 }], idempotencyKey: 'audit-0001' } }),
  },
  staffSetStockCount: { access: STAFF_A, variables: () => ({ storeId: '1', productId: '1', onHand: -1, reason: '盘点' }) },
  staffMarkOutOfStock: { access: STAFF_A, variables: () => ({ storeId: '1', productId: '1', reason: '' }) },
  createStaffInvitation: { access: STAFF_MANAGE_A, variables: () => ({ storeId: '1', roleKey: 'CLERK' }) },
  revokeStaffInvitation: { access: STAFF_MANAGE_A, variables: async (fx) => ({ id: await fx.freshInvitation() }) },
  // Any signed-in person may try a code; a wrong one is a business refusal (BAD_USER_INPUT).
  // Valid input every time: the administrator's second save updates the role the first made.
  saveStaffRole: { access: HQ_ADMIN, variables: () => ({ key: 'AUDIT_NIGHT_SHIFT', name: '夜班', permissions: ['ORDERS_FULFIL'] }) },
  joinStaff: { access: SELF, variables: () => ({ code: 'ABCD-EFGH-JKMN-PQRS' }) },
  removeStaffMember: { access: STAFF_MANAGE_A, variables: async (fx) => ({ assignmentId: await fx.freshClerkAssignment() }) },
  createIntegrationClient: { access: HQ_ADMIN, variables: () => ({ name: '审计收银', storeId: '1' }) },
  rotateIntegrationKey: { access: HQ_ADMIN, variables: async (fx) => ({ clientId: (await fx.freshIntegrationKey()).clientId, overlapHours: 1 }) },
  setIntegrationWebhook: { access: HQ_ADMIN, variables: async (fx) => ({ clientId: (await fx.freshIntegrationKey()).clientId, webhookUrl: 'https://erp.example.com/hooks' }) },
  revokeIntegrationKey: { access: HQ_ADMIN, variables: async (fx) => ({ keyId: (await fx.freshIntegrationKey()).keyId }) },
  staffHandleFailedRefund: { access: MANAGER_A, variables: async (fx) => ({ refundId: await fx.freshFailedRefund(), note: '已现金退还顾客' }) },
  // Store A's clerk, not locked: the manager meets NOT_LOCKED, everybody else is refused first.
  staffLiftPickupLock: { access: MANAGER_A, variables: () => ({ storeId: '1', staffUserId: DEMO_CLERK_A.id }) },
  // Store settings and the shelf: inputs the service refuses after authorization (nothing of store 1
  // that the other calls here rely on changes), except the closures, which touch nothing else.
  setStoreHours: { access: MANAGER_A, variables: () => ({ storeId: '1', is24h: false, hours: [] }) },
  addStoreClosure: { access: MANAGER_A, variables: () => ({ storeId: '1', date: '2027-06-01', reason: '盘点' }) },
  removeStoreClosure: {
    access: MANAGER_A,
    variables: async () => {
      await sql(`INSERT INTO "StoreClosure" ("storeId", date, reason) VALUES (1, '2027-06-02', '盘点') ON CONFLICT DO NOTHING`);
      return { storeId: '1', date: '2027-06-02' };
    },
  },
  setStoreDelivery: {
    access: MANAGER_A,
    variables: () => ({
      storeId: '1',
      input: { deliveryEnabled: true, pickupEnabled: true, deliveryFeeFen: 500, freeDeliveryFromFen: null, minOrderFen: 2000, slotMinutes: 25, pickingCapacity: 6 },
    }),
  },
  setStoreDeliveryArea: { access: MANAGER_A, variables: () => ({ storeId: '1', area: {} }) },
  setStoreBusy: { access: MANAGER_A, variables: () => ({ storeId: '1', deliveryPaused: false, extraPromiseMinutes: -1 }) },
  setShelfItem: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ storeId: '1', productId: '1', input: { onSale: true, priceFen: 0, lowStockThreshold: 5 } }) },
  // Head office's band: CATALOG over the whole chain (its operator); a store's manager holds it nowhere.
  setProductPriceBand: {
    access: { anonymous: 'UNAUTHENTICATED', shopper: 'FORBIDDEN', other: 'FORBIDDEN', clerkA: 'FORBIDDEN', clerkB: 'FORBIDDEN', managerA: 'FORBIDDEN', hqOperator: 'ALLOWED', hqAdmin: 'FORBIDDEN' },
    variables: () => ({ productId: '1', minFen: 900, maxFen: 800 }),
  },
  createPromotion: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ input: STORE_A_PROMOTION }) },
  updatePromotion: { access: MANAGER_A_OR_OPERATOR, variables: (fx) => ({ id: fx.storeAPromotionId, input: STORE_A_PROMOTION }) },
  createCouponTemplate: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ input: STORE_A_COUPON }) },
  // The seed's store A coupon (人民广场店 满59减10元), written back as it is.
  updateCouponTemplate: { access: MANAGER_A_OR_OPERATOR, variables: () => ({ id: '3', input: STORE_A_COUPON }) },
  grantCoupons: { access: OPERATOR, variables: () => ({ input: { couponId: '1', identifiers: ['13900000000'], idempotencyKey: `audit-${randomUUID()}` } }) },
};

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

let server: AuthTestServer;
const callers = {} as Record<Role, Caller>;
const accessTokens = {} as Record<Role, string | null>;
let fixtures: Fixtures;
const sql = async (text: string) => (await server.db.pool.query(text)).rows;

/** Everything a refused call could have touched (rate-limit counters aside: counting refusals is their job). */
async function snapshot() {
  const tables = ['Order', 'OrderItem', 'OrderEvent', 'Payment', 'Refund', 'Member', 'PointsEntry', 'StoredValueEntry', 'UserCoupon', 'Coupon', 'Cart', 'CartItem', 'Address', 'QrCode', 'QrScan', 'TillReceipt', 'InventoryMovement', 'StoreSlot', 'MemberCodeUse', 'StaffMembership', 'User', 'RefreshToken', 'PickupLockLift', 'Role', 'StaffInvitation', 'AuditEntry', 'Product', 'Campaign', 'CampaignCoupon', 'CampaignProduct', 'IntegrationClient', 'IntegrationKey', 'IntegrationEvent', 'IntegrationDelivery', 'Promotion', 'CouponGrantBatch', 'CouponGrantRow'];
  const [row] = await sql(
    `SELECT ${tables.map((t) => `(SELECT md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x) AS "${t}"`).join(', ')},
            (SELECT concat_ws(',', sum("onHand"), sum(reserved), max("updatedAt")) FROM "Inventory") AS "Inventory"`,
  );
  return row;
}

beforeAll(async () => {
  server = await startAuthTestServer({ env: { ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', INTEGRATION_WEBHOOK_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  const openids: Record<Exclude<Role, 'anonymous'>, string> = {
    shopper: DEMO_MEMBER.openid,
    other: DEMO_SHOPPER.openid,
    clerkA: DEMO_CLERK_A.openid,
    clerkB: DEMO_CLERK_B.openid,
    managerA: DEMO_MANAGER_A.openid,
    hqOperator: DEMO_HQ_OPERATOR.openid,
    hqAdmin: DEMO_HQ_ADMIN.openid,
  };
  accessTokens.anonymous = null;
  for (const [role, openid] of Object.entries(openids)) accessTokens[role as Role] = (await server.signIn(openid)).accessToken;
  for (const role of ROLES) callers[role] = callerWith(server.gql, accessTokens[role]);
  const shopper = callers.shopper;
  // Eight callers each place fresh orders for the calls that consume one: enough of the checkout's product.
  await sql(`UPDATE "Inventory" SET "onHand" = "onHand" + 200 WHERE "storeId" = 1 AND "productId" IN (${checkoutInput().items.map((item) => Number(item.productId)).join(', ')})`);
  const [campaign] = await sql(`SELECT "campaignId" AS id FROM "CampaignCoupon" ORDER BY "campaignId" LIMIT 1`);
  const [qr] = await sql(`SELECT id FROM "QrCode" WHERE "storeId" = 1 ORDER BY id LIMIT 1`);
  const [promotion] = await sql(
    `INSERT INTO "Promotion" (name, kind, "storeIds", conditions, rewards, "startsAt", "endsAt", active)
     VALUES ('审计测试满减', 'SPEND_THRESHOLD', '{1}', '{"productIds":[],"categoryIds":[]}', '{"tiers":[{"minSpendFen":9900,"amountOffFen":1000}]}', now(), now() + interval '1 day', false) RETURNING id`,
  );
  fixtures = {
    orderId: (await placeOrder(shopper)).id,
    campaignId: String(campaign.id),
    qrCodeId: String(qr.id),
    storeAPromotionId: String(promotion.id),
    freshOrder: async () => (await placeOrder(shopper)).id,
    freshAddress: async () => (await ok(shopper, `mutation($input: AddressInput!) { saveAddress(input: $input) { id } }`, { input: ADDRESS })).saveAddress.id,
    freshRefreshToken: async () => (await server.signIn(DEMO_MEMBER.openid)).refreshToken,
    freshFailedRefund: async () => {
      // Payments and refunds of the shared order: placing an order per call would use up its product's stock.
      const suffix = randomUUID().replace(/-/g, '');
      const { rows } = await server.db.pool.query<{ id: string }>(
        `WITH p AS (
           INSERT INTO "Payment" (id, "orderId", method, status, "amountFen", "outTradeNo", "succeededAt")
           SELECT gen_random_uuid(), id, 'WECHAT_PAY', 'SUCCEEDED', "payableFen", 'AUDIT' || $2, now() FROM "Order" WHERE id = $1
           RETURNING id, "orderId", "amountFen")
         INSERT INTO "Refund" (id, "orderId", "paymentId", "outRefundNo", "amountFen", reason, status, "completedAt")
         SELECT gen_random_uuid(), "orderId", id, 'RAUDIT' || $2, "amountFen", '门店取消', 'FAILED', now() FROM p
         RETURNING id`,
        [fixtures.orderId, suffix],
      );
      return rows[0]!.id;
    },
    freshInvitation: async () => {
      const [row] = await sql(
        `INSERT INTO "StaffInvitation" (id, "codeHash", "storeId", "roleId", "createdBy", "expiresAt")
         SELECT gen_random_uuid(), md5(random()::text), 1, id, '${DEMO_MANAGER_A.id}', now() + interval '7 days' FROM "Role" WHERE key = 'CLERK'
         RETURNING id`,
      );
      return row.id;
    },
    freshIntegrationKey: async () => {
      const [row] = await sql(
        `WITH c AS (INSERT INTO "IntegrationClient" (id, name, "storeId", "createdByUserId") VALUES (gen_random_uuid(), '审计', 1, '${DEMO_MANAGER_A.id}') RETURNING id)
         INSERT INTO "IntegrationKey" (id, "clientId", "secretCipher") SELECT 'ck_audit_' || md5(random()::text), id, '\\x00'::bytea FROM c
         RETURNING "clientId", id AS "keyId"`,
      );
      return row;
    },
    freshClerkAssignment: async () => {
      const [row] = await sql(
        `WITH u AS (INSERT INTO "User" (id, openid, nickname) VALUES (gen_random_uuid(), 'audit-clerk-' || gen_random_uuid(), '临时店员') RETURNING id)
         INSERT INTO "StaffMembership" (id, "userId", "storeId", "roleId") SELECT gen_random_uuid(), u.id, 1, r.id FROM u, "Role" r WHERE r.key = 'CLERK'
         RETURNING id`,
      );
      return row.id;
    },
  };
}, 60_000);

afterAll(() => server?.close());

/** A subscription's answer is its first event: the stream opens with one (RESYNC), or with the refusal. */
async function firstEvent(role: Role, document: string, variables: Record<string, unknown>) {
  const token = accessTokens[role];
  const subscription = await subscribeSse(server.url, document, variables, token ? { authorization: `Bearer ${token}` } : {});
  try {
    return await subscription.next();
  } finally {
    subscription.close();
  }
}

describe('authorization audit', () => {
  it('covers every Query, Mutation and Subscription field of the built schema, and nothing else', () => {
    const fields = [...rootFields(), ...subscriptionFields()].map((f) => f.name);
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((f) => !(f in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((f) => !fields.includes(f))).toEqual([]);
  });

  it.each([...rootFields(), ...subscriptionFields()].filter((f) => f.name in MATRIX))('$kind $name', async (root) => {
    const entry = MATRIX[root.name]!;
    const observed = {} as Record<Role, string>;
    // Refused roles first, so an allowed call that changes state cannot hide a refusal's write.
    const order = [...ROLES].sort((a, b) => Number(entry.access[a] === 'ALLOWED') - Number(entry.access[b] === 'ALLOWED'));
    for (const role of order) {
      const variables = (await entry.variables?.(fixtures)) ?? {};
      const document = operationFor(root, Object.keys(variables));
      const before = entry.access[role] === 'ALLOWED' ? null : await snapshot();
      const result = root.kind === 'subscription' ? await firstEvent(role, document, variables) : await callers[role](document, variables);
      const code = codeOf(result);
      if (AUTH_CODES.has(code) || code === 'INTERNAL_SERVER_ERROR' || code === 'GRAPHQL_VALIDATION_FAILED') observed[role] = code;
      else observed[role] = entry.access[role] === 'NO_EFFECT' && code === 'OK' ? 'NO_EFFECT' : 'ALLOWED';
      if (before) expect({ role, state: await snapshot() }).toEqual({ role, state: before });
    }
    expect(observed).toEqual(entry.access);
  });
});
