import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HQ_OPERATOR, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer, type AuthTestServer, type SessionTokens } from '../../test/auth.ts';
import type { CampaignInput } from './service.ts';

let clock = new Date('2027-05-01T02:00:00Z');
const now = () => clock;
const HOUR = 3_600_000;
let server: AuthTestServer;
const actor = DEMO_MANAGER_A.id;
const q = async <T = any>(sql: string, params: unknown[] = []) => (await server.db.pool.query(sql, params)).rows as T[];
const campaigns = () => server.services.campaigns;

const banner = (red: number) =>
  sharp({ create: { width: 750, height: 300, channels: 3, background: { r: red, g: 40, b: 40 } } })
    .jpeg()
    .toBuffer()
    .then((bytes) => server.services.images.upload(bytes));

/** Products on sale with stock at store 1, and one store 1 does not stock. */
let stocked: number[];
let notAtStoreOne: number;

const input = (change: Partial<CampaignInput> = {}): CampaignInput => ({
  title: '五一 饮料节',
  description: '精选饮料 满减叠加',
  bannerImageId: null,
  couponIds: [1, 2],
  featuredProductIds: stocked.slice(0, 3),
  startsAt: new Date(clock.getTime() - HOUR),
  endsAt: new Date(clock.getTime() + 72 * HOUR),
  ...change,
});

const auditOf = (campaignId: number) =>
  q(`SELECT "actorUserId", "storeId", kind, before, after FROM "AuditEntry" WHERE kind LIKE 'campaign.%' AND subject = $1 ORDER BY id`, [String(campaignId)]);

const counts = async () =>
  (await q(`SELECT (SELECT count(*) FROM "Campaign")::int AS c, (SELECT count(*) FROM "CampaignCoupon")::int AS cc, (SELECT count(*) FROM "CampaignProduct")::int AS cp, (SELECT count(*) FROM "AuditEntry")::int AS audit`))[0];

beforeAll(async () => {
  server = await startAuthTestServer({ now });
  stocked = (
    await q(`SELECT p.id FROM "Product" p JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = 1 WHERE p.active AND i."onHand" - i.reserved > 0 ORDER BY p.id DESC LIMIT 5`)
  ).map((row) => row.id);
  // Every product is stocked everywhere in the seed: store 1 gives one up.
  [{ productId: notAtStoreOne }] = await q(`DELETE FROM "Inventory" WHERE "storeId" = 1 AND "productId" = (SELECT min("productId") FROM "Inventory" WHERE "storeId" = 1 AND reserved = 0) RETURNING "productId"`);
});
afterAll(async () => {
  await server?.close();
});

describe('campaigns (service)', () => {
  it('creates a chain-wide page with banner, coupons and featured products in the order given', async () => {
    const bannerId = await banner(200);
    const created = await campaigns().create(actor, null, input({ bannerImageId: bannerId, couponIds: [2, 1], featuredProductIds: [stocked[2]!, notAtStoreOne, stocked[0]!] }));
    expect(created).toMatchObject({ storeId: null, title: '五一 饮料节', name: '五一 饮料节', bannerImageId: bannerId });
    expect(created.coupons.map((link) => link.coupon.id)).toEqual([2, 1]);
    expect(created.products.map((link) => link.product.id)).toEqual([stocked[2], notAtStoreOne, stocked[0]]);
    // A shopper at store 1 sees the featured products the store sells, in the page's order.
    const atStoreOne = await server.services.catalog.productsAt(1, created.products.map((link) => link.productId));
    expect(atStoreOne.map((product) => product.product.id)).toEqual([stocked[2], stocked[0]]);
    expect((await campaigns().list(null)).map((c) => c.id)).toContain(created.id);
    expect((await campaigns().list(1)).map((c) => c.id)).not.toContain(created.id);
  });

  it("shows home's banners: running campaigns of the store and the chain that have one, newest first", async () => {
    const running = await campaigns().create(actor, 1, input({ title: '本店 横幅', bannerImageId: await banner(100), couponIds: [3] }));
    const noBanner = await campaigns().create(actor, 1, input({ title: '无横幅' }));
    const later = await campaigns().create(actor, null, input({ title: '下周', bannerImageId: await banner(110), startsAt: new Date(clock.getTime() + 100 * HOUR), endsAt: new Date(clock.getTime() + 200 * HOUR) }));
    const otherStore = await campaigns().create(actor, 2, input({ title: '别的店', bannerImageId: await banner(120), couponIds: [] }));
    const shown = (await campaigns().banners(1)).map((c) => c.id);
    expect(shown).toContain(running.id);
    expect(shown).not.toContain(noBanner.id);
    expect(shown).not.toContain(later.id);
    expect(shown).not.toContain(otherStore.id);
    expect((await campaigns().banners(2)).map((c) => c.id)).toContain(otherStore.id);
    clock = new Date(clock.getTime() + 101 * HOUR);
    try {
      expect((await campaigns().banners(1)).map((c) => c.id)).toContain(later.id);
      expect((await campaigns().banners(1)).map((c) => c.id)).not.toContain(running.id);
    } finally {
      clock = new Date(clock.getTime() - 101 * HOUR);
    }
  });

  it('replaces the content on update and keeps the scope', async () => {
    const created = await campaigns().create(actor, 1, input({ couponIds: [3, 1] }));
    const updated = await campaigns().update(actor, created.id, input({ title: '改名 活动', couponIds: [1], featuredProductIds: [stocked[4]!, stocked[3]!] }));
    expect(updated).toMatchObject({ id: created.id, storeId: 1, title: '改名 活动' });
    expect(updated.coupons.map((link) => link.couponId)).toEqual([1]);
    expect(updated.products.map((link) => link.productId)).toEqual([stocked[4], stocked[3]]);
    expect(await q(`SELECT "couponId" FROM "CampaignCoupon" WHERE "campaignId" = $1`, [created.id])).toEqual([{ couponId: 1 }]);
    const [creation, change] = await auditOf(created.id);
    expect(creation).toMatchObject({ actorUserId: actor, storeId: 1, kind: 'campaign.create', before: null, after: { title: '五一 饮料节', couponIds: [3, 1] } });
    expect(change).toMatchObject({
      kind: 'campaign.update',
      before: { title: '五一 饮料节', couponIds: [3, 1], featuredProductIds: stocked.slice(0, 3) },
      after: { title: '改名 活动', couponIds: [1], featuredProductIds: [stocked[4], stocked[3]] },
    });
  });

  it('refuses bad pages with a reason and a Chinese message, writing nothing', async () => {
    const existing = await campaigns().create(actor, 1, input());
    await q(`UPDATE "Product" SET active = false WHERE id = $1`, [stocked[4]]);
    const before = await counts();
    const snapshot = await q(`SELECT * FROM "Campaign" WHERE id = $1`, [existing.id]);
    const cases: Array<[number | null, Partial<CampaignInput>, string]> = [
      [1, { title: ' ' }, 'TITLE_LENGTH'],
      [1, { title: '长'.repeat(31) }, 'TITLE_LENGTH'],
      [1, { description: '字'.repeat(301) }, 'DESCRIPTION_LENGTH'],
      [1, { endsAt: new Date(clock.getTime() - 2 * HOUR) }, 'SCHEDULE_ORDER'],
      [1, { startsAt: new Date(clock.getTime() - 3 * HOUR), endsAt: new Date(clock.getTime() - 2 * HOUR) }, 'SCHEDULE_PAST'],
      [1, { endsAt: new Date(clock.getTime() + 400 * 24 * HOUR) }, 'SCHEDULE_TOO_LONG'],
      [1, { bannerImageId: 'f'.repeat(64) }, 'UNKNOWN_IMAGE'],
      [1, { couponIds: [1, 1] }, 'DUPLICATE_COUPON'],
      [1, { couponIds: [1, 2, 3, 4, 5, 6] }, 'TOO_MANY_COUPONS'],
      [1, { couponIds: [999] }, 'UNKNOWN_COUPON'],
      // Coupon 3 is store 1's: neither a chain-wide page nor store 2's may offer it.
      [null, { couponIds: [3] }, 'COUPON_OTHER_SCOPE'],
      [2, { couponIds: [3] }, 'COUPON_OTHER_SCOPE'],
      [1, { featuredProductIds: [stocked[0]!, stocked[0]!] }, 'DUPLICATE_PRODUCT'],
      [1, { featuredProductIds: Array.from({ length: 21 }, (_, i) => i + 1) }, 'TOO_MANY_PRODUCTS'],
      [1, { featuredProductIds: [999_999] }, 'UNKNOWN_PRODUCT'],
      [1, { featuredProductIds: [stocked[4]!] }, 'PRODUCT_INACTIVE'],
    ];
    for (const [storeId, change, reason] of cases) {
      const error = await campaigns().create(actor, storeId, input(change)).catch((e: unknown) => e);
      expect(error, reason).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason } });
      expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
      // The same faults refused on an edit of store 1's page (a past end is fine there: it ends a campaign).
      if (storeId === 1 && reason !== 'SCHEDULE_PAST') {
        await expect(campaigns().update(actor, existing.id, input(change)), reason).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      }
    }
    expect(await counts()).toEqual(before);
    expect(await q(`SELECT * FROM "Campaign" WHERE id = $1`, [existing.id])).toEqual(snapshot);
    await q(`UPDATE "Product" SET active = true WHERE id = $1`, [stocked[4]]);
  });

  it('claims the coupon asked for, the first without one, and refuses one the page does not offer', async () => {
    const page = await campaigns().create(actor, null, input({ couponIds: [2, 1] }));
    const second = await campaigns().claimCoupon(DEMO_SHOPPER.id, page.id, 1);
    expect(second).toMatchObject({ alreadyClaimed: false, coupon: { id: 1 } });
    const first = await campaigns().claimCoupon(DEMO_SHOPPER.id, page.id, null);
    expect(first).toMatchObject({ alreadyClaimed: false, coupon: { id: 2 } });
    // The demo member already holds coupons 1 and 2 (one per person): they get theirs back.
    expect(await campaigns().claimCoupon(DEMO_MEMBER.id, page.id, 2)).toMatchObject({ alreadyClaimed: true });
    await expect(campaigns().claimCoupon(DEMO_SHOPPER.id, page.id, 3)).rejects.toMatchObject({ code: 'COUPON_NOT_APPLICABLE', details: { reason: 'NO_COUPON' } });
    const empty = await campaigns().create(actor, null, input({ couponIds: [] }));
    await expect(campaigns().claimCoupon(DEMO_SHOPPER.id, empty.id, null)).rejects.toMatchObject({ details: { reason: 'NO_COUPON' } });
    const later = await campaigns().create(actor, null, input({ startsAt: new Date(clock.getTime() + HOUR) }));
    await expect(campaigns().claimCoupon(DEMO_SHOPPER.id, later.id, 1)).rejects.toMatchObject({ details: { reason: 'CAMPAIGN_NOT_RUNNING' } });
  });

  it('offers as coupon choices the chain’s and, for a store, its own', async () => {
    expect((await campaigns().couponChoices(null)).map((c) => c.id).sort()).toEqual([1, 2]);
    expect((await campaigns().couponChoices(1)).map((c) => c.id).sort()).toEqual([1, 2, 3]);
    expect((await campaigns().couponChoices(2)).map((c) => c.id).sort()).toEqual([1, 2]);
  });
});

describe('campaigns over HTTP', () => {
  const FIELDS = 'id title storeId running bannerImageId banner { large } coupons { id name } featured { id name }';
  const CREATE = `mutation($storeId: ID, $input: CampaignInput!) { createCampaign(storeId: $storeId, input: $input) { ${FIELDS} } }`;
  const UPDATE = `mutation($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { ${FIELDS} } }`;
  const LIST = `query($storeId: ID) { marketingCampaigns(storeId: $storeId) { id title } }`;
  let operator: SessionTokens;
  let manager: SessionTokens;
  beforeAll(async () => {
    operator = await server.signIn(DEMO_HQ_OPERATOR.openid);
    manager = await server.signIn(DEMO_MANAGER_A.openid);
  });
  const wire = (change: Partial<CampaignInput> = {}) => {
    const value = input(change);
    return { ...value, couponIds: value.couponIds.map(String), featuredProductIds: value.featuredProductIds.map(String), startsAt: value.startsAt.toISOString(), endsAt: value.endsAt.toISOString() };
  };

  it("lets a store's manager run the store's campaigns and head office the chain's; each refused elsewhere", async () => {
    const own = await server.gql(CREATE, { storeId: '1', input: wire({ title: '店长 活动', couponIds: [3] }) }, server.bearer(manager));
    expect(own.errors).toBeUndefined();
    expect(own.data!.createCampaign).toMatchObject({ title: '店长 活动', storeId: '1', running: true, coupons: [{ id: '3', name: '人民广场店 满59减10元' }] });
    const before = await counts();
    for (const storeId of [null, '2']) {
      const refused = await server.gql(CREATE, { storeId, input: wire() }, server.bearer(manager));
      expect(refused.errors?.[0]?.extensions, String(storeId)).toMatchObject({ code: 'FORBIDDEN', reason: expect.stringMatching(/PERMISSION_REQUIRED|NOT_STAFF/) });
    }
    expect((await server.gql(LIST, {}, server.bearer(manager))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const bannerId = await banner(90);
    const chain = await server.gql(CREATE, { input: wire({ title: '全场 活动', bannerImageId: bannerId }) }, server.bearer(operator));
    expect(chain.errors).toBeUndefined();
    expect(chain.data!.createCampaign).toMatchObject({ storeId: null, bannerImageId: bannerId, banner: { large: `/images/${bannerId}/large-750` } });
    // Head office edits a store's campaign too (a chain-wide role covers every store), not the other way round.
    const edited = await server.gql(UPDATE, { id: own.data!.createCampaign.id, input: wire({ title: '总部 改过' }) }, server.bearer(operator));
    expect(edited.data!.updateCampaign).toMatchObject({ title: '总部 改过', storeId: '1' });
    const managerOnChain = await server.gql(UPDATE, { id: chain.data!.createCampaign.id, input: wire({ title: '店长 想改' }) }, server.bearer(manager));
    expect(managerOnChain.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(LIST, {}, server.bearer(operator))).data!.marketingCampaigns.map((c: { title: string }) => c.title)).toContain('全场 活动');

    // Shoppers: home's banners at store 1 and the page with its featured products there.
    const banners = await server.gql(`{ campaignBanners(storeId: "1") { id title } }`);
    expect(banners.data!.campaignBanners.map((c: { title: string }) => c.title)).toContain('全场 活动');
    const page = await server.gql(`query($id: ID!) { campaign(id: $id) { title coupons { id } featuredProducts(storeId: "1") { id name priceFen } } }`, { id: chain.data!.createCampaign.id });
    expect(page.data!.campaign.featuredProducts.map((p: { id: string }) => Number(p.id))).toEqual(stocked.slice(0, 3));
    expect((await server.gql(`{ campaignBanners(storeId: "999999") { id } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('claims the coupon a shopper taps over HTTP, and refuses bad input in Chinese', async () => {
    const page = await campaigns().create(actor, null, input({ couponIds: [2, 1] }));
    // Someone new: the demo shopper has claimed these coupons in the tests above.
    const shopper = await server.signIn('campaign-http-shopper');
    const CLAIM = `mutation($c: ID!, $coupon: ID) { claimCampaignCoupon(campaignId: $c, couponId: $coupon) { couponName alreadyClaimed } }`;
    const claimed = await server.gql(CLAIM, { c: String(page.id), coupon: '2' }, server.bearer(shopper));
    expect(claimed.data!.claimCampaignCoupon).toEqual({ couponName: '全场9折券（最高减10元）', alreadyClaimed: false });
    const bad = await server.gql(CREATE, { storeId: '1', input: wire({ couponIds: [1, 1] }) }, server.bearer(manager));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'couponIds', reason: 'DUPLICATE_COUPON' });
    expect(bad.errors?.[0]?.message).toBe('同一张优惠券不能添加两次');
  });
});
