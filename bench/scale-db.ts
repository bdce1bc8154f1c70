/**
 * The benchmarks' own PostgreSQL: an embedded server with its data in bench/.scale-data (git-ignored),
 * one database per scale, seeded once and reused by later runs. pg_stat_statements is preloaded on
 * this server only, so the bench can count the statements each operation costs without touching the
 * BFF's code.
 */
import { join } from 'node:path';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../bff/src/db/embedded.ts';
import { applyMigrations } from '../bff/src/db/migrate.ts';
import { seedDatabase } from '../prisma/seed/seed.ts';

export const BENCH_DIR = import.meta.dirname;
export const DATA_DIR = join(BENCH_DIR, '.scale-data');

export interface ScaleDatabase {
  url: string;
  /** A small pool for setup, SQL timings and verification; the servers under test have their own. */
  pool: pg.Pool;
  seededNow: boolean;
  close(): Promise<void>;
}

async function preloadStatements(server: EmbeddedServer, restart: () => Promise<EmbeddedServer>): Promise<EmbeddedServer> {
  const client = new pg.Client({ connectionString: server.serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ setting: string }>(`SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries'`);
    // Planning is counted apart from execution, so a run shows which statements are mostly planning.
    await client.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
    await client.query('SELECT pg_reload_conf()');
    if (rows[0]!.setting.includes('pg_stat_statements')) return server;
    // Written to postgresql.auto.conf in the bench's data directory; read at the next start only.
    await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await client.query(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
  } finally {
    await client.end();
  }
  await server.stop();
  return restart();
}

export async function openScaleDatabase(options: {
  port: number;
  stores: number;
  products: number;
  log: (line: string) => void;
}): Promise<ScaleDatabase> {
  const start = () => startEmbeddedPostgres({ dataDir: join(DATA_DIR, 'postgres'), port: options.port });
  const server = await preloadStatements(await start(), start);
  const url = await ensureDatabase(server.serverUrl, `bench_s${options.stores}_p${options.products}`);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  try {
    await applyMigrations(pool);
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM "Store"');
    let seededNow = false;
    if (rows[0]!.n === 0) {
      options.log(`seeding ${options.stores} stores × ${options.products} products (once per scale; kept in ${DATA_DIR})`);
      const summary = await seedDatabase(pool, {
        stores: options.stores,
        products: options.products,
        progress: process.stderr.isTTY === true,
        log: (line) => options.log(`[seed] ${line}`),
      });
      options.log(`seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
      seededNow = true;
    } else {
      options.log(`reusing the seeded database (${rows[0]!.n} stores)`);
    }
    return {
      url,
      pool,
      seededNow,
      async close() {
        await pool.end();
        await server.stop();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    await server.stop();
    throw error;
  }
}
