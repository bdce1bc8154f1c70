import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { consumeAttempt, deleteBucketsBefore, releaseAttempt, reserveAttempt } from './rate-limit.ts';

let server: TestServer;
beforeAll(async () => {
  // The server's own cleanup job, every second: the last test watches it work.
  server = await startTestServer({ env: { RATE_LIMIT_CLEANUP_INTERVAL_SECONDS: '1' } });
}, 60_000);
afterAll(() => server?.close());

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

async function bucketKeys(prefix: string): Promise<string[]> {
  const { rows } = await server.db.pool.query<{ key: string }>(`SELECT key FROM "RateLimitBucket" WHERE key LIKE $1 ORDER BY key`, [`${prefix}%`]);
  return rows.map((row) => row.key);
}

describe('reserved attempts', () => {
  it('hand out exactly the limit to 40 concurrent callers, numbered 1 … limit; a released one can be taken again', async () => {
    const now = new Date();
    const limit = { key: `reserve-${now.getTime()}`, limit: 5, windowSeconds: 600 };
    const taken = await Promise.all(Array.from({ length: 40 }, () => reserveAttempt(server.db.pool, limit, now)));
    expect(taken.filter((n) => n !== null).sort()).toEqual([1, 2, 3, 4, 5]);
    await releaseAttempt(server.db.pool, limit, now);
    expect(await reserveAttempt(server.db.pool, limit, now)).toBe(5);
    expect(await reserveAttempt(server.db.pool, limit, now)).toBeNull();
  });
});

describe('old rate-limit buckets', () => {
  it('are deleted, in batches, while current windows keep their counts', async () => {
    const now = new Date();
    // More old rows than one batch deletes, so the loop has to go round. Hours old, not days, so that
    // the server's own timer (a day's retention) leaves them to this test.
    await server.db.pool.query(
      `INSERT INTO "RateLimitBucket" (key, "windowStart", count)
       SELECT 'batch-old-' || g, $1::timestamptz - make_interval(secs => g), 1 FROM generate_series(1, 12000) g`,
      [new Date(now.getTime() - 2 * HOUR_MS)],
    );
    const limit = { key: 'batch-current', limit: 2, windowSeconds: 60 };
    expect(await consumeAttempt(server.db.pool, limit, now)).toBeNull();
    expect(await consumeAttempt(server.db.pool, limit, now)).toBeNull();

    expect(await deleteBucketsBefore(server.db.pool, new Date(now.getTime() - HOUR_MS))).toBe(12_000);
    expect(await bucketKeys('batch-')).toEqual(['batch-current']);
    // The current window still counts: the third attempt is over the limit of two.
    expect(await consumeAttempt(server.db.pool, limit, now)).toBeGreaterThan(0);
  });

  it('are deleted by the running BFF on its own timer, and only those whose window started over a day ago', async () => {
    const now = Date.now();
    await server.db.pool.query(
      `INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ('timer-old', $1, 3), ('timer-recent', $2, 3)`,
      [new Date(now - DAY_MS - 60_000), new Date(now - DAY_MS + 3_600_000)],
    );
    await expect.poll(() => bucketKeys('timer-'), { timeout: 5_000, interval: 200 }).toEqual(['timer-recent']);
  });
});
