/**
 * New orders reaching staff: `npm run bench -- --only staff-events`. 50 stores' staff are connected
 * to two BFF instances (production bundles, child processes, one database): per store a clerk on
 * instance A over WebSocket, as the mini-program, and one on B over SSE. Shoppers' orders are paid
 * through the real path: prepay at the WeChat Pay mock (real HTTP), the shopper "pays" there, and
 * the mock posts its signed notification to instance B. Measured: from the moment the notification
 * is sent to the moment each of the store's clerks has its ORDER_PAID (target p95 < 5 s), and how
 * many of the expected events arrived.
 */
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { devWechatEnv, startWechatMock } from '@corner/mocks';
import { TokenService } from '../bff/src/auth/tokens.ts';
import { loadConfig } from '../bff/src/config.ts';
import { createPool } from '../bff/src/db/database.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../bff/src/db/embedded.ts';
import { applyMigrations } from '../bff/src/db/migrate.ts';
import { WECHAT_NOTIFY_PATH } from '../bff/src/payments/routes.ts';
import { subscribeSse, subscribeWs, type Subscription } from '../bff/test/subscriptions.ts';
import { RELAXED_RATE_LIMITS } from '../bff/test/rate-limits.ts';
import { seedDatabase } from '../prisma/seed/seed.ts';
import { BFF_NODE_ARGS, ensureBffBuild } from '../scripts/build-bff.mjs';
import { startChild, type Child } from './children.ts';
import { DATA_DIR } from './scale-db.ts';
import { benchShoppers, postGraphql } from './scenarios.ts';

const EVENTS = `subscription($storeId: ID!) { staffStoreEvents(storeId: $storeId) { type orderId } }`;
const QUOTE = `query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`;
const PLACE = `mutation($input: CheckoutInput!, $key: String!, $p: Int!) { placeOrder(input: $input, idempotencyKey: $key, expectedPayableFen: $p) { id orderNo } }`;
const PAY = `mutation($id: ID!) { payOrder(orderId: $id, method: WECHAT_PAY) { order { status } } }`;

export interface StaffEventsResult {
  stores: number;
  subscribers: number;
  ordersPaid: number;
  /** notifications per second the mock sent */
  pacePerSecond: number;
  expected: number;
  delivered: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** until B had answered WeChat's notification (verified, applied, committed): the event usually reaches staff first */
  notificationAnsweredP50Ms: number;
  notificationAnsweredP95Ms: number;
  /** the bound */
  targetP95Ms: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : NaN);

export async function runStaffEvents(options: { port: number; stores: number; ordersPerStore: number; pacePerSecond: number; log: (line: string) => void }): Promise<StaffEventsResult> {
  const { log, stores, ordersPerStore, pacePerSecond } = options;
  const server = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, 'staff-events-postgres'), port: options.port });
  const admin = new pg.Client({ connectionString: server.serverUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS staff_events WITH (FORCE)');
  await admin.end();
  const url = await ensureDatabase(server.serverUrl, 'staff_events');
  const pool = createPool(url, 5);
  const children: Child[] = [];
  const subscriptions: Subscription[] = [];
  let notifyTo = '';
  const mock = await startWechatMock({
    port: 0,
    quiet: true,
    // WeChat Pay calls whichever instance the load balancer picks: here always B.
    deliverNotification: async (_url, n) => ({ status: (await fetch(`${notifyTo}${WECHAT_NOTIFY_PATH}`, { method: 'POST', headers: n.headers, body: n.body })).status }),
  });
  try {
    await applyMigrations(pool);
    await seedDatabase(pool, { stores, products: 50 });
    // Open around the clock with room in every slot: the bench is about the alert, not opening hours.
    const { rows: storeRows } = await pool.query<{ id: number }>(`UPDATE "Store" SET "is24h" = true, "pickingCapacity" = 10000 RETURNING id`);
    const storeIds = storeRows.map((s) => s.id).sort((a, b) => a - b).slice(0, stores);
    const { rows: stock } = await pool.query<{ storeId: number; productId: number }>(
      `UPDATE "Inventory" i SET "onHand" = i.reserved + 10000
         FROM (SELECT DISTINCT ON (i."storeId") i."storeId", i."productId"
                 FROM "Inventory" i JOIN "Product" p ON p.id = i."productId"
                WHERE p.active AND i."storeId" = ANY($1::int[]) ORDER BY i."storeId", i."productId") pick
        WHERE i."storeId" = pick."storeId" AND i."productId" = pick."productId"
        RETURNING i."storeId", i."productId"`,
      [storeIds],
    );
    const { rows: clerks } = await pool.query<{ id: string; storeId: number }>(
      `WITH u AS (
         INSERT INTO "User" (id, openid, nickname)
         SELECT gen_random_uuid(), 'bench-clerk-' || s, '压测店员' || s FROM unnest($1::int[]) s
         RETURNING id, substring(openid FROM 13)::int AS "storeId")
       INSERT INTO "StaffMembership" (id, "userId", "storeId", "roleId") SELECT gen_random_uuid(), id, "storeId", (SELECT id FROM "Role" WHERE key = 'CLERK') FROM u
       RETURNING "userId" AS id, "storeId"`,
      [storeIds],
    );

    const env = {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      SEED_WHEN_EMPTY: 'false',
      H5_DIST_DIR: '',
      IMAGE_STORE_DIR: join(DATA_DIR, 'images'),
      TOKEN_SIGNING_KEY: randomBytes(48).toString('base64url'),
      ...devWechatEnv({ mockBaseUrl: mock.url, notifyUrl: 'http://bench.invalid/payments/wechat/notify' }),
      ...RELAXED_RATE_LIMITS,
      ORDER_EXPIRY_INTERVAL_SECONDS: '0',
      POINTS_EXPIRY_INTERVAL_SECONDS: '0',
    };
    const tokens = new TokenService(loadConfig(env), () => new Date());
    await ensureBffBuild();
    const a = await startChild('bff-a', BFF_NODE_ARGS, env);
    children.push(a);
    const b = await startChild('bff-b', BFF_NODE_ARGS, env);
    children.push(b);
    notifyTo = b.url;
    log(`staff-events: BFF instances at ${a.url} and ${b.url}, WeChat mock at ${mock.url}`);

    // Every clerk hears its store's events on both instances; arrival times by order id.
    const arrivals = new Map<string, number[]>();
    for (const clerk of clerks) {
      const token = (await tokens.signAccess(clerk.id)).token;
      const variables = { storeId: String(clerk.storeId) };
      for (const open of [() => subscribeWs(a.url, EVENTS, variables, token), () => subscribeSse(b.url, EVENTS, variables, { authorization: `Bearer ${token}` })]) {
        const subscription = await open();
        const first = await subscription.next(10_000);
        if (first.data?.staffStoreEvents?.type !== 'RESYNC') throw new Error(`subscription refused: ${JSON.stringify(first)}`);
        subscriptions.push(subscription);
        void (async () => {
          for (;;) {
            const result = await subscription.next(3_600_000).catch(() => null);
            if (!result) return;
            const event = result.data?.staffStoreEvents as { type: string; orderId: string } | undefined;
            if (event?.type === 'ORDER_PAID') arrivals.set(event.orderId, [...(arrivals.get(event.orderId) ?? []), Date.now()]);
          }
        })();
      }
    }
    log(`staff-events: ${subscriptions.length} subscribers connected for ${clerks.length} stores`);

    // Orders placed and prepaid beforehand (not measured): a shopper per order.
    const shoppers = await benchShoppers(pool, stores * ordersPerStore);
    const orders: Array<{ id: string; orderNo: string }> = [];
    await Promise.all(
      stock.map(async (pair, s) => {
        for (let k = 0; k < ordersPerStore; k++) {
          const token = (await tokens.signAccess(shoppers[s * ordersPerStore + k]!)).token;
          const input = { storeId: String(pair.storeId), items: [{ productId: String(pair.productId), quantity: 1 }], fulfilment: 'PICKUP' };
          const quote = await postGraphql(a.url, QUOTE, { input }, token);
          const placed = await postGraphql(a.url, PLACE, { input, key: `bench-staff-events-${s}-${k}`, p: (quote.data?.quote as { payableFen: number })?.payableFen }, token);
          const order = placed.data?.placeOrder as { id: string; orderNo: string } | undefined;
          if (!order) throw new Error(`order not placed: ${JSON.stringify(placed.errors ?? quote.errors)}`);
          const paid = await postGraphql(a.url, PAY, { id: order.id }, token);
          if (paid.errors?.length) throw new Error(`prepay failed: ${JSON.stringify(paid.errors)}`);
          orders.push(order);
        }
      }),
    );
    log(`staff-events: ${orders.length} orders prepaid; the shoppers pay now, ${pacePerSecond} a second`);

    // The shoppers pay, paced; the mock's notification goes out within its confirm request.
    const sentAt = new Map<string, number>();
    const answeredIn: number[] = [];
    await Promise.all(
      orders.map(async (order, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * 1000) / pacePerSecond));
        sentAt.set(order.id, Date.now());
        const res = await fetch(`${mock.url}/__mock__/pay/confirm`, { method: 'POST', body: JSON.stringify({ out_trade_no: order.orderNo, deliver: true }) });
        const body = (await res.json()) as { notification?: { status?: number } };
        answeredIn.push(Date.now() - sentAt.get(order.id)!);
        if (body.notification?.status !== 204) log(`staff-events: notification for ${order.orderNo} answered ${JSON.stringify(body.notification)}`);
      }),
    );
    const expected = orders.length * 2;
    const deadline = Date.now() + 15_000;
    const delivered = () => [...arrivals.values()].reduce((sum, times) => sum + times.length, 0);
    while (delivered() < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

    answeredIn.sort((x, y) => x - y);
    const delays = [...arrivals].flatMap(([orderId, times]) => times.map((t) => t - sentAt.get(orderId)!)).sort((x, y) => x - y);
    return {
      stores: clerks.length,
      subscribers: subscriptions.length,
      ordersPaid: orders.length,
      pacePerSecond,
      expected,
      delivered: delivered(),
      p50Ms: percentile(delays, 0.5),
      p95Ms: percentile(delays, 0.95),
      maxMs: delays.at(-1) ?? NaN,
      notificationAnsweredP50Ms: percentile(answeredIn, 0.5),
      notificationAnsweredP95Ms: percentile(answeredIn, 0.95),
      targetP95Ms: 5_000,
    };
  } finally {
    for (const subscription of subscriptions) subscription.close();
    for (const child of children) await child.stop();
    await mock.close();
    await pool.end();
    await server.stop();
  }
}
