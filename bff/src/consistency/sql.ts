import type { Queryable } from '../db/transaction.ts';

/**
 * The invariants the money and stock paths keep, each as one query that returns the rows breaking
 * it with a readable `subject` and `detail`. Bounds that CHECK constraints already enforce
 * (reserved ≤ onHand, balances ≥ 0) are not repeated here.
 */
export interface Inconsistency {
  check: string;
  subject: string;
  detail: string;
}

export interface CheckOptions {
  /** the checker's clock, for the age of unfinished refunds */
  now: Date;
  /** REFUND_OVERDUE_HOURS */
  refundOverdueHours: number;
}

interface Check {
  check: string;
  sql: string;
  params?: (options: CheckOptions) => unknown[];
}

const UTC_MINUTE = `'YYYY-MM-DD"T"HH24:MI"Z"'`;

/** Orders that still hold their reservation: not handed over, not cancelled or refunded before that. */
const HOLDS_STOCK = `o."completedAt" IS NULL AND o.status NOT IN ('CANCELLED', 'REFUNDED')`;
/** States in which the order keeps its money. */
const KEEPS_MONEY = `('PAID', 'PICKING', 'READY_FOR_PICKUP', 'OUT_FOR_DELIVERY', 'COMPLETED', 'REFUND_REQUESTED')`;

export const CHECKS: readonly Check[] = [
  {
    check: 'reserved-stock',
    sql: `WITH held AS (
            SELECT o."storeId", COALESCE(oi."substituteProductId", oi."productId") AS "productId", SUM(oi.quantity)::int AS qty
              FROM "OrderItem" oi JOIN "Order" o ON o.id = oi."orderId"
             WHERE oi.status <> 'OUT_OF_STOCK' AND ${HOLDS_STOCK}
             GROUP BY 1, 2)
          SELECT format('store %s × product %s', COALESCE(i."storeId", h."storeId"), COALESCE(i."productId", h."productId")) AS subject,
                 format('reserved %s, open orders hold %s', COALESCE(i.reserved, 0), COALESCE(h.qty, 0)) AS detail
            FROM (SELECT "storeId", "productId", reserved FROM "Inventory" WHERE reserved <> 0) i
            FULL JOIN held h ON h."storeId" = i."storeId" AND h."productId" = i."productId"
           WHERE COALESCE(i.reserved, 0) <> COALESCE(h.qty, 0)
           ORDER BY 1`,
  },
  {
    check: 'slot-bookings',
    // A slot is given back only when an order is cancelled before picking starts (lifecycle.ts).
    sql: `WITH expected AS (
            SELECT o."storeId", o."slotStart", COUNT(*)::int AS n FROM "Order" o
             WHERE NOT EXISTS (SELECT 1 FROM "OrderEvent" e WHERE e."orderId" = o.id AND e."toStatus" = 'CANCELLED'
                                 AND e."fromStatus" IN ('PENDING_PAYMENT', 'PAID'))
             GROUP BY 1, 2)
          SELECT format('store %s slot %s', COALESCE(s."storeId", x."storeId"), to_char(COALESCE(s."slotStart", x."slotStart") AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"')) AS subject,
                 format('booked %s, orders in the slot %s', COALESCE(s.booked, 0), COALESCE(x.n, 0)) AS detail
            FROM (SELECT * FROM "StoreSlot" WHERE booked <> 0) s
            FULL JOIN expected x ON x."storeId" = s."storeId" AND x."slotStart" = s."slotStart"
           WHERE COALESCE(s.booked, 0) <> COALESCE(x.n, 0)
           ORDER BY 1`,
  },
  {
    check: 'points-balance',
    sql: `SELECT format('member %s', m."cardNo") AS subject, format('balance %s, ledger sums to %s', m."pointsBalance", COALESCE(SUM(e.amount), 0)) AS detail
            FROM "Member" m LEFT JOIN "PointsEntry" e ON e."memberId" = m.id
           GROUP BY m.id HAVING m."pointsBalance" <> COALESCE(SUM(e.amount), 0)
           ORDER BY 1`,
  },
  {
    check: 'points-chain',
    sql: `SELECT DISTINCT ON (x."memberId") format('member %s entry %s', m."cardNo", x.id) AS subject,
                 format('balanceAfter %s, running sum %s', x."balanceAfter", x.running) AS detail
            FROM (SELECT "memberId", id, "balanceAfter", SUM(amount) OVER (PARTITION BY "memberId" ORDER BY id) AS running FROM "PointsEntry") x
            JOIN "Member" m ON m.id = x."memberId"
           WHERE x."balanceAfter" <> x.running
           ORDER BY x."memberId", x.id`,
  },
  {
    check: 'stored-value-balance',
    sql: `SELECT format('member %s', m."cardNo") AS subject, format('balance %s fen, ledger sums to %s', m."storedValueFen", COALESCE(SUM(e."amountFen"), 0)) AS detail
            FROM "Member" m LEFT JOIN "StoredValueEntry" e ON e."memberId" = m.id
           GROUP BY m.id HAVING m."storedValueFen" <> COALESCE(SUM(e."amountFen"), 0)
           ORDER BY 1`,
  },
  {
    check: 'stored-value-chain',
    sql: `SELECT DISTINCT ON (x."memberId") format('member %s entry %s', m."cardNo", x.id) AS subject,
                 format('balanceAfterFen %s, running sum %s', x."balanceAfterFen", x.running) AS detail
            FROM (SELECT "memberId", id, "balanceAfterFen", SUM("amountFen") OVER (PARTITION BY "memberId" ORDER BY id) AS running FROM "StoredValueEntry") x
            JOIN "Member" m ON m.id = x."memberId"
           WHERE x."balanceAfterFen" <> x.running
           ORDER BY x."memberId", x.id`,
  },
  {
    check: 'order-money',
    // What came in (succeeded payments) less what was asked back (every refund recorded: a FAILED one
    // is settled by the store another way) is what the order keeps: payable − refunded while it is
    // live, nothing once cancelled or refunded. A payment that arrived after a cancellation or a
    // second payment is refunded whole, so it nets to zero on its own. Whether each payment went
    // back its own way, and in time, is payment-refunds' and refund-overdue's part.
    sql: `WITH pay AS (SELECT "orderId", SUM("amountFen") AS paid FROM "Payment" WHERE status = 'SUCCEEDED' GROUP BY 1),
               ref AS (SELECT "orderId", SUM("amountFen") AS refunded FROM "Refund" GROUP BY 1),
               o AS (
                 SELECT o.*, COALESCE(pay.paid, 0)::int AS paid, COALESCE(ref.refunded, 0)::int AS refunds,
                        CASE WHEN o.status IN ${KEEPS_MONEY} THEN o."payableFen" - o."refundedFen" ELSE 0 END AS kept
                   FROM "Order" o LEFT JOIN pay ON pay."orderId" = o.id LEFT JOIN ref ON ref."orderId" = o.id)
          SELECT format('order %s (%s)', "orderNo", status) AS subject,
                 concat_ws('; ',
                   CASE WHEN paid - refunds <> kept THEN format('payments %s − refunds %s = %s fen, but the order keeps %s (payable %s, refunded %s)', paid, refunds, paid - refunds, kept, "payableFen", "refundedFen") END,
                   CASE WHEN status IN ${KEEPS_MONEY} AND "paidAt" IS NULL THEN 'no paidAt' END,
                   CASE WHEN status = 'PENDING_PAYMENT' AND "paidAt" IS NOT NULL THEN 'paidAt set while unpaid' END,
                   CASE WHEN "refundedFen" < 0 OR "refundedFen" > "payableFen" THEN format('refunded %s of payable %s', "refundedFen", "payableFen") END,
                   CASE WHEN status IN ('CANCELLED', 'REFUNDED') AND "paidAt" IS NOT NULL AND "refundedFen" <> "payableFen"
                        THEN format('paid, then %s, but only %s of %s refunded', status, "refundedFen", "payableFen") END
                 ) AS detail
            FROM o
           WHERE paid - refunds <> kept
              OR (status IN ${KEEPS_MONEY} AND "paidAt" IS NULL)
              OR (status = 'PENDING_PAYMENT' AND "paidAt" IS NOT NULL)
              OR "refundedFen" < 0 OR "refundedFen" > "payableFen"
              OR (status IN ('CANCELLED', 'REFUNDED') AND "paidAt" IS NOT NULL AND "refundedFen" <> "payableFen")
           ORDER BY 1`,
  },
  {
    check: 'payment-refunds',
    // Per payment, not per order: refunds of one payment paid from another cancel out in an order's
    // sum (a WeChat payment refunded twice while the stored-value one got nothing looked balanced).
    sql: `WITH r AS (
            SELECT "paymentId", SUM("amountFen") AS recorded, COALESCE(SUM("amountFen") FILTER (WHERE status = 'SUCCEEDED'), 0) AS succeeded
              FROM "Refund" GROUP BY 1)
          SELECT format('payment %s (%s) of order %s (%s)', p."outTradeNo", p.method, o."orderNo", o.status) AS subject,
                 concat_ws('; ',
                   CASE WHEN r.succeeded > p."amountFen" THEN format('refunds succeeded %s fen of a %s fen payment', r.succeeded, p."amountFen") END,
                   CASE WHEN r.recorded > p."amountFen" THEN format('refunds recorded %s fen of a %s fen payment', r.recorded, p."amountFen") END,
                   CASE WHEN r.recorded IS NOT NULL AND p.status <> 'SUCCEEDED' THEN format('refunds of a %s payment', p.status) END,
                   CASE WHEN p.status = 'SUCCEEDED' AND o.status IN ('CANCELLED', 'REFUNDED') AND COALESCE(r.recorded, 0) <> p."amountFen"
                        THEN format('order %s, but %s of this %s fen payment asked back', o.status, COALESCE(r.recorded, 0), p."amountFen") END
                 ) AS detail
            FROM "Payment" p JOIN "Order" o ON o.id = p."orderId" LEFT JOIN r ON r."paymentId" = p.id
           WHERE r.recorded > p."amountFen"
              OR (r.recorded IS NOT NULL AND p.status <> 'SUCCEEDED')
              OR (p.status = 'SUCCEEDED' AND o.status IN ('CANCELLED', 'REFUNDED') AND COALESCE(r.recorded, 0) <> p."amountFen")
          UNION ALL
          -- Each refund goes back the way its payment came: stored value by a ledger credit of the
          -- same amount (made in the refund's own transaction), WeChat Pay by WeChat and never also to the balance.
          SELECT format('refund %s (%s) of order %s', r."outRefundNo", p.method, o."orderNo"),
                 concat_ws('; ',
                   CASE WHEN p."orderId" <> r."orderId" THEN 'names a payment of another order' END,
                   CASE WHEN p.method = 'STORED_VALUE' AND r.status <> 'SUCCEEDED' THEN format('a stored-value refund left %s', r.status) END,
                   CASE WHEN p.method = 'STORED_VALUE' AND e.id IS NULL THEN 'no stored-value credit for it in the ledger' END,
                   CASE WHEN p.method = 'STORED_VALUE' AND e."amountFen" <> r."amountFen" THEN format('the ledger credited %s fen for %s', e."amountFen", r."amountFen") END,
                   CASE WHEN p.method = 'WECHAT_PAY' AND e.id IS NOT NULL THEN 'a WeChat Pay refund also credited to stored value' END
                 )
            FROM "Refund" r JOIN "Payment" p ON p.id = r."paymentId" JOIN "Order" o ON o.id = r."orderId"
            LEFT JOIN "StoredValueEntry" e ON e."memberId" = o."memberId" AND e.type = 'REFUND' AND e."refType" = 'REFUND' AND e."refId" = r."outRefundNo"
           WHERE p."orderId" <> r."orderId"
              OR (p.method = 'STORED_VALUE' AND (r.status <> 'SUCCEEDED' OR e.id IS NULL OR e."amountFen" <> r."amountFen"))
              OR (p.method = 'WECHAT_PAY' AND e.id IS NOT NULL)
           ORDER BY 1, 2`,
  },
  {
    check: 'refund-overdue',
    // Money a shopper is still owed: WeChat has not finished (or not even accepted) the refund, or
    // refused it and the store has not recorded another way back. Young ones are normal.
    sql: `SELECT format('refund %s of order %s at store %s', r."outRefundNo", o."orderNo", o."storeId") AS subject,
                 CASE WHEN r.status = 'FAILED'
                      THEN format('FAILED at %s (%s), not settled by the store for over %s hours', to_char(r."completedAt" AT TIME ZONE 'UTC', ${UTC_MINUTE}), COALESCE(r."failureReason", 'no reason given'), $2::int)
                      ELSE format('%s since %s, over %s hours: not money returned yet', r.status, to_char(r."createdAt" AT TIME ZONE 'UTC', ${UTC_MINUTE}), $2::int) END AS detail
            FROM "Refund" r JOIN "Order" o ON o.id = r."orderId"
           WHERE (r.status IN ('PENDING', 'PROCESSING') AND r."createdAt" < $1)
              OR (r.status = 'FAILED' AND r."handledAt" IS NULL AND r."completedAt" < $1)
           ORDER BY 1`,
    params: ({ now, refundOverdueHours }) => [new Date(now.getTime() - refundOverdueHours * 3_600_000), refundOverdueHours],
  },
  {
    check: 'order-complete',
    // An order, its lines and its first event are written in one transaction: any of them alone is half an order.
    sql: `SELECT format('order %s (%s)', o."orderNo", o.status) AS subject,
                 concat_ws('; ',
                   CASE WHEN NOT EXISTS (SELECT 1 FROM "OrderItem" i WHERE i."orderId" = o.id) THEN 'no items' END,
                   CASE WHEN last.status IS NULL THEN 'no events' WHEN last.status <> o.status THEN format('last event says %s', last.status) END
                 ) AS detail
            FROM "Order" o
            LEFT JOIN LATERAL (SELECT e."toStatus" AS status FROM "OrderEvent" e WHERE e."orderId" = o.id ORDER BY e.id DESC LIMIT 1) last ON true
           WHERE NOT EXISTS (SELECT 1 FROM "OrderItem" i WHERE i."orderId" = o.id) OR last.status IS DISTINCT FROM o.status
           ORDER BY 1`,
  },
  {
    check: 'coupon-use',
    sql: `SELECT format('coupon %s', uc.id) AS subject, problem AS detail FROM (
            SELECT "userCouponId" AS id, format('held by %s live orders: %s', COUNT(*), string_agg("orderNo", ', ' ORDER BY "orderNo")) AS problem
              FROM "Order" WHERE "userCouponId" IS NOT NULL AND status NOT IN ('CANCELLED', 'REFUNDED')
             GROUP BY 1 HAVING COUNT(*) > 1
            UNION ALL
            SELECT o."userCouponId", format('order %s (%s) uses it, but the coupon is %s for order %s', o."orderNo", o.status, uc.status, COALESCE(uc."orderId"::text, 'none'))
              FROM "Order" o JOIN "UserCoupon" uc ON uc.id = o."userCouponId"
             WHERE o.status NOT IN ('CANCELLED', 'REFUNDED')
               AND (uc."orderId" IS DISTINCT FROM o.id OR uc.status <> CASE WHEN o.status = 'PENDING_PAYMENT' THEN 'LOCKED' ELSE 'USED' END::"UserCouponStatus")
            UNION ALL
            SELECT uc.id, format('%s for order %s, which %s', uc.status, uc."orderId", CASE WHEN o.id IS NULL THEN 'does not exist' ELSE format('is %s with coupon %s', o.status, COALESCE(o."userCouponId"::text, 'none')) END)
              FROM "UserCoupon" uc LEFT JOIN "Order" o ON o.id = uc."orderId"
             WHERE uc."orderId" IS NOT NULL AND (o.id IS NULL OR o."userCouponId" IS DISTINCT FROM uc.id OR o.status IN ('CANCELLED', 'REFUNDED'))
            UNION ALL
            SELECT id, 'LOCKED without an order' FROM "UserCoupon" WHERE status = 'LOCKED' AND "orderId" IS NULL
          ) p JOIN "UserCoupon" uc ON uc.id = p.id
          ORDER BY 1, 2`,
  },
  {
    check: 'coupon-issue',
    sql: `SELECT format('coupon type %s', c.id) AS subject, format('issuedCount %s, held %s', c."issuedCount", COUNT(uc.id)) AS detail
            FROM "Coupon" c LEFT JOIN "UserCoupon" uc ON uc."couponId" = c.id
           GROUP BY c.id HAVING c."issuedCount" <> COUNT(uc.id) OR COUNT(uc.id) > COALESCE(c."totalQuantity", COUNT(uc.id))
          UNION ALL
          SELECT format('coupon type %s', c.id), format('user %s holds %s, the limit is %s', uc."userId", COUNT(*), c."perUserLimit")
            FROM "UserCoupon" uc JOIN "Coupon" c ON c.id = uc."couponId"
           GROUP BY c.id, uc."userId" HAVING COUNT(*) > c."perUserLimit"
           ORDER BY 1, 2`,
  },
  {
    check: 'pickup-verification',
    sql: `SELECT format('order %s (%s)', o."orderNo", o.status) AS subject,
                 concat_ws('; ',
                   CASE WHEN o."verifiedAt" IS NOT NULL AND o.fulfilment <> 'PICKUP' THEN 'verified, but not a pickup order' END,
                   CASE WHEN o."verifiedAt" IS NOT NULL AND o."completedAt" IS NULL THEN 'verified, but never completed' END,
                   CASE WHEN done.n > 1 THEN format('completed %s times', done.n) END
                 ) AS detail
            FROM "Order" o
            JOIN LATERAL (SELECT COUNT(*)::int AS n FROM "OrderEvent" e WHERE e."orderId" = o.id AND e."toStatus" = 'COMPLETED') done ON true
           WHERE (o."verifiedAt" IS NOT NULL AND (o.fulfilment <> 'PICKUP' OR o."completedAt" IS NULL)) OR done.n > 1
           ORDER BY 1`,
  },
  {
    check: 'stock-movements',
    // In recording order (id), not source time: a count as of an earlier source time (a stocktake, a
    // nightly snapshot) already holds the movements recorded before it that happened after its time
    // (they were replayed into its onHandTo), so only what was recorded after it adds on. Rows are
    // recorded under the Inventory row's lock, so their ids follow the order they were applied in.
    // A pair without a count starts from its first movement's onHandFrom; one without movements is
    // not checked (the seed sets stock without history).
    sql: `WITH m AS (
            SELECT "storeId", "productId", id, "onHandFrom", "onHandTo",
                   max(id) FILTER (WHERE kind IN ('COUNT', 'MARK_OUT_OF_STOCK')) OVER w AS "countId", min(id) OVER w AS "firstId"
              FROM "InventoryMovement" WINDOW w AS (PARTITION BY "storeId", "productId")),
          expected AS (
            SELECT "storeId", "productId", "countId",
                   COALESCE(max("onHandTo") FILTER (WHERE id = "countId"), max("onHandFrom") FILTER (WHERE "countId" IS NULL AND id = "firstId")) AS base,
                   COALESCE(sum("onHandTo" - "onHandFrom") FILTER (WHERE id > COALESCE("countId", "firstId" - 1)), 0)::int AS since,
                   count(*) FILTER (WHERE id > COALESCE("countId", "firstId" - 1))::int AS n
              FROM m GROUP BY 1, 2, 3)
          SELECT format('store %s × product %s', e."storeId", e."productId") AS subject,
                 format('on-hand %s, but %s %s plus %s movements since (%s) make %s', COALESCE(i."onHand"::text, 'missing'),
                        CASE WHEN e."countId" IS NULL THEN 'the first movement''s opening' ELSE format('the last count (movement %s)', e."countId") END,
                        e.base, e.n, e.since, e.base + e.since) AS detail
            FROM expected e LEFT JOIN "Inventory" i ON i."storeId" = e."storeId" AND i."productId" = e."productId"
           WHERE i."onHand" IS DISTINCT FROM e.base + e.since
           ORDER BY e."storeId", e."productId"`,
  },
  {
    check: 'till-receipt-points',
    sql: `SELECT format('receipt %s at store %s', r."receiptNo", r."storeId") AS subject,
                 format('earned %s points, ledger has %s entries totalling %s', r."pointsEarned", COUNT(e.id), COALESCE(SUM(e.amount), 0)) AS detail
            FROM "TillReceipt" r
            LEFT JOIN "PointsEntry" e ON e."refType" = 'TILL_RECEIPT' AND e.type = 'EARN' AND e."refId" = r.id::text AND e."memberId" = r."memberId"
           GROUP BY r.id
          HAVING COUNT(e.id) <> CASE WHEN r."pointsEarned" > 0 THEN 1 ELSE 0 END OR COALESCE(SUM(e.amount), 0) <> r."pointsEarned"
          UNION ALL
          SELECT format('points entry %s', e.id), format('earned for receipt %s, which does not exist', e."refId")
            FROM "PointsEntry" e
           WHERE e."refType" = 'TILL_RECEIPT' AND e.type = 'EARN' AND NOT EXISTS (SELECT 1 FROM "TillReceipt" r WHERE r.id::text = e."refId")
           ORDER BY 1`,
  },
];

export async function runCheck(db: Queryable, check: Check, options: CheckOptions): Promise<Array<{ subject: string; detail: string }>> {
  return (await db.query<{ subject: string; detail: string }>(check.sql, check.params?.(options))).rows;
}
