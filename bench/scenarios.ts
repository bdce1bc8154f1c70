/**
 * What the scenarios send: the home query (nearby stores + the nearest store's first catalog page +
 * the member card, one GraphQL document as the mini-program's home page needs it), search within a
 * store, and checkout contention on 20 hot products, with the setup and the SQL checks each needs.
 */
import type pg from 'pg';
import { nearestStores } from '../bff/src/stores/sql.ts';
import { rngFor, pick } from '../prisma/seed/random.ts';
import { NEARBY_FIRST, PAGE_SIZE } from './floor.ts';

const PRODUCT_CARD = `id name unit priceFen memberPriceFen available badges`;

export const HOME_QUERY = `query Home($location: LocationInput!, $storeId: ID!) {
  nearbyStores(location: $location, first: ${NEARBY_FIRST}) {
    distanceM deliversHere deliveryEstimateMinutes pickupAvailable
    store { id name address district openingStatus { isOpen label } deliveryFeeFen minOrderFen }
  }
  storeProducts(storeId: $storeId, first: ${PAGE_SIZE}) { nodes { ${PRODUCT_CARD} } pageInfo { hasNextPage endCursor } }
  myMemberCard {
    id cardNo tier tierName nextTier { name remainingFen } memberPriceEligible
    points { total available frozen availableValueFen } storedValueFen usableCouponCount
  }
}`;

export const SEARCH_QUERY = `query Search($storeId: ID!, $query: String!) {
  searchStoreProducts(storeId: $storeId, query: $query, first: ${PAGE_SIZE}) { nodes { ${PRODUCT_CARD} } pageInfo { hasNextPage endCursor } }
}`;

const PLACE_ORDER = `mutation Place($input: CheckoutInput!, $key: String!, $payable: Int!) {
  placeOrder(input: $input, idempotencyKey: $key, expectedPayableFen: $payable) { id status }
}`;

const QUOTE = `query Quote($input: CheckoutInput!) { quote(input: $input) { payableFen } }`;

export interface Spot {
  lat: number;
  lng: number;
  /** The nearest store: the home page shows its catalog. */
  storeId: number;
}

/** Shopper locations near random stores (a few hundred metres off), each with its nearest store. */
export async function shopperSpots(pool: pg.Pool, count: number): Promise<Spot[]> {
  const rng = rngFor(8, 'bench-spots');
  const { rows: stores } = await pool.query<{ lat: number; lng: number }>('SELECT lat, lng FROM "Store" WHERE active ORDER BY id');
  const spots: Spot[] = [];
  while (spots.length < count) {
    const store = pick(rng, stores);
    const at = { lat: store.lat + (rng() - 0.5) * 0.008, lng: store.lng + (rng() - 0.5) * 0.008 };
    const [nearest] = await nearestStores(pool, at, 5_000, 1, new Date());
    if (nearest) spots.push({ ...at, storeId: nearest.id });
  }
  return spots;
}

/** Search words shoppers type: the commonest two-character starts of product names, plus a barcode. */
export async function searchTerms(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ term: string }>(
    `SELECT left(name, 2) AS term FROM "Product" WHERE active GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 30`,
  );
  const { rows: barcode } = await pool.query<{ barcode: string }>(`SELECT barcode FROM "Product" WHERE active ORDER BY id LIMIT 1`);
  return [...rows.map((row) => row.term), barcode[0]!.barcode];
}

export function gqlRequest(query: string, variables: object, token?: string) {
  return {
    method: 'POST' as const,
    path: '/graphql',
    body: JSON.stringify({ query, variables }),
    headers: token ? { authorization: `Bearer ${token}` } : undefined,
  };
}

export async function postGraphql(baseUrl: string, query: string, variables: object, token?: string) {
  const request = gqlRequest(query, variables, token);
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', body: request.body, headers: { 'content-type': 'application/json', ...request.headers } });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

// ---------- checkout contention ----------

export const HOT_STORES = 10;
export const HOT_PRODUCTS = 20;

export interface HotSetup {
  pairs: Array<{ storeId: number; productId: number; payableFen: number }>;
  stockEach: number;
  startedAt: Date;
}

/**
 * 20 hot products on sale at 10 round-the-clock stores, each pair with `stockEach` units available.
 * The stores' picking capacity is raised so that stock, not the pickup-slot limit, is what the
 * shoppers contend for (the slot limit would otherwise refuse all but a handful per half hour).
 */
export async function prepareHotProducts(pool: pg.Pool, stockEach: number): Promise<Omit<HotSetup, 'startedAt'> & { storeIds: number[]; productIds: number[] }> {
  const { rows: stores } = await pool.query<{ id: number }>(
    `SELECT id FROM "Store" WHERE active AND "is24h" AND "pickupEnabled" ORDER BY id LIMIT $1`,
    [HOT_STORES],
  );
  const { rows: products } = await pool.query<{ id: number }>(
    `SELECT id FROM "Product" WHERE active AND "maxPerOrder" >= 1 ORDER BY id LIMIT $1`,
    [HOT_PRODUCTS],
  );
  const storeIds = stores.map((s) => s.id);
  const productIds = products.map((p) => p.id);
  await pool.query(`UPDATE "Store" SET "pickingCapacity" = 1000000 WHERE id = ANY($1)`, [storeIds]);
  await pool.query(
    `INSERT INTO "Inventory" ("storeId", "productId", "onHand", reserved, "updatedAt")
     SELECT s, p, $3, 0, now() FROM unnest($1::int[]) s CROSS JOIN unnest($2::int[]) p
     ON CONFLICT ("storeId", "productId") DO UPDATE SET "onHand" = "Inventory".reserved + $3`,
    [storeIds, productIds, stockEach],
  );
  return { storeIds, productIds, stockEach, pairs: [] };
}

/** Shopper accounts for the contention run, created once per database; returns their user ids. */
export async function benchShoppers(pool: pg.Pool, count: number): Promise<string[]> {
  await pool.query(
    `INSERT INTO "User" (id, openid, nickname)
     SELECT gen_random_uuid(), 'bench-shopper-' || g, '压测顾客' || g FROM generate_series(1, $1) g
     ON CONFLICT (openid) DO NOTHING`,
    [count],
  );
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM "User" WHERE openid LIKE 'bench-shopper-%' ORDER BY openid LIMIT $1`,
    [count],
  );
  return rows.map((row) => row.id);
}

export function checkoutInput(storeId: number, productId: number) {
  return { storeId: String(storeId), items: [{ productId: String(productId), quantity: 1 }], fulfilment: 'PICKUP' };
}

/** The payable amount of one unit at each hot pair, quoted once by the BFF as the checkout page would. */
export async function quoteHotPairs(baseUrl: string, token: string, storeIds: number[], productIds: number[]) {
  const pairs: HotSetup['pairs'] = [];
  for (const storeId of storeIds) {
    for (const productId of productIds) {
      const { data, errors } = await postGraphql(baseUrl, QUOTE, { input: checkoutInput(storeId, productId) }, token);
      if (errors?.length) throw new Error(`quote failed for store ${storeId} product ${productId}: ${errors[0]!.message}`);
      pairs.push({ storeId, productId, payableFen: (data!.quote as { payableFen: number }).payableFen });
    }
  }
  return pairs;
}

export function placeOrderRequest(pair: HotSetup['pairs'][number], key: string, token: string) {
  return gqlRequest(PLACE_ORDER, { input: checkoutInput(pair.storeId, pair.productId), key, payable: pair.payableFen }, token);
}

export interface ContentionCheck {
  accepted: number;
  acceptedPerSecond: number;
  unitsOffered: number;
  oversoldUnits: number;
  negativeStockRows: number;
  /** Hot pairs whose reserved stock does not match the units in this run's orders. */
  inconsistentPairs: number;
}

/** Accepted orders and the stock invariants, from the database after the run. */
export async function checkContention(pool: pg.Pool, setup: HotSetup & { storeIds: number[]; productIds: number[] }): Promise<ContentionCheck> {
  const { rows: sold } = await pool.query<{ storeId: number; productId: number; units: number; onHand: number; reserved: number }>(
    `SELECT i."storeId", i."productId", coalesce(s.units, 0)::int AS units, i."onHand", i.reserved
       FROM "Inventory" i
       LEFT JOIN (SELECT o."storeId", oi."productId", sum(oi.quantity) AS units
                    FROM "Order" o JOIN "OrderItem" oi ON oi."orderId" = o.id
                   WHERE o."createdAt" >= $3 AND o."storeId" = ANY($1)
                   GROUP BY 1, 2) s ON s."storeId" = i."storeId" AND s."productId" = i."productId"
      WHERE i."storeId" = ANY($1) AND i."productId" = ANY($2)`,
    [setup.storeIds, setup.productIds, setup.startedAt],
  );
  const { rows: orders } = await pool.query<{ n: number; spanS: number }>(
    `SELECT count(*)::int AS n, extract(epoch FROM max("createdAt") - min("createdAt"))::float8 AS "spanS"
       FROM "Order" WHERE "createdAt" >= $1 AND "storeId" = ANY($2)`,
    [setup.startedAt, setup.storeIds],
  );
  const { rows: negative } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Inventory" WHERE "onHand" < 0 OR reserved < 0 OR reserved > "onHand"`,
  );
  const { n, spanS } = orders[0]!;
  return {
    accepted: n,
    acceptedPerSecond: spanS > 0 ? Math.round(n / spanS) : n,
    unitsOffered: setup.stockEach * sold.length,
    oversoldUnits: sold.reduce((sum, row) => sum + Math.max(0, row.units - setup.stockEach), 0),
    negativeStockRows: negative[0]!.n,
    // Before the run each pair had onHand = reserved + stockEach: what remains must be exactly stockEach - units.
    inconsistentPairs: sold.filter((row) => row.onHand - row.reserved !== setup.stockEach - row.units).length,
  };
}
