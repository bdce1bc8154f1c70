import type { Queryable } from '../db/transaction.ts';

export interface QrStatsRow {
  /** the code id, the campaign id or the store id, by the grouping asked for */
  key: number;
  scans: number;
  uniqueVisitors: number;
  orders: number;
  paidOrders: number;
  revenueFen: number;
  repeatOrders: number;
  repeatShoppers: number;
}

/** Later paid orders by the same shopper within this many days of a paid attributed order count as repeat orders. */
export const REPEAT_WINDOW_DAYS = 30;

const GROUP_KEY = { code: 'c.id', campaign: 'c."campaignId"', store: 'c."storeId"' } as const;

/**
 * Scan and order figures of one store's codes over [start, end), grouped per code, per campaign or
 * for all of them (one row keyed by the store id, none when the store has no codes).
 * Each join is driven by an index: QrScan (qrCodeId, scannedAt), Order (qrCodeId, createdAt) and,
 * for repeat orders, Order (userId, createdAt). Grouping per campaign counts a visitor or a repeat
 * order once even when it touched several of the campaign's codes; so does grouping per store.
 *
 * - orders: attributed orders placed in the range, whatever became of them
 * - paidOrders / revenueFen: those that were paid; revenue is what was paid less what was refunded
 * - repeatOrders: distinct paid orders (any store, attributed or not) a shopper placed within
 *   REPEAT_WINDOW_DAYS after one of their paid attributed orders; repeatShoppers: how many shoppers
 */
export async function qrStats(db: Queryable, storeId: number, by: keyof typeof GROUP_KEY, start: Date, end: Date): Promise<QrStatsRow[]> {
  const key = GROUP_KEY[by];
  const { rows } = await db.query<QrStatsRow>(
    `WITH codes AS (
       SELECT ${key} AS key, c.id FROM "QrCode" c WHERE c."storeId" = $1 AND ${key} IS NOT NULL
     ),
     scans AS (
       SELECT k.key, count(*)::int AS scans, count(DISTINCT s."visitorId")::int AS "uniqueVisitors"
         FROM codes k JOIN "QrScan" s ON s."qrCodeId" = k.id AND s."scannedAt" >= $2 AND s."scannedAt" < $3
        GROUP BY k.key
     ),
     attributed AS (
       SELECT k.key, o.id, o."userId", o."createdAt", o."paidAt", o."payableFen" - o."refundedFen" AS "netFen"
         FROM codes k JOIN "Order" o ON o."qrCodeId" = k.id AND o."createdAt" >= $2 AND o."createdAt" < $3
     ),
     sales AS (
       SELECT key, count(*)::int AS orders,
              count(*) FILTER (WHERE "paidAt" IS NOT NULL)::int AS "paidOrders",
              coalesce(sum("netFen") FILTER (WHERE "paidAt" IS NOT NULL), 0)::int AS "revenueFen"
         FROM attributed GROUP BY key
     ),
     repeats AS (
       SELECT a.key, count(DISTINCT r.id)::int AS "repeatOrders", count(DISTINCT r."userId")::int AS "repeatShoppers"
         FROM attributed a
         JOIN "Order" r ON r."userId" = a."userId"
                       AND r."createdAt" > a."createdAt"
                       AND r."createdAt" <= a."createdAt" + make_interval(days => ${REPEAT_WINDOW_DAYS})
                       AND r."paidAt" IS NOT NULL
        WHERE a."paidAt" IS NOT NULL
        GROUP BY a.key
     )
     SELECT k.key,
            coalesce(s.scans, 0) AS scans, coalesce(s."uniqueVisitors", 0) AS "uniqueVisitors",
            coalesce(o.orders, 0) AS orders, coalesce(o."paidOrders", 0) AS "paidOrders", coalesce(o."revenueFen", 0) AS "revenueFen",
            coalesce(r."repeatOrders", 0) AS "repeatOrders", coalesce(r."repeatShoppers", 0) AS "repeatShoppers"
       FROM (SELECT DISTINCT key FROM codes) k
       LEFT JOIN scans s ON s.key = k.key
       LEFT JOIN sales o ON o.key = k.key
       LEFT JOIN repeats r ON r.key = k.key
      ORDER BY k.key`,
    [storeId, start, end],
  );
  return rows;
}

/** The user's scans of the store's enabled codes in (from, to], newest first: one statement, the code with each. */
export async function recentScansAt(db: Queryable, userId: string, storeId: number, from: Date, to: Date) {
  const { rows } = await db.query<{ id: number; scene: string; campaignId: number | null }>(
    `SELECT c.id, c.scene, c."campaignId"
       FROM "QrScan" s JOIN "QrCode" c ON c.id = s."qrCodeId"
      WHERE s."userId" = $1 AND s."scannedAt" > $3 AND s."scannedAt" <= $4 AND c."storeId" = $2 AND c."disabledAt" IS NULL
      ORDER BY s."scannedAt" DESC
      LIMIT 20`,
    [userId, storeId, from, to],
  );
  return rows;
}
