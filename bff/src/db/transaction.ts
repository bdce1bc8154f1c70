import type pg from 'pg';

export type Queryable = Pick<pg.PoolClient, 'query'>;

async function transaction<T>(pool: pg.Pool, begin: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Runs `fn` in one transaction on one pooled connection. When `outer` is given the caller already
 * owns a transaction (e.g. an order spending points), so `fn` joins it instead of opening another.
 */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>, outer?: pg.PoolClient): Promise<T> {
  if (outer) return fn(outer);
  return transaction(pool, 'BEGIN', fn);
}

/**
 * A transaction whose statements all find their rows by key, as placing an order does. PostgreSQL
 * keeps planning a prepared statement afresh while its generic plan's estimate (arrays of unknown
 * length) looks costlier than a plan for the values at hand; for keyed lookups the generic plan is as
 * good, and the order statement's planning was a third of PostgreSQL's time per order at a checkout
 * peak (npm run bench). The setting is sent with BEGIN, in the same round trip, and ends with the
 * transaction.
 */
export function withKeyedTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return transaction(pool, 'BEGIN; SET LOCAL plan_cache_mode = force_generic_plan', fn);
}
