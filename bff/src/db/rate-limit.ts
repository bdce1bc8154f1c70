import type { Queryable } from './transaction.ts';

/**
 * Fixed-window counters in the RateLimitBucket table, so every BFF instance sees the same count.
 * A window is identified by its start (the instant floored to the window length).
 */
export interface RateLimit {
  /** e.g. `pickup-verify:<userId>` */
  key: string;
  limit: number;
  windowSeconds: number;
}

export function windowOf(limit: RateLimit, at: Date): { start: Date; end: Date } {
  const ms = limit.windowSeconds * 1000;
  const start = Math.floor(at.getTime() / ms) * ms;
  return { start: new Date(start), end: new Date(start + ms) };
}

/** Seconds until the window of `at` ends, i.e. until a limit reached in it lifts by itself. */
export const retryAfterSeconds = (limit: RateLimit, at: Date) => Math.max(1, Math.ceil((windowOf(limit, at).end.getTime() - at.getTime()) / 1000));

/**
 * Takes one of the window's attempts before the attempt is made, in one statement: the number of
 * this attempt (1 … limit), or null when all are taken. The row lock of the upsert orders
 * concurrent callers, so never more than `limit` attempts run, however many arrive at once.
 */
export async function reserveAttempt(db: Queryable, limit: RateLimit, at: Date): Promise<number | null> {
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ($1, $2, 1)
     ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1 WHERE "RateLimitBucket".count < $3
     RETURNING count`,
    [limit.key, windowOf(limit, at).start, limit.limit],
  );
  return rows[0]?.count ?? null;
}

/** Gives back an attempt reserved at `at` that turned out not to count (it succeeded). */
export async function releaseAttempt(db: Queryable, limit: RateLimit, at: Date): Promise<void> {
  await db.query(`UPDATE "RateLimitBucket" SET count = count - 1 WHERE key = $1 AND "windowStart" = $2 AND count > 0`, [limit.key, windowOf(limit, at).start]);
}

/** Counts one (failed) attempt; atomic under concurrency thanks to the upsert. */
async function countAttempt(db: Queryable, limit: RateLimit, at: Date): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ($1, $2, 1)
     ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
     RETURNING count`,
    [limit.key, windowOf(limit, at).start],
  );
  return rows[0]!.count;
}

/**
 * Counts this attempt and says whether it is over the limit: seconds until the window reopens, or
 * null when allowed. Counting first keeps concurrent requests on several instances honest.
 */
export async function consumeAttempt(db: Queryable, limit: RateLimit, at: Date): Promise<number | null> {
  if ((await countAttempt(db, limit, at)) <= limit.limit) return null;
  return retryAfterSeconds(limit, at);
}

/**
 * consumeAttempt for two limits in one statement (one round trip per guarded request instead of two).
 * The second is counted only while the first allows the attempt, so that a caller over the first
 * limit does not use up the second's allowance. Returns the first limit reached, or null.
 */
export async function consumeAttempts<L extends RateLimit>(
  db: Queryable,
  limits: readonly [L, L],
  at: Date,
): Promise<{ limit: L; retryAfterSeconds: number } | null> {
  const [first, second] = limits;
  const { rows } = await db.query<{ first: number; second: number | null }>(
    `WITH first AS (
       INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ($1, $2, 1)
       ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
       RETURNING count),
     second AS (
       INSERT INTO "RateLimitBucket" (key, "windowStart", count) SELECT $4, $5, 1 WHERE (SELECT count FROM first) <= $3
       ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
       RETURNING count)
     SELECT (SELECT count FROM first) AS first, (SELECT count FROM second) AS second`,
    [first.key, windowOf(first, at).start, first.limit, second.key, windowOf(second, at).start],
  );
  const counts = rows[0]!;
  if (counts.first > first.limit) return { limit: first, retryAfterSeconds: retryAfterSeconds(first, at) };
  if (counts.second! > second.limit) return { limit: second, retryAfterSeconds: retryAfterSeconds(second, at) };
  return null;
}

/** How long a bucket is kept after its window started: a day, or the longest window when that is longer. */
export function bucketRetentionSeconds(longestWindowSeconds: number): number {
  return Math.max(86_400, longestWindowSeconds);
}

const CLEANUP_BATCH = 5_000;

/**
 * Deletes the buckets of windows that started before `before`: one row is written per key and window,
 * so without this the table grows with every shopper, phone number and IP address ever seen. Deleted
 * in batches, so that no statement holds many row locks or runs long; returns how many went.
 */
export async function deleteBucketsBefore(db: Queryable, before: Date): Promise<number> {
  let deleted = 0;
  for (;;) {
    const { rowCount } = await db.query(
      `DELETE FROM "RateLimitBucket" WHERE ctid IN (SELECT ctid FROM "RateLimitBucket" WHERE "windowStart" < $1 LIMIT ${CLEANUP_BATCH})`,
      [before],
    );
    deleted += rowCount ?? 0;
    if ((rowCount ?? 0) < CLEANUP_BATCH) return deleted;
  }
}
