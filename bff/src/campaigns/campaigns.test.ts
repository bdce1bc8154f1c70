import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MANAGER_A, DEMO_MEMBER, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer, type AuthTestServer } from '../../test/auth.ts';
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

const counts = async () =>
  (await q(`SELECT (SELECT count(*) FROM "Campaign")::int AS c, (SELECT count(*) FROM "CampaignCoupon")::int AS cc, (SELECT count(*) FROM "CampaignProduct")::int AS cp`))[0];

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
