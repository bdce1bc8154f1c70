import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

it('is ready with a reachable, fully migrated database', async () => {
  const response = await fetch(`${server.url}/readyz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ready' });
});

it('is not ready while a migration is pending, and ready again once it is recorded', async () => {
  const { rows } = await server.db.pool.query(`DELETE FROM "_prisma_migrations" RETURNING *`);
  const notReady = await fetch(`${server.url}/readyz`);
  expect(notReady.status).toBe(503);
  expect(await notReady.json()).toMatchObject({ status: 'not-ready', reason: 'migrations pending' });
  for (const row of rows) {
    await server.db.pool.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, row.checksum, row.finished_at, row.migration_name, row.started_at, row.applied_steps_count],
    );
  }
  expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
});

it('masks unexpected errors and keeps domain error codes', async () => {
  const bad = await server.gql(`{ nearbyStores(location: {lat: 123, lng: 121.47}) { distanceM } }`);
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0]?.message).toMatch(/纬度/);

  const invalidDocument = await server.gql(`{ nearbyStores { nope } }`);
  expect(invalidDocument.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

  // Break the database under a resolver: the client sees a generic message, not SQL.
  await server.db.pool.query(`ALTER TABLE "Store" RENAME TO "StoreGone"`);
  try {
    const broken = await server.gql(`{ nearbyStores(location: {lat: 31.23, lng: 121.47}) { distanceM } }`);
    expect(broken.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(broken.errors?.[0]?.message).not.toMatch(/StoreGone|relation|SELECT/);
  } finally {
    await server.db.pool.query(`ALTER TABLE "StoreGone" RENAME TO "Store"`);
  }
});
