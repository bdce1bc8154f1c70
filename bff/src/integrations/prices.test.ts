import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { CREATE_INTEGRATION_CLIENT, signedPost, type Credential } from '../../test/integration-client.ts';
import { demoCaller, ok, placeOrder, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';
import { applyDuePrices } from './prices.ts';

let server: TestServer;
let erp: Credential;
let tillA: Credential;
let shopper: Caller;

async function sql<T = Record<string, any>>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await server.db.pool.query(text, values)).rows as T[];
}

const send = (cred: Credential, body: unknown, idempotencyKey?: string) => signedPost(server.url, cred, '/prices', body, { idempotencyKey });
const iso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();
const HOUR = 3_600_000;

/**
 * A product stocked at stores 1 and 2, not used by another test, set to ¥5.00 (member ¥4.50) chain-wide
 * with a band of ¥3.00 to ¥8.00 and no store prices of its own.
 */
const usedProducts = new Set<number>();
async function freshProduct(): Promise<{ id: number; barcode: string }> {
  const [product] = await sql<{ id: number; barcode: string }>(
    `SELECT p.id, p.barcode FROM "Product" p
      WHERE p.active AND p.id <> ALL($1::int[]) AND (SELECT count(*) FROM "Inventory" i WHERE i."productId" = p.id AND i."storeId" IN (1, 2) AND i."onHand" > 5 AND i."onSale") = 2
      ORDER BY p.id LIMIT 1`,
    [[...usedProducts]],
  );
  usedProducts.add(product!.id);
  await sql(`UPDATE "Product" SET "basePriceFen" = 500, "memberPriceFen" = 450, "priceBandMinFen" = 300, "priceBandMaxFen" = 800 WHERE id = $1`, [product!.id]);
  await sql(`DELETE FROM "StorePrice" WHERE "productId" = $1`, [product!.id]);
  return product!;
}

const priceAt = async (productId: number, storeId = 1) =>
  (await ok(shopper, `query($s: ID!, $p: ID!) { storeProduct(storeId: $s, productId: $p) { priceFen memberPriceFen } }`, { s: String(storeId), p: String(productId) })).storeProduct;

const quotedFen = async (productId: number, storeId = 1) =>
  (await ok(shopper, `query($input: CheckoutInput!) { quote(input: $input) { originalTotalFen } }`, { input: { storeId: String(storeId), items: [{ productId: String(productId), quantity: 1 }], fulfilment: 'PICKUP' } }))
    .quote.originalTotalFen as number;

const changesOf = (productId: number) =>
  sql(`SELECT "storeId", "priceFen", "memberPriceFen", status, "previousPriceFen", "previousMemberPriceFen", "clientId" FROM "PriceChange" WHERE "productId" = $1 ORDER BY id`, [productId]);

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', PRICE_SCHEDULE_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  const admin = await demoCaller(server.gql, 'demo-hq-admin');
  erp = (await ok(admin, CREATE_INTEGRATION_CLIENT, { name: '总部ERP' })).createIntegrationClient;
  tillA = (await ok(admin, CREATE_INTEGRATION_CLIENT, { name: '1号店收银', storeId: '1' })).createIntegrationClient;
  shopper = await demoCaller(server.gql, 'demo-shopper');
});

afterAll(async () => {
  await server?.close();
});

describe('prices at once', () => {
  it("a chain base price sells at the next quote and catalogue request; a placed order keeps its figures; the change is recorded", async () => {
    const product = await freshProduct();
    const order = await placeOrder(shopper, { items: [{ productId: String(product.id), quantity: 2 }] });
    const placed = async () => (await ok(shopper, `query($id: ID!) { order(id: $id) { originalTotalFen payableFen items { unitPriceFen } } }`, { id: order.id })).order;
    const before = await placed();
    expect(before.items[0].unitPriceFen).toBe(500);

    const answer = await send(erp, { prices: [{ sku: product.barcode, priceFen: 620, memberPriceFen: 580, sourceUpdatedAt: iso(-1000) }] });
    expect(answer).toMatchObject({ status: 200, body: { applied: 1, failed: 0, rows: [{ index: 0, status: 'APPLIED', storeId: null }] } });
    expect(await quotedFen(product.id)).toBe(620);
    expect(await priceAt(product.id, 2)).toEqual({ priceFen: 620, memberPriceFen: 580 });
    expect(await placed()).toEqual(before);
    expect(await changesOf(product.id)).toEqual([
      { storeId: null, priceFen: 620, memberPriceFen: 580, status: 'APPLIED', previousPriceFen: 500, previousMemberPriceFen: 450, clientId: erp.client.id },
    ]);

    // A store's own price beats the chain's there only; null member price: none at that store.
    const store = await send(erp, { prices: [{ productId: product.id, storeId: 2, priceFen: 700, memberPriceFen: null, sourceUpdatedAt: iso(-500) }] });
    expect(store.body.rows[0]).toMatchObject({ status: 'APPLIED', storeId: 2 });
    expect(await priceAt(product.id, 2)).toEqual({ priceFen: 700, memberPriceFen: null });
    expect(await quotedFen(product.id, 2)).toBe(700);
    expect(await priceAt(product.id, 1)).toEqual({ priceFen: 620, memberPriceFen: 580 });
  });
});

describe('refusals', () => {
  it('refuses prices outside the band, decimals, strings and a 10x slip, changing nothing', async () => {
    const product = await freshProduct();
    const row = (extra: Record<string, unknown>) => ({ sku: product.barcode, storeId: 1, memberPriceFen: null, sourceUpdatedAt: iso(-1000), ...extra });
    const outOfBand = await send(erp, { prices: [row({ priceFen: 900 }), row({ storeId: 2, priceFen: 600 })] });
    expect(outOfBand).toMatchObject({
      status: 422,
      body: { applied: 0, rows: [{ status: 'FAILED', code: 'PRICE_OUT_OF_BAND', minFen: 300, maxFen: 800 }, { status: 'FAILED', code: 'BATCH_REJECTED' }] },
    });
    expect(outOfBand.body.rows[0].message).toMatch(/价格带/);
    const chainOutOfBand = await send(erp, { prices: [{ ...row({ priceFen: 600, memberPriceFen: 250 }), storeId: null }] });
    expect(chainOutOfBand.body.rows[0]).toMatchObject({ code: 'BASE_PRICE_OUT_OF_BAND' });

    const malformed = await send(erp, {
      policy: 'partial',
      prices: [row({ priceFen: 5.5 }), row({ priceFen: '550' }), row({ priceFen: 550, memberPriceFen: 560 }), { sku: product.barcode, priceFen: 550, sourceUpdatedAt: iso() }, row({ priceFen: 0 })],
    });
    expect(malformed.body.rows.map((r: { code: string }) => r.code)).toEqual(['PRICE_NOT_INTEGER_FEN', 'PRICE_NOT_INTEGER_FEN', 'MEMBER_PRICE_NOT_LOWER', 'MEMBER_PRICE_REQUIRED', 'PRICE_OUT_OF_RANGE']);
    expect(await priceAt(product.id)).toEqual({ priceFen: 500, memberPriceFen: 450 });
    expect(await priceAt(product.id, 2)).toEqual({ priceFen: 500, memberPriceFen: 450 });

    // Yuan sent as fen ×100: refused unless confirmed (no band on this product).
    await sql(`UPDATE "Product" SET "priceBandMinFen" = NULL, "priceBandMaxFen" = NULL WHERE id = $1`, [product.id]);
    const slip = { sku: product.barcode, priceFen: 50_000, memberPriceFen: null, sourceUpdatedAt: iso(-900) };
    expect((await send(erp, { prices: [slip] })).body.rows[0]).toMatchObject({ status: 'FAILED', code: 'LARGE_PRICE_CHANGE' });
    expect((await send(erp, { prices: [{ ...slip, priceFen: 45 }] })).body.rows[0]).toMatchObject({ code: 'LARGE_PRICE_CHANGE' });
    expect(await changesOf(product.id)).toEqual([]);
    expect((await send(erp, { prices: [{ ...slip, confirmLargeChange: true }] })).body.rows[0]).toMatchObject({ status: 'APPLIED' });
    expect(await quotedFen(product.id)).toBe(50_000);
  });

  it("a till sets its own store's prices only: other stores and the chain are refused per row", async () => {
    const product = await freshProduct();
    const row = (storeId: number | null, priceFen: number) => ({ sku: product.barcode, storeId, priceFen, memberPriceFen: null, sourceUpdatedAt: iso(-1000) });
    const answer = await send(tillA, { policy: 'partial', prices: [row(1, 480), row(2, 490), row(null, 470)] });
    expect(answer).toMatchObject({ status: 200, body: { applied: 1, failed: 2 } });
    expect(answer.body.rows.map((r: { status: string; code?: string }) => r.code ?? r.status)).toEqual(['APPLIED', 'STORE_OUT_OF_SCOPE', 'STORE_OUT_OF_SCOPE']);
    expect(await priceAt(product.id, 1)).toEqual({ priceFen: 480, memberPriceFen: null });
    expect(await priceAt(product.id, 2)).toEqual({ priceFen: 500, memberPriceFen: 450 });
  });
});

describe('replays and reordering', () => {
  it('a replayed row changes nothing; an older update is skipped and reported', async () => {
    const product = await freshProduct();
    const newer = { sku: product.barcode, storeId: 1, priceFen: 560, memberPriceFen: 520, sourceUpdatedAt: iso(-60_000) };
    expect((await send(erp, { prices: [newer] })).body.rows[0]).toMatchObject({ status: 'APPLIED' });
    // The same row in a new request (another Idempotency-Key): nothing happens, nothing is recorded.
    expect((await send(erp, { prices: [newer] })).body.rows[0]).toMatchObject({ status: 'ALREADY_APPLIED' });
    expect(await changesOf(product.id)).toHaveLength(1);

    // An update made earlier at the source arriving late: effective earlier, so outranked.
    const older = { ...newer, priceFen: 400, memberPriceFen: null, sourceUpdatedAt: iso(-120_000) };
    expect((await send(erp, { prices: [older] })).body.rows[0]).toMatchObject({ status: 'SKIPPED_STALE', code: 'SUPERSEDED' });
    // The same effective time, updated earlier at the source: stale.
    const sameTime = { ...older, effectiveAt: newer.sourceUpdatedAt };
    expect((await send(erp, { prices: [sameTime] })).body.rows[0]).toMatchObject({ status: 'SKIPPED_STALE', code: 'STALE_PRICE', sourceUpdatedAt: newer.sourceUpdatedAt });
    expect(await priceAt(product.id)).toEqual({ priceFen: 560, memberPriceFen: 520 });

    // Both in one batch, in either order: the newer one wins.
    const other = await freshProduct();
    const pair = [
      { ...older, sku: other.barcode },
      { ...newer, sku: other.barcode },
    ];
    const batch = await send(erp, { prices: [pair[1], pair[0]] });
    expect(batch.body.rows.map((r: { status: string }) => r.status)).toEqual(['APPLIED', 'SKIPPED_STALE']);
    expect(await priceAt(other.id)).toEqual({ priceFen: 560, memberPriceFen: 520 });
  });
});

describe('scheduled prices', () => {
  it('a future price waits, then the job applies it at its time; a later-effective change supersedes an earlier one', async () => {
    const product = await freshProduct();
    const row = (priceFen: number, effectiveInMs: number) => ({ sku: product.barcode, storeId: 1, priceFen, memberPriceFen: null, sourceUpdatedAt: iso(-1000), effectiveAt: iso(effectiveInMs) });
    const answer = await send(erp, { prices: [row(550, HOUR), row(600, 2 * HOUR), row(650, 3 * HOUR)] });
    expect(answer.body.rows.map((r: { status: string }) => r.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
    expect(answer.body.applied).toBe(0);
    expect(await quotedFen(product.id)).toBe(500);
    // Head office sees what is scheduled (CATALOG: the operator).
    const operator = await demoCaller(server.gql, 'demo-hq-operator');
    const scheduled = await ok(operator, `query($p: ID!) { priceChanges(productId: $p, storeId: "1", status: PENDING) { storeId priceFen effectiveAt status clientId } }`, { p: String(product.id) });
    expect(scheduled.priceChanges.map((c: { priceFen: number }) => c.priceFen)).toEqual([650, 600, 550]);
    expect(scheduled.priceChanges[2]).toMatchObject({ storeId: '1', status: 'PENDING', clientId: erp.client.id, effectiveAt: answer.body.rows[0].effectiveAt });

    const job = (offsetMs: number) => applyDuePrices({ pool: server.db.pool, now: () => new Date(Date.now() + offsetMs) });
    expect(await job(HOUR / 2)).toEqual({ skipped: false, applied: 0 });
    expect(await quotedFen(product.id)).toBe(500);
    expect(await job(HOUR + 1000)).toEqual({ skipped: false, applied: 1 });
    expect(await quotedFen(product.id)).toBe(550);
    // Overdue twice over (the job was down): only the latest applies.
    expect(await job(3 * HOUR + 1000)).toEqual({ skipped: false, applied: 1 });
    expect(await quotedFen(product.id)).toBe(650);
    expect((await changesOf(product.id)).map((c) => [c.priceFen, c.status, c.previousPriceFen])).toEqual([
      [550, 'APPLIED', 500],
      [600, 'SUPERSEDED', null],
      [650, 'APPLIED', 550],
    ]);
  });

  it('a due change head office’s band no longer allows is refused, not applied', async () => {
    const product = await freshProduct();
    await send(erp, { prices: [{ sku: product.barcode, storeId: 1, priceFen: 750, memberPriceFen: null, sourceUpdatedAt: iso(-1000), effectiveAt: iso(HOUR) }] });
    await sql(`UPDATE "Product" SET "priceBandMaxFen" = 700 WHERE id = $1`, [product.id]);
    expect(await applyDuePrices({ pool: server.db.pool, now: () => new Date(Date.now() + 2 * HOUR) })).toEqual({ skipped: false, applied: 0 });
    expect(await quotedFen(product.id)).toBe(500);
    expect((await changesOf(product.id)).map((c) => c.status)).toEqual(['REFUSED']);
  });

  it('concurrent job passes (several instances) apply each due change exactly once', async () => {
    const products: Array<{ id: number }> = [];
    for (let i = 0; i < 12; i++) products.push(await freshProduct());
    const rows = products.flatMap((p) => [1, 2].map((storeId) => ({ productId: p.id, storeId, priceFen: 600 + storeId, memberPriceFen: null, sourceUpdatedAt: iso(-1000), effectiveAt: iso(HOUR) })));
    expect((await send(erp, { prices: rows })).body.rows.every((r: { status: string }) => r.status === 'SCHEDULED')).toBe(true);
    const passes = await Promise.all(Array.from({ length: 4 }, () => applyDuePrices({ pool: server.db.pool, now: () => new Date(Date.now() + 2 * HOUR) })));
    expect(passes.reduce((sum, pass) => sum + pass.applied, 0)).toBe(rows.length);
    const ids = products.map((p) => p.id);
    expect(await sql(`SELECT status, count(*)::int AS n FROM "PriceChange" WHERE "productId" = ANY($1) GROUP BY status`, [ids])).toEqual([{ status: 'APPLIED', n: rows.length }]);
    expect(await sql(`SELECT "storeId", count(*)::int AS n FROM "StorePrice" WHERE "productId" = ANY($1) AND "priceFen" = 600 + "storeId" GROUP BY "storeId" ORDER BY "storeId"`, [ids])).toEqual([
      { storeId: 1, n: 12 },
      { storeId: 2, n: 12 },
    ]);
    expect(await applyDuePrices({ pool: server.db.pool, now: () => new Date(Date.now() + 2 * HOUR) })).toEqual({ skipped: false, applied: 0 });
  });
});
