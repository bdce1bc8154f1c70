import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { seedDatabase } from '../../../prisma/seed/seed.ts';
import { createEmptyDatabase } from '../../test/db.ts';
import { nearestStores } from '../stores/sql.ts';
import { describeSchema } from './catalog.ts';
import { createPool } from './database.ts';
import { applyMigrations, pendingMigrations, readMigrations, MigrationError, SUPERSEDED_CHECKSUMS, type Migration } from './migrate.ts';

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

  it('migrates a database owned by an ordinary role, as on managed PostgreSQL, and finds the nearest stores', async () => {
    const role = `owner_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: inject('testDbServerUrl') });
    await admin.connect();
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${role} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    });
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'owner' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    await admin.query(`CREATE DATABASE ${role} OWNER ${role}`);
    const url = new URL(inject('testDbServerUrl'));
    Object.assign(url, { username: role, password: 'owner', pathname: `/${role}` });
    const pool = createPool(url.toString(), 3);
    cleanups.push(() => pool.end());
    expect((await pool.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows[0].rolsuper).toBe(false);

    expect(await applyMigrations(pool)).toEqual(readMigrations().map((m) => m.name));
    await seedDatabase(pool, {});
    const stores = await nearestStores(pool, { lat: 31.2304, lng: 121.4737 }, 5_000, 5, new Date());
    expect(stores.length).toBeGreaterThan(0);
    const distances = stores.map((s) => s.distanceM);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('brings a database that ran the earlier init (earthdistance) to the fresh schema, with the same distances', async () => {
    const [init, ...rest] = readMigrations();
    // The earlier text, rebuilt from today's; its checksum proves it is exactly what databases recorded.
    const earlier = init!.sql
      .replace(
        '-- Extensions: distance search (cube) and Chinese substring search (pg_trgm), both trusted: a database\n-- owner may create them without being a superuser.\nCREATE EXTENSION IF NOT EXISTS cube;\n',
        '-- Extensions: distance search (cube + earthdistance) and Chinese substring search (pg_trgm).\nCREATE EXTENSION IF NOT EXISTS cube;\nCREATE EXTENSION IF NOT EXISTS earthdistance;\n',
      )
      .replace(
        '-- ---------------------------------------------------------------------------------------------\n\nALTER TABLE "Store"',
        '-- ---------------------------------------------------------------------------------------------\n\n' +
          '-- KNN over stores: ORDER BY ll_to_earth(lat, lng) <-> ll_to_earth($1, $2) uses this index.\n' +
          'CREATE INDEX "Store_earth_gist_idx" ON "Store" USING GIST (ll_to_earth("lat", "lng"));\n\nALTER TABLE "Store"',
      );
    const earlierInit = migration(init!.name, earlier);
    expect(SUPERSEDED_CHECKSUMS[init!.name]).toContain(earlierInit.checksum);

    const upgraded = await emptyPool();
    await applyMigrations(upgraded, [earlierInit]);
    // Distances and straight-line (KNN order) distances by earthdistance, between points all over the globe.
    await upgraded.query(`
      CREATE TABLE probe AS
      SELECT a_lat, a_lng, b_lat, b_lng,
             earth_distance(ll_to_earth(a_lat, a_lng), ll_to_earth(b_lat, b_lng)) AS metres,
             ll_to_earth(a_lat, a_lng) <-> ll_to_earth(b_lat, b_lng) AS chord
        FROM (SELECT random() * 180 - 90 AS a_lat, random() * 360 - 180 AS a_lng,
                     random() * 180 - 90 AS b_lat, random() * 360 - 180 AS b_lng
                FROM generate_series(1, 2000)
              UNION ALL VALUES (31.2304::float8, 121.4737::float8, 31.2304::float8, 121.4737::float8),
                               (31.2304, 121.4737, 31.2404, 121.4837), (0, 0, 0, 180), (90, 0, -90, 0)) p(a_lat, a_lng, b_lat, b_lng)`);
    expect(await applyMigrations(upgraded)).toEqual(rest.map((m) => m.name));

    const { rows } = await upgraded.query(`
      SELECT count(*) AS n,
             count(*) FILTER (WHERE geo_metres(geo_point(a_lat, a_lng), geo_point(b_lat, b_lng)) = metres
                                AND (geo_point(a_lat, a_lng) <-> geo_point(b_lat, b_lng)) = chord) AS same
        FROM probe`);
    expect(rows[0]).toEqual({ n: 2004, same: 2004 });
    expect((await upgraded.query(`SELECT 1 FROM pg_extension WHERE extname = 'earthdistance'`)).rowCount).toBe(0);

    const fresh = await emptyPool();
    await applyMigrations(fresh);
    await upgraded.query('DROP TABLE probe');
    expect(await describeSchema(upgraded)).toEqual(await describeSchema(fresh));
  });
});
