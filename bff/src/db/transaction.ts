import type pg from 'pg';

export type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * Runs `fn` in one transaction on one pooled connection. When `outer` is given the caller already
 * owns a transaction (e.g. an order spending points), so `fn` joins it instead of opening another.
 */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>, outer?: pg.PoolClient): Promise<T> {
  if (outer) return fn(outer);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
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
