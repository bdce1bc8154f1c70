import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/transaction.ts';
import type { Coupon, CouponGrantBatch, CouponGrantRowStatus } from '../generated/prisma/client.ts';
import { randomBase32 } from '../qr/scene.ts';
import type { PromotionRecord } from './input.ts';

export interface PromotionRowModel extends PromotionRecord {
  id: number;
  updatedAt: Date;
}

const PROMOTION_COLUMNS = `id, name, kind, "storeIds", "memberOnly", conditions, rewards, priority, "startsAt", "endsAt", active, "updatedAt"`;

/** Every promotion, or those running in one store (its own and chain-wide ones); live ones first. */
export async function listPromotions(db: Queryable, storeId: number | null): Promise<PromotionRowModel[]> {
  const { rows } = await db.query<PromotionRowModel>(
    `SELECT ${PROMOTION_COLUMNS} FROM "Promotion"
      WHERE $1::int IS NULL OR "storeIds" = '{}' OR $1 = ANY("storeIds")
      ORDER BY active DESC, "endsAt" DESC, id DESC`,
    [storeId],
  );
  return rows;
}

export async function lockPromotion(db: Queryable, id: number): Promise<PromotionRowModel | undefined> {
  const { rows } = await db.query<PromotionRowModel>(`SELECT ${PROMOTION_COLUMNS} FROM "Promotion" WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

/** Inserts (id null) or overwrites a promotion. */
export async function writePromotion(db: Queryable, id: number | null, p: PromotionRecord, at: Date): Promise<PromotionRowModel> {
  const values = [p.name, p.kind, p.storeIds, p.memberOnly, JSON.stringify(p.conditions), JSON.stringify(p.rewards), p.priority, p.startsAt, p.endsAt, p.active, at];
  const { rows } = id === null
    ? await db.query<PromotionRowModel>(
        `INSERT INTO "Promotion" (name, kind, "storeIds", "memberOnly", conditions, rewards, priority, "startsAt", "endsAt", active, "updatedAt")
         VALUES ($1, $2::"PromotionKind", $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${PROMOTION_COLUMNS}`,
        values,
      )
    : await db.query<PromotionRowModel>(
        `UPDATE "Promotion" SET name = $1, kind = $2::"PromotionKind", "storeIds" = $3, "memberOnly" = $4, conditions = $5, rewards = $6,
                priority = $7, "startsAt" = $8, "endsAt" = $9, active = $10, "updatedAt" = $11
          WHERE id = $12 RETURNING ${PROMOTION_COLUMNS}`,
        [...values, id],
      );
  return rows[0]!;
}

/** The first id of each list that names nothing (an unknown or closed store, product or category). */
export async function unknownReferences(db: Queryable, refs: { storeIds: number[]; productIds: number[]; categoryIds: number[] }) {
  const { rows } = await db.query<{ store: number | null; product: number | null; category: number | null }>(
    `SELECT (SELECT min(x) FROM unnest($1::int[]) x WHERE NOT EXISTS (SELECT 1 FROM "Store" s WHERE s.id = x AND s.active)) AS store,
            (SELECT min(x) FROM unnest($2::int[]) x WHERE NOT EXISTS (SELECT 1 FROM "Product" p WHERE p.id = x)) AS product,
            (SELECT min(x) FROM unnest($3::int[]) x WHERE NOT EXISTS (SELECT 1 FROM "Category" c WHERE c.id = x)) AS category`,
    [refs.storeIds, refs.productIds, refs.categoryIds],
  );
  return rows[0]!;
}

// ---------------------------------------------------------------- coupon templates

export type CouponRecord = Pick<
  Coupon,
  'name' | 'kind' | 'value' | 'maxDiscountFen' | 'minSpendFen' | 'storeId' | 'fulfilment' | 'validFrom' | 'validTo' | 'totalQuantity' | 'perUserLimit' | 'grantOnJoin'
>;

export async function listCoupons(db: Queryable, storeId: number | null): Promise<Coupon[]> {
  const { rows } = await db.query<Coupon>(
    `SELECT * FROM "Coupon" WHERE $1::int IS NULL OR "storeId" IS NULL OR "storeId" = $1 ORDER BY "validTo" DESC, id DESC`,
    [storeId],
  );
  return rows;
}

export async function lockCouponTemplate(db: Queryable, id: number): Promise<Coupon | undefined> {
  const { rows } = await db.query<Coupon>(`SELECT * FROM "Coupon" WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

export async function writeCoupon(db: Queryable, id: number | null, c: CouponRecord, at: Date): Promise<Coupon> {
  const values = [c.name, c.kind, c.value, c.maxDiscountFen, c.minSpendFen, c.storeId, c.fulfilment, c.validFrom, c.validTo, c.totalQuantity, c.perUserLimit, c.grantOnJoin];
  const { rows } = id === null
    ? await db.query<Coupon>(
        `INSERT INTO "Coupon" (name, kind, value, "maxDiscountFen", "minSpendFen", "storeId", fulfilment, "validFrom", "validTo", "totalQuantity", "perUserLimit", "grantOnJoin", "createdAt")
         VALUES ($1, $2::"CouponDiscountKind", $3, $4, $5, $6, $7::"FulfilmentType", $8, $9, $10, $11, $12, $13) RETURNING *`,
        [...values, at],
      )
    : await db.query<Coupon>(
        `UPDATE "Coupon" SET name = $1, kind = $2::"CouponDiscountKind", value = $3, "maxDiscountFen" = $4, "minSpendFen" = $5, "storeId" = $6,
                fulfilment = $7::"FulfilmentType", "validFrom" = $8, "validTo" = $9, "totalQuantity" = $10, "perUserLimit" = $11, "grantOnJoin" = $12
          WHERE id = $13 RETURNING *`,
        [...values, id],
      );
  return rows[0]!;
}

// ---------------------------------------------------------------- issuing

/**
 * Serialises everything that gives `couponId` to these users (claims, grants, joining), taken in one
 * statement in a fixed order before the coupon's own row is touched, so two issuers never deadlock.
 */
export async function lockHolders(db: Queryable, couponId: number, userIds: readonly string[]): Promise<void> {
  await db.query(
    `SELECT pg_advisory_xact_lock(hashtext('coupon-claim:' || u || ':' || $1::text)) FROM (SELECT DISTINCT unnest($2::text[]) AS u ORDER BY 1) users`,
    [couponId, userIds],
  );
}

export type IssueOutcome = { kind: 'ISSUED'; userCouponId: string } | { kind: 'HELD'; userCouponId: string } | { kind: 'SOLD_OUT' };

/**
 * One more of the coupon for the user, within the per-user limit and the total; the caller holds
 * lockHolders for the user. HELD: the user already has as many as one may (the first one returned).
 */
export async function issueCoupon(
  db: Queryable,
  coupon: Pick<Coupon, 'id' | 'perUserLimit'>,
  userId: string,
  at: Date,
  qrCodeId: number | null = null,
): Promise<IssueOutcome> {
  const held = await db.query<{ id: string }>(
    `SELECT id FROM "UserCoupon" WHERE "userId" = $1 AND "couponId" = $2 ORDER BY "claimedAt", id LIMIT $3`,
    [userId, coupon.id, coupon.perUserLimit],
  );
  if (held.rows.length >= coupon.perUserLimit) return { kind: 'HELD', userCouponId: held.rows[0]!.id };
  const issued = await db.query(
    `UPDATE "Coupon" SET "issuedCount" = "issuedCount" + 1 WHERE id = $1 AND ("totalQuantity" IS NULL OR "issuedCount" < "totalQuantity")`,
    [coupon.id],
  );
  if (issued.rowCount === 0) return { kind: 'SOLD_OUT' };
  const id = randomUUID();
  await db.query(
    `INSERT INTO "UserCoupon" (id, "couponId", "userId", code, status, "claimedAt", "qrCodeId") VALUES ($1, $2, $3, $4, 'AVAILABLE', $5, $6)`,
    // 20 base32 characters (100 bits), the shape the seed documents for coupon codes.
    [id, coupon.id, userId, randomBase32(20), at, qrCodeId],
  );
  return { kind: 'ISSUED', userCouponId: id };
}

/** In the new member's own transaction: every template marked for joining and valid now, within its limits. */
export async function issueJoinCoupons(db: Queryable, userId: string, at: Date): Promise<void> {
  const { rows } = await db.query<Pick<Coupon, 'id' | 'perUserLimit'>>(
    `SELECT id, "perUserLimit" FROM "Coupon" WHERE "grantOnJoin" AND "validFrom" <= $1 AND "validTo" > $1 ORDER BY id`,
    [at],
  );
  for (const coupon of rows) {
    await lockHolders(db, coupon.id, [userId]);
    await issueCoupon(db, coupon, userId, at);
  }
}

// ---------------------------------------------------------------- grant batches

/** The batch under this key, created with its rows if new; `created` false when it already existed. */
export async function openBatch(
  db: Queryable,
  batch: Pick<CouponGrantBatch, 'idempotencyKey' | 'requestHash' | 'couponId' | 'actorUserId' | 'createdAt'>,
  rows: ReadonlyArray<{ identifier: string; status: CouponGrantRowStatus; reason: string | null }>,
): Promise<{ batch: CouponGrantBatch; created: boolean }> {
  const id = randomUUID();
  const skipped = rows.filter((r) => r.status === 'SKIPPED').length;
  const failed = rows.filter((r) => r.status === 'FAILED').length;
  const inserted = await db.query<CouponGrantBatch>(
    `INSERT INTO "CouponGrantBatch" (id, "idempotencyKey", "requestHash", "couponId", "actorUserId", total, skipped, failed, "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT ("idempotencyKey") DO NOTHING RETURNING *`,
    [id, batch.idempotencyKey, batch.requestHash, batch.couponId, batch.actorUserId, rows.length, skipped, failed, batch.createdAt],
  );
  if (inserted.rows.length === 0) return { batch: (await batchByKey(db, batch.idempotencyKey))!, created: false };
  await db.query(
    `INSERT INTO "CouponGrantRow" ("batchId", position, identifier, status, reason)
     SELECT $1, t.ord::int, t.identifier, t.status::"CouponGrantRowStatus", t.reason
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(identifier, status, reason, ord)`,
    [id, rows.map((r) => r.identifier), rows.map((r) => r.status), rows.map((r) => r.reason)],
  );
  return { batch: inserted.rows[0]!, created: true };
}

export async function batchByKey(db: Queryable, idempotencyKey: string): Promise<CouponGrantBatch | undefined> {
  const { rows } = await db.query<CouponGrantBatch>(`SELECT * FROM "CouponGrantBatch" WHERE "idempotencyKey" = $1`, [idempotencyKey]);
  return rows[0];
}

/**
 * The next pending rows with the member each names (by card number or phone), locked; rows another
 * worker of the same batch holds are skipped, so duplicate submissions share the work.
 */
export async function claimPendingRows(db: Queryable, batchId: string, limit: number) {
  const { rows } = await db.query<{ position: number; identifier: string; userId: string | null }>(
    `SELECT r.position, r.identifier,
            (SELECT m."userId" FROM "Member" m WHERE m."cardNo" = r.identifier OR m.phone = r.identifier ORDER BY m."cardNo" = r.identifier DESC, m."joinedAt" LIMIT 1) AS "userId"
       FROM "CouponGrantRow" r
      WHERE r."batchId" = $1 AND r.status = 'PENDING'
      ORDER BY r.position LIMIT $2 FOR UPDATE OF r SKIP LOCKED`,
    [batchId, limit],
  );
  return rows;
}

export interface RowOutcome {
  position: number;
  status: Exclude<CouponGrantRowStatus, 'PENDING'>;
  reason: string | null;
  userCouponId: string | null;
}

/** Records the rows' outcomes and adds them to the batch's counts; finishes the batch when none is left pending. */
export async function settleRows(db: Queryable, batchId: string, outcomes: readonly RowOutcome[], at: Date): Promise<void> {
  await db.query(
    `UPDATE "CouponGrantRow" r SET status = t.status::"CouponGrantRowStatus", reason = t.reason, "userCouponId" = t.uc::uuid
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS t(position, status, reason, uc)
      WHERE r."batchId" = $1 AND r.position = t.position`,
    [batchId, outcomes.map((o) => o.position), outcomes.map((o) => o.status), outcomes.map((o) => o.reason), outcomes.map((o) => o.userCouponId)],
  );
  const count = (status: RowOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  await db.query(
    `UPDATE "CouponGrantBatch" b SET granted = granted + $2, skipped = skipped + $3, failed = failed + $4,
            "finishedAt" = CASE WHEN EXISTS (SELECT 1 FROM "CouponGrantRow" r WHERE r."batchId" = b.id AND r.status = 'PENDING') THEN NULL ELSE $5::timestamptz END
      WHERE id = $1`,
    [batchId, count('GRANTED'), count('SKIPPED'), count('FAILED'), at],
  );
}

export async function batchRows(db: Queryable, batchId: string, statuses: readonly CouponGrantRowStatus[], limit: number) {
  const { rows } = await db.query<{ position: number; identifier: string; status: CouponGrantRowStatus; reason: string | null }>(
    `SELECT position, identifier, status, reason FROM "CouponGrantRow" WHERE "batchId" = $1 AND status = ANY($2::"CouponGrantRowStatus"[]) ORDER BY position LIMIT $3`,
    [batchId, statuses, limit],
  );
  return rows;
}
