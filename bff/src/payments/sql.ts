import type { Queryable } from '../db/transaction.ts';

/** The payments domain's raw SQL, used inside the order's transaction. */

export async function insertPayment(
  db: Queryable,
  p: { orderId: string; method: 'WECHAT_PAY' | 'STORED_VALUE'; status: 'CREATED' | 'SUCCEEDED'; amountFen: number; outTradeNo: string; at: Date },
): Promise<string> {
  // A second prepay request for the same order races here: the unique outTradeNo keeps one row.
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO "Payment" (id, "orderId", method, status, "amountFen", "outTradeNo", "createdAt", "succeededAt")
     VALUES (gen_random_uuid(), $1, $2, $3::"PaymentStatus", $4, $5, $6, CASE WHEN $3::text = 'SUCCEEDED' THEN $6::timestamptz END)
     ON CONFLICT ("outTradeNo") DO UPDATE SET "outTradeNo" = EXCLUDED."outTradeNo"
     RETURNING id`,
    [p.orderId, p.method, p.status, p.amountFen, p.outTradeNo, p.at],
  );
  return rows[0]!.id;
}

export async function openWechatPayment(db: Queryable, orderId: string) {
  const { rows } = await db.query<{ id: string; outTradeNo: string; prepayId: string | null }>(
    `SELECT id, "outTradeNo", "prepayId" FROM "Payment" WHERE "orderId" = $1 AND method = 'WECHAT_PAY' AND status = 'CREATED' ORDER BY "createdAt" DESC LIMIT 1`,
    [orderId],
  );
  return rows[0];
}

export async function setPrepayId(db: Queryable, paymentId: string, prepayId: string): Promise<void> {
  await db.query(`UPDATE "Payment" SET "prepayId" = $2 WHERE id = $1`, [paymentId, prepayId]);
}

/** The order a WeChat payment belongs to, read before locking: the order row is always locked before its payments. */
export async function orderIdOfPayment(db: Queryable, outTradeNo: string): Promise<string | undefined> {
  const { rows } = await db.query<{ orderId: string }>(`SELECT "orderId" FROM "Payment" WHERE "outTradeNo" = $1`, [outTradeNo]);
  return rows[0]?.orderId;
}

export async function lockPaymentByOutTradeNo(db: Queryable, outTradeNo: string) {
  const { rows } = await db.query<{ id: string; orderId: string; method: string; status: string; amountFen: number }>(
    `SELECT id, "orderId", method, status, "amountFen" FROM "Payment" WHERE "outTradeNo" = $1 FOR UPDATE`,
    [outTradeNo],
  );
  return rows[0];
}

export async function markPaymentSucceeded(db: Queryable, paymentId: string, transactionId: string | null, at: Date): Promise<void> {
  await db.query(`UPDATE "Payment" SET status = 'SUCCEEDED', "transactionId" = $2, "succeededAt" = $3 WHERE id = $1`, [paymentId, transactionId, at]);
}

export async function closePayment(db: Queryable, paymentId: string): Promise<void> {
  await db.query(`UPDATE "Payment" SET status = 'CLOSED' WHERE id = $1 AND status = 'CREATED'`, [paymentId]);
}

export interface RefundablePayment {
  id: string;
  method: 'WECHAT_PAY' | 'STORED_VALUE';
  amountFen: number;
  /** the payment less every refund recorded against it; a FAILED one included, since the store settles it another way */
  refundableFen: number;
}

/** The order's succeeded payments with what each can still give back, locked, oldest first. */
export async function refundablePayments(db: Queryable, orderId: string): Promise<RefundablePayment[]> {
  const { rows } = await db.query<RefundablePayment>(
    `SELECT p.id, p.method, p."amountFen",
            p."amountFen" - COALESCE((SELECT SUM(r."amountFen") FROM "Refund" r WHERE r."paymentId" = p.id), 0)::int AS "refundableFen"
       FROM "Payment" p
      WHERE p."orderId" = $1 AND p.status = 'SUCCEEDED'
      ORDER BY p."succeededAt", p.id
        FOR UPDATE OF p`,
    [orderId],
  );
  return rows;
}

/** false when this notification id was already processed (WeChat retries for 24 h). */
export async function recordNotification(db: Queryable, id: string, eventType: string, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO "PaymentNotification" (id, "eventType", "receivedAt") VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
    [id, eventType, at],
  );
  return rowCount === 1;
}

export async function insertRefund(
  db: Queryable,
  r: { orderId: string; paymentId: string; outRefundNo: string; amountFen: number; reason: string; status: 'PENDING' | 'SUCCEEDED'; at: Date },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO "Refund" (id, "orderId", "paymentId", "outRefundNo", "amountFen", reason, status, "createdAt", "completedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6::"RefundStatus", $7, CASE WHEN $6::text = 'SUCCEEDED' THEN $7::timestamptz END) RETURNING id`,
    [r.orderId, r.paymentId, r.outRefundNo, r.amountFen, r.reason, r.status, r.at],
  );
  return rows[0]!.id;
}

/** PENDING WeChat refunds (the given ones, or all when null) with what the refund request needs. */
export async function refundsToSend(db: Queryable, ids: readonly string[] | null) {
  const { rows } = await db.query<{ id: string; outRefundNo: string; outTradeNo: string; amountFen: number; paymentAmountFen: number; reason: string }>(
    `SELECT r.id, r."outRefundNo", p."outTradeNo", r."amountFen", p."amountFen" AS "paymentAmountFen", r.reason
       FROM "Refund" r JOIN "Payment" p ON p.id = r."paymentId"
      WHERE r.status = 'PENDING' AND p.method = 'WECHAT_PAY' AND ($1::uuid[] IS NULL OR r.id = ANY($1::uuid[]))
      ORDER BY r."createdAt"`,
    [ids],
  );
  return rows;
}

/** WeChat refunds accepted but not finished: the follow-up queries these instead of sending them again. */
export async function processingRefunds(db: Queryable) {
  const { rows } = await db.query<{ id: string; outRefundNo: string }>(
    `SELECT id, "outRefundNo" FROM "Refund" WHERE status = 'PROCESSING' ORDER BY "createdAt"`,
  );
  return rows;
}

export async function refundByOutRefundNo(db: Queryable, outRefundNo: string) {
  const { rows } = await db.query<{ id: string; orderId: string; amountFen: number; status: string }>(
    `SELECT id, "orderId", "amountFen", status FROM "Refund" WHERE "outRefundNo" = $1`,
    [outRefundNo],
  );
  return rows[0];
}

/**
 * Moves an unfinished refund forward; SUCCEEDED and FAILED are final, so a late or repeated answer
 * changes nothing. false when nothing changed.
 */
export async function setRefundStatus(db: Queryable, refundId: string, status: 'PROCESSING' | 'SUCCEEDED' | 'FAILED', at: Date, failureReason: string | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE "Refund" SET status = $2::"RefundStatus", "completedAt" = CASE WHEN $2::text = 'PROCESSING' THEN NULL ELSE $3::timestamptz END, "failureReason" = $4
      WHERE id = $1 AND status IN ('PENDING', 'PROCESSING') AND status <> $2::"RefundStatus"`,
    [refundId, status, at, failureReason],
  );
  return rowCount === 1;
}

/** A refund WeChat Pay did not complete, with the order it belongs to; handled* are set once a manager settled it. */
export interface FailedRefundRow {
  id: string;
  orderId: string;
  orderNo: string;
  storeId: number;
  amountFen: number;
  reason: string;
  /** what WeChat Pay said, in Chinese where it gave a reason */
  failureReason: string | null;
  failedAt: Date | null;
  handledAt: Date | null;
  handledNote: string | null;
}

const FAILED_REFUND_COLUMNS = `r.id, r."orderId", o."orderNo", o."storeId", r."amountFen", r.reason, r."failureReason", r."completedAt" AS "failedAt", r."handledAt", r."handledNote"`;

/** The store's failed refunds nobody has settled yet, oldest first. */
export async function unhandledFailedRefunds(db: Queryable, storeId: number): Promise<FailedRefundRow[]> {
  const { rows } = await db.query<FailedRefundRow>(
    `SELECT ${FAILED_REFUND_COLUMNS} FROM "Refund" r JOIN "Order" o ON o.id = r."orderId"
      WHERE o."storeId" = $1 AND r.status = 'FAILED' AND r."handledAt" IS NULL
      ORDER BY r."completedAt", r.id`,
    [storeId],
  );
  return rows;
}

export async function failedRefundById(db: Queryable, refundId: string): Promise<FailedRefundRow | undefined> {
  const { rows } = await db.query<FailedRefundRow>(
    `SELECT ${FAILED_REFUND_COLUMNS} FROM "Refund" r JOIN "Order" o ON o.id = r."orderId" WHERE r.id = $1 AND r.status = 'FAILED'`,
    [refundId],
  );
  return rows[0];
}

/** Records who settled a failed refund and how; false when it was settled already (by someone else meanwhile). */
export async function markRefundHandled(db: Queryable, refundId: string, userId: string, note: string, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE "Refund" SET "handledAt" = $4, "handledByUserId" = $2, "handledNote" = $3 WHERE id = $1 AND status = 'FAILED' AND "handledAt" IS NULL`,
    [refundId, userId, note, at],
  );
  return rowCount === 1;
}
