import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAuthTestServer, type AuthTestServer } from '../../test/auth.ts';
import { UNLIMITED_RATES } from '../../test/shop.ts';

/**
 * The estimate a shopper picks a store by (nearbyStores, storeSeenFrom) against the promise checkout
 * gives (quote, placeOrder) at the same instant, with the store's slots filling up. Delivery orders
 * at store 1 (24h) and store 2 (07:00–02:00), each with 3 orders per half-hour slot.
 */
const PEOPLES_SQUARE = { lat: 31.2304, lng: 121.4737 };
const NANJING_ROAD_WEST = { lat: 31.2283, lng: 121.4505 };
const CAPACITY = 3;
const PRODUCT = 1;

// Wednesday 2026-11-25 12:00:17 in Shanghai: the 12:00 slot has lost one second, so of its 3 picks
// (one every 10 minutes) 2 are left.
const START = new Date('2026-11-25T12:00:17+08:00').getTime();
let clock = START;

let server: AuthTestServer;
let headers: Record<string, string>;
beforeAll(async () => {
  server = await startAuthTestServer({ now: () => new Date(clock), env: UNLIMITED_RATES });
  await server.db.pool.query(`UPDATE "Store" SET "pickingCapacity" = $1 WHERE id IN (1, 2)`, [CAPACITY]);
  // ¥30 a unit, well above the ¥20 delivery minimum, and stock for every order below.
  await server.db.pool.query(
    `INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") VALUES (1, $1, 3000, NULL), (2, $1, 3000, NULL)
     ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = 3000, "memberPriceFen" = NULL`,
    [PRODUCT],
  );
  await server.db.pool.query(`UPDATE "Inventory" SET "onHand" = reserved + 1000 WHERE "storeId" IN (1, 2) AND "productId" = $1`, [PRODUCT]);
});
afterAll(() => server?.close());
beforeEach(async () => {
  clock = START;
  headers = server.bearer(await server.signIn('promise-shopper'));
  await server.db.pool.query(`DELETE FROM "StoreSlot"`);
});

const input = (storeId: number, at: { lat: number; lng: number }) => ({
  storeId: String(storeId),
  items: [{ productId: String(PRODUCT), quantity: 1 }],
  fulfilment: 'DELIVERY',
  address: { contactName: '张三', phone: '13800138000', detail: '测试路1号', ...at },
});

async function listEstimate(storeId: number, at: { lat: number; lng: number }) {
  const { data, errors } = await server.gql(
    `query($at: LocationInput!) { nearbyStores(location: $at, first: 5) { deliveryEstimateMinutes store { id } } }`,
    { at },
    headers,
  );
  expect(errors).toBeUndefined();
  const listed = data!.nearbyStores.find((row: { store: { id: string } }) => row.store.id === String(storeId));
  return listed.deliveryEstimateMinutes as number | null;
}

async function storePageEstimate(storeId: number, at: { lat: number; lng: number }) {
  const { data, errors } = await server.gql(
    `query($at: LocationInput!, $id: ID!) { storeSeenFrom(id: $id, location: $at) { deliveryEstimateMinutes } }`,
    { at, id: String(storeId) },
    headers,
  );
  expect(errors).toBeUndefined();
  return data!.storeSeenFrom.deliveryEstimateMinutes as number | null;
}

/** Minutes from the request's instant to the end of a promise, as the list counts them. */
const minutesTo = (promiseEnd: string) => Math.ceil((Date.parse(promiseEnd) - clock) / 60_000);

async function quoteMinutes(storeId: number, at: { lat: number; lng: number }) {
  const { data, errors } = await server.gql(
    `query($input: CheckoutInput!) { quote(input: $input) { payableFen promise { promiseEnd } } }`,
    { input: input(storeId, at) },
    headers,
  );
  expect(errors).toBeUndefined();
  return { minutes: minutesTo(data!.quote.promise.promiseEnd), payableFen: data!.quote.payableFen as number };
}

let keys = 0;
async function place(storeId: number, at: { lat: number; lng: number }, payableFen: number) {
  const { data, errors } = await server.gql(
    `mutation($input: CheckoutInput!, $key: String!, $p: Int!) { placeOrder(input: $input, idempotencyKey: $key, expectedPayableFen: $p) { promiseEnd } }`,
    { input: input(storeId, at), key: `promise-${++keys}`, p: payableFen },
    headers,
  );
  expect(errors).toBeUndefined();
  return minutesTo(data!.placeOrder.promiseEnd);
}

/** List, quote and order at one instant: all three must say the same (and the store page as the list). */
async function allThree(storeId: number, at: { lat: number; lng: number }) {
  const listed = await listEstimate(storeId, at);
  expect(await storePageEstimate(storeId, at)).toBe(listed);
  const quoted = await quoteMinutes(storeId, at);
  const placed = await place(storeId, at, quoted.payableFen);
  return [listed, quoted.minutes, placed];
}

describe('the store list promises what checkout promises', () => {
  it('30 minutes while the current slot has room', async () => {
    expect(await allThree(1, PEOPLES_SQUARE)).toEqual([30, 30, 30]);
  });

  it('the first slot with room once a concurrent burst has booked the current one and the next two', async () => {
    const { payableFen } = await quoteMinutes(1, PEOPLES_SQUARE);
    // At once: the 12:00 (2 left), 12:30 and 13:00 slots fill, two orders land at 13:30.
    const burst = await Promise.all(Array.from({ length: 3 * CAPACITY + 1 }, () => place(1, PEOPLES_SQUARE, payableFen)));
    // 12:00:17 → 12:30:17, 13:00, 13:30, 14:00.
    expect(burst.sort((a, b) => a - b)).toEqual([30, 30, 60, 60, 60, 90, 90, 90, 120, 120]);
    expect(await allThree(1, PEOPLES_SQUARE)).toEqual([120, 120, 120]);
    // Later within the same second the figures hold: the 13:30 slot is full, all three move on alike.
    clock = START + 900;
    expect(await allThree(1, PEOPLES_SQUARE)).toEqual([150, 150, 150]);
    expect(await allThree(1, PEOPLES_SQUARE)).toEqual([150, 150, 150]);
  });

  it('late in a slot, the next slot: what is left of the current one holds no more picks', async () => {
    clock = new Date('2026-11-25T12:19:59+08:00').getTime();
    headers = server.bearer(await server.signIn('promise-shopper'));
    // 10 minutes and a second left of the 12:00 slot: one more pick.
    expect(await allThree(1, PEOPLES_SQUARE)).toEqual([30, 30, 30]);
    clock = new Date('2026-11-25T12:21:00+08:00').getTime();
    // 9 minutes left, less than a 10-minute pick: the 12:30 slot, ending 13:00.
    expect(await allThree(1, PEOPLES_SQUARE)).toEqual([39, 39, 39]);
  });

  it('a store list read while a burst is placing never promises a slot that was full before the burst', async () => {
    const { payableFen } = await quoteMinutes(1, PEOPLES_SQUARE);
    const [estimates, promises] = await Promise.all([
      Promise.all(Array.from({ length: 6 }, () => listEstimate(1, PEOPLES_SQUARE))),
      Promise.all(Array.from({ length: 2 * CAPACITY }, () => place(1, PEOPLES_SQUARE, payableFen))),
    ]);
    // Every estimate shown during the burst is a promise checkout was giving at that moment.
    for (const estimate of estimates) expect([30, 60, 90]).toContain(estimate);
    expect(promises.sort((a, b) => a - b)).toEqual([30, 30, 60, 60, 60, 90]);
    expect(await allThree(1, PEOPLES_SQUARE)).toEqual([90, 90, 90]);
  });

  it('a closed store: its opening slot, or the next one when that is fully booked', async () => {
    clock = new Date('2026-11-25T03:00:00+08:00').getTime();
    // 南京西路店 opens at 07:00: the 07:00 slot ends at 07:30, 270 minutes away.
    expect(await allThree(2, NANJING_ROAD_WEST)).toEqual([270, 270, 270]);
    await server.db.pool.query(`UPDATE "StoreSlot" SET booked = $1 WHERE "storeId" = 2`, [CAPACITY]);
    expect(await allThree(2, NANJING_ROAD_WEST)).toEqual([300, 300, 300]);
  });

  it('no estimate when no slot within 24 hours has room, where checkout says SLOT_FULL', async () => {
    await server.db.pool.query(`UPDATE "Store" SET "pickingCapacity" = 0 WHERE id = 1`);
    try {
      expect(await listEstimate(1, PEOPLES_SQUARE)).toBeNull();
      expect(await storePageEstimate(1, PEOPLES_SQUARE)).toBeNull();
      const { errors } = await server.gql(`query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`, { input: input(1, PEOPLES_SQUARE) }, headers);
      expect(errors?.[0]?.extensions?.code).toBe('SLOT_FULL');
    } finally {
      await server.db.pool.query(`UPDATE "Store" SET "pickingCapacity" = $1 WHERE id = 1`, [CAPACITY]);
    }
  });
});
