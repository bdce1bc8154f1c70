import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPool } from '../src/db/database.ts';
import { createPrismaClient, type PrismaClient } from '../src/db/prisma.ts';

export interface TestDatabase {
  name: string;
  url: string;
  pool: pg.Pool;
  prisma: PrismaClient;
  /** Counts SQL statements sent through `pool` (Prisma's included) since the last reset. */
  statements: { count: number; reset(): void };
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('testDbServerUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** An empty database on the test server (no migrations), for tests of the migration runner itself. */
export async function createEmptyDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(8).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(inject('testDbServerUrl'));
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => dropDatabase(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** A fresh database cloned from the migrated, seeded template: one per test file. */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const name = `t_${randomBytes(8).toString('hex')}`;
  const template = inject('testDbTemplate');
  await withAdmin(async (admin) => {
    // Two files cloning at the same instant can collide on the template's lock; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
  const url = new URL(inject('testDbServerUrl'));
  url.pathname = `/${name}`;
  const pool = createPool(url.toString(), options.poolSize ?? 10);
  const statements = { count: 0, reset: () => void (statements.count = 0) };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements.count++;
      return query(...args);
    };
  });
  const prisma = createPrismaClient(pool);
  return {
    name,
    url: url.toString(),
    pool,
    prisma,
    statements,
    async drop() {
      await prisma.$disconnect().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await dropDatabase(name);
    },
  };
}
