import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { startEmbeddedPostgres, ensureDatabase } from './embedded.ts';
import { applyMigrations } from './migrate.ts';
import { createPrismaClient, type PrismaClient } from './prisma.ts';

export interface Database {
  url: string;
  pool: pg.Pool;
  prisma: PrismaClient;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** The URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

// PostgreSQL returns int8 (COUNT, bigserial ids) as strings by default; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const statementNames = new Map<string, string>();

/** A name per statement text: the same text is always the same prepared statement. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `s_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs every parameterised statement of ours (`query(text, values)`) as a named prepared statement,
 * parsed once per connection. Planning had been most of PostgreSQL's time on the home query (1.4 of
 * 2.3 ms: npm run bench); a prepared statement lets the server reuse a generic plan when it is no
 * worse. Statements without parameters (BEGIN, migrations of several commands) and Prisma's own
 * queries (object form) go through unchanged. Off for poolers that cannot carry prepared statements
 * across connections (PgBouncer in transaction mode before 1.21): DATABASE_PREPARED_STATEMENTS=false.
 */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [config, values] = args;
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
      args = [{ name: statementName(config), text: config, values }, ...args.slice(2)];
    }
    return (super.query as (...rest: unknown[]) => never)(...args);
  }
}

export function createPool(url: string, max: number, options: { preparedStatements?: boolean } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    Client: options.preparedStatements === false ? pg.Client : PreparingClient,
  });
  // An idle client losing its server (PostgreSQL restarted) must not crash the process; the pool
  // replaces it on the next checkout.
  pool.on('error', () => undefined);
  // The same for a client checked out between two statements (an open transaction) when the server
  // goes away: unheard, its 'error' event killed the process. Its next query fails instead, and the
  // pool discards it on release.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

async function checkReachable(pool: pg.Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnreachableError(`cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`);
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset, then migrates.
 * Everything after obtaining a URL is the same code path for both.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let url = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    logger.info({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT }, 'starting embedded PostgreSQL');
    const server = await startEmbeddedPostgres({
      dataDir: config.EMBEDDED_PG_DIR,
      port: config.EMBEDDED_PG_PORT,
      log: (line) => logger.debug({ postgres: line }),
      notice: (message) => logger.warn({ dataDir: config.EMBEDDED_PG_DIR }, message),
    });
    stopEmbedded = server.stop;
    url = await ensureDatabase(server.serverUrl, config.EMBEDDED_PG_DATABASE);
  }
  const pool = createPool(url, config.DATABASE_POOL_SIZE, { preparedStatements: config.DATABASE_PREPARED_STATEMENTS });
  try {
    await checkReachable(pool, url);
    const applied = await applyMigrations(pool);
    logger.info({ applied }, applied.length ? 'migrations applied' : 'database schema is up to date');
  } catch (error) {
    await pool.end().catch(() => undefined);
    await stopEmbedded?.();
    throw error;
  }
  const prisma = createPrismaClient(pool);
  return {
    url,
    pool,
    prisma,
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await stopEmbedded?.();
    },
  };
}
