import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../../test/db.ts';
import { createPool } from './database.ts';
import { applyMigrations, pendingMigrations, readMigrations, MigrationError, type Migration } from './migrate.ts';

const migration = (name: string, sql: string): Migration => ({
  name,
  sql,
  checksum: createHash('sha256').update(sql).digest('hex'),
});

describe('migration runner', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function emptyPool() {
    const db = await createEmptyDatabase();
    const pool = createPool(db.url, 3);
    cleanups.push(async () => {
      await pool.end();
      await db.drop();
    });
    return pool;
  }

  it('applies every migration once and records it the way Prisma does', async () => {
    const pool = await emptyPool();
    const all = readMigrations();
    expect(await pendingMigrations(pool)).toEqual(all.map((m) => m.name));
    expect(await applyMigrations(pool)).toEqual(all.map((m) => m.name));
    const { rows } = await pool.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(all.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(all[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
    expect(await applyMigrations(pool)).toEqual([]);
    expect(await pendingMigrations(pool)).toEqual([]);
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    const pool = await emptyPool();
    const first = migration('20260101000000_a', 'CREATE TABLE a (id int);');
    await applyMigrations(pool, [first]);
    const edited = migration('20260101000000_a', 'CREATE TABLE a (id bigint);');
    const second = migration('20260102000000_b', 'CREATE TABLE b (id int);');
    await expect(applyMigrations(pool, [edited, second])).rejects.toThrow(/20260101000000_a was changed after it was applied/);
    // Nothing after the mismatch ran.
    const { rows } = await pool.query(`SELECT to_regclass('b') AS b`);
    expect(rows[0].b).toBeNull();
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const pool = await emptyPool();
    const good = migration('20260101000000_a', 'CREATE TABLE a (id int);');
    const bad = migration('20260102000000_b', 'CREATE TABLE b (id int); INSERT INTO missing_table VALUES (1);');
    const error = await applyMigrations(pool, [good, bad]).catch((e) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toMatch(/20260102000000_b failed and was rolled back/);
    const tables = await pool.query(`SELECT to_regclass('a') AS a, to_regclass('b') AS b`);
    expect(tables.rows[0]).toEqual({ a: 'a', b: null });
    const recorded = await pool.query(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.rows.map((r) => r.migration_name)).toEqual(['20260101000000_a']);
  });

  it('refuses a database that knows a migration the folder does not have', async () => {
    const pool = await emptyPool();
    await applyMigrations(pool, [migration('20260101000000_a', 'SELECT 1;')]);
    await expect(applyMigrations(pool, [])).rejects.toThrow(/missing from prisma\/migrations/);
  });

  it('lets concurrent starters apply each migration exactly once', async () => {
    const pool = await emptyPool();
    const list = [migration('20260101000000_a', 'CREATE TABLE a (id int);')];
    const results = await Promise.all([applyMigrations(pool, list), applyMigrations(pool, list), applyMigrations(pool, list)]);
    expect(results.flat()).toEqual(['20260101000000_a']);
  });
});
