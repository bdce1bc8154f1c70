import type { Queryable } from '../db/transaction.ts';
import type { Member } from '../generated/prisma/client.ts';
import type { LedgerRefType, PointsEntryType, StoredValueEntryType } from '../generated/prisma/enums.ts';

export interface LockedMember {
  id: string;
  pointsBalance: number;
  storedValueFen: number;
}

/** Every ledger write locks its member row first, so concurrent writes to one member run one at a time. */
export async function lockMember(db: Queryable, memberId: string): Promise<LockedMember | undefined> {
  const { rows } = await db.query<LockedMember>(
    `SELECT id, "pointsBalance", "storedValueFen" FROM "Member" WHERE id = $1 FOR UPDATE`,
    [memberId],
  );
  return rows[0];
}

/**
 * Points that cannot be spent yet at `at`: earnings whose refund window is still open, less what
 * has already been reversed for the same reference (a refunded order takes its frozen points back).
 * `memberId` and `at` are SQL expressions, so the card can read this inside its own statement.
 */
const frozenPointsSql = (memberId: string, at: string) => `SELECT COALESCE(SUM(e.amount + COALESCE(r.reversed, 0)), 0)::int AS frozen
       FROM "PointsEntry" e
       LEFT JOIN LATERAL (
         SELECT SUM(x.amount) AS reversed FROM "PointsEntry" x
          WHERE x."memberId" = e."memberId" AND x.type = 'REVERSE' AND x."refType" = e."refType" AND x."refId" = e."refId"
       ) r ON true
      WHERE e."memberId" = ${memberId} AND e.type = 'EARN' AND e."frozenUntil" > ${at}`;

export async function frozenPoints(db: Queryable, memberId: string, at: Date): Promise<number> {
  const { rows } = await db.query<{ frozen: number }>(frozenPointsSql('$1', '$2'), [memberId, at]);
  return Math.max(0, rows[0]!.frozen);
}

/** The user's member row with its points still frozen at `at`, in one statement; none for a non-member. */
export async function memberWithFrozenPoints(db: Queryable, userId: string, at: Date) {
  const { rows } = await db.query<Member & { frozen: number }>(`SELECT m.*, (${frozenPointsSql('m.id', '$2')}) AS frozen FROM "Member" m WHERE m."userId" = $1`, [userId, at]);
  return rows[0];
}

/** What can be spent of `balance` while `frozen` points are still frozen. */
export const spendablePoints = (balance: number, frozen: number) => Math.max(0, balance - Math.max(0, frozen));

export interface PointsEntryRow {
  id: number;
  memberId: string;
  type: PointsEntryType;
  amount: number;
  balanceAfter: number;
  frozenUntil: Date | null;
  reason: string;
  refType: LedgerRefType;
  refId: string;
  createdAt: Date;
}

export interface StoredValueEntryRow {
  id: number;
  memberId: string;
  type: StoredValueEntryType;
  amountFen: number;
  balanceAfterFen: number;
  reason: string;
  refType: LedgerRefType;
  refId: string;
  createdAt: Date;
}

const POINTS_COLUMNS = `id, "memberId", type, amount, "balanceAfter", "frozenUntil", reason, "refType", "refId", "createdAt"`;
const STORED_COLUMNS = `id, "memberId", type, "amountFen", "balanceAfterFen", reason, "refType", "refId", "createdAt"`;

export async function findPointsEntry(db: Queryable, key: { memberId: string; type: string; refType: string; refId: string }) {
  const { rows } = await db.query<PointsEntryRow>(
    `SELECT ${POINTS_COLUMNS} FROM "PointsEntry" WHERE "memberId" = $1 AND type = $2::"PointsEntryType" AND "refType" = $3::"LedgerRefType" AND "refId" = $4`,
    [key.memberId, key.type, key.refType, key.refId],
  );
  return rows[0];
}

export async function appendPointsEntry(
  db: Queryable,
  entry: Omit<PointsEntryRow, 'id'>,
): Promise<PointsEntryRow> {
  const { rows } = await db.query<PointsEntryRow>(
    `INSERT INTO "PointsEntry" ("memberId", type, amount, "balanceAfter", "frozenUntil", reason, "refType", "refId", "createdAt")
     VALUES ($1, $2::"PointsEntryType", $3, $4, $5, $6, $7::"LedgerRefType", $8, $9)
     RETURNING ${POINTS_COLUMNS}`,
    [entry.memberId, entry.type, entry.amount, entry.balanceAfter, entry.frozenUntil, entry.reason, entry.refType, entry.refId, entry.createdAt],
  );
  await db.query(`UPDATE "Member" SET "pointsBalance" = $2 WHERE id = $1`, [entry.memberId, entry.balanceAfter]);
  return rows[0]!;
}

export async function findStoredValueEntry(db: Queryable, key: { memberId: string; type: string; refType: string; refId: string }) {
  const { rows } = await db.query<StoredValueEntryRow>(
    `SELECT ${STORED_COLUMNS} FROM "StoredValueEntry" WHERE "memberId" = $1 AND type = $2::"StoredValueEntryType" AND "refType" = $3::"LedgerRefType" AND "refId" = $4`,
    [key.memberId, key.type, key.refType, key.refId],
  );
  return rows[0];
}

export async function appendStoredValueEntry(db: Queryable, entry: Omit<StoredValueEntryRow, 'id'>): Promise<StoredValueEntryRow> {
  const { rows } = await db.query<StoredValueEntryRow>(
    `INSERT INTO "StoredValueEntry" ("memberId", type, "amountFen", "balanceAfterFen", reason, "refType", "refId", "createdAt")
     VALUES ($1, $2::"StoredValueEntryType", $3, $4, $5, $6::"LedgerRefType", $7, $8)
     RETURNING ${STORED_COLUMNS}`,
    [entry.memberId, entry.type, entry.amountFen, entry.balanceAfterFen, entry.reason, entry.refType, entry.refId, entry.createdAt],
  );
  await db.query(`UPDATE "Member" SET "storedValueFen" = $2 WHERE id = $1`, [entry.memberId, entry.balanceAfterFen]);
  return rows[0]!;
}

/**
 * The user's card with everything it shows, in one statement: the member row, spend since `since`
 * (completed orders net of refunds, plus till receipts), points still frozen at `now` and coupons
 * usable at `now`. No row when the user is not a member.
 */
export async function memberCardOf(db: Queryable, userId: string, since: Date, now: Date) {
  const { rows } = await db.query<Member & { spend: number; frozen: number; usableCouponCount: number }>(
    `SELECT m.*,
            (COALESCE((SELECT SUM("payableFen" - "refundedFen") FROM "Order"
                        WHERE "memberId" = m.id AND status = 'COMPLETED' AND "completedAt" >= $2), 0)
           + COALESCE((SELECT SUM("amountFen") FROM "TillReceipt" WHERE "memberId" = m.id AND "createdAt" >= $2), 0))::int AS spend,
            (${frozenPointsSql('m.id', '$3')}) AS frozen,
            (SELECT count(*)::int FROM "UserCoupon" uc JOIN "Coupon" c ON c.id = uc."couponId"
              WHERE uc."userId" = m."userId" AND uc.status = 'AVAILABLE' AND c."validFrom" <= $3 AND c."validTo" > $3) AS "usableCouponCount"
       FROM "Member" m WHERE m."userId" = $1`,
    [userId, since, now],
  );
  return rows[0];
}

/** Members that earned points before `cutoff` and have not yet been through this expiry run. */
export async function expiryCandidates(db: Queryable, cutoff: Date, refId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT m.id FROM "Member" m
      WHERE m."pointsBalance" > 0
        AND EXISTS (SELECT 1 FROM "PointsEntry" e WHERE e."memberId" = m.id AND e.amount > 0 AND e."createdAt" < $1)
        AND NOT EXISTS (SELECT 1 FROM "PointsEntry" x WHERE x."memberId" = m.id AND x.type = 'EXPIRE' AND x."refType" = 'EXPIRY' AND x."refId" = $2)
      ORDER BY m.id`,
    [cutoff, refId],
  );
  return rows.map((row) => row.id);
}

/**
 * Points earned before `cutoff` that were never used, first-in first-out: every debit so far
 * (spends, reversals, earlier expiries) is taken from the oldest points first.
 */
export async function unusedPointsEarnedBefore(db: Queryable, memberId: string, cutoff: Date): Promise<number> {
  const { rows } = await db.query<{ unused: number }>(
    `SELECT (COALESCE(SUM(amount) FILTER (WHERE amount > 0 AND "createdAt" < $2), 0)
           + COALESCE(SUM(amount) FILTER (WHERE amount < 0), 0))::int AS unused
       FROM "PointsEntry" WHERE "memberId" = $1`,
    [memberId, cutoff],
  );
  return Math.max(0, rows[0]!.unused);
}

export async function lastCodeStep(db: Queryable, memberId: string): Promise<number | null> {
  const { rows } = await db.query<{ step: number | null }>(`SELECT MAX(step) AS step FROM "MemberCodeUse" WHERE "memberId" = $1`, [memberId]);
  return rows[0]?.step ?? null;
}

export async function recordCodeUse(db: Queryable, memberId: string, step: number, at: Date): Promise<void> {
  await db.query(`INSERT INTO "MemberCodeUse" ("memberId", step, "usedAt") VALUES ($1, $2, $3)`, [memberId, step, at]);
}

/**
 * Gives the member `code` as the short code of `step`, unless the step already has one: a second
 * device fetching in the same step gets the same code. The short code shown, or undefined when
 * `code` is taken by another member (the caller draws again).
 */
export async function issueShortCode(db: Queryable, memberId: string, step: number, code: string): Promise<string | undefined> {
  const { rows } = await db.query<{ shortCode: string }>(
    `WITH issued AS (
       UPDATE "Member" SET "shortCode" = $3, "shortCodeStep" = $2
        WHERE id = $1 AND "shortCodeStep" IS DISTINCT FROM $2 AND NOT EXISTS (SELECT 1 FROM "Member" WHERE "shortCode" = $3)
        RETURNING "shortCode")
     SELECT "shortCode" FROM issued
     UNION ALL SELECT "shortCode" FROM "Member" WHERE id = $1 AND "shortCodeStep" = $2 AND NOT EXISTS (SELECT 1 FROM issued)`,
    [memberId, step, code],
  );
  return rows[0]?.shortCode;
}

/** A new card for the user; undefined when the user already has one (a concurrent join won). */
export async function insertMember(db: Queryable, m: Pick<Member, 'userId' | 'cardNo' | 'phone' | 'codeSecret' | 'joinedAt'>): Promise<Member | undefined> {
  const { rows } = await db.query<Member>(
    `INSERT INTO "Member" (id, "userId", "cardNo", phone, "codeSecret", "joinedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)
     ON CONFLICT ("userId") DO NOTHING RETURNING *`,
    [m.userId, m.cardNo, m.phone, m.codeSecret, m.joinedAt],
  );
  return rows[0];
}
