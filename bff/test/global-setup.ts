import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '../src/config.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { applyMigrations, readMigrations } from '../src/db/migrate.ts';
import { createPool } from '../src/db/database.ts';
import { seedDatabase, seedPackshots } from '../../prisma/seed/seed.ts';
import { localImageStore } from '../src/images/store.ts';
import { ensureBffBuild } from '../../scripts/build-bff.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    testDbServerUrl: string;
    testDbTemplate: string;
    /** IMAGE_STORE_DIR of every BFF the tests start, holding the seeded packshots */
    testImageDir: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The template's name changes whenever a migration or the seeder changes, so it is never stale. */
function templateName(): string {
  const hash = createHash('sha256');
  for (const migration of readMigrations()) hash.update(migration.name).update(migration.checksum);
  const seedDir = join(REPO_ROOT, 'prisma/seed');
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
    hash.update(file).update(readFileSync(join(seedDir, file)));
  }
  // The seed stores packshots in this format and names them by its hash.
  for (const file of ['bff/src/images/packshot.ts', 'bff/src/images/ids.ts']) hash.update(file).update(readFileSync(join(REPO_ROOT, file)));
  return `corner_template_${hash.digest('hex').slice(0, 16)}`;
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function buildTemplate(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return;
    // Built under a temporary name and renamed when complete, so no run ever clones a half-built one.
    const building = `${name}_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${building}`);
    await admin.query(`CREATE DATABASE ${building}`);
    const pool = createPool(databaseUrl(serverUrl, building), 4);
    try {
      await applyMigrations(pool);
      await seedDatabase(pool, {});
    } finally {
      await pool.end();
    }
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'corner-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    serverUrl = server.serverUrl;
    stop = server.stop;
  }
  const imageDir = mkdtempSync(join(tmpdir(), 'corner-test-images-'));
  const teardown = async () => {
    await stop?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    rmSync(imageDir, { recursive: true, force: true });
  };
  const template = templateName();
  try {
    await buildTemplate(serverUrl, template);
    // Apart from the template, which may outlive this run on an external server: the store is new.
    await seedPackshots(localImageStore(imageDir));
  } catch (error) {
    await teardown();
    throw error;
  }
  // Tests that start the BFF as a process run the production bundle, as npm start does.
  await ensureBffBuild();
  project.provide('testDbServerUrl', serverUrl);
  project.provide('testDbTemplate', template);
  project.provide('testImageDir', imageDir);
  return teardown;
}
