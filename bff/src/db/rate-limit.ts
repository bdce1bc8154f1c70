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

function windowOf(limit: RateLimit, at: Date): { start: Date; end: Date } {
  const ms = limit.windowSeconds * 1000;
  const start = Math.floor(at.getTime() / ms) * ms;
  return { start: new Date(start), end: new Date(start + ms) };
}

/** Seconds until the window reopens when the limit is reached; null while attempts remain. */
export async function rateLimitedFor(db: Queryable, limit: RateLimit, at: Date): Promise<number | null> {
  const window = windowOf(limit, at);
  const { rows } = await db.query<{ count: number }>(`SELECT count FROM "RateLimitBucket" WHERE key = $1 AND "windowStart" = $2`, [limit.key, window.start]);
  if ((rows[0]?.count ?? 0) < limit.limit) return null;
  return secondsLeft(window.end, at);
}

const secondsLeft = (end: Date, at: Date) => Math.max(1, Math.ceil((end.getTime() - at.getTime()) / 1000));

/** Counts one (failed) attempt; atomic under concurrency thanks to the upsert. */
export async function countAttempt(db: Queryable, limit: RateLimit, at: Date): Promise<number> {
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
  return secondsLeft(windowOf(limit, at).end, at);
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
  if (counts.first > first.limit) return { limit: first, retryAfterSeconds: secondsLeft(windowOf(first, at).end, at) };
  if (counts.second! > second.limit) return { limit: second, retryAfterSeconds: secondsLeft(windowOf(second, at).end, at) };
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
