import type { Queryable } from '../db/transaction.ts';
import type { OrderStatus } from '../generated/prisma/enums.ts';

/** Statuses a store still has work (or a handover) to do for, in the queue. */
export const QUEUE_STATUSES: readonly OrderStatus[] = ['PAID', 'PICKING', 'READY_FOR_PICKUP', 'OUT_FOR_DELIVERY'];

/**
 * A version stamp of the store's queue: changes whenever an open order is added, leaves, or its row
 * or history changes (xmin is the row version, so it moves even when clocks do not).
 */
export async function queueVersion(db: Queryable, storeId: number): Promise<string> {
  const { rows } = await db.query<{ version: string | null }>(
    `SELECT md5(string_agg(o.id::text || ':' || o.xmin::text || ':' ||
                           coalesce((SELECT max(e.id) FROM "OrderEvent" e WHERE e."orderId" = o.id), 0)::text, ',' ORDER BY o.id)) AS version
       FROM "Order" o
      WHERE o."storeId" = $1 AND o.status = ANY($2::"OrderStatus"[])`,
    [storeId, QUEUE_STATUSES],
  );
  return rows[0]?.version ?? 'empty';
}

/** Handovers first come last: orders still to pick (earliest promise first), then those waiting for the shopper or courier. */
export async function queueOrderIds(db: Queryable, storeId: number, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM "Order"
      WHERE "storeId" = $1 AND status = ANY($2::"OrderStatus"[])
      ORDER BY (status IN ('READY_FOR_PICKUP', 'OUT_FOR_DELIVERY')), "promiseEnd", "paidAt" NULLS LAST, id
      LIMIT $3`,
    [storeId, QUEUE_STATUSES, limit],
  );
  return rows.map((row) => row.id);
}

/** Marks lines picked; returns how many changed (lines already picked or out of stock are not). */
export async function markItemsPicked(db: Queryable, orderId: string, itemIds: readonly string[], at: Date): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE "OrderItem" SET status = 'PICKED' WHERE "orderId" = $1 AND id = ANY($2::uuid[]) AND status = 'PENDING'`,
    [orderId, itemIds],
  );
  // Touch the order so pollers see the change.
  await db.query(`UPDATE "Order" SET "updatedAt" = $2 WHERE id = $1`, [orderId, at]);
  return rowCount ?? 0;
}

export interface PickupCandidate {
  id: string;
  orderNo: string;
  storeId: number;
  status: OrderStatus;
  pickupCodeHash: string;
  pickupCodeExpiresAt: Date | null;
  verifiedAt: Date | null;
}

const CANDIDATE_COLUMNS = `id, "orderNo", "storeId", status, "pickupCodeHash", "pickupCodeExpiresAt", "verifiedAt"`;

/**
 * Pickup orders a typed code may belong to: every recent one of these stores (to tell "already
 * collected" or "cancelled" apart), and the open ones of other stores (to say "another store's order").
 * The code is only stored hashed with the order id, so the caller compares hashes.
 */
export async function pickupCandidates(db: Queryable, storeIds: readonly number[], since: Date): Promise<PickupCandidate[]> {
  const { rows } = await db.query<PickupCandidate>(
    `SELECT ${CANDIDATE_COLUMNS} FROM "Order"
      WHERE fulfilment = 'PICKUP' AND "pickupCodeHash" IS NOT NULL AND "createdAt" >= $2
        AND ("storeId" = ANY($1::int[]) OR status IN ('PAID', 'PICKING', 'READY_FOR_PICKUP'))`,
    [storeIds, since],
  );
  return rows;
}

export async function pickupCandidateByOrderNo(db: Queryable, orderNo: string): Promise<PickupCandidate | undefined> {
  const { rows } = await db.query<PickupCandidate>(
    `SELECT ${CANDIDATE_COLUMNS} FROM "Order" WHERE "orderNo" = $1 AND fulfilment = 'PICKUP' AND "pickupCodeHash" IS NOT NULL`,
    [orderNo],
  );
  return rows[0];
}

/** Claims the handover: only one staff member can verify an order, once. */
export async function claimVerification(db: Queryable, orderId: string, staffUserId: string, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE "Order" SET "verifiedByUserId" = $2, "verifiedAt" = $3 WHERE id = $1 AND status = 'READY_FOR_PICKUP' AND "verifiedAt" IS NULL`,
    [orderId, staffUserId, at],
  );
  return rowCount === 1;
}

export async function releaseVerification(db: Queryable, orderId: string, staffUserId: string): Promise<void> {
  await db.query(`UPDATE "Order" SET "verifiedByUserId" = NULL, "verifiedAt" = NULL WHERE id = $1 AND "verifiedByUserId" = $2 AND status <> 'COMPLETED'`, [
    orderId,
    staffUserId,
  ]);
}

export interface TillReceiptRow {
  id: string;
  receiptNo: string;
  memberId: string;
  amountFen: number;
  pointsEarned: number;
  createdAt: Date;
}

/** The receipt row, or undefined when (store, receipt number) is already taken (by this or another purchase). */
export async function insertTillReceipt(
  db: Queryable,
  r: { storeId: number; receiptNo: string; memberId: string; amountFen: number; pointsEarned: number; staffUserId: string | null; at: Date },
): Promise<TillReceiptRow | undefined> {
  const { rows } = await db.query<TillReceiptRow>(
    `INSERT INTO "TillReceipt" (id, "storeId", "receiptNo", "memberId", "amountFen", "pointsEarned", "staffUserId", "createdAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT ("storeId", "receiptNo") DO NOTHING
     RETURNING id, "receiptNo", "memberId", "amountFen", "pointsEarned", "createdAt"`,
    [r.storeId, r.receiptNo, r.memberId, r.amountFen, r.pointsEarned, r.staffUserId, r.at],
  );
  return rows[0];
}

export async function tillReceiptByNo(db: Queryable, storeId: number, receiptNo: string): Promise<TillReceiptRow | undefined> {
  const { rows } = await db.query<TillReceiptRow>(
    `SELECT id, "receiptNo", "memberId", "amountFen", "pointsEarned", "createdAt" FROM "TillReceipt" WHERE "storeId" = $1 AND "receiptNo" = $2`,
    [storeId, receiptNo],
  );
  return rows[0];
}

/** Uses the coupon when it is the member's, unused, valid now and valid in this store. */
export async function redeemCoupon(db: Queryable, userCouponId: string, userId: string, storeId: number, at: Date) {
  const { rows } = await db.query<{ id: string; name: string; minSpendFen: number; validTo: Date }>(
    `UPDATE "UserCoupon" uc SET status = 'USED', "usedAt" = $4
       FROM "Coupon" c
      WHERE uc.id = $1 AND uc."userId" = $2 AND uc.status = 'AVAILABLE' AND c.id = uc."couponId"
        AND c."validFrom" <= $4 AND c."validTo" > $4 AND (c."storeId" IS NULL OR c."storeId" = $3)
      RETURNING uc.id, c.name, c."minSpendFen", c."validTo"`,
    [userCouponId, userId, storeId, at],
  );
  return rows[0];
}

/** Staff of the store whose failed-code bucket of this window is full, i.e. whose pickup checks are locked. */
export async function lockedStaff(db: Queryable, storeId: number, keyPrefix: string, windowStart: Date, limit: number) {
  const { rows } = await db.query<{ staffUserId: string; name: string | null; roleName: string; failedAttempts: number }>(
    `SELECT m."userId" AS "staffUserId", u.nickname AS name, r.name AS "roleName", b.count AS "failedAttempts"
       FROM "StaffMembership" m
       JOIN "Role" r ON r.id = m."roleId"
       JOIN "User" u ON u.id = m."userId"
       JOIN "RateLimitBucket" b ON b.key = $2 || m."userId"::text AND b."windowStart" = $3
      WHERE m."storeId" = $1 AND b.count >= $4
      ORDER BY u.nickname, m."userId"`,
    [storeId, keyPrefix, windowStart, limit],
  );
  return rows;
}

/**
 * Ends a lock and records who ended it, in one statement: the full bucket goes and the lift is
 * written, or nothing happens (no lock, or another manager lifted it first). Returns the lift.
 */
export async function liftLock(db: Queryable, l: { key: string; windowStart: Date; limit: number; storeId: number; staffUserId: string; liftedByUserId: string; at: Date }) {
  const { rows } = await db.query<{ id: string; staffUserId: string; liftedByUserId: string; failedAttempts: number; liftedAt: Date }>(
    `WITH lifted AS (DELETE FROM "RateLimitBucket" WHERE key = $1 AND "windowStart" = $2 AND count >= $3 RETURNING count)
     INSERT INTO "PickupLockLift" (id, "storeId", "staffUserId", "liftedByUserId", "failedAttempts", "liftedAt")
     SELECT gen_random_uuid(), $4, $5, $6, count, $7 FROM lifted
     RETURNING id, "staffUserId", "liftedByUserId", "failedAttempts", "liftedAt"`,
    [l.key, l.windowStart, l.limit, l.storeId, l.staffUserId, l.liftedByUserId, l.at],
  );
  return rows[0];
}
