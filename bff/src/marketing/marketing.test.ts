import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MANAGER_A, DEMO_MEMBER, DEMO_MEMBER_CARD, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { checkoutInput, codeOf, demoCaller, ok, placeOrder, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';
import { DomainError } from '../graphql/errors.ts';
import type { CouponTemplateInput, PromotionInput } from './input.ts';
import { MarketingService, type ScopeCheck } from './service.ts';

let server: TestServer;
let marketing: MarketingService;
let shopper: Caller;
const anyScope: ScopeCheck = async () => undefined;
const q = async <T = any>(sql: string, params: unknown[] = []) => (await server.db.pool.query(sql, params)).rows as T[];
const actor = DEMO_MANAGER_A.id;
const DAY = 86_400_000;

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  marketing = new MarketingService({ pool: server.db.pool, config: { MAX_POINTS_DISCOUNT_PERCENT: 50, POINT_VALUE_FEN: 1 }, now: () => new Date() });
  shopper = await demoCaller(server.gql, 'demo-shopper');
});
afterAll(async () => {
  await server?.close();
});

const threshold = (overrides: Partial<PromotionInput> = {}): PromotionInput => ({
  name: '测试满减',
  kind: 'SPEND_THRESHOLD',
  storeIds: [],
  productIds: [],
  categoryIds: [],
  memberOnly: false,
  tiers: [{ minSpendFen: 5900, amountOffFen: 1000 }],
  startsAt: new Date(Date.now() - DAY),
  endsAt: new Date(Date.now() + DAY),
  active: true,
  ...overrides,
});

const template = (overrides: Partial<CouponTemplateInput> = {}): CouponTemplateInput => ({
  name: '测试券',
  kind: 'AMOUNT_OFF',
  value: 300,
  minSpendFen: 0,
  storeId: null,
  fulfilment: null,
  validFrom: new Date(Date.now() - DAY),
  validTo: new Date(Date.now() + 30 * DAY),
  totalQuantity: null,
  perUserLimit: 1,
  grantOnJoin: false,
  ...overrides,
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** A product sold at store 1 outside the seed's item promotions, with its price there. */
async function plainProduct(minFen: number, maxFen: number) {
  const [row] = await q<{ id: number; price: number; categoryId: number }>(
    `SELECT p.id, COALESCE(sp."priceFen", p."basePriceFen") AS price, p."categoryId"
       FROM "Product" p JOIN "Inventory" i ON i."storeId" = 1 AND i."productId" = p.id AND i."onHand" - i.reserved >= 20
       LEFT JOIN "StorePrice" sp ON sp."storeId" = 1 AND sp."productId" = p.id
      WHERE p.active AND p."maxPerOrder" >= 5 AND COALESCE(sp."priceFen", p."basePriceFen") BETWEEN $1 AND $2
        AND NOT EXISTS (SELECT 1 FROM "Promotion" pr WHERE pr.kind = 'BUY_N_DISCOUNT' AND pr.conditions->'productIds' @> to_jsonb(p.id))
      ORDER BY p.id LIMIT 1`,
    [minFen, maxFen],
  );
  return row!;
}

describe('promotions', () => {
  it('refuses bad forms with a field, a reason and Chinese words, and writes nothing', async () => {
    const before = (await q(`SELECT count(*)::int AS n FROM "Promotion"`))[0].n;
    const cases: Array<[Partial<PromotionInput>, string, string]> = [
      [{ name: '  ' }, 'name', 'INVALID'],
      [{ endsAt: new Date(Date.now() - 2 * DAY) }, 'endsAt', 'BAD_SCHEDULE'],
      [{ tiers: [] }, 'tiers', 'BAD_TIERS'],
      [{ tiers: [{ minSpendFen: 1000, amountOffFen: 1000 }] }, 'tiers.0', 'BAD_TIERS'],
      [{ tiers: [{ minSpendFen: 5900, amountOffFen: 1000 }, { minSpendFen: 9900, amountOffFen: 800 }] }, 'tiers.1', 'BAD_TIERS'],
      [{ kind: 'BUY_N_DISCOUNT', quantity: 1, percentOff: 20 }, 'quantity', 'BAD_QUANTITY'],
      [{ kind: 'SECOND_ITEM_DISCOUNT', percentOff: 0 }, 'percentOff', 'BAD_DISCOUNT'],
      [{ storeIds: [99_999] }, 'storeIds', 'UNKNOWN_STORE'],
      [{ productIds: [99_999] }, 'productIds', 'UNKNOWN_PRODUCT'],
      [{ categoryIds: [99_999] }, 'categoryIds', 'UNKNOWN_CATEGORY'],
    ];
    for (const [overrides, field, reason] of cases) {
      const error = await refusal(marketing.createPromotion(actor, threshold(overrides), anyScope));
      expect([error.code, error.details], JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT', { field, reason }]);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await q(`SELECT count(*)::int AS n FROM "Promotion"`))[0].n).toBe(before);
  });

  it('words its terms and status', async () => {
    const tiers = [{ minSpendFen: 5900, amountOffFen: 1000 }, { minSpendFen: 9900, amountOffFen: 2500 }];
    expect((await marketing.createPromotion(actor, threshold({ tiers, active: false }), anyScope))).toMatchObject({ terms: '满59减10，满99减25', status: 'PAUSED' });
    const later = await marketing.createPromotion(actor, threshold({ kind: 'BUY_N_DISCOUNT', quantity: 2, percentOff: 20, startsAt: new Date(Date.now() + DAY), endsAt: new Date(Date.now() + 2 * DAY) }), anyScope);
    expect(later).toMatchObject({ terms: '任选2件8折', status: 'SCHEDULED' });
    const half = await marketing.createPromotion(actor, threshold({ kind: 'SECOND_ITEM_DISCOUNT', percentOff: 50, active: false }), anyScope);
    expect(half).toMatchObject({ terms: '第二件半价', status: 'PAUSED', conditions: { productIds: [], categoryIds: [] }, rewards: { percentOff: 50 } });
  });

  it('asks the caller about the old scope and the new one before changing a promotion', async () => {
    const own = await marketing.createPromotion(actor, threshold({ storeIds: [1], active: false }), anyScope);
    const seen: number[][] = [];
    await marketing.updatePromotion(actor, own.id, threshold({ storeIds: [1, 2], active: false }), async (ids) => void seen.push([...ids]));
    expect(seen).toEqual([[1, 2], [1]]);
    const refuse: ScopeCheck = async (ids) => {
      if (ids.length === 0) throw new DomainError('FORBIDDEN', '需要总部权限');
    };
    // A chain-wide promotion stays out of a store manager's reach, even when made a one-store one.
    const chain = await marketing.createPromotion(actor, threshold({ active: false }), anyScope);
    expect((await refusal(marketing.updatePromotion(actor, chain.id, threshold({ storeIds: [1], active: false }), refuse))).code).toBe('FORBIDDEN');
    expect((await q(`SELECT "storeIds" FROM "Promotion" WHERE id = $1`, [chain.id]))[0].storeIds).toEqual([]);
    expect((await refusal(marketing.updatePromotion(actor, 99_999, threshold(), anyScope))).code).toBe('NOT_FOUND');
  });

  it('previews a sample basket with the real engine and the draft in place of the one it edits', async () => {
    const product = await plainProduct(2000, 3000);
    const items = [{ productId: product.id, quantity: 2 }];
    const draft = threshold({ name: '预览满减', tiers: [{ minSpendFen: 4000, amountOffFen: 1500 }], active: false });
    const preview = await marketing.previewPromotion({ storeId: 1, items, isMember: false, draft });
    const subtotal = product.price * 2;
    expect(preview.draftApplied).toBe(true);
    expect(preview.pricing).toMatchObject({ itemsTotalFen: subtotal, thresholdDiscountFen: 1500, payableFen: subtotal - 1500 });
    // Without the draft only the seed's 满59减10 would apply.
    const plain = await marketing.previewPromotion({ storeId: 1, items, isMember: false });
    expect(plain.pricing.thresholdDiscountFen).toBe(subtotal >= 5900 ? 1000 : 0);
    // Editing the seed's 满59减10 (id 1) into 满59减30 prices the edit, not both.
    const edited = await marketing.previewPromotion({ storeId: 1, items: [{ productId: product.id, quantity: 3 }], isMember: false, promotionId: 1, draft: threshold({ tiers: [{ minSpendFen: 5900, amountOffFen: 3000 }] }) });
    expect(edited.pricing).toMatchObject({ thresholdDiscountFen: 3000, appliedPromotionIds: [1] });
    const error = await refusal(marketing.previewPromotion({ storeId: 1, items: [{ productId: product.id, quantity: 0 }], isMember: false }));
    expect(error.details).toMatchObject({ field: 'items', reason: 'BAD_QUANTITY' });
  });

  it('reaches the next quote, and leaves an order placed before the change as it was', async () => {
    const product = await plainProduct(3000, 5000);
    const items = [{ productId: String(product.id), quantity: 2 }];
    const quote = async () => (await ok(shopper, `query($input: CheckoutInput!) { quote(input: $input) { payableFen thresholdDiscountFen } }`, { input: checkoutInput({ items }) })).quote;
    const placed = await placeOrder(shopper, { items });
    const stored = async () => (await q(`SELECT "payableFen", "discountFen", pricing->>'thresholdDiscountFen' AS threshold FROM "Order" WHERE id = $1`, [placed.id]))[0];
    const before = await stored();
    const firstQuote = await quote();
    expect(firstQuote.payableFen).toBe(placed.payableFen);

    const promotion = await marketing.createPromotion(actor, threshold({ name: '加码满减', tiers: [{ minSpendFen: 6000, amountOffFen: 2000 }] }), anyScope);
    const richer = await quote();
    expect(richer.thresholdDiscountFen).toBe(2000);
    expect(richer.payableFen).toBe(firstQuote.payableFen - (2000 - firstQuote.thresholdDiscountFen));
    expect(await stored()).toEqual(before);

    await marketing.updatePromotion(actor, promotion.id, threshold({ name: '加码满减', tiers: [{ minSpendFen: 6000, amountOffFen: 2000 }], active: false }), anyScope);
    expect((await quote()).payableFen).toBe(firstQuote.payableFen);
    expect(await stored()).toEqual(before);
    expect((await ok(shopper, `query($id: ID!) { order(id: $id) { payableFen } }`, { id: placed.id })).order.payableFen).toBe(placed.payableFen);
  });

  it('words the stacking rules from the engine with the configured points cap', () => {
    const rules = marketing.stackingRules();
    expect(rules[0]).toContain('会员价');
    expect(rules.join('')).toContain('50%');
  });
});

describe('coupon templates', () => {
  it('validates the form and keeps the total above what was given out', async () => {
    const cases: Array<[Partial<CouponTemplateInput>, string, string]> = [
      [{ value: 3000, minSpendFen: 3000 }, 'value', 'BAD_VALUE'],
      [{ kind: 'PERCENT_OFF', value: 95 }, 'value', 'BAD_VALUE'],
      [{ perUserLimit: 0 }, 'perUserLimit', 'INVALID'],
      [{ validTo: new Date(Date.now() - 2 * DAY) }, 'validTo', 'BAD_SCHEDULE'],
      [{ storeId: 99_999 }, 'storeIds', 'UNKNOWN_STORE'],
    ];
    for (const [overrides, field, reason] of cases) {
      const error = await refusal(marketing.createCouponTemplate(actor, template(overrides), anyScope));
      expect([error.code, error.details], JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT', { field, reason }]);
    }
    // The seed's 满30减5元 (id 1) was given to the demo member once.
    const seeded = (await q(`SELECT "validFrom", "validTo" FROM "Coupon" WHERE id = 1`))[0] as { validFrom: Date; validTo: Date };
    const held = (overrides: Partial<CouponTemplateInput>) => template({ name: '满30减5元', value: 500, minSpendFen: 3000, ...seeded, ...overrides });
    const error = await refusal(marketing.updateCouponTemplate(actor, 1, held({ totalQuantity: 0 }), anyScope));
    expect(error.details).toMatchObject({ field: 'totalQuantity' });
    // What the holder was promised stays; only more (stock, time) may be given.
    const takeAway: Array<[Partial<CouponTemplateInput>, string]> = [
      [{ value: 300 }, 'value'],
      [{ minSpendFen: 5000 }, 'minSpendFen'],
      [{ storeId: 2 }, 'storeId'],
      [{ fulfilment: 'PICKUP' }, 'fulfilment'],
      [{ validTo: new Date(seeded.validTo.getTime() - DAY) }, 'validTo'],
      [{ validFrom: new Date(seeded.validFrom.getTime() + DAY) }, 'validFrom'],
    ];
    for (const [overrides, field] of takeAway) {
      const refused = await refusal(marketing.updateCouponTemplate(actor, 1, held(overrides), anyScope));
      expect([refused.code, refused.details], JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT', { field, reason: 'TERMS_HELD' }]);
    }
    expect(await q(`SELECT value, "minSpendFen", "storeId" FROM "Coupon" WHERE id = 1`)).toEqual([{ value: 500, minSpendFen: 3000, storeId: null }]);
    const longer = new Date(seeded.validTo.getTime() + DAY);
    const fixed = await marketing.updateCouponTemplate(actor, 1, held({ name: '满30减5元 老顾客', totalQuantity: 1, validTo: longer }), anyScope);
    expect(fixed).toMatchObject({ name: '满30减5元 老顾客', terms: '满¥30减¥5', status: 'SOLD_OUT', issuedCount: 1 });
  });

  it('gives join coupons with the new card, in the same transaction', async () => {
    const welcome = await marketing.createCouponTemplate(actor, template({ name: '开卡礼 3元', grantOnJoin: true }), anyScope);
    const userId = DEMO_SHOPPER.id;
    const joined = await ok(shopper, `mutation { joinMembership { cardNo } }`);
    expect(joined.joinMembership.cardNo).toMatch(/^88\d{14}$/);
    expect(await q(`SELECT status FROM "UserCoupon" WHERE "userId" = $1 AND "couponId" = $2`, [userId, welcome.id])).toEqual([{ status: 'AVAILABLE' }]);
    // Joining again returns the card and gives nothing more.
    await ok(shopper, `mutation { joinMembership { cardNo } }`);
    expect(await q(`SELECT count(*)::int AS n FROM "UserCoupon" WHERE "userId" = $1 AND "couponId" = $2`, [userId, welcome.id])).toEqual([{ n: 1 }]);
    await q(`UPDATE "Coupon" SET "grantOnJoin" = false WHERE id = $1`, [welcome.id]);
  });

  it('holds a delivery-only coupon back from a pickup checkout', async () => {
    const coupon = await marketing.createCouponTemplate(actor, template({ name: '外送专享3元', fulfilment: 'DELIVERY' }), anyScope);
    const member = await demoCaller(server.gql, 'demo-member');
    await q(`INSERT INTO "UserCoupon" (id, "couponId", "userId", code, status) VALUES ($1, $2, $3, $4, 'AVAILABLE')`, [randomUUID(), coupon.id, DEMO_MEMBER.id, `T${randomUUID().slice(0, 19)}`]);
    const [held] = await q<{ id: string }>(`SELECT id FROM "UserCoupon" WHERE "couponId" = $1`, [coupon.id]);
    const product = await plainProduct(1000, 3000);
    const input = checkoutInput({ items: [{ productId: String(product.id), quantity: 1 }] });
    const { quote } = await ok(member, `query($input: CheckoutInput!) { quote(input: $input) { coupons { userCouponId applicable reason } } }`, { input });
    expect(quote.coupons.find((c: { userCouponId: string }) => c.userCouponId === held!.id)).toEqual({ userCouponId: held!.id, applicable: false, reason: '该券仅限外送使用' });
    const chosen = await member(`query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`, { input: { ...input, userCouponId: held!.id } });
    expect(codeOf(chosen)).toBe('COUPON_NOT_APPLICABLE');
    expect(chosen.errors![0]!.message).toBe('该券仅限外送使用');
  });
});

describe('granting to a list of members', () => {
  const members = async (n: number) => {
    const rows: Array<{ userId: string; cardNo: string; phone: string }> = [];
    for (let i = 0; i < n; i++) {
      const userId = randomUUID();
      const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const cardNo = `88${String(Math.floor(Math.random() * 1e14)).padStart(14, '0')}`;
      await q(`INSERT INTO "User" (id, openid, phone) VALUES ($1, $2, $3)`, [userId, `grant-${userId}`, phone]);
      await q(`INSERT INTO "Member" (id, "userId", "cardNo", phone, "codeSecret") VALUES ($1, $2, $3, $4, '\\x00')`, [randomUUID(), userId, cardNo, phone]);
      rows.push({ userId, cardNo, phone });
    }
    return rows;
  };
  const held = async (couponId: number) => (await q(`SELECT count(*)::int AS n FROM "UserCoupon" WHERE "couponId" = $1`, [couponId]))[0].n as number;

  it('grants once per member by card or phone, reports every row, and a rerun with the key changes nothing', async () => {
    const coupon = await marketing.createCouponTemplate(actor, template({ name: '总部回馈券', totalQuantity: 4 }), anyScope);
    const people = await members(5);
    const identifiers = [people[0]!.cardNo, people[1]!.phone, people[0]!.phone, 'not-a-card', people[1]!.phone, '13000000000', people[2]!.cardNo, people[3]!.cardNo, people[4]!.cardNo];
    const key = `grant-${randomUUID()}`;
    const batch = await marketing.grantCoupons(actor, { couponId: coupon.id, identifiers, idempotencyKey: key });
    // 0, 1, 6, 7 granted (4 = the total); 2 is member 0 again; 4 is a repeated line; 3 malformed; 5 unknown; 8 sold out.
    expect(batch).toMatchObject({ total: 9, granted: 4, skipped: 2, failed: 3 });
    expect(batch.finishedAt).not.toBeNull();
    const rows = await q(`SELECT position, status, reason FROM "CouponGrantRow" WHERE "batchId" = $1 ORDER BY position`, [batch.id]);
    expect(rows.map((r) => r.status)).toEqual(['GRANTED', 'GRANTED', 'SKIPPED', 'FAILED', 'SKIPPED', 'FAILED', 'GRANTED', 'GRANTED', 'FAILED']);
    expect(rows.map((r) => r.reason)).toEqual([null, null, '与名单中另一行是同一会员', '格式不对：应为16位会员卡号或11位手机号', '名单中重复', '找不到该会员', null, null, '优惠券已发完']);
    expect(await held(coupon.id)).toBe(4);

    const again = await marketing.grantCoupons(actor, { couponId: coupon.id, identifiers, idempotencyKey: key });
    expect(again).toEqual(batch);
    expect(await held(coupon.id)).toBe(4);
    const other = await refusal(marketing.grantCoupons(actor, { couponId: coupon.id, identifiers: identifiers.slice(1), idempotencyKey: key }));
    expect([other.code, other.details.reason]).toEqual(['CONFLICT', 'KEY_REUSED']);
    expect((await refusal(marketing.grantCoupons(actor, { couponId: coupon.id, identifiers: [], idempotencyKey: `k-${randomUUID()}` }))).details.reason).toBe('EMPTY_LIST');
  });

  it('shares one batch between duplicate submissions running at the same time: each member gets one', async () => {
    const coupon = await marketing.createCouponTemplate(actor, template({ name: '并发发放券', perUserLimit: 2 }), anyScope);
    const people = await members(30);
    const identifiers = people.map((p) => p.cardNo);
    const key = `grant-${randomUUID()}`;
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => marketing.grantCoupons(actor, { couponId: coupon.id, identifiers, idempotencyKey: key })));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await held(coupon.id)).toBe(30);
    const [batch] = await q(`SELECT total, granted, skipped, failed, "finishedAt" IS NOT NULL AS finished FROM "CouponGrantBatch" WHERE "idempotencyKey" = $1`, [key]);
    expect(batch).toEqual({ total: 30, granted: 30, skipped: 0, failed: 0, finished: true });
    expect((await q(`SELECT "issuedCount" FROM "Coupon" WHERE id = $1`, [coupon.id]))[0].issuedCount).toBe(30);
  });

  it('counts the demo member once however the list names them', async () => {
    const coupon = await marketing.createCouponTemplate(actor, template({ name: '会员专属券' }), anyScope);
    const batch = await marketing.grantCoupons(actor, { couponId: coupon.id, identifiers: [DEMO_MEMBER_CARD.cardNo, DEMO_MEMBER.phone], idempotencyKey: `grant-${randomUUID()}` });
    expect(batch).toMatchObject({ granted: 1, skipped: 1 });
  });
});
