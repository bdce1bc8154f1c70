import type { Queryable } from '../db/transaction.ts';

/**
 * When each order of the store was first handed on (ready for pickup, or out with the courier): the
 * moment picking ended and the promise was kept or broken.
 */
const HANDED = `SELECT e."orderId", min(e."createdAt") AS at FROM "OrderEvent" e JOIN "Order" o ON o.id = e."orderId"
                 WHERE o."storeId" = $1 AND e."toStatus" IN ('READY_FOR_PICKUP', 'OUT_FOR_DELIVERY') GROUP BY e."orderId"`;

export interface DayTotalsRow {
  orders: number;
  salesFen: number;
  tillReceipts: number;
  tillSalesFen: number;
  pickedOrders: number;
  averagePickingSeconds: number | null;
  promisesKept: number;
  lateOrders: number;
  refunds: number;
  refundedFen: number;
}

/**
 * The store's day [from, to) as of `now`:
 * - orders / salesFen: orders paid in the day; sales are what they paid less what was refunded of them
 * - pickedOrders / averagePickingSeconds: orders handed on in the day, from the first PICKING event
 * - promisesKept / lateOrders: paid orders promised by an instant of the day, handed on by their
 *   promiseEnd, or after it (or still waiting to be picked past it); cancelled ones count neither way
 * - refunds / refundedFen: refunds of the store's orders recorded in the day, whatever their outcome
 *   (a failed one is still owed, and the store settles it another way)
 */
export async function dayTotals(db: Queryable, storeId: number, from: Date, to: Date, now: Date): Promise<DayTotalsRow> {
  const { rows } = await db.query<DayTotalsRow>(
    `WITH handed AS (${HANDED}),
     picking AS (
       SELECT e."orderId", min(e."createdAt") AS at FROM "OrderEvent" e JOIN handed h USING ("orderId")
        WHERE e."toStatus" = 'PICKING' AND h.at >= $2 AND h.at < $3 GROUP BY e."orderId"
     ),
     promised AS (
       SELECT o.id, o."promiseEnd", o.status, h.at AS "handedAt" FROM "Order" o LEFT JOIN handed h ON h."orderId" = o.id
        WHERE o."storeId" = $1 AND o."paidAt" IS NOT NULL AND o."promiseEnd" >= $2 AND o."promiseEnd" < $3
     )
     SELECT
       (SELECT count(*)::int FROM "Order" WHERE "storeId" = $1 AND "paidAt" >= $2 AND "paidAt" < $3) AS orders,
       (SELECT coalesce(sum("payableFen" - "refundedFen"), 0)::int FROM "Order" WHERE "storeId" = $1 AND "paidAt" >= $2 AND "paidAt" < $3) AS "salesFen",
       (SELECT count(*)::int FROM "TillReceipt" WHERE "storeId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3) AS "tillReceipts",
       (SELECT coalesce(sum("amountFen"), 0)::int FROM "TillReceipt" WHERE "storeId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3) AS "tillSalesFen",
       (SELECT count(*)::int FROM picking) AS "pickedOrders",
       (SELECT avg(extract(epoch FROM h.at - p.at))::float8 FROM picking p JOIN handed h USING ("orderId")) AS "averagePickingSeconds",
       (SELECT count(*)::int FROM promised WHERE "handedAt" <= "promiseEnd") AS "promisesKept",
       (SELECT count(*)::int FROM promised
         WHERE "handedAt" > "promiseEnd" OR ("handedAt" IS NULL AND status IN ('PAID', 'PICKING') AND "promiseEnd" < $4)) AS "lateOrders",
       (SELECT count(*)::int FROM "Refund" r JOIN "Order" o ON o.id = r."orderId" WHERE o."storeId" = $1 AND r."createdAt" >= $2 AND r."createdAt" < $3) AS refunds,
       (SELECT coalesce(sum(r."amountFen"), 0)::int FROM "Refund" r JOIN "Order" o ON o.id = r."orderId" WHERE o."storeId" = $1 AND r."createdAt" >= $2 AND r."createdAt" < $3) AS "refundedFen"`,
    [storeId, from, to, now],
  );
  return rows[0]!;
}

export interface HourRow {
  /** which of the two days: 0 the first asked for, 1 the second */
  day: number;
  hour: number;
  orders: number;
  salesFen: number;
}

/** Orders paid (and their sales, as in dayTotals) per hour of two days starting at `days`, 24 hours each; hours without orders are absent. */
export async function hourlySales(db: Queryable, storeId: number, days: readonly [Date, Date]): Promise<HourRow[]> {
  const { rows } = await db.query<HourRow>(
    `SELECT (d.n - 1)::int AS day, floor(extract(epoch FROM o."paidAt" - d.start) / 3600)::int AS hour,
            count(*)::int AS orders, sum(o."payableFen" - o."refundedFen")::int AS "salesFen"
       FROM unnest($2::timestamptz[]) WITH ORDINALITY AS d(start, n)
       JOIN "Order" o ON o."storeId" = $1 AND o."paidAt" >= d.start AND o."paidAt" < d.start + interval '24 hours'
      GROUP BY 1, 2
      ORDER BY 1, 2`,
    [storeId, days],
  );
  return rows;
}

export interface TopProductRow {
  productId: number;
  name: string;
  imageId: string | null;
  quantity: number;
  salesFen: number;
}

/**
 * What sold most in [from, to): lines of orders paid then that the store supplied (not out of stock)
 * and that were not cancelled or refunded whole; by units, then sales after line discounts.
 */
export async function topProducts(db: Queryable, storeId: number, from: Date, to: Date, limit: number): Promise<TopProductRow[]> {
  const { rows } = await db.query<TopProductRow>(
    `SELECT p.id AS "productId", p.name, p."imageIds"[1] AS "imageId",
            sum(i.quantity)::int AS quantity, sum(i."lineTotalFen" - i."lineDiscountFen")::int AS "salesFen"
       FROM "Order" o
       JOIN "OrderItem" i ON i."orderId" = o.id AND i.status <> 'OUT_OF_STOCK'
       JOIN "Product" p ON p.id = i."productId"
      WHERE o."storeId" = $1 AND o."paidAt" >= $2 AND o."paidAt" < $3 AND o.status NOT IN ('CANCELLED', 'REFUNDED')
      GROUP BY p.id
      ORDER BY quantity DESC, "salesFen" DESC, p.id
      LIMIT $4`,
    [storeId, from, to, limit],
  );
  return rows;
}
