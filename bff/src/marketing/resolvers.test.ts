import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HQ_OPERATOR, DEMO_MANAGER_A, DEMO_MEMBER_CARD } from '../../../prisma/seed/demo-accounts.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { codeOf, demoCaller, ok, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';

let server: TestServer;
let manager: Caller;
let operator: Caller;
const q = async <T = any>(sql: string, params: unknown[] = []) => (await server.db.pool.query(sql, params)).rows as T[];

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  manager = await demoCaller(server.gql, DEMO_MANAGER_A.openid);
  operator = await demoCaller(server.gql, DEMO_HQ_OPERATOR.openid);
});
afterAll(async () => {
  await server?.close();
});

const PROMOTION = `id name kind storeIds productIds categoryIds memberOnly tiers { minSpendFen amountOffFen } quantity percentOff priority active status terms`;
const CREATE = `mutation($input: PromotionInput!) { createPromotion(input: $input) { ${PROMOTION} } }`;
const UPDATE = `mutation($id: ID!, $input: PromotionInput!) { updatePromotion(id: $id, input: $input) { ${PROMOTION} } }`;
const promotion = (overrides: Record<string, unknown> = {}) => ({
  name: '店庆满减',
  kind: 'SPEND_THRESHOLD',
  storeIds: ['1'],
  productIds: [],
  categoryIds: [],
  memberOnly: false,
  tiers: [{ minSpendFen: 5900, amountOffFen: 800 }, { minSpendFen: 9900, amountOffFen: 2000 }],
  startsAt: new Date(Date.now() - 3_600_000).toISOString(),
  endsAt: new Date(Date.now() + 86_400_000).toISOString(),
  active: false,
  ...overrides,
});
const auditOf = (kind: string, subject: string) =>
  q(`SELECT "actorUserId", "storeId", before, after FROM "AuditEntry" WHERE kind = $1 AND subject = $2 ORDER BY id`, [kind, subject]);

describe('promotions over HTTP', () => {
  it('lets a manager create and change a promotion of their store, recorded with before and after', async () => {
    const { createPromotion: created } = await ok(manager, CREATE, { input: promotion() });
    expect(created).toMatchObject({ storeIds: ['1'], terms: '满59减8，满99减20', status: 'PAUSED', tiers: [{ minSpendFen: 5900, amountOffFen: 800 }, { minSpendFen: 9900, amountOffFen: 2000 }] });
    const { updatePromotion: updated } = await ok(manager, UPDATE, { id: created.id, input: promotion({ kind: 'BUY_N_DISCOUNT', tiers: null, quantity: 3, percentOff: 30, productIds: ['1', '2'] }) });
    expect(updated).toMatchObject({ kind: 'BUY_N_DISCOUNT', terms: '任选3件7折', quantity: 3, percentOff: 30, productIds: ['1', '2'], tiers: [] });
    // The operator's form shows the picked products by name, in the order picked.
    const named = await q<{ id: string; name: string }>(`SELECT id::text, name FROM "Product" WHERE id IN (1, 2) ORDER BY id`);
    const { promotions } = await ok(manager, `query { promotions(storeId: "1") { id products { id name } } }`);
    expect(promotions.find((p: { id: string }) => p.id === created.id).products).toEqual(named);

    const entries = [...(await auditOf('promotion.create', created.id)), ...(await auditOf('promotion.update', created.id))];
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorUserId: DEMO_MANAGER_A.id, storeId: 1, before: null, after: { name: '店庆满减', kind: 'SPEND_THRESHOLD' } });
    expect(entries[1]).toMatchObject({
      actorUserId: DEMO_MANAGER_A.id,
      before: { kind: 'SPEND_THRESHOLD', rewards: { tiers: [{ minSpendFen: 5900, amountOffFen: 800 }, { minSpendFen: 9900, amountOffFen: 2000 }] } },
      after: { kind: 'BUY_N_DISCOUNT', conditions: { productIds: [1, 2], categoryIds: [], quantity: 3 }, rewards: { percentOff: 30 } },
    });
  });

  it('keeps a manager to their own stores; head office works chain-wide', async () => {
    const before = (await q(`SELECT count(*)::int AS n FROM "Promotion"`))[0].n;
    for (const storeIds of [[], ['2'], ['1', '2']]) {
      const refused = await manager(CREATE, { input: promotion({ storeIds }) });
      expect(refused.errors?.[0]?.extensions, JSON.stringify(storeIds)).toMatchObject({ code: 'FORBIDDEN' });
    }
    // The seed's 满59减10 runs chain-wide: the manager may not touch it.
    expect(codeOf(await manager(UPDATE, { id: '1', input: promotion() }))).toBe('FORBIDDEN');
    expect((await q(`SELECT count(*)::int AS n FROM "Promotion"`))[0].n).toBe(before);
    const { createPromotion: chain } = await ok(operator, CREATE, { input: promotion({ storeIds: [] }) });
    expect(chain.storeIds).toEqual([]);
    expect(await auditOf('promotion.create', chain.id)).toMatchObject([{ actorUserId: DEMO_HQ_OPERATOR.id, storeId: null }]);
    const listed = (await ok(manager, `query { promotions(storeId: "1") { id } }`)).promotions.map((p: { id: string }) => p.id);
    expect(listed).toContain(chain.id);
    expect(codeOf(await manager(`query { promotions { id } }`))).toBe('FORBIDDEN');
  });

  it('answers a bad form with BAD_USER_INPUT, the field and the reason, in Chinese', async () => {
    const result = await manager(CREATE, { input: promotion({ tiers: [{ minSpendFen: 5900, amountOffFen: 6000 }] }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tiers.0', reason: 'BAD_TIERS' });
    expect(result.errors?.[0]?.message).toBe('第1档：减免金额须小于门槛');
    expect((await manager(CREATE, { input: promotion({ storeIds: ['x'] }) })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'storeIds' });
  });

  it('previews a sample basket and reads the stacking rules', async () => {
    const { previewPromotion } = await ok(manager, `query($input: PromotionPreviewInput!) {
      previewPromotion(input: $input) { lines { productId quantity lineTotalFen discountFen payableFen adjustments { kind label amountFen } } thresholdDiscountFen payableFen draftApplied hints }
    }`, { input: { storeId: '1', items: [{ productId: '1', quantity: 30 }], isMember: false, draft: promotion({ kind: 'SECOND_ITEM_DISCOUNT', tiers: null, percentOff: 50, productIds: ['1'], priority: 100 }) } });
    expect(previewPromotion.draftApplied).toBe(true);
    expect(previewPromotion.lines[0].adjustments.map((a: { label: string }) => a.label)).toContain('店庆满减');
    expect(previewPromotion.payableFen).toBe(previewPromotion.lines[0].payableFen);
    const { promotionStackingRules } = await ok(manager, `query { promotionStackingRules }`);
    expect(promotionStackingRules.length).toBeGreaterThan(3);
  });
});

describe('coupons over HTTP', () => {
  const COUPON = `id name kind value minSpendFen storeId fulfilment totalQuantity issuedCount perUserLimit grantOnJoin status terms`;
  const coupon = (overrides: Record<string, unknown> = {}) => ({
    name: '自提专享5元',
    kind: 'AMOUNT_OFF',
    value: 500,
    minSpendFen: 2000,
    storeId: '1',
    fulfilment: 'PICKUP',
    validFrom: new Date(Date.now() - 3_600_000).toISOString(),
    validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    totalQuantity: 100,
    perUserLimit: 1,
    grantOnJoin: false,
    ...overrides,
  });

  it('lets a manager make a coupon of their store, and only head office grant to a list', async () => {
    const { createCouponTemplate: created } = await ok(manager, `mutation($input: CouponTemplateInput!) { createCouponTemplate(input: $input) { ${COUPON} } }`, { input: coupon() });
    expect(created).toMatchObject({ storeId: '1', fulfilment: 'PICKUP', terms: '满¥20减¥5', status: 'RUNNING', issuedCount: 0 });
    expect(await auditOf('coupon.create', created.id)).toMatchObject([{ actorUserId: DEMO_MANAGER_A.id, storeId: 1, before: null, after: { fulfilment: 'PICKUP' } }]);
    expect((await manager(`mutation($input: CouponTemplateInput!) { createCouponTemplate(input: $input) { id } }`, { input: coupon({ storeId: null }) })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const GRANT = `mutation($input: GrantCouponsInput!) { grantCoupons(input: $input) { id total granted skipped failed finished problems { position identifier status reason } } }`;
    const input = { couponId: created.id, identifiers: [DEMO_MEMBER_CARD.cardNo, '13900000000'], idempotencyKey: `grant-${randomUUID()}` };
    expect(codeOf(await manager(GRANT, { input }))).toBe('FORBIDDEN');
    // Duplicate submissions at the same instant (a double tap, a retry): one batch, one coupon per member.
    const results = await Promise.all([0, 1, 2].map(() => operator(GRANT, { input })));
    for (const result of results) expect(result.errors).toBeUndefined();
    const batch = results[0]!.data!.grantCoupons;
    expect(results.map((r) => r.data!.grantCoupons.id)).toEqual([batch.id, batch.id, batch.id]);
    const { couponGrantBatch } = await ok(operator, `query($key: String!) { couponGrantBatch(idempotencyKey: $key) { id total granted failed finished problems { identifier reason } } }`, { key: input.idempotencyKey });
    expect(couponGrantBatch).toEqual({ id: batch.id, total: 2, granted: 1, failed: 1, finished: true, problems: [{ identifier: '13900000000', reason: '找不到该会员' }] });
    expect((await q(`SELECT count(*)::int AS n FROM "UserCoupon" WHERE "couponId" = $1`, [Number(created.id)]))[0].n).toBe(1);
    expect(await auditOf('coupon.grant', created.id)).toMatchObject([{ actorUserId: DEMO_HQ_OPERATOR.id, after: { batchId: batch.id, total: 2 } }]);
  });
});
