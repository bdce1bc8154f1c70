import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const DEFAULT_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../prisma/migrations');

/** The lock id Prisma Migrate itself takes, so our runner and `prisma migrate deploy` exclude each other. */
const PRISMA_MIGRATE_LOCK_ID = 72707369;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}

// Same table and columns that Prisma Migrate creates, so `prisma migrate status` agrees with us.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

async function appliedMigrations(client: pg.ClientBase): Promise<AppliedRow[]> {
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return rows;
}

/**
 * Applied migrations that were edited afterwards on purpose, with the checksum of each earlier text
 * that a database may have recorded. Only these exact texts are accepted; any other edit is refused.
 * The init once created the untrusted `earthdistance` extension and an index on its ll_to_earth, which
 * a database owned by an ordinary role cannot run; 20261207130000_distance_on_cube brings databases
 * that ran the earlier text to the same schema as a fresh one.
 */
export const SUPERSEDED_CHECKSUMS: Readonly<Record<string, readonly string[]>> = {
  '20261125000000_init': ['64ded79a444aadbc810a5894b6a28ae175851160eb9fb34a67ee801fafe341e9'],
};

/** Refuses to go on when the database and the migration folder disagree about history. */
function checkHistory(local: Migration[], applied: AppliedRow[]): void {
  const localByName = new Map(local.map((m) => [m.name, m]));
  for (const row of applied) {
    const migration = localByName.get(row.migration_name);
    if (!migration) {
      throw new MigrationError(`migration ${row.migration_name} is applied in the database but missing from prisma/migrations`);
    }
    if (row.finished_at === null) {
      throw new MigrationError(`migration ${row.migration_name} started but did not finish; resolve it before starting`);
    }
    if (row.checksum !== migration.checksum && !SUPERSEDED_CHECKSUMS[row.migration_name]?.includes(row.checksum)) {
      throw new MigrationError(
        `migration ${row.migration_name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${migration.checksum.slice(0, 12)}… on disk); add a new migration instead of editing an applied one`,
      );
    }
  }
}

/**
 * Applies pending migrations, each in its own transaction, and records them the way Prisma does.
 * Returns the names applied. Safe to call from several processes at once (advisory lock).
 */
export async function applyMigrations(pool: pg.Pool, migrations = readMigrations()): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_ID]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const applied = await appliedMigrations(client);
    checkHistory(migrations, applied);
    const done = new Set(applied.map((row) => row.migration_name));
    const newlyApplied: string[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.name))) {
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
        newlyApplied.push(migration.name);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
    }
    return newlyApplied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_ID]).catch(() => undefined);
    client.release();
  }
}

/** Names of migrations on disk that the database has not applied; [] means up to date. */
export async function pendingMigrations(pool: pg.Pool, migrations = readMigrations()): Promise<string[]> {
  const { rows } = await pool.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  if (!rows[0]?.exists) return migrations.map((m) => m.name);
  const applied = await pool.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(applied.rows.map((row) => row.migration_name));
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}
