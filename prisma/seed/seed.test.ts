import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../bff/src/db/migrate.ts';
import { createEmptyDatabase } from '../../bff/test/db.ts';
import { luhnValid } from '../../bff/src/members/card-code.ts';
import { buildCatalog, buildStores, isValidEan13 } from './build.ts';
import { DEMO_MEMBER_CARD, DEMO_STAFF, DEMO_USERS, DEMO_HQ_OPERATOR } from './demo-accounts.ts';
import { seedDatabase, SeedRefusedError } from './seed.ts';

/** Every table the seed writes, with the key that orders its rows. */
const TABLES: Record<string, string> = {
  Category: 'id', Product: 'id', Store: 'id', StoreHours: '"storeId", weekday', StoreClosure: '"storeId", date',
  StorePrice: '"storeId", "productId"', Inventory: '"storeId", "productId"', User: 'id', Member: 'id',
  TillReceipt: 'id', PointsEntry: 'id', StoredValueEntry: 'id', StaffMembership: 'id', Coupon: 'id',
  UserCoupon: 'id', Promotion: 'id', Campaign: 'id', CampaignCoupon: '"campaignId", "couponId"',
  CampaignProduct: '"campaignId", "productId"', QrCode: 'id',
};

interface Db {
  pool: pg.Pool;
  drop(): Promise<void>;
}

const opened: Db[] = [];
/** One clock for the seeds compared byte for byte (the demo campaign starts on the seeding day). */
const SEEDED_AT = new Date();

async function migratedDatabase(): Promise<Db> {
  const db = await createEmptyDatabase();
  const pool = new pg.Pool({ connectionString: db.url, max: 3 });
  await applyMigrations(pool);
  const handle = { pool, drop: async () => { await pool.end(); await db.drop(); } };
  opened.push(handle);
  return handle;
}

async function digests(pool: pg.Pool): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, order] of Object.entries(TABLES)) {
    const { rows } = await pool.query<{ md5: string }>(
      `SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY ${order.split(', ').map((c) => `t.${c}`).join(', ')}), '')) AS md5 FROM "${table}" t`,
    );
    out[table] = rows[0]!.md5;
  }
  return out;
}

async function one<T>(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await pool.query(sql, params);
  return rows[0] as T;
}

afterAll(async () => {
  await Promise.all(opened.map((db) => db.drop()));
});

describe('seedDatabase', () => {
  let seeded: Db;

  beforeAll(async () => {
    seeded = await migratedDatabase();
    await seedDatabase(seeded.pool, { seed: 7, now: SEEDED_AT });
  });

  it('is deterministic: the same options give byte-identical tables, ids included', async () => {
    const twin = await migratedDatabase();
    const summary = await seedDatabase(twin.pool, { seed: 7, now: SEEDED_AT });
    expect(await digests(twin.pool)).toEqual(await digests(seeded.pool));
    expect(summary.counts.Inventory).toBe(36 * 320);

    const other = await migratedDatabase();
    await seedDatabase(other.pool, { seed: 8, now: SEEDED_AT });
    const [a, b] = [await digests(seeded.pool), await digests(other.pool)];
    expect(b.Inventory).not.toBe(a.Inventory);
    // The demo accounts are fixed, whatever the seed.
    expect(b.User).toBe(a.User);
  });

  it('writes a chain of the promised size, selling every product in every store', async () => {
    const c = await one<Record<string, number>>(seeded.pool, `SELECT
      (SELECT count(*)::int FROM "Store") AS stores,
      (SELECT count(*)::int FROM "Product") AS products,
      (SELECT count(*)::int FROM "Category" WHERE "parentId" IS NULL) AS top_categories,
      (SELECT count(*)::int FROM "Inventory") AS inventory,
      (SELECT count(*)::int FROM "Inventory" WHERE "onHand" = 0) AS out_of_stock,
      (SELECT count(*)::int FROM "Inventory" WHERE "onHand" BETWEEN 1 AND 4) AS low_stock,
      (SELECT count(*)::int FROM "StorePrice") AS store_prices,
      (SELECT count(*)::int FROM "Product" WHERE featured) AS featured,
      (SELECT count(*)::int FROM "Product" WHERE "memberPriceFen" IS NOT NULL) AS member_priced,
      (SELECT count(*)::int FROM "Product" WHERE "memberPriceFen" >= "basePriceFen") AS bad_member_price,
      (SELECT count(*)::int FROM "StorePrice" sp JOIN "Product" p ON p.id = sp."productId" WHERE sp."priceFen" = p."basePriceFen") AS same_price,
      (SELECT count(*)::int FROM "Product" p WHERE NOT EXISTS (SELECT 1 FROM "Inventory" i WHERE i."productId" = p.id AND i."onHand" > 0)) AS unsellable`);
    expect(c.stores).toBeGreaterThanOrEqual(30);
    expect(c.products).toBeGreaterThanOrEqual(300);
    expect(c.top_categories).toBeGreaterThanOrEqual(10);
    expect(c.inventory).toBe(c.stores! * c.products!);
    expect(c.out_of_stock! / c.inventory!).toBeGreaterThan(0.05);
    expect(c.out_of_stock! / c.inventory!).toBeLessThan(0.11);
    expect(c.low_stock).toBeGreaterThan(0);
    expect(c.store_prices! / c.inventory!).toBeGreaterThan(0.07);
    expect(c.store_prices! / c.inventory!).toBeLessThan(0.13);
    expect(c.featured).toBe(12);
    expect(c.member_priced! / c.products!).toBeGreaterThan(0.2);
    expect(c.member_priced! / c.products!).toBeLessThan(0.4);
    expect(c.bad_member_price).toBe(0);
    expect(c.same_price).toBe(0);
    expect(c.unsellable).toBe(0);
  });

  it('gives valid, unique EAN-13 barcodes with the Chinese prefix', async () => {
    const { rows } = await seeded.pool.query<{ barcode: string; sku: string | null }>('SELECT barcode, sku FROM "Product"');
    expect(rows.every((r) => isValidEan13(r.barcode) && r.barcode.startsWith('69'))).toBe(true);
    // The demo chain keys its products by barcode: that is what the integration API's `sku` names.
    expect(rows.filter((r) => r.sku !== r.barcode)).toEqual([]);
    expect(new Set(rows.map((r) => r.barcode)).size).toBe(rows.length);
    // And stays unique far beyond the hand-written lines.
    const big = buildCatalog(7, 5000).products.map((p) => p.barcode);
    expect(new Set(big).size).toBe(5000);
    expect(big.every(isValidEan13)).toBe(true);
  });

  it('covers 24-hour, overnight and closed-day opening hours and a closure', async () => {
    const h = await one<Record<string, number>>(seeded.pool, `SELECT
      (SELECT count(*)::int FROM "Store" WHERE "is24h") AS all_day,
      (SELECT count(*)::int FROM "StoreHours" sh JOIN "Store" s ON s.id = sh."storeId" WHERE s."is24h") AS all_day_rows,
      (SELECT count(DISTINCT "storeId")::int FROM "StoreHours" WHERE "closeMinute" > 1440) AS overnight,
      (SELECT count(*)::int FROM "Store" s WHERE NOT s."is24h"
         AND (SELECT count(*) FROM "StoreHours" sh WHERE sh."storeId" = s.id) < 7) AS with_closed_day,
      (SELECT count(*)::int FROM "StoreClosure") AS closures`);
    expect(h.all_day).toBeGreaterThan(0);
    expect(h.all_day_rows).toBe(0);
    expect(h.overnight).toBeGreaterThan(0);
    expect(h.with_closed_day).toBeGreaterThan(0);
    expect(h.closures).toBeGreaterThan(0);
    const areas = await one<Record<string, number>>(seeded.pool, `SELECT
      count(*) FILTER (WHERE "deliveryAreaKind" = 'POLYGON' AND jsonb_array_length("deliveryPolygon") >= 3)::int AS polygons,
      count(*) FILTER (WHERE "deliveryAreaKind" = 'RADIUS' AND "deliveryRadiusM" BETWEEN 1500 AND 3000)::int AS radii
      FROM "Store"`);
    expect(areas.polygons).toBeGreaterThan(0);
    expect(areas.polygons! + areas.radii!).toBe(36);
  });

  it('creates the demo accounts with ledgers that add up to the balances', async () => {
    const { rows: users } = await seeded.pool.query<{ id: string; openid: string }>('SELECT id, openid FROM "User" ORDER BY id');
    expect(users).toEqual(DEMO_USERS.map((u) => ({ id: u.id, openid: u.openid })));
    const { rows: staff } = await seeded.pool.query('SELECT m.id, m."userId", m."storeId", r.key AS "roleKey" FROM "StaffMembership" m JOIN "Role" r ON r.id = m."roleId" ORDER BY m.id');
    expect(staff).toEqual(DEMO_STAFF.map((s) => ({ ...s })));

    const member = await one<{ pointsBalance: number; storedValueFen: number; cardNo: string; secret_len: number }>(seeded.pool,
      'SELECT "pointsBalance", "storedValueFen", "cardNo", length("codeSecret") AS secret_len FROM "Member" WHERE id = $1', [DEMO_MEMBER_CARD.id]);
    expect(member).toMatchObject({ pointsBalance: 1280, storedValueFen: 5000, secret_len: 32 });
    expect(member.cardNo).toMatch(/^\d{16}$/);
    expect(luhnValid(member.cardNo)).toBe(true);

    for (const [table, amount, after, balance] of [
      ['PointsEntry', 'amount', '"balanceAfter"', 1280],
      ['StoredValueEntry', '"amountFen"', '"balanceAfterFen"', 5000],
    ] as const) {
      const ledger = await one<{ total: number; broken: number; last: number }>(seeded.pool, `
        SELECT sum(amount)::int AS total, count(*) FILTER (WHERE running <> after)::int AS broken,
               (array_agg(after ORDER BY id DESC))[1] AS last
          FROM (SELECT id, ${amount} AS amount, ${after} AS after, sum(${amount}) OVER (ORDER BY id) AS running
                  FROM "${table}" WHERE "memberId" = $1) l`, [DEMO_MEMBER_CARD.id]);
      expect(ledger).toEqual({ total: balance, broken: 0, last: balance });
    }
  });

  it('makes marketing that is valid now, with unguessable-looking codes and legal QR scenes', async () => {
    const m = await one<Record<string, number>>(seeded.pool, `SELECT
      (SELECT count(*)::int FROM "Coupon" WHERE now() BETWEEN "validFrom" AND "validTo") AS live_coupons,
      (SELECT count(*)::int FROM "Promotion" WHERE active AND now() BETWEEN "startsAt" AND "endsAt") AS live_promotions,
      (SELECT count(*)::int FROM "Campaign" c WHERE now() BETWEEN "startsAt" AND "endsAt" AND EXISTS (SELECT 1 FROM "CampaignCoupon" cc WHERE cc."campaignId" = c.id)) AS live_campaigns,
      (SELECT count(*)::int FROM "Coupon" c WHERE "issuedCount" <> (SELECT count(*) FROM "UserCoupon" u WHERE u."couponId" = c.id)) AS miscounted`);
    expect(m).toEqual({ live_coupons: 3, live_promotions: 2, live_campaigns: 1, miscounted: 0 });
    const { rows: codes } = await seeded.pool.query<{ code: string }>('SELECT code FROM "UserCoupon"');
    expect(codes.length).toBeGreaterThanOrEqual(2);
    for (const { code } of codes) expect(code).toMatch(/^[A-Z2-7]{16,}$/);
    const { rows: qr } = await seeded.pool.query<{ scene: string; kind: string }>('SELECT scene, kind::text FROM "QrCode"');
    for (const { scene } of qr) expect(scene).toMatch(/^[0-9A-Za-z]{1,32}$/);
    expect(new Set(qr.map((q) => q.kind))).toEqual(new Set(['STORE', 'PRODUCT', 'CAMPAIGN']));
    const { rows: promos } = await seeded.pool.query<{ kind: string; conditions: Record<string, unknown>; rewards: Record<string, unknown> }>(
      'SELECT kind::text, conditions, rewards FROM "Promotion" ORDER BY id');
    expect(promos[0]).toMatchObject({ kind: 'SPEND_THRESHOLD', conditions: { productIds: [], categoryIds: [] }, rewards: { tiers: [{ minSpendFen: 5900, amountOffFen: 1000 }] } });
    expect(promos[1]).toMatchObject({ kind: 'BUY_N_DISCOUNT', conditions: { quantity: 2 }, rewards: { percentOff: 20 } });
    expect((promos[1]!.conditions.productIds as number[]).length).toBeGreaterThan(0);
    // Made through the operators' own services, so validated and audited like head office's work.
    const { rows: made } = await seeded.pool.query<{ kind: string; subject: string }>(
      `SELECT kind, subject FROM "AuditEntry" WHERE "actorUserId" = $1 ORDER BY kind, subject`, [DEMO_HQ_OPERATOR.id]);
    expect(made).toEqual([
      { kind: 'campaign.create', subject: '1' },
      ...['1', '2', '3'].map((subject) => ({ kind: 'coupon.create', subject })),
      ...['1', '2'].map((subject) => ({ kind: 'promotion.create', subject })),
    ]);
    const campaign = await one<{ coupons: number[]; products: number; qr: number }>(seeded.pool, `SELECT
      ARRAY(SELECT "couponId" FROM "CampaignCoupon" WHERE "campaignId" = 1) AS coupons,
      (SELECT count(*)::int FROM "CampaignProduct" WHERE "campaignId" = 1) AS products,
      (SELECT id FROM "QrCode" WHERE "campaignId" = 1) AS qr`);
    expect(campaign).toEqual({ coupons: [3], products: 4, qr: 2 });
  });

  it('leaves sequences past the explicit ids and the load-time-dropped constraints restored', async () => {
    const { rows } = await seeded.pool.query<{ id: number }>(
      `INSERT INTO "Category" (name, "sortOrder") VALUES ('测试', 99) RETURNING id`);
    expect(rows[0]!.id).toBeGreaterThan(22);
    await seeded.pool.query('DELETE FROM "Category" WHERE id = $1', [rows[0]!.id]);
    const r = await one<{ fks: number; idx: number }>(seeded.pool, `SELECT
      (SELECT count(*)::int FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('"Inventory"'::regclass, '"StorePrice"'::regclass)) AS fks,
      (SELECT count(*)::int FROM pg_indexes WHERE indexname = 'Inventory_productId_idx') AS idx`);
    expect(r).toEqual({ fks: 4, idx: 1 });
  });

  it('refuses a database that already has stores, changing nothing', async () => {
    const before = await digests(seeded.pool);
    await expect(seedDatabase(seeded.pool, { seed: 7 })).rejects.toBeInstanceOf(SeedRefusedError);
    expect(await digests(seeded.pool)).toEqual(before);
  });

  it('leaves nothing behind when it fails part-way', async () => {
    const db = await migratedDatabase();
    // The QR codes are written last, after the bulk tables: failing there proves the whole seed rolls back.
    await db.pool.query(`CREATE FUNCTION seed_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.pool.query(`CREATE TRIGGER seed_test_fail BEFORE INSERT ON "QrCode" FOR EACH ROW EXECUTE FUNCTION seed_test_fail()`);
    await expect(seedDatabase(db.pool, {})).rejects.toThrow(/injected failure/);
    const counts = await one<Record<string, number>>(db.pool, `SELECT ${Object.keys(TABLES)
      .map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(', ')}`);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    const fks = await one<{ n: number }>(db.pool, `SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND conrelid = '"Inventory"'::regclass`);
    expect(fks.n).toBe(2);
    // Once the cause is gone the same database seeds normally.
    await db.pool.query('DROP TRIGGER seed_test_fail ON "QrCode"');
    const summary = await seedDatabase(db.pool, {});
    expect(summary.counts.Store).toBe(36);
  });
});

describe('generation', () => {
  it('keeps the first stores identical at every scale', () => {
    const small = buildStores(1, 36);
    const large = buildStores(1, 400);
    expect(large.stores.slice(0, 36)).toEqual(small.stores);
    expect(new Set(large.stores.map((s) => s.address)).size).toBe(400);
    for (const s of large.stores) {
      expect(s.lat).toBeGreaterThan(30.6);
      expect(s.lat).toBeLessThan(31.9);
      expect(s.lng).toBeGreaterThan(120.8);
      expect(s.lng).toBeLessThan(122.0);
    }
    for (const h of large.hours) {
      expect(h.closeMinute).toBeGreaterThan(h.openMinute);
      expect(h.closeMinute).toBeLessThanOrEqual(h.openMinute + 1440);
    }
  });

  it('computes EAN-13 check digits', () => {
    expect(isValidEan13('6901234567892')).toBe(true);
    expect(isValidEan13('6901234567893')).toBe(false);
  });
});
