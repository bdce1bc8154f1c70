/**
 * Festival night: one store receives delivery orders at five times its slot capacity for an hour,
 * on a clock the bench controls. Each arriving shopper reads the store list, asks for a quote and
 * places the order in one simulated second (at +0, +400 and +800 ms), so the list's estimate and the
 * checkout's promise can be compared as given in the same second. Afterwards the store's staff are
 * simulated picking at the configured rate (pickingCapacity orders per slot, one after another,
 * earliest slot first, never before an order's slot starts), which tells which promises were kept.
 *
 * The BFF runs in this process (production configuration, its own database on a separate embedded
 * PostgreSQL, recreated per run) because only there can its clock be driven; every request still goes
 * over loopback HTTP. The simulated hour takes seconds of real time.
 */
import { join } from 'node:path';
import pg from 'pg';
import { TokenService } from '../bff/src/auth/tokens.ts';
import { loadConfig } from '../bff/src/config.ts';
import { createPool } from '../bff/src/db/database.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../bff/src/db/embedded.ts';
import { applyMigrations } from '../bff/src/db/migrate.ts';
import { createPrismaClient } from '../bff/src/db/prisma.ts';
import { createLogger } from '../bff/src/logger.ts';
import { startServer } from '../bff/src/server.ts';
import { rngFor, type Rng } from '../prisma/seed/random.ts';
import { seedDatabase } from '../prisma/seed/seed.ts';
import { DATA_DIR } from './scale-db.ts';
import { benchShoppers, postGraphql } from './scenarios.ts';

const LIST = `query($at: LocationInput!) { nearbyStores(location: $at, first: 10) { deliveryEstimateMinutes store { id } } }`;
const QUOTE = `query($input: CheckoutInput!) { quote(input: $input) { payableFen promise { promiseEnd } } }`;
const PLACE = `mutation($input: CheckoutInput!, $key: String!, $p: Int!) {
  placeOrder(input: $input, idempotencyKey: $key, expectedPayableFen: $p) { id promiseEnd }
}`;

/** 人民广场店 (24h), the seed's first store. */
const STORE_ID = 1;
const OVERLOAD = 5;
const HOUR_MS = 3_600_000;
// New Year's Eve, 20:00 in Shanghai: the hour the crowd comes.
const EVENING = new Date('2026-12-31T20:00:00+08:00').getTime();

export interface FestivalResult {
  store: number;
  slotMinutes: number;
  slotCapacity: number;
  simulatedMinutes: number;
  ordersSent: number;
  ordersPlaced: number;
  refused: Record<string, number>;
  promisesKept: number;
  promisesKeptShare: number;
  /** Largest |store-list estimate − checkout (quote) promise| in minutes, both given in the same second. */
  maxListQuoteGapMinutes: number;
  /** Orders whose placed promise was later than the quote of the same second: a concurrent order took the slot. */
  movedByConcurrentOrder: number;
  latestPromiseMinutes: number;
  /** Orders promised more than 30 minutes out: what a list saying 约30分钟 would have got wrong. */
  promisedLaterThan30Minutes: number;
  realSeconds: number;
}

/** Knuth's method; fine for the small means here. */
function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng(); p > limit; p *= rng()) k++;
  return k;
}

export async function runFestival(options: {
  port: number;
  /** The BFF's production environment for a database URL (fresh secrets), as the other scenarios use. */
  env: (databaseUrl: string) => Record<string, string>;
  slotCapacity: number;
  log: (line: string) => void;
}): Promise<FestivalResult> {
  const { log, slotCapacity } = options;
  const server = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, 'festival-postgres'), port: options.port });
  const admin = new pg.Client({ connectionString: server.serverUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS festival WITH (FORCE)');
  await admin.end();
  const url = await ensureDatabase(server.serverUrl, 'festival');
  const pool = createPool(url, 10);
  let bff: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await applyMigrations(pool);
    await seedDatabase(pool, {});
    const realStart = Date.now();
    let clock = EVENING;
    const now = () => new Date(clock);
    const config = loadConfig({ ...options.env(url), H5_DIST_DIR: '', LOG_LEVEL: 'warn' });
    bff = await startServer({ config, logger: createLogger(config.LOG_LEVEL), db: { url, pool, prisma: createPrismaClient(pool), close: async () => undefined }, now });
    const tokens = new TokenService(config, now);

    const { rows: [store] } = await pool.query<{ lat: number; lng: number; slotMinutes: number }>(
      `UPDATE "Store" SET "pickingCapacity" = $2 WHERE id = $1 RETURNING lat, lng, "slotMinutes"`,
      [STORE_ID, slotCapacity],
    );
    const { rows: [product] } = await pool.query<{ id: number }>(`SELECT id FROM "Product" WHERE active AND "maxPerOrder" >= 1 ORDER BY id LIMIT 1`);
    // ¥30, above the delivery minimum, and stock for every order: the slots are what runs out.
    await pool.query(
      `INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") VALUES ($1, $2, 3000, NULL)
       ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = 3000, "memberPriceFen" = NULL`,
      [STORE_ID, product!.id],
    );
    await pool.query(`UPDATE "Inventory" SET "onHand" = reserved + 100000 WHERE "storeId" = $1 AND "productId" = $2`, [STORE_ID, product!.id]);

    const slotMinutes = store!.slotMinutes;
    const perMinute = (OVERLOAD * slotCapacity) / slotMinutes;
    const rng = rngFor(13, 'festival');
    const shoppers = await benchShoppers(pool, Math.ceil(perMinute * 60 * 2));
    let next = 0;
    const refused: Record<string, number> = {};
    let sent = 0;
    let maxGap = 0;
    let moved = 0;
    const minutesFrom = (at: number, promiseEnd: string) => Math.ceil((Date.parse(promiseEnd) - at) / 60_000);

    for (let minute = 0; minute < 60; minute++) {
      const arrivals = poisson(rng, perMinute);
      if (arrivals === 0) continue;
      // One second of the minute in which all of its shoppers act, concurrently.
      const second = EVENING + minute * 60_000 + Math.floor(rng() * 60) * 1000;
      const crowd = await Promise.all(
        Array.from({ length: arrivals }, async () => {
          const userId = shoppers[next++ % shoppers.length]!;
          const at = { lat: store!.lat + (rng() - 0.5) * 0.004, lng: store!.lng + (rng() - 0.5) * 0.004 };
          clock = second;
          const token = (await tokens.signAccess(userId)).token;
          const input = {
            storeId: String(STORE_ID),
            items: [{ productId: String(product!.id), quantity: 1 }],
            fulfilment: 'DELIVERY',
            address: { contactName: '节日顾客', phone: '13800138000', detail: '人民广场烟花观景台', ...at },
          };
          return { token, at, input };
        }),
      );
      clock = second;
      const lists = await Promise.all(crowd.map((s) => postGraphql(bff!.url, LIST, { at: s.at }, s.token)));
      clock = second + 400;
      const quotes = await Promise.all(crowd.map((s) => postGraphql(bff!.url, QUOTE, { input: s.input }, s.token)));
      clock = second + 800;
      const placed = await Promise.all(
        crowd.map((s, i) => {
          const payable = (quotes[i]!.data?.quote as { payableFen: number } | undefined)?.payableFen ?? 0;
          return postGraphql(bff!.url, PLACE, { input: s.input, key: `festival-${minute}-${i}`, p: payable }, s.token);
        }),
      );
      sent += arrivals;
      crowd.forEach((_, i) => {
        const listed = (lists[i]!.data?.nearbyStores as Array<{ deliveryEstimateMinutes: number | null; store: { id: string } }> | undefined)
          ?.find((row) => row.store.id === String(STORE_ID))?.deliveryEstimateMinutes;
        const quote = quotes[i]!.data?.quote as { promise: { promiseEnd: string } } | undefined;
        const quoted = quote ? minutesFrom(second + 400, quote.promise.promiseEnd) : null;
        // A store missing from the list, or a list without an estimate where checkout promised, is a gap too.
        const gap = listed == null || quoted == null ? (listed == quoted ? 0 : Infinity) : Math.abs(listed - quoted);
        maxGap = Math.max(maxGap, gap);
        const order = placed[i]!.data?.placeOrder as { promiseEnd: string } | undefined;
        if (!order) {
          const code = String(placed[i]!.errors?.[0]?.extensions?.code ?? 'UNKNOWN');
          refused[code] = (refused[code] ?? 0) + 1;
        } else if (quote && Date.parse(order.promiseEnd) > Date.parse(quote.promise.promiseEnd)) {
          moved++;
        }
      });
    }

    // Staff pick one order every slotMinutes / capacity, earliest slot first, from the evening's start.
    const { rows: orders } = await pool.query<{ createdAt: Date; slotStart: Date; promiseEnd: Date }>(
      `SELECT "createdAt", "slotStart", "promiseEnd" FROM "Order" WHERE "storeId" = $1 ORDER BY "slotStart", "createdAt", id`,
      [STORE_ID],
    );
    const pickMs = (slotMinutes * 60_000) / slotCapacity;
    let staffFreeAt = EVENING;
    let kept = 0;
    let latest = 0;
    let later = 0;
    for (const order of orders) {
      const ready = Math.max(staffFreeAt, order.slotStart.getTime(), order.createdAt.getTime()) + pickMs;
      staffFreeAt = ready;
      if (ready <= order.promiseEnd.getTime()) kept++;
      const minutes = Math.ceil((order.promiseEnd.getTime() - order.createdAt.getTime()) / 60_000);
      latest = Math.max(latest, minutes);
      if (minutes > 30) later++;
    }
    const result: FestivalResult = {
      store: STORE_ID,
      slotMinutes,
      slotCapacity,
      simulatedMinutes: Math.round((Math.max(staffFreeAt, EVENING + HOUR_MS) - EVENING) / 60_000),
      ordersSent: sent,
      ordersPlaced: orders.length,
      refused,
      promisesKept: kept,
      promisesKeptShare: orders.length ? Number((kept / orders.length).toFixed(4)) : 0,
      maxListQuoteGapMinutes: maxGap,
      movedByConcurrentOrder: moved,
      latestPromiseMinutes: latest,
      promisedLaterThan30Minutes: later,
      realSeconds: Number(((Date.now() - realStart) / 1000).toFixed(1)),
    };
    log(`festival: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await bff?.close(1_000);
    await pool.end().catch(() => undefined);
    await server.stop();
  }
}
