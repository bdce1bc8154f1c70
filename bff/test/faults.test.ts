import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEMO_CLERK_A, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_MEMBER_CARD, DEMO_SHOPPER } from '../../prisma/seed/demo-accounts.ts';
import { REPO_ROOT } from '../src/config.ts';
import { checkConsistency } from '../src/consistency/service.ts';
import { createPool } from '../src/db/database.ts';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded.ts';
import { startBff } from './bff-process.ts';
import { createTestDatabase } from './db.ts';
import { freePort } from './global-setup.ts';
import type { GraphQLResponse } from './server.ts';
import { codeOf, demoCaller, payWithStoredValue, placeOrder, topUp, UNLIMITED_RATES, type Caller, type Gql } from './shop.ts';

/**
 * Faults with the real BFF process: PostgreSQL going away and coming back under load, and the BFF
 * killed outright mid-checkout. Afterwards the consistency checker must find nothing wrong.
 */
// Stored-value bounds raised so one top-up pays for every checkout under load.
const BFF_ENV = {
  PORT: '0',
  DEMO_LOGIN_ENABLED: 'true',
  ORDER_EXPIRY_INTERVAL_SECONDS: '0',
  POINTS_EXPIRY_INTERVAL_SECONDS: '0',
  INTEGRATION_WEBHOOK_INTERVAL_SECONDS: '0',
  STORED_VALUE_MAX_ADJUSTMENT_FEN: '10000000',
  STORED_VALUE_MAX_BALANCE_FEN: '100000000',
  ...UNLIMITED_RATES,
};
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

function gqlAt(url: string): Gql & { statuses: number[] } {
  const statuses: number[] = [];
  const gql = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    statuses.push(response.status);
    return (await response.json()) as GraphQLResponse;
  };
  return Object.assign(gql, { statuses });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const readiness = async (url: string) => (await fetch(`${url}/readyz`)).status;

/** Plenty of stock and slot room at store 1, so only the fault can make a checkout fail. */
async function roomForLoad(pool: pg.Pool): Promise<void> {
  await pool.query(`UPDATE "Inventory" SET "onHand" = reserved + 100000 WHERE "storeId" = 1 AND "productId" IN (1, 20)`);
  await pool.query(`UPDATE "Store" SET "pickingCapacity" = 100000 WHERE id = 1`);
}

/** Shoppers placing (and, when `pay`, paying for) pickup orders in a loop until stopped; every outcome is recorded. */
function checkoutLoad(callers: Caller[], options: { pay: boolean }) {
  const outcomes: Array<{ at: number; code: string; message?: string }> = [];
  let running = true;
  const workers = callers.map(async (call) => {
    while (running) {
      try {
        const order = await placeOrder(call, { items: [{ productId: '1', quantity: 1 }, { productId: '20', quantity: 1 }] });
        if (options.pay) await payWithStoredValue(call, order.id);
        outcomes.push({ at: Date.now(), code: 'OK' });
      } catch (error) {
        const message = (error as Error).message;
        outcomes.push({ at: Date.now(), code: /"code":"([A-Z_]+)"/.exec(message)?.[1] ?? 'NETWORK', message });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
  return {
    outcomes,
    succeededSince: (t: number) => outcomes.filter((o) => o.code === 'OK' && o.at > t).length,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

describe('PostgreSQL stopped and started during load', () => {
  it('reports not ready while it is down, recovers without a restart, and leaves no order half-written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'corner-fault-pg-'));
    const port = await freePort();
    let postgres: EmbeddedServer = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    cleanups.push(() => postgres.stop());
    const dbUrl = await ensureDatabase(postgres.serverUrl, 'corner');
    // The BFF migrates and seeds its own empty database, as on a first start.
    const bff = startBff({ ...BFF_ENV, DATABASE_URL: dbUrl, SEED_WHEN_EMPTY: 'true' });
    cleanups.push(async () => {
      bff.child.kill('SIGKILL');
      await bff.exited;
    });
    const url = await bff.listening;
    const pool = createPool(dbUrl, 2);
    cleanups.push(() => pool.end());
    await roomForLoad(pool);
    const gql = gqlAt(url);
    const callers = await Promise.all([DEMO_MEMBER, DEMO_SHOPPER, DEMO_CLERK_A, DEMO_MANAGER_A].map((u) => demoCaller(gql, u.openid)));
    expect(await readiness(url)).toBe(200);

    const load = checkoutLoad([...callers, ...callers], { pay: false });
    await until('orders placed before the outage', async () => load.succeededSince(0) >= 8, 20_000);
    await postgres.stop();
    const down = Date.now();
    await until('/readyz to report not ready', async () => (await readiness(url)) === 503, 15_000);
    const body = await (await fetch(`${url}/readyz`)).json();
    expect(body).toMatchObject({ status: 'not-ready', reason: 'database unreachable' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    postgres = await startEmbeddedPostgres({ dataDir, port });
    const up = Date.now();
    await until('/readyz to report ready again', async () => (await readiness(url)) === 200, 30_000);
    await until('orders placed after the restart', async () => load.succeededSince(up) >= 8, 30_000);
    await load.stop();

    const duringOutage = load.outcomes.filter((o) => o.at > down && o.at < up);
    expect(duringOutage.length).toBeGreaterThan(0);
    for (const failure of duringOutage.filter((o) => o.code !== 'OK')) {
      // Refused as an internal failure, without the driver's words reaching the client.
      expect(failure.code).toBe('INTERNAL_SERVER_ERROR');
      expect(failure.message).not.toMatch(/ECONNREFUSED|terminating connection|Connection terminated|postgres|SQL/i);
    }
    expect(gql.statuses.filter((s) => s >= 500)).toEqual([]);
    expect(bff.child.exitCode).toBeNull();
    expect(await checkConsistency(pool)).toEqual([]);
  }, 240_000);
});

/**
 * Shoppers paying and placing orders through `bff` until one of its transactions is open in
 * PostgreSQL, then the BFF SIGKILLed at that moment; some requests are cut off. Returns how many
 * checkouts were answered as succeeded.
 */
async function killMidCheckout(bff: ReturnType<typeof startBff>, pool: pg.Pool, dbName: string): Promise<number> {
  await roomForLoad(pool);
  const gql = gqlAt(await bff.listening);
  const member = await demoCaller(gql, DEMO_MEMBER.openid);
  await topUp(await demoCaller(gql, DEMO_MANAGER_A.openid), DEMO_MEMBER_CARD.cardNo, 10_000_000);
  const others = await Promise.all([DEMO_SHOPPER, DEMO_CLERK_A].map((u) => demoCaller(gql, u.openid)));
  const paying = checkoutLoad([member, member, member], { pay: true });
  const placing = checkoutLoad([...others, ...others], { pay: false });
  await until('checkouts under way', async () => paying.succeededSince(0) + placing.succeededSince(0) >= 10, 30_000);
  const openTransaction = `SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND state <> 'idle'`;
  await until('a checkout transaction in flight', async () => (await pool.query(openTransaction, [dbName])).rowCount! > 0, 10_000);
  bff.child.kill('SIGKILL');
  expect((await bff.exited).signal).toBe('SIGKILL');
  await Promise.all([paying.stop(), placing.stop()]);
  expect([...paying.outcomes, ...placing.outcomes].filter((o) => o.code === 'NETWORK').length).toBeGreaterThan(0);
  return paying.succeededSince(0) + placing.succeededSince(0);
}

describe('the BFF killed with SIGKILL in the middle of checkouts', () => {
  it('restarts onto a database the consistency checker finds nothing wrong with', async () => {
    const db = await createTestDatabase({ poolSize: 2 });
    cleanups.push(() => db.drop());
    const first = startBff({ ...BFF_ENV, DATABASE_URL: db.url });
    cleanups.push(async () => {
      first.child.kill('SIGKILL');
      await first.exited;
    });
    await killMidCheckout(first, db.pool, db.name);
    expect(await checkConsistency(db.pool)).toEqual([]);

    const second = startBff({ ...BFF_ENV, DATABASE_URL: db.url });
    cleanups.push(async () => {
      second.child.kill('SIGTERM');
      await second.exited;
    });
    const again = gqlAt(await second.listening);
    expect(await checkConsistency(db.pool)).toEqual([]);
    // And it takes orders again.
    const order = await placeOrder(await demoCaller(again, DEMO_MEMBER.openid));
    expect(order.status).toBe('PENDING_PAYMENT');
    expect(codeOf(await again(`{ serverTime }`))).toBe('OK');
    expect(await checkConsistency(db.pool)).toEqual([]);
  }, 120_000);
});

/**
 * `npm start` with the embedded PostgreSQL (no DATABASE_URL), on a data directory and ports of the
 * test's own. The BFF dying without any cleanup must neither leave the database running nor stop the
 * next start.
 */
describe('the embedded PostgreSQL when the BFF dies without cleaning up', () => {
  async function embeddedSetup() {
    const dataDir = mkdtempSync(join(tmpdir(), 'corner-crash-pg-'));
    const port = await freePort();
    const env = { ...BFF_ENV, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port), SEED_WHEN_EMPTY: 'true' };
    const bffs: Array<ReturnType<typeof startBff>> = [];
    const pools: pg.Pool[] = [];
    cleanups.push(async () => {
      for (const pool of pools) await pool.end();
      for (const bff of bffs) {
        bff.child.kill('SIGTERM');
        await bff.exited;
      }
      // A postmaster a test left orphaned on purpose and did not see stopped.
      const pid = postmasterPid(dataDir);
      if (pid && alive(pid)) process.kill(pid, 'SIGINT');
      await until('the test PostgreSQL to stop', async () => !(pid && alive(pid)), 30_000);
      rmSync(dataDir, { recursive: true, force: true });
    });
    return {
      dataDir,
      env,
      start() {
        const bff = startBff(env);
        bffs.push(bff);
        return bff;
      },
      pool() {
        const pool = createPool(`postgresql://corner:corner@127.0.0.1:${port}/corner`, 2);
        pools.push(pool);
        return pool;
      },
    };
  }

  it('SIGKILL mid-checkout: PostgreSQL stops by itself, the next start comes up and the consistency checker exits 0', async () => {
    const setup = await embeddedSetup();
    const first = setup.start();
    await first.listening;
    const pool = setup.pool();
    const postmaster = postmasterPid(setup.dataDir)!;
    const ordersBefore = await orderCount(pool);
    const confirmed = await killMidCheckout(first, pool, 'corner');
    await until('the orphaned PostgreSQL to stop', async () => !alive(postmaster), 30_000);

    const second = setup.start();
    const again = gqlAt(await second.listening);
    expect(postmasterPid(setup.dataDir)).not.toBe(postmaster);
    // Every checkout the shoppers were told succeeded is still there.
    expect(await orderCount(pool)).toBeGreaterThanOrEqual(ordersBefore + confirmed);
    const order = await placeOrder(await demoCaller(again, DEMO_MEMBER.openid));
    expect(order.status).toBe('PENDING_PAYMENT');
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    expect(postmasterPid(setup.dataDir)).toBeUndefined();

    const checker = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'bff/src/consistency/main.ts')], {
      env: { PATH: process.env.PATH!, EMBEDDED_PG_DIR: setup.dataDir, EMBEDDED_PG_PORT: setup.env.EMBEDDED_PG_PORT },
      encoding: 'utf8',
    });
    expect(checker.status, checker.stdout + checker.stderr).toBe(0);
  }, 180_000);

  it('stops a PostgreSQL left running on its data directory by a run that has ended, and never one still in use', async () => {
    const setup = await embeddedSetup();
    const first = setup.start();
    const url = await first.listening;
    const pool = setup.pool();
    const postmaster = postmasterPid(setup.dataDir)!;

    // A second start on the same data directory while the first runs is refused; the first is untouched.
    const rival = startBff({ ...setup.env });
    const refused = await rival.exited;
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`belongs to process ${first.child.pid}, which is still running`);
    expect(await readiness(url)).toBe(200);

    // The BFF and its supervisor killed together (as an OOM kill of both might): nobody stops postgres.
    const supervisor = parentOf(postmaster);
    const watchers = childrenOf(supervisor).filter((pid) => pid !== postmaster);
    first.child.kill('SIGKILL');
    for (const pid of [supervisor, ...watchers]) process.kill(pid, 'SIGKILL');
    await first.exited;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(alive(postmaster)).toBe(true);
    const before = await orderCount(pool);

    const second = setup.start();
    const again = gqlAt(await second.listening);
    expect(second.child.exitCode).toBeNull();
    expect(alive(postmaster)).toBe(false);
    expect(await orderCount(pool)).toBe(before);
    expect(await checkConsistency(pool)).toEqual([]);
    expect(codeOf(await again(`{ serverTime }`))).toBe('OK');
  }, 180_000);
});

async function orderCount(pool: pg.Pool): Promise<number> {
  return (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order"`)).rows[0]!.n;
}

function postmasterPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^[^)]*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

const parentOf = (pid: number) => Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
const childrenOf = (pid: number) =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
