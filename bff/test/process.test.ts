import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBff } from './bff-process.ts';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from './db.ts';
import { freePort } from './global-setup.ts';

describe('the BFF process', () => {
  it('exits with status 2 and names the variable when configuration is malformed', async () => {
    const { exited } = startBff({ PORT: 'not-a-port', DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    const { code, output } = await exited;
    expect(code).toBe(2);
    expect(output).toMatch(/PORT="not-a-port"/);
  });

  it('exits non-zero with a clear message when DATABASE_URL is unreachable', async () => {
    const port = await freePort();
    const { exited } = startBff({ PORT: '0', DATABASE_URL: `postgresql://corner:secret@127.0.0.1:${port}/corner` });
    const { code, output } = await exited;
    expect(code).toBe(1);
    expect(output).toMatch(/cannot reach PostgreSQL at postgresql:\/\/corner:\*\*\*@127\.0\.0\.1/);
    expect(output).not.toContain('secret');
  });

  it('seeds an empty database with the packshots and serves them, as npm start does', { timeout: 120_000 }, async () => {
    const db = await createEmptyDatabase();
    const imageDir = mkdtempSync(join(tmpdir(), 'corner-process-images-'));
    try {
      const { child, exited, listening } = startBff({ PORT: '0', DATABASE_URL: db.url, IMAGE_STORE_DIR: imageDir });
      const url = await listening;
      expect(readdirSync(join(imageDir, 'originals')).length).toBeGreaterThan(300);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ storeProduct(storeId: "1", productId: "1") { image { thumb } } }' }),
      });
      const { thumb } = (await response.json()).data.storeProduct.image;
      const image = await fetch(`${url}${thumb}`);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/jpeg');
      child.kill('SIGTERM');
      expect((await exited).code).toBe(0);
    } finally {
      rmSync(imageDir, { recursive: true, force: true });
      await db.drop();
    }
  });

  describe('with a database', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(async () => {
      await db.drop();
    });

    it('serves health, readiness and GraphQL, then shuts down gracefully on SIGTERM', async () => {
      const { child, exited, listening } = startBff({ PORT: '0', DATABASE_URL: db.url });
      const url = await listening;
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-1' },
        body: JSON.stringify({ query: '{ nearbyStores(location: {lat: 31.2304, lng: 121.4737}, first: 3) { distanceM store { name } } }' }),
      });
      expect(response.headers.get('x-request-id')).toBe('test-request-1');
      const body = await response.json();
      expect(body.data.nearbyStores).toHaveLength(3);

      // A request in flight when SIGTERM arrives still gets its answer.
      const inFlight = fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ serverTime }' }),
      });
      child.kill('SIGTERM');
      expect((await inFlight).status).toBe(200);
      const { code, output } = await exited;
      expect(code).toBe(0);
      expect(output).not.toMatch(/"level":(50|60)/);
    });

  });
});
