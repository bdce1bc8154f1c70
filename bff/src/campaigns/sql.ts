import type { Queryable } from '../db/transaction.ts';
import type { Prisma } from '../generated/prisma/client.ts';

/** The campaign's row locked until the transaction ends: edits of one campaign take turns. */
export async function lockCampaign(tx: Prisma.TransactionClient, id: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Campaign" WHERE id = ${id} FOR UPDATE`;
}

/**
 * Serialises the claims of one shopper for one coupon until the transaction ends, so that two
 * concurrent claims cannot both pass the per-person limit.
 */
export async function lockClaims(db: Queryable, userId: string, couponId: number): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('coupon-claim:' || $1::text || ':' || $2::text))`, [userId, couponId]);
}

/** Up to `limit` ids of what the user holds of the coupon (any status), oldest first. */
export async function heldCoupons(db: Queryable, userId: string, couponId: number, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM "UserCoupon" WHERE "userId" = $1 AND "couponId" = $2 ORDER BY "claimedAt" LIMIT $3`,
    [userId, couponId, limit],
  );
  return rows.map((row) => row.id);
}

/** Counts one more coupon given out, only while stock remains; false when it is all gone. */
export async function takeFromStock(db: Queryable, couponId: number): Promise<boolean> {
  const issued = await db.query(
    `UPDATE "Coupon" SET "issuedCount" = "issuedCount" + 1 WHERE id = $1 AND ("totalQuantity" IS NULL OR "issuedCount" < "totalQuantity")`,
    [couponId],
  );
  return issued.rowCount === 1;
}

export async function insertUserCoupon(
  db: Queryable,
  row: { id: string; couponId: number; userId: string; code: string; claimedAt: Date; qrCodeId: number | null },
): Promise<void> {
  await db.query(
    `INSERT INTO "UserCoupon" (id, "couponId", "userId", code, status, "claimedAt", "qrCodeId") VALUES ($1, $2, $3, $4, 'AVAILABLE', $5, $6)`,
    [row.id, row.couponId, row.userId, row.code, row.claimedAt, row.qrCodeId],
  );
}
