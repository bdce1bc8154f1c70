import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_MANAGER_A } from '../../../prisma/seed/demo-accounts.ts';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { expectBadInput } from '../../test/refusal.ts';
import { CatalogService } from '../catalog/service.ts';
import { checkoutProducts } from '../orders/sql.ts';
import { ShelfService } from './shelf.ts';

const STORE = 1;
const ACTOR = DEMO_MANAGER_A.id;

let db: TestDatabase;
let shelf: ShelfService;
let catalog: CatalogService;
/** A product store 1 stocks with more than a few units, and its chain prices. */
let product: { id: number; name: string; basePriceFen: number; memberPriceFen: number | null; categoryId: number };

beforeAll(async () => {
  db = await createTestDatabase();
  shelf = new ShelfService({ pool: db.pool });
  catalog = new CatalogService(db.prisma, db.pool);
  const { rows } = await db.pool.query(
    `SELECT p.id, p.name, p."basePriceFen", p."memberPriceFen", p."categoryId" FROM "Product" p
       JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = $1 AND i."onHand" - i.reserved > 5
      WHERE p.active AND p."memberPriceFen" IS NOT NULL AND p."basePriceFen" >= 500
        AND NOT EXISTS (SELECT 1 FROM "StorePrice" sp WHERE sp."storeId" = $1 AND sp."productId" = p.id)
      ORDER BY p.id LIMIT 1`,
    [STORE],
  );
  product = rows[0];
});
afterAll(() => db?.drop());
beforeEach(async () => {
  await db.pool.query(`UPDATE "Inventory" SET "onSale" = true, "lowStockThreshold" = 5 WHERE "storeId" = $1 AND "productId" = $2`, [STORE, product.id]);
  await db.pool.query(`DELETE FROM "StorePrice" WHERE "storeId" = $1 AND "productId" = $2`, [STORE, product.id]);
  await db.pool.query(`UPDATE "Product" SET "priceBandMinFen" = $2, "priceBandMaxFen" = $3 WHERE id = $1`, [product.id, product.basePriceFen / 2, product.basePriceFen * 2]);
});

const state = async () => [
  Number((await db.pool.query(`SELECT count(*) FROM "AuditEntry"`)).rows[0].count),
  (await db.pool.query(`SELECT * FROM "Inventory" WHERE "storeId" = $1 AND "productId" = $2`, [STORE, product.id])).rows,
  (await db.pool.query(`SELECT * FROM "StorePrice" WHERE "storeId" = $1 AND "productId" = $2`, [STORE, product.id])).rows,
  (await db.pool.query(`SELECT "priceBandMinFen", "priceBandMaxFen" FROM "Product" WHERE id = $1`, [product.id])).rows,
];

const refused = (work: () => Promise<unknown>, reason: string) => expectBadInput(work, reason, state);

const item = () => ({ onSale: true, priceFen: product.basePriceFen, memberPriceFen: product.memberPriceFen, lowStockThreshold: 5 });
const listed = async () => {
  const ids: number[] = [];
  for (let after: string | null = null; ; ) {
    const page = await catalog.products(STORE, { categoryId: product.categoryId, first: 100, after });
    ids.push(...page.nodes.map((node) => node.product.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
};

describe('the shelf', () => {
  it('finds a product by name, pinyin or barcode with its prices, band and stock', async () => {
    const { rows } = await db.pool.query(`SELECT barcode, "nameInitials" FROM "Product" WHERE id = $1`, [product.id]);
    for (const query of [product.name, rows[0].barcode, rows[0].nameInitials]) {
      const page = await shelf.search(STORE, query, { first: 50 });
      expect(page.nodes.find((node) => node.productId === product.id)).toMatchObject({
        name: product.name,
        onSale: true,
        priceFen: product.basePriceFen,
        memberPriceFen: product.memberPriceFen,
        priceBandMinFen: product.basePriceFen / 2,
        priceBandMaxFen: product.basePriceFen * 2,
        lowStockThreshold: 5,
      });
    }
  });

  it('off sale: gone from the store list and search, not buyable; still on the shelf; back on sale returns it', async () => {
    expect(await listed()).toContain(product.id);
    const line = await shelf.setItem(ACTOR, STORE, product.id, { ...item(), onSale: false });
    expect(line.onSale).toBe(false);
    expect(await listed()).not.toContain(product.id);
    expect((await catalog.search(STORE, product.name, { first: 50 })).nodes.map((n) => n.product.id)).not.toContain(product.id);
    const [stock] = await catalog.stock([{ storeId: STORE, productId: product.id }]);
    expect(stock).toMatchObject({ onSale: false, available: 0 });
    expect((await checkoutProducts(db.pool, STORE, [product.id]))[0]).toMatchObject({ sold: false, offSale: true });
    expect((await shelf.search(STORE, product.name, { first: 50 })).nodes.map((n) => n.productId)).toContain(product.id);
    await shelf.setItem(ACTOR, STORE, product.id, item());
    expect(await listed()).toContain(product.id);
  });

  it('a new price within the band becomes the one price the catalogue and checkout read', async () => {
    const priceFen = product.basePriceFen + 100;
    const memberPriceFen = product.basePriceFen - 100;
    await shelf.setItem(ACTOR, STORE, product.id, { ...item(), priceFen, memberPriceFen, lowStockThreshold: 12 });
    expect((await catalog.stock([{ storeId: STORE, productId: product.id }]))[0]).toMatchObject({ priceFen, memberPriceFen, lowStockThreshold: 12 });
    expect((await checkoutProducts(db.pool, STORE, [product.id]))[0]).toMatchObject({ priceFen, memberPriceFen, sold: true });
    // No member price at this store.
    await shelf.setItem(ACTOR, STORE, product.id, { ...item(), priceFen, memberPriceFen: null });
    expect((await catalog.stock([{ storeId: STORE, productId: product.id }]))[0]).toMatchObject({ priceFen, memberPriceFen: null });
  });

  it('refuses a price outside the band with the band in the refusal, and changes nothing', async () => {
    const low = await refused(() => shelf.setItem(ACTOR, STORE, product.id, { ...item(), priceFen: product.basePriceFen / 2 - 10, memberPriceFen: null }), 'PRICE_OUT_OF_BAND');
    expect(low.details).toMatchObject({ field: 'priceFen', minFen: product.basePriceFen / 2, maxFen: product.basePriceFen * 2 });
    expect(low.message).toContain('价格带');
    const member = await refused(() => shelf.setItem(ACTOR, STORE, product.id, { ...item(), memberPriceFen: 10 }), 'PRICE_OUT_OF_BAND');
    expect(member.details).toMatchObject({ field: 'memberPriceFen' });
    await refused(() => shelf.setItem(ACTOR, STORE, product.id, { ...item(), priceFen: product.basePriceFen * 2 + 10 }), 'PRICE_OUT_OF_BAND');
  });

  it.each([
    [(base: number) => ({ memberPriceFen: base }), 'MEMBER_PRICE_NOT_LOWER'],
    [() => ({ priceFen: 0 }), 'OUT_OF_RANGE'],
    [() => ({ priceFen: 12.5 }), 'OUT_OF_RANGE'],
    [() => ({ lowStockThreshold: -1 }), 'OUT_OF_RANGE'],
  ])('refuses %s (%s) and changes nothing', async (change, reason) => {
    await refused(() => shelf.setItem(ACTOR, STORE, product.id, { ...item(), ...change(product.basePriceFen) }), reason);
  });

  it('a product the store does not stock is PRODUCT_NOT_SOLD_HERE', async () => {
    const other = product.id + 1;
    await db.pool.query(`DELETE FROM "Inventory" WHERE "storeId" = $1 AND "productId" = $2`, [STORE, other]);
    await expect(shelf.setItem(ACTOR, STORE, other, item())).rejects.toMatchObject({ code: 'PRODUCT_NOT_SOLD_HERE' });
  });
});

describe("head office's price band", () => {
  it('sets and clears a band', async () => {
    await shelf.setPriceBand(ACTOR, product.id, { minFen: product.basePriceFen - 200, maxFen: product.basePriceFen + 200 });
    expect((await state())[3]).toEqual([{ priceBandMinFen: product.basePriceFen - 200, priceBandMaxFen: product.basePriceFen + 200 }]);
    await shelf.setPriceBand(ACTOR, product.id, { minFen: null, maxFen: null });
    expect((await state())[3]).toEqual([{ priceBandMinFen: null, priceBandMaxFen: null }]);
  });

  it('refuses a band upside down or leaving out the chain price, and an unknown product', async () => {
    await refused(() => shelf.setPriceBand(ACTOR, product.id, { minFen: 900, maxFen: 800 }), 'BAND_INVALID');
    await refused(() => shelf.setPriceBand(ACTOR, product.id, { minFen: product.basePriceFen + 10, maxFen: null }), 'BASE_PRICE_OUT_OF_BAND');
    await refused(() => shelf.setPriceBand(ACTOR, product.id, { minFen: product.memberPriceFen! + 10, maxFen: null }), 'BASE_PRICE_OUT_OF_BAND');
    await refused(() => shelf.setPriceBand(ACTOR, product.id, { minFen: -1, maxFen: null }), 'OUT_OF_RANGE');
    await expect(shelf.setPriceBand(ACTOR, 999_999, { minFen: 100, maxFen: 200 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a store price the band later leaves out stays until the store changes it, and then must be inside', async () => {
    await shelf.setItem(ACTOR, STORE, product.id, { ...item(), priceFen: product.basePriceFen + 100 });
    await shelf.setPriceBand(ACTOR, product.id, { minFen: product.memberPriceFen!, maxFen: product.basePriceFen });
    // Only the threshold changes: the price stays where it is.
    await shelf.setItem(ACTOR, STORE, product.id, { ...item(), priceFen: product.basePriceFen + 100, lowStockThreshold: 9 });
    expect((await catalog.stock([{ storeId: STORE, productId: product.id }]))[0]).toMatchObject({ priceFen: product.basePriceFen + 100, lowStockThreshold: 9 });
    await refused(() => shelf.setItem(ACTOR, STORE, product.id, { ...item(), priceFen: product.basePriceFen + 50 }), 'PRICE_OUT_OF_BAND');
  });
});

describe('the audit trail', () => {
  const lastAudit = async () => (await db.pool.query(`SELECT "actorUserId", "storeId", kind, subject, before, after FROM "AuditEntry" ORDER BY id DESC LIMIT 1`)).rows[0];

  it('a shelf change records only the fields that changed, at the store; a band is chain-wide', async () => {
    await shelf.setItem(ACTOR, STORE, product.id, { ...item(), onSale: false, priceFen: product.basePriceFen + 50 });
    expect(await lastAudit()).toEqual({
      actorUserId: ACTOR,
      storeId: STORE,
      kind: 'shelf.product',
      subject: String(product.id),
      before: { onSale: true, priceFen: product.basePriceFen },
      after: { onSale: false, priceFen: product.basePriceFen + 50 },
    });
    await shelf.setPriceBand(ACTOR, product.id, { minFen: product.memberPriceFen!, maxFen: product.basePriceFen * 3 });
    expect(await lastAudit()).toEqual({
      actorUserId: ACTOR,
      storeId: null,
      kind: 'product.price_band',
      subject: String(product.id),
      before: { priceBandMinFen: product.basePriceFen / 2, priceBandMaxFen: product.basePriceFen * 2 },
      after: { priceBandMinFen: product.memberPriceFen, priceBandMaxFen: product.basePriceFen * 3 },
    });
  });
});
