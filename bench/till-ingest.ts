/**
 * Till receipts into the BFF while shoppers use it: `npm run bench -- --only till-ingest`. Several
 * stores' tills (concurrent clients) send signed batches of receipts to the real endpoint while the
 * home query and checkout run against the same BFF (production bundle, child process) with
 * autocannon. Beside it the floor: plain COPY of as many movement-like rows into a scratch table on
 * the same PostgreSQL. Afterwards: nothing oversold, every line on the shelf exactly once, and the
 * consistency checker clean.
 */
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { TokenService } from '../bff/src/auth/tokens.ts';
import { loadConfig } from '../bff/src/config.ts';
import { checkConsistency } from '../bff/src/consistency/service.ts';
import { createPool } from '../bff/src/db/database.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../bff/src/db/embedded.ts';
import { applyMigrations } from '../bff/src/db/migrate.ts';
import { DEMO_HQ_ADMIN } from '../prisma/seed/demo-accounts.ts';
import { copyLines, copyValue } from '../prisma/seed/copy.ts';
import { seedDatabase } from '../prisma/seed/seed.ts';
import { BFF_NODE_ARGS, ensureBffBuild } from '../scripts/build-bff.mjs';
import { postReceipts, type IntegrationCredential, type TillReceipt } from '../mocks/src/till/client.ts';
import { planDay } from '../mocks/src/till/day.ts';
import { startChild, type Child } from './children.ts';
import { DATA_DIR } from './scale-db.ts';
import {
  benchShoppers, checkContention, HOME_QUERY, placeOrderRequest, postGraphql, prepareHotProducts, quoteHotPairs, shopperSpots, gqlRequest,
} from './scenarios.ts';

const CREATE_CLIENT = `mutation($name: String!, $storeId: ID) { createIntegrationClient(name: $name, storeId: $storeId) { keyId secret } }`;
/** Plenty on the shelf for the tills' products, so every line takes exactly its quantity (no sale stops at zero). */
const TILL_STOCK = 10_000_000;
const BENCH_MEMBERS = 50_000;

export interface TillIngestResult {
  tills: number;
  receiptsPerBatch: number;
  receipts: number;
  lines: number;
  seconds: number;
  linesPerSecond: number;
  receiptsPerSecond: number;
  batchP50Ms: number;
  batchP99Ms: number;
  failedRows: number;
  /** COPY of as many movement-like rows into a scratch table, same database, same run */
  floor: { rows: number; seconds: number; rowsPerSecond: number };
  /** floor rows/s ÷ ingest lines/s */
  ratio: number;
  targetLinesPerSecond: number;
  background: {
    home: { connections: number; requests: number; rps: number; p99Ms: number; non2xx: number };
    checkout: { connections: number; requests: number; rps: number; p99Ms: number; non2xx: number };
  };
  checks: {
    oversoldUnits: number;
    negativeStockRows: number;
    inconsistentHotPairs: number;
    /** sum of the tills' SALE movements minus the units the tills sent: 0 when each line applied once */
    tillUnitsDifference: number;
    inconsistencies: string[];
  };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : NaN);

/** An autocannon run in the background until stopped (or `amount` requests). */
function background(url: string, connections: number, next: () => ReturnType<typeof gqlRequest>, amount?: number) {
  const latencies: number[] = [];
  const started = Date.now();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections,
        ...(amount ? { amount } : { duration: 3_600 }),
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const r = next();
              return { ...request, method: r.method, path: r.path, body: r.body, headers: { 'content-type': 'application/json', ...r.headers } };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  return {
    async stop() {
      if (!amount) instance.stop();
      const result = await done;
      latencies.sort((a, b) => a - b);
      return {
        connections,
        requests: latencies.length,
        rps: Math.round(result['2xx'] / ((Date.now() - started) / 1000)),
        p99Ms: percentile(latencies, 0.99),
        non2xx: result.non2xx,
      };
    },
  };
}

export async function runTillIngest(options: {
  port: number;
  env: (databaseUrl: string) => Record<string, string>;
  tills: number;
  batchesPerTill: number;
  receiptsPerBatch: number;
  log: (line: string) => void;
}): Promise<TillIngestResult> {
  const { log, tills, batchesPerTill, receiptsPerBatch } = options;
  const server = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, 'till-ingest-postgres'), port: options.port });
  const admin = new pg.Client({ connectionString: server.serverUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS till_ingest WITH (FORCE)');
  await admin.end();
  const url = await ensureDatabase(server.serverUrl, 'till_ingest');
  const pool = createPool(url, 5);
  let bff: Child | undefined;
  try {
    await applyMigrations(pool);
    await seedDatabase(pool, {});
    const env = { ...options.env(url), INTEGRATION_WEBHOOK_INTERVAL_SECONDS: '0' };
    const config = loadConfig(env);
    const tokens = new TokenService(config, () => new Date());
    await ensureBffBuild();
    bff = await startChild('bff-till-ingest', BFF_NODE_ARGS, env);

    // Checkout contends for 20 hot products at the round-the-clock stores; the tills sell everything else.
    const stockEach = 20;
    const hot = await prepareHotProducts(pool, stockEach);
    // The hot stores first: there the tills and online orders share the stock rows' store.
    const { rows: tillRows } = await pool.query<{ id: number }>(`SELECT id FROM "Store" WHERE active ORDER BY id <> ALL($1), id LIMIT $2`, [hot.storeIds, tills]);
    const tillStores = tillRows.map((row) => row.id);
    if (tillStores.length < tills) throw new Error(`only ${tillStores.length} stores for ${tills} tills`);
    await pool.query(`UPDATE "Inventory" SET "onHand" = reserved + $3 WHERE "storeId" = ANY($1) AND "productId" <> ALL($2)`, [tillStores, hot.productIds, TILL_STOCK]);
    const adminToken = (await tokens.signAccess(DEMO_HQ_ADMIN.id)).token;
    const credentials: IntegrationCredential[] = [];
    for (const storeId of tillStores) {
      const { data, errors } = await postGraphql(bff.url, CREATE_CLIENT, { name: `压测收银 ${storeId}`, storeId: String(storeId) }, adminToken);
      if (errors?.length) throw new Error(`createIntegrationClient: ${errors[0]!.message}`);
      credentials.push(data!.createIntegrationClient as { keyId: string; secret: string });
    }
    // A chain's worth of members. A batch holds its members' locks until it commits: with a few thousand,
    // two of eight concurrent batches of 60 member receipts almost always share one and wait.
    await pool.query(
      `INSERT INTO "User" (id, openid, nickname) SELECT gen_random_uuid(), 'bench-member-' || g, '压测会员' || g FROM generate_series(1, $1) g ON CONFLICT (openid) DO NOTHING`,
      [BENCH_MEMBERS],
    );
    const { rows: members } = await pool.query<{ cardNo: string }>(
      `INSERT INTO "Member" (id, "userId", "cardNo", "codeSecret")
       SELECT gen_random_uuid(), id, '77' || lpad(substr(openid, 14), 14, '0'), decode(md5(openid), 'hex') FROM "User" WHERE openid LIKE 'bench-member-%'
       RETURNING "cardNo"`,
    );
    const runId = Date.now().toString(36);
    const batches: TillReceipt[][][] = [];
    for (const [t, storeId] of tillStores.entries()) {
      const { rows: stock } = await pool.query<{ sku: string; priceFen: number }>(
        `SELECT p.barcode AS sku, p."basePriceFen" AS "priceFen" FROM "Inventory" i JOIN "Product" p ON p.id = i."productId"
          WHERE i."storeId" = $1 AND p.id <> ALL($2) ORDER BY p.id`,
        [storeId, hot.productIds],
      );
      const plan = planDay({ seed: 17, storeId, day: 0, products: stock, memberCardNos: members.map((m) => m.cardNo), receiptsPerDay: batchesPerTill * receiptsPerBatch * 2 });
      const receipts = plan.slice(0, batchesPerTill * receiptsPerBatch).map((r) => ({
        receiptId: `B${storeId}-${runId}-${r.seq}`,
        soldAt: '',
        lines: r.lines,
        ...(r.memberCardNo ? { memberCardNo: r.memberCardNo } : {}),
      }));
      if (receipts.length < batchesPerTill * receiptsPerBatch) throw new Error(`store ${storeId}: planned only ${receipts.length} receipts`);
      batches[t] = Array.from({ length: batchesPerTill }, (_, b) => receipts.slice(b * receiptsPerBatch, (b + 1) * receiptsPerBatch));
    }
    const lines = batches.flat(2).reduce((sum, r) => sum + r.lines.length, 0);
    const units = batches.flat(2).reduce((sum, r) => sum + r.lines.reduce((s, l) => s + l.quantity, 0), 0);

    // The shoppers: the home query from many places, and checkout on the hot pairs.
    const spots = await shopperSpots(pool, 200);
    const shopperIds = await benchShoppers(pool, 50);
    const shopperTokens = await Promise.all(shopperIds.map(async (id) => (await tokens.signAccess(id)).token));
    const pairs = await quoteHotPairs(bff.url, shopperTokens[0]!, hot.storeIds, hot.productIds);
    let h = 0;
    const home = background(bff.url, 10, () => {
      const spot = spots[h++ % spots.length]!;
      return gqlRequest(HOME_QUERY, { location: { lat: spot.lat, lng: spot.lng }, storeId: String(spot.storeId) }, shopperTokens[h % shopperTokens.length]);
    });
    const checkoutStartedAt = new Date();
    let k = 0;
    const checkout = background(
      bff.url,
      10,
      () => placeOrderRequest(pairs[(k * 7919) % pairs.length]!, `till-bench-${runId}-${k}`, shopperTokens[k++ % shopperTokens.length]!),
      Math.round(pairs.length * stockEach * 1.5),
    );

    log(`till-ingest: ${tills} tills × ${batchesPerTill} batches of ${receiptsPerBatch} receipts (${lines} lines) while home and checkout run`);
    const batchMs: number[] = [];
    let failedRows = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      tillStores.map(async (storeId, t) => {
        for (const batch of batches[t]!) {
          const soldAt = new Date().toISOString();
          const sentAt = process.hrtime.bigint();
          const answer = await postReceipts(bff!.url, credentials[t]!, storeId, batch.map((r) => ({ ...r, soldAt })));
          batchMs.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
          if (answer.status !== 200) throw new Error(`receipts to store ${storeId}: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
          failedRows += answer.body.failed as number;
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const homeLoad = await home.stop();
    const checkoutLoad = await checkout.stop();
    batchMs.sort((a, b) => a - b);

    // The floor: the same number of movement-like rows by COPY, nothing else running.
    await pool.query(`DROP TABLE IF EXISTS till_floor`);
    await pool.query(
      `CREATE UNLOGGED TABLE till_floor (id bigserial PRIMARY KEY, "storeId" int, "productId" int, kind text, "onHandFrom" int, "onHandTo" int, reason text, source text, reference text, "occurredAt" timestamptz, "createdAt" timestamptz)`,
    );
    const copyClient = await pool.connect();
    const floorStarted = process.hrtime.bigint();
    let floorRows = 0;
    try {
      const at = new Date();
      function* rows() {
        let chunk = '';
        let n = 0;
        for (const [t, storeId] of tillStores.entries()) {
          for (const receipt of batches[t]!.flat()) {
            for (const line of receipt.lines) {
              const from = TILL_STOCK - n;
              chunk += [storeId, n % 300, 'SALE', from, from - line.quantity, `门店收银 小票${receipt.receiptId} 售出${line.quantity}`, 'TILL', receipt.receiptId, at, at].map((v) => copyValue(v)).join('\t') + '\n';
              n++;
              if (chunk.length > 65_536) {
                yield chunk;
                chunk = '';
              }
            }
          }
        }
        if (chunk) yield chunk;
      }
      floorRows = await copyLines(copyClient, 'till_floor', ['storeId', 'productId', 'kind', 'onHandFrom', 'onHandTo', 'reason', 'source', 'reference', 'occurredAt', 'createdAt'], rows());
    } finally {
      copyClient.release();
    }
    const floorSeconds = Number(process.hrtime.bigint() - floorStarted) / 1e9;
    await pool.query(`DROP TABLE till_floor`);

    const contention = await checkContention(pool, { ...hot, pairs, startedAt: checkoutStartedAt });
    const { rows: sold } = await pool.query<{ units: number }>(
      `SELECT COALESCE(sum("onHandFrom" - "onHandTo"), 0)::int AS units FROM "InventoryMovement" WHERE source = 'TILL' AND reference LIKE $1`,
      [`B%-${runId}-%`],
    );
    const inconsistencies = (await checkConsistency(pool, { now: new Date(), refundOverdueHours: config.REFUND_OVERDUE_HOURS })).map((f) => `${f.check}: ${f.subject}: ${f.detail}`);
    const linesPerSecond = Math.round(lines / seconds);
    const floorRowsPerSecond = Math.round(floorRows / floorSeconds);
    return {
      tills,
      receiptsPerBatch,
      receipts: tills * batchesPerTill * receiptsPerBatch,
      lines,
      seconds: Number(seconds.toFixed(2)),
      linesPerSecond,
      receiptsPerSecond: Math.round((tills * batchesPerTill * receiptsPerBatch) / seconds),
      batchP50Ms: Math.round(percentile(batchMs, 0.5)),
      batchP99Ms: Math.round(percentile(batchMs, 0.99)),
      failedRows,
      floor: { rows: floorRows, seconds: Number(floorSeconds.toFixed(2)), rowsPerSecond: floorRowsPerSecond },
      ratio: Number((floorRowsPerSecond / linesPerSecond).toFixed(1)),
      targetLinesPerSecond: 2_000,
      background: { home: homeLoad, checkout: checkoutLoad },
      checks: {
        oversoldUnits: contention.oversoldUnits,
        // Counts reserved > onHand too: a till sale may leave open orders short by design, but here the
        // tills sell none of the hot products and have plenty of the rest, so any such row is a fault.
        negativeStockRows: contention.negativeStockRows,
        inconsistentHotPairs: contention.inconsistentPairs,
        tillUnitsDifference: sold[0]!.units - units,
        inconsistencies,
      },
    };
  } finally {
    await bff?.stop();
    await pool.end();
    await server.stop();
  }
}
