import type { Queryable } from '../db/transaction.ts';

export interface ClientRow {
  id: string;
  name: string;
  storeId: number | null;
  webhookUrl: string | null;
  createdAt: Date;
}

export interface KeyRow {
  id: string;
  clientId: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export interface SigningKeyRow extends KeyRow {
  secretCipher: Buffer;
  storeId: number | null;
}

export async function insertClient(db: Queryable, c: { name: string; storeId: number | null; webhookUrl: string | null; createdByUserId: string; at: Date }): Promise<ClientRow> {
  const { rows } = await db.query<ClientRow>(
    `INSERT INTO "IntegrationClient" (id, name, "storeId", "webhookUrl", "createdByUserId", "createdAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)
     RETURNING id, name, "storeId", "webhookUrl", "createdAt"`,
    [c.name, c.storeId, c.webhookUrl, c.createdByUserId, c.at],
  );
  return rows[0]!;
}

export async function insertKey(db: Queryable, k: { id: string; clientId: string; secretCipher: Buffer; at: Date }): Promise<KeyRow> {
  const { rows } = await db.query<KeyRow>(
    `INSERT INTO "IntegrationKey" (id, "clientId", "secretCipher", "createdAt") VALUES ($1, $2, $3, $4)
     RETURNING id, "clientId", "createdAt", "expiresAt", "revokedAt"`,
    [k.id, k.clientId, k.secretCipher, k.at],
  );
  return rows[0]!;
}

export async function clientById(db: Queryable, clientId: string, options: { forUpdate?: boolean } = {}): Promise<ClientRow | undefined> {
  const { rows } = await db.query<ClientRow>(
    `SELECT id, name, "storeId", "webhookUrl", "createdAt" FROM "IntegrationClient" WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [clientId],
  );
  return rows[0];
}

export async function allClients(db: Queryable): Promise<ClientRow[]> {
  const { rows } = await db.query<ClientRow>(`SELECT id, name, "storeId", "webhookUrl", "createdAt" FROM "IntegrationClient" ORDER BY "createdAt", id`);
  return rows;
}

export async function keysOfClients(db: Queryable, clientIds: readonly string[]): Promise<KeyRow[]> {
  const { rows } = await db.query<KeyRow>(
    `SELECT id, "clientId", "createdAt", "expiresAt", "revokedAt" FROM "IntegrationKey" WHERE "clientId" = ANY($1::uuid[]) ORDER BY "createdAt", id`,
    [clientIds],
  );
  return rows;
}

/** The client's keys still in force get `until` as their end (or keep an earlier one): the rotation's overlap. */
export async function expireLiveKeys(db: Queryable, clientId: string, until: Date, now: Date): Promise<KeyRow[]> {
  const { rows } = await db.query<KeyRow>(
    `UPDATE "IntegrationKey" SET "expiresAt" = LEAST(COALESCE("expiresAt", $2), $2)
      WHERE "clientId" = $1 AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > $3)
      RETURNING id, "clientId", "createdAt", "expiresAt", "revokedAt"`,
    [clientId, until, now],
  );
  return rows;
}

/** Revokes the key; undefined when it does not exist, unchanged when already revoked. */
export async function revokeKey(db: Queryable, keyId: string, at: Date): Promise<{ key: KeyRow; wasRevoked: boolean } | undefined> {
  const { rows } = await db.query<KeyRow & { wasRevoked: boolean }>(
    `WITH old AS (SELECT id, "revokedAt" IS NOT NULL AS "wasRevoked" FROM "IntegrationKey" WHERE id = $1 FOR UPDATE)
     UPDATE "IntegrationKey" k SET "revokedAt" = COALESCE(k."revokedAt", $2) FROM old WHERE k.id = old.id
     RETURNING k.id, k."clientId", k."createdAt", k."expiresAt", k."revokedAt", old."wasRevoked"`,
    [keyId, at],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { wasRevoked, ...key } = row;
  return { key, wasRevoked };
}

export async function signingKey(db: Queryable, keyId: string): Promise<SigningKeyRow | undefined> {
  const { rows } = await db.query<SigningKeyRow>(
    `SELECT k.id, k."clientId", k."createdAt", k."expiresAt", k."revokedAt", k."secretCipher", c."storeId"
       FROM "IntegrationKey" k JOIN "IntegrationClient" c ON c.id = k."clientId" WHERE k.id = $1`,
    [keyId],
  );
  return rows[0];
}

/** False when the key already used this nonce within the window (a replay), on whichever instance. */
export async function spendNonce(db: Queryable, keyId: string, nonce: string, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO "IntegrationNonce" ("keyId", nonce, "createdAt") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [keyId, nonce, at],
  );
  return rowCount === 1;
}

export async function deleteOldNonces(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM "IntegrationNonce" WHERE "createdAt" < $1`, [before]);
  return rowCount ?? 0;
}

export async function deleteOldRequests(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM "IntegrationRequest" WHERE "createdAt" < $1`, [before]);
  return rowCount ?? 0;
}

export interface StoredAnswer {
  requestHash: string;
  status: number;
  response: unknown;
}

/**
 * Claims the idempotency key in the caller's transaction. A concurrent claim of the same key waits
 * on the first one's row until it commits (then gets nothing and reads the stored answer) or rolls
 * back (then claims it itself): one request's work is applied, however many arrive at once.
 */
export async function claimIdempotencyKey(db: Queryable, clientId: string, key: string, requestHash: string, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO "IntegrationRequest" ("clientId", "idempotencyKey", "requestHash", "createdAt") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [clientId, key, requestHash, at],
  );
  return rowCount === 1;
}

export async function storedAnswer(db: Queryable, clientId: string, key: string): Promise<StoredAnswer | undefined> {
  const { rows } = await db.query<StoredAnswer>(
    `SELECT "requestHash", status, response FROM "IntegrationRequest" WHERE "clientId" = $1 AND "idempotencyKey" = $2`,
    [clientId, key],
  );
  return rows[0];
}

export async function storeAnswer(db: Queryable, clientId: string, key: string, status: number, response: unknown): Promise<void> {
  await db.query(`UPDATE "IntegrationRequest" SET status = $3, response = $4 WHERE "clientId" = $1 AND "idempotencyKey" = $2`, [
    clientId,
    key,
    status,
    JSON.stringify(response),
  ]);
}

/**
 * Product ids by the chain's SKU or by id, for the references a batch names: `ref` is the SKU the
 * product was found by. A reference that is no product's SKU names the product with that barcode
 * (a till sends what it scanned; the demo chain's SKUs are their barcodes anyway).
 */
export async function productsByReference(db: Queryable, skus: readonly string[], ids: readonly number[]): Promise<Array<{ id: number; ref: string | null }>> {
  const { rows } = await db.query<{ id: number; ref: string | null }>(
    `SELECT id, sku AS ref FROM "Product" WHERE sku = ANY($1::text[]) OR id = ANY($2::int[])
     UNION ALL
     SELECT p.id, p.barcode FROM "Product" p
      WHERE p.barcode = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM "Product" q WHERE q.sku = p.barcode)`,
    [skus, ids],
  );
  return rows;
}

export interface LockedStock {
  productId: number;
  onHand: number;
}

/** The store's stock rows of these products, locked in product order so concurrent batches never deadlock. */
export async function lockStock(db: Queryable, storeId: number, productIds: readonly number[]): Promise<LockedStock[]> {
  const { rows } = await db.query<LockedStock>(
    `SELECT "productId", "onHand" FROM "Inventory" WHERE "storeId" = $1 AND "productId" = ANY($2::int[]) ORDER BY "productId" FOR UPDATE`,
    [storeId, productIds],
  );
  return rows;
}

export async function receiptHashes(db: Queryable, storeId: number, receiptIds: readonly string[]): Promise<Map<string, string>> {
  if (receiptIds.length === 0) return new Map();
  const { rows } = await db.query<{ receiptId: string; contentHash: string }>(
    `SELECT "receiptId", "contentHash" FROM "IntegrationReceipt" WHERE "storeId" = $1 AND "receiptId" = ANY($2::text[])`,
    [storeId, receiptIds],
  );
  return new Map(rows.map((row) => [row.receiptId, row.contentHash]));
}

/** The receipts the store did not have yet, in one statement; returns their ids (the others the caller compares). */
export async function insertReceipts(
  db: Queryable,
  storeId: number,
  at: Date,
  receipts: ReadonlyArray<{ receiptId: string; contentHash: string; soldAt: Date; amountFen: number }>,
): Promise<Set<string>> {
  if (receipts.length === 0) return new Set();
  const { rows } = await db.query<{ receiptId: string }>(
    `INSERT INTO "IntegrationReceipt" ("storeId", "receiptId", "contentHash", "soldAt", "amountFen", "createdAt")
     SELECT $1, r.id, r.hash, r.sold, r.amount, $2 FROM unnest($3::text[], $4::text[], $5::timestamptz[], $6::int[]) AS r(id, hash, sold, amount)
     ON CONFLICT DO NOTHING RETURNING "receiptId"`,
    [storeId, at, receipts.map((r) => r.receiptId), receipts.map((r) => r.contentHash), receipts.map((r) => r.soldAt), receipts.map((r) => r.amountFen)],
  );
  return new Set(rows.map((row) => row.receiptId));
}

export async function deleteReceipt(db: Queryable, storeId: number, receiptId: string): Promise<void> {
  await db.query(`DELETE FROM "IntegrationReceipt" WHERE "storeId" = $1 AND "receiptId" = $2`, [storeId, receiptId]);
}

export interface TillEarning {
  receiptNo: string;
  /** true when this statement recorded the receipt; false when the store's till had recorded it before */
  inserted: boolean;
  pointsEarned: number;
  /** of the receipt recorded before, to tell the same purchase from another one under the same number */
  memberId: string;
  amountFen: number;
}

/**
 * The set-based form of a till scan's earning (staff/service.ts earnForTillReceipt) for a batch of
 * receipts, in one statement: TillReceipt rows, one EARN entry each in the points ledger with the
 * running balance in receipt order (entry ids follow that order), and the members' balances. The
 * members must be locked by the caller. A receipt number the store already has earns nothing again;
 * its first recording comes back to compare. The consistency checker's points-balance, points-chain
 * and till-receipt-points checks hold these rows to the ledger's rules.
 */
export async function earnForTillReceipts(
  db: Queryable,
  storeId: number,
  at: Date,
  frozenUntil: Date,
  receipts: ReadonlyArray<{ receiptNo: string; memberId: string; amountFen: number; points: number }>,
): Promise<TillEarning[]> {
  if (receipts.length === 0) return [];
  const { rows } = await db.query<TillEarning>(
    `WITH r AS (
       SELECT * FROM unnest($2::text[], $3::uuid[], $4::int[], $5::int[]) WITH ORDINALITY AS r(no, member, amount, points, ord)),
     till AS (
       INSERT INTO "TillReceipt" (id, "storeId", "receiptNo", "memberId", "amountFen", "pointsEarned", "staffUserId", "createdAt")
       SELECT gen_random_uuid(), $1, no, member, amount, points, NULL, $6 FROM r ORDER BY ord
       ON CONFLICT ("storeId", "receiptNo") DO NOTHING
       RETURNING id, "receiptNo", "memberId", "pointsEarned"),
     earned AS (
       SELECT t.id, t."receiptNo", t."memberId", t."pointsEarned", r.ord,
              m."pointsBalance" + sum(t."pointsEarned") OVER (PARTITION BY t."memberId" ORDER BY r.ord) AS "balanceAfter"
         FROM till t JOIN r ON r.no = t."receiptNo" JOIN "Member" m ON m.id = t."memberId"
        WHERE t."pointsEarned" > 0),
     entries AS (
       INSERT INTO "PointsEntry" ("memberId", type, amount, "balanceAfter", "frozenUntil", reason, "refType", "refId", "createdAt")
       SELECT "memberId", 'EARN', "pointsEarned", "balanceAfter", $7, '门店消费 小票' || "receiptNo", 'TILL_RECEIPT', id::text, $6 FROM earned ORDER BY ord
       RETURNING 1),
     balances AS (
       UPDATE "Member" m SET "pointsBalance" = m."pointsBalance" + e.total
         FROM (SELECT "memberId", sum("pointsEarned") AS total FROM earned GROUP BY 1) e WHERE m.id = e."memberId"
       RETURNING 1)
     SELECT r.no AS "receiptNo", t.id IS NOT NULL AS inserted, COALESCE(t."pointsEarned", x."pointsEarned") AS "pointsEarned",
            COALESCE(t."memberId", x."memberId") AS "memberId", CASE WHEN t.id IS NULL THEN x."amountFen" ELSE r.amount END AS "amountFen"
       FROM r LEFT JOIN till t ON t."receiptNo" = r.no
       LEFT JOIN "TillReceipt" x ON t.id IS NULL AND x."storeId" = $1 AND x."receiptNo" = r.no
      ORDER BY r.ord`,
    [storeId, receipts.map((r) => r.receiptNo), receipts.map((r) => r.memberId), receipts.map((r) => r.amountFen), receipts.map((r) => r.points), at, frozenUntil],
  );
  return rows;
}

export interface MovementInput {
  productId: number;
  kind: 'SALE' | 'COUNT';
  onHandFrom: number;
  onHandTo: number;
  reason: string;
  reference: string;
  occurredAt: Date;
}

/** New on-hand figures and their movements, one statement each, whatever the batch size. */
export async function applyStock(db: Queryable, storeId: number, source: string, at: Date, onHand: ReadonlyMap<number, number>, movements: readonly MovementInput[]): Promise<void> {
  if (onHand.size === 0) return;
  await db.query(
    `UPDATE "Inventory" i SET "onHand" = x.n, "updatedAt" = $4 FROM unnest($2::int[], $3::int[]) AS x(p, n) WHERE i."storeId" = $1 AND i."productId" = x.p`,
    [storeId, [...onHand.keys()], [...onHand.values()], at],
  );
  await db.query(
    `INSERT INTO "InventoryMovement" ("storeId", "productId", kind, "onHandFrom", "onHandTo", reason, source, reference, "occurredAt", "createdAt")
     SELECT $1, m.p, m.k::"InventoryMovementKind", m.f, m.t, m.r, $2, m.ref, m.o, $3
       FROM unnest($4::int[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[], $10::timestamptz[]) AS m(p, k, f, t, r, ref, o)`,
    [
      storeId,
      source,
      at,
      movements.map((m) => m.productId),
      movements.map((m) => m.kind),
      movements.map((m) => m.onHandFrom),
      movements.map((m) => m.onHandTo),
      movements.map((m) => m.reason),
      movements.map((m) => m.reference),
      movements.map((m) => m.occurredAt),
    ],
  );
}

/**
 * For a count as of `asOf`: when the last absolute count (ours or the store's) happened, and what
 * the other movements since `asOf` changed on-hand by. A movement's time is when it happened at its
 * source (a till receipt's sale time), else when it was recorded here.
 */
export async function countContext(db: Queryable, storeId: number, productId: number, asOf: Date): Promise<{ lastCountAt: Date | null; deltaSince: number }> {
  const { rows } = await db.query<{ lastCountAt: Date | null; deltaSince: number }>(
    `SELECT max(COALESCE("occurredAt", "createdAt")) FILTER (WHERE kind IN ('COUNT', 'MARK_OUT_OF_STOCK')) AS "lastCountAt",
            COALESCE(sum("onHandTo" - "onHandFrom") FILTER (WHERE kind NOT IN ('COUNT', 'MARK_OUT_OF_STOCK') AND COALESCE("occurredAt", "createdAt") > $3), 0)::int AS "deltaSince"
       FROM "InventoryMovement" WHERE "storeId" = $1 AND "productId" = $2`,
    [storeId, productId, asOf],
  );
  return rows[0]!;
}

/**
 * When each product's stock was last counted at the store, as of the count's source time (a
 * clerk's mark of none left counts as of when it was made). Walks each product's movements from
 * the newest back to its last count, which the (store, product, time) index serves.
 */
export async function lastCountTimes(db: Queryable, storeId: number, productIds: readonly number[]): Promise<Map<number, Date>> {
  const { rows } = await db.query<{ productId: number; countedAt: Date | null }>(
    `SELECT p."productId",
            (SELECT COALESCE(m."occurredAt", m."createdAt") FROM "InventoryMovement" m
              WHERE m."storeId" = $1 AND m."productId" = p."productId" AND m.kind IN ('COUNT', 'MARK_OUT_OF_STOCK')
              ORDER BY m."createdAt" DESC LIMIT 1) AS "countedAt"
       FROM unnest($2::int[]) AS p("productId")`,
    [storeId, productIds],
  );
  return new Map(rows.flatMap((row) => (row.countedAt ? [[row.productId, row.countedAt] as const] : [])));
}

/** The members of these cards, locked in id order (the order every batch locks them in). */
export async function lockMembersByCardNo(db: Queryable, cardNos: readonly string[]): Promise<Array<{ id: string; cardNo: string }>> {
  if (cardNos.length === 0) return [];
  const { rows } = await db.query<{ id: string; cardNo: string }>(`SELECT id, "cardNo" FROM "Member" WHERE "cardNo" = ANY($1::text[]) ORDER BY id FOR UPDATE`, [cardNos]);
  return rows;
}

/**
 * Open orders' lines that the shelf can no longer fill: per store and product, lines are served from
 * on-hand in order (picked lines first, they are already in a bag; then by payment time, unpaid last)
 * and whatever the running total holds beyond on-hand is short. Nothing is stored: a count or a
 * restock that covers the reservations clears it.
 */
export async function shortLinesOfOrders(db: Queryable, orderIds: readonly string[]): Promise<Array<{ orderId: string; itemId: string; short: number }>> {
  const { rows } = await db.query<{ orderId: string; itemId: string; short: number }>(
    `WITH wanted AS (
       SELECT DISTINCT o."storeId", COALESCE(oi."substituteProductId", oi."productId") AS "productId"
         FROM "OrderItem" oi JOIN "Order" o ON o.id = oi."orderId" WHERE oi."orderId" = ANY($1::uuid[])),
     held AS (
       SELECT oi.id, oi."orderId", oi.quantity, i."onHand",
              sum(oi.quantity) OVER (PARTITION BY w."storeId", w."productId"
                                     ORDER BY (oi.status = 'PICKED') DESC, o."paidAt" NULLS LAST, o."createdAt", oi.id) AS upto
         FROM wanted w
         JOIN "Inventory" i ON i."storeId" = w."storeId" AND i."productId" = w."productId" AND i.reserved > i."onHand"
         JOIN "Order" o ON o."storeId" = w."storeId" AND o."completedAt" IS NULL AND o.status NOT IN ('CANCELLED', 'REFUNDED')
         JOIN "OrderItem" oi ON oi."orderId" = o.id AND oi.status <> 'OUT_OF_STOCK' AND COALESCE(oi."substituteProductId", oi."productId") = w."productId")
     SELECT "orderId", id AS "itemId", LEAST(quantity, upto - "onHand")::int AS short
       FROM held WHERE "orderId" = ANY($1::uuid[]) AND upto > "onHand"`,
    [orderIds],
  );
  return rows;
}

/** An outbox event in the caller's transaction, for every client listening at the store (see integration_emit). */
export async function emitEvent(db: Queryable, e: { kind: string; storeId: number; payload: Record<string, unknown>; at: Date }): Promise<void> {
  await db.query(`SELECT integration_emit($1, $2, $3::jsonb, $4)`, [e.kind, e.storeId, JSON.stringify(e.payload), e.at]);
}

export async function setWebhookUrl(db: Queryable, clientId: string, url: string | null): Promise<string | null | undefined> {
  const { rows } = await db.query<{ before: string | null }>(
    `UPDATE "IntegrationClient" c SET "webhookUrl" = $2 FROM (SELECT "webhookUrl" FROM "IntegrationClient" WHERE id = $1 FOR UPDATE) old
      WHERE c.id = $1 RETURNING old."webhookUrl" AS before`,
    [clientId, url],
  );
  return rows.length ? rows[0]!.before : undefined;
}

export interface DueDelivery {
  eventId: string;
  clientId: string;
  attempts: number;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  webhookUrl: string | null;
}

/**
 * Claims up to `limit` due deliveries for `leaseMs`: SKIP LOCKED lets several instances share the
 * work, and the lease (nextAttemptAt pushed ahead) hands a claim that was never settled, say by an
 * instance that died mid-request, to another one later. At least once, never lost.
 */
export async function claimDueDeliveries(db: Queryable, now: Date, leaseMs: number, limit: number): Promise<DueDelivery[]> {
  const { rows } = await db.query<DueDelivery>(
    `WITH due AS (
       SELECT "eventId", "clientId" FROM "IntegrationDelivery"
        WHERE status = 'PENDING' AND "nextAttemptAt" <= $1 ORDER BY "nextAttemptAt" LIMIT $3 FOR UPDATE SKIP LOCKED),
     claimed AS (
       UPDATE "IntegrationDelivery" d SET attempts = d.attempts + 1, "nextAttemptAt" = $1::timestamptz + make_interval(secs => $2::double precision / 1000)
         FROM due WHERE d."eventId" = due."eventId" AND d."clientId" = due."clientId"
       RETURNING d."eventId", d."clientId", d.attempts)
     SELECT c."eventId", c."clientId", c.attempts, e.kind, e.payload, e."createdAt", ic."webhookUrl"
       FROM claimed c JOIN "IntegrationEvent" e ON e.id = c."eventId" JOIN "IntegrationClient" ic ON ic.id = c."clientId"`,
    [now, leaseMs, limit],
  );
  return rows;
}

export async function settleDelivery(db: Queryable, d: { eventId: string; clientId: string; status: 'PENDING' | 'DELIVERED' | 'DEAD'; nextAttemptAt: Date; error: string | null; at: Date }): Promise<void> {
  await db.query(
    `UPDATE "IntegrationDelivery" SET status = $3::"IntegrationDeliveryStatus", "nextAttemptAt" = $4, "lastError" = $5,
            "deliveredAt" = CASE WHEN $3 = 'DELIVERED' THEN $6::timestamptz END
      WHERE "eventId" = $1 AND "clientId" = $2 AND status = 'PENDING'`,
    [d.eventId, d.clientId, d.status, d.nextAttemptAt, d.error, d.at],
  );
}

export interface DeliveryRow {
  eventId: string;
  clientId: string;
  kind: string;
  status: 'PENDING' | 'DELIVERED' | 'DEAD';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** A client's deliveries, newest event first. */
export async function deliveriesOf(db: Queryable, clientId: string, status: string | null, limit: number): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT d."eventId", d."clientId", e.kind, d.status, d.attempts, d."nextAttemptAt", d."lastError", d."deliveredAt", e."createdAt"
       FROM "IntegrationDelivery" d JOIN "IntegrationEvent" e ON e.id = d."eventId"
      WHERE d."clientId" = $1 AND ($2::text IS NULL OR d.status::text = $2)
      ORDER BY e."createdAt" DESC, d."eventId" DESC LIMIT $3`,
    [clientId, status, limit],
  );
  return rows;
}

/** The client's newest key still in force: what its webhooks are signed with. */
export async function newestLiveKey(db: Queryable, clientId: string, now: Date): Promise<{ id: string; secretCipher: Buffer } | undefined> {
  const { rows } = await db.query<{ id: string; secretCipher: Buffer }>(
    `SELECT id, "secretCipher" FROM "IntegrationKey" WHERE "clientId" = $1 AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > $2)
      ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
    [clientId, now],
  );
  return rows[0];
}

/** Clients by exact name (the demo's own, found again on each start). */
export async function clientsByName(db: Queryable, names: readonly string[]): Promise<ClientRow[]> {
  const { rows } = await db.query<ClientRow>(
    `SELECT id, name, "storeId", "webhookUrl", "createdAt" FROM "IntegrationClient" WHERE name = ANY($1::text[]) ORDER BY "createdAt", id`,
    [names],
  );
  return rows;
}

export interface DemoStoreStock {
  storeId: number;
  name: string;
  stock: Array<{ sku: string; priceFen: number; onHand: number }>;
}

/** Active stores with what each has on sale, as the ERP's master data would list it for the demo's tills. */
export async function demoStoreStock(db: Queryable): Promise<DemoStoreStock[]> {
  const { rows } = await db.query<DemoStoreStock>(
    `SELECT s.id AS "storeId", s.name,
            COALESCE(json_agg(json_build_object('sku', p.barcode, 'priceFen', p."basePriceFen", 'onHand', i."onHand") ORDER BY p.id)
                     FILTER (WHERE p.id IS NOT NULL), '[]') AS stock
       FROM "Store" s
       LEFT JOIN "Inventory" i ON i."storeId" = s.id AND i."onSale"
       LEFT JOIN "Product" p ON p.id = i."productId" AND p.active
      WHERE s.active GROUP BY s.id ORDER BY s.id`,
  );
  return rows;
}

export async function someMemberCardNos(db: Queryable, limit: number, except: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ cardNo: string }>(`SELECT "cardNo" FROM "Member" WHERE "cardNo" <> ALL($2::text[]) ORDER BY "cardNo" LIMIT $1`, [limit, except]);
  return rows.map((row) => row.cardNo);
}

export async function userExists(db: Queryable, userId: string): Promise<boolean> {
  const { rowCount } = await db.query(`SELECT 1 FROM "User" WHERE id = $1`, [userId]);
  return rowCount === 1;
}

// ------------------------------------------------------------------ prices (prices.ts)

export interface PricedProduct {
  id: number;
  basePriceFen: number;
  memberPriceFen: number | null;
  priceBandMinFen: number | null;
  priceBandMaxFen: number | null;
}

/**
 * The products' chain prices and bands, locked in id order: every price change of a product, the
 * chain's or a store's, and head office's band edits (lockProductBand) queue on the product's row.
 * NO KEY UPDATE, so orders being placed (their items' foreign keys share-lock the product) never wait.
 */
export async function lockPricedProducts(db: Queryable, productIds: readonly number[]): Promise<PricedProduct[]> {
  const { rows } = await db.query<PricedProduct>(
    `SELECT id, "basePriceFen", "memberPriceFen", "priceBandMinFen", "priceBandMaxFen" FROM "Product" WHERE id = ANY($1::int[]) ORDER BY id FOR NO KEY UPDATE`,
    [productIds],
  );
  return rows;
}

export interface StorePriceRow {
  storeId: number;
  productId: number;
  priceFen: number;
  memberPriceFen: number | null;
}

export async function storePricesOf(db: Queryable, storeIds: readonly number[], productIds: readonly number[]): Promise<StorePriceRow[]> {
  const { rows } = await db.query<StorePriceRow>(
    `SELECT "storeId", "productId", "priceFen", "memberPriceFen" FROM "StorePrice" WHERE "storeId" = ANY($1::int[]) AND "productId" = ANY($2::int[])`,
    [storeIds, productIds],
  );
  return rows;
}

export async function existingStoreIds(db: Queryable, storeIds: readonly number[]): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(`SELECT id FROM "Store" WHERE id = ANY($1::int[])`, [storeIds]);
  return rows.map((row) => row.id);
}

/** A product's price at one scope: the chain's (storeId null) or one store's. */
export interface PriceKey {
  storeId: number | null;
  productId: number;
}

export interface PriceChangeInput extends PriceKey {
  priceFen: number;
  memberPriceFen: number | null;
  effectiveAt: Date;
  sourceUpdatedAt: Date;
  reference: string | null;
}

export interface PriceChangeRow extends PriceChangeInput {
  id: string;
  status: 'PENDING' | 'APPLIED' | 'SUPERSEDED' | 'REFUSED';
}

const priceChangeColumns = (t: string) =>
  `${t}.id::text, ${t}."storeId", ${t}."productId", ${t}."priceFen", ${t}."memberPriceFen", ${t}."effectiveAt", ${t}."sourceUpdatedAt", ${t}.reference, ${t}.status`;

/** Changes already received for these scopes, products and effective times. */
export async function priceChangesAt(db: Queryable, changes: readonly PriceChangeInput[]): Promise<PriceChangeRow[]> {
  const { rows } = await db.query<PriceChangeRow>(
    `SELECT ${priceChangeColumns('pc')} FROM "PriceChange" pc
       JOIN unnest($1::int[], $2::int[], $3::timestamptz[]) AS k(s, p, e) ON pc."productId" = k.p AND pc."storeId" IS NOT DISTINCT FROM k.s AND pc."effectiveAt" = k.e`,
    [changes.map((c) => c.storeId), changes.map((c) => c.productId), changes.map((c) => c.effectiveAt)],
  );
  return rows;
}

export async function insertPriceChanges(db: Queryable, clientId: string | null, at: Date, changes: readonly PriceChangeInput[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO "PriceChange" ("storeId", "productId", "priceFen", "memberPriceFen", "effectiveAt", "sourceUpdatedAt", reference, "clientId", "createdAt")
     SELECT s, p, f, m, e, u, r, $8, $9 FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::timestamptz[], $6::timestamptz[], $7::text[]) WITH ORDINALITY AS x(s, p, f, m, e, u, r, n)
      ORDER BY n RETURNING id::text`,
    [
      changes.map((c) => c.storeId),
      changes.map((c) => c.productId),
      changes.map((c) => c.priceFen),
      changes.map((c) => c.memberPriceFen),
      changes.map((c) => c.effectiveAt),
      changes.map((c) => c.sourceUpdatedAt),
      changes.map((c) => c.reference),
      clientId,
      at,
    ],
  );
  return rows.map((row) => row.id);
}

/**
 * Per scope and product, the change that should be selling now: of those received and not set
 * aside, the latest effective one that is due, a later source update winning a tie.
 */
export async function currentPriceChanges(db: Queryable, keys: readonly PriceKey[], now: Date): Promise<PriceChangeRow[]> {
  const { rows } = await db.query<PriceChangeRow>(
    `SELECT DISTINCT ON (pc."storeId", pc."productId") ${priceChangeColumns('pc')}
       FROM "PriceChange" pc JOIN unnest($1::int[], $2::int[]) AS k(s, p) ON pc."productId" = k.p AND pc."storeId" IS NOT DISTINCT FROM k.s
      WHERE pc.status IN ('PENDING', 'APPLIED') AND pc."effectiveAt" <= $3
      ORDER BY pc."storeId", pc."productId", pc."effectiveAt" DESC, pc."sourceUpdatedAt" DESC, pc.id DESC`,
    [keys.map((k) => k.storeId), keys.map((k) => k.productId), now],
  );
  return rows;
}

/** The scopes and products with a change due and not yet settled, for the price job. */
export async function duePriceKeys(db: Queryable, now: Date, limit: number): Promise<PriceKey[]> {
  const { rows } = await db.query<PriceKey>(
    `SELECT DISTINCT "storeId", "productId" FROM "PriceChange" WHERE status = 'PENDING' AND "effectiveAt" <= $1 LIMIT $2`,
    [now, limit],
  );
  return rows;
}

export async function setBasePrices(db: Queryable, prices: ReadonlyArray<{ productId: number; priceFen: number; memberPriceFen: number | null }>): Promise<void> {
  await db.query(
    `UPDATE "Product" p SET "basePriceFen" = x.f, "memberPriceFen" = x.m FROM unnest($1::int[], $2::int[], $3::int[]) AS x(id, f, m) WHERE p.id = x.id`,
    [prices.map((p) => p.productId), prices.map((p) => p.priceFen), prices.map((p) => p.memberPriceFen)],
  );
}

export async function upsertStorePrices(db: Queryable, prices: readonly StorePriceRow[]): Promise<void> {
  await db.query(
    `INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[])
     ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = EXCLUDED."priceFen", "memberPriceFen" = EXCLUDED."memberPriceFen"`,
    [prices.map((p) => p.storeId), prices.map((p) => p.productId), prices.map((p) => p.priceFen), prices.map((p) => p.memberPriceFen)],
  );
}

export interface SettledChange {
  id: string;
  status: 'APPLIED' | 'REFUSED';
  previousPriceFen: number | null;
  previousMemberPriceFen: number | null;
  note: string | null;
}

export async function settlePriceChanges(db: Queryable, settled: readonly SettledChange[], at: Date): Promise<void> {
  await db.query(
    `UPDATE "PriceChange" pc SET status = x.s::"PriceChangeStatus", "previousPriceFen" = x.f, "previousMemberPriceFen" = x.m, note = x.n, "settledAt" = $6
       FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::text[]) AS x(id, s, f, m, n) WHERE pc.id = x.id AND pc.status = 'PENDING'`,
    [settled.map((s) => s.id), settled.map((s) => s.status), settled.map((s) => s.previousPriceFen), settled.map((s) => s.previousMemberPriceFen), settled.map((s) => s.note), at],
  );
}

/** Due changes of these scopes and products that the current one outranks: they will never sell. */
export async function supersedeDuePriceChanges(db: Queryable, keys: readonly PriceKey[], now: Date): Promise<void> {
  await db.query(
    `UPDATE "PriceChange" pc SET status = 'SUPERSEDED', "settledAt" = $3
       FROM unnest($1::int[], $2::int[]) AS k(s, p)
      WHERE pc."productId" = k.p AND pc."storeId" IS NOT DISTINCT FROM k.s AND pc.status = 'PENDING' AND pc."effectiveAt" <= $3`,
    [keys.map((k) => k.storeId), keys.map((k) => k.productId), now],
  );
}

export async function statusesOfPriceChanges(db: Queryable, ids: readonly string[]): Promise<Map<string, PriceChangeRow['status']>> {
  const { rows } = await db.query<{ id: string; status: PriceChangeRow['status'] }>(`SELECT id::text, status FROM "PriceChange" WHERE id = ANY($1::bigint[])`, [ids]);
  return new Map(rows.map((row) => [row.id, row.status]));
}

export interface PriceChangeLogRow extends PriceChangeRow {
  note: string | null;
  previousPriceFen: number | null;
  previousMemberPriceFen: number | null;
  clientId: string | null;
  createdAt: Date;
  settledAt: Date | null;
}

export async function priceChangeLog(db: Queryable, f: { productId: number | null; storeId: number | null; status: string | null; first: number }): Promise<PriceChangeLogRow[]> {
  const { rows } = await db.query<PriceChangeLogRow>(
    `SELECT ${priceChangeColumns('pc')}, pc.note, pc."previousPriceFen", pc."previousMemberPriceFen", pc."clientId", pc."createdAt", pc."settledAt" FROM "PriceChange" pc
      WHERE ($1::int IS NULL OR pc."productId" = $1) AND ($2::int IS NULL OR pc."storeId" = $2) AND ($3::text IS NULL OR pc.status::text = $3)
      ORDER BY pc."effectiveAt" DESC, pc.id DESC LIMIT $4`,
    [f.productId, f.storeId, f.status, f.first],
  );
  return rows;
}

// ---------------------------------------------------------------- product master (products.ts)

/**
 * Serialises product-master writes naming the same SKU or barcode across concurrent batches: a
 * transaction-scoped advisory lock per key, taken in one statement in ascending order so that two
 * batches never wait on each other crosswise.
 */
export async function lockMasterKeys(db: Queryable, keys: readonly string[]): Promise<void> {
  await db.query(
    `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended('product-master:' || x, 0) AS k FROM unnest($1::text[]) AS x ORDER BY 1) AS keys`,
    [keys],
  );
}

/** Every category by its path of names, parent first: `饮料/碳酸饮料`, or `饮料` for a top category. */
export async function categoryPaths(db: Queryable): Promise<Array<{ id: number; path: string }>> {
  const { rows } = await db.query<{ id: number; path: string }>(
    `SELECT c.id, CASE WHEN p.id IS NULL THEN c.name ELSE p.name || '/' || c.name END AS path
       FROM "Category" c LEFT JOIN "Category" p ON p.id = c."parentId"`,
  );
  return rows;
}

export interface MasterProductRow {
  id: number;
  sku: string | null;
  barcode: string;
  basePriceFen: number;
  sourceUpdatedAt: Date | null;
}

/** The products holding these SKUs or barcodes; `lock` takes their rows for the rest of the transaction. */
export async function masterProducts(db: Queryable, skus: readonly string[], barcodes: readonly string[], options: { lock?: boolean } = {}): Promise<MasterProductRow[]> {
  const { rows } = await db.query<MasterProductRow>(
    `SELECT id, sku, barcode, "basePriceFen", "sourceUpdatedAt" FROM "Product" WHERE sku = ANY($1::text[]) OR barcode = ANY($2::text[])
      ORDER BY id${options.lock ? ' FOR UPDATE' : ''}`,
    [skus, barcodes],
  );
  return rows;
}

export interface MasterFields {
  sku: string;
  barcode: string;
  name: string;
  namePinyin: string;
  nameInitials: string;
  categoryId: number;
  unit: string;
  specification: string;
  /** null: keep the product's images */
  imageIds: string[] | null;
  /** null: keep the product's status */
  active: boolean | null;
  sourceUpdatedAt: Date;
}

const MASTER_VALUES = (f: MasterFields) => [f.sku, f.barcode, f.name, f.namePinyin, f.nameInitials, f.categoryId, f.unit, f.specification, f.imageIds, f.active, f.sourceUpdatedAt];

export async function insertMasterProduct(db: Queryable, fields: MasterFields, basePriceFen: number): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO "Product" (sku, barcode, name, "namePinyin", "nameInitials", "categoryId", unit, specification, "imageIds", active, "sourceUpdatedAt", "basePriceFen")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9::text[], '{}'), COALESCE($10::boolean, true), $11, $12) RETURNING id`,
    [...MASTER_VALUES(fields), basePriceFen],
  );
  return rows[0]!.id;
}

export async function updateMasterProduct(db: Queryable, id: number, fields: MasterFields): Promise<void> {
  await db.query(
    `UPDATE "Product" SET sku = $1, barcode = $2, name = $3, "namePinyin" = $4, "nameInitials" = $5, "categoryId" = $6, unit = $7, specification = $8,
            "imageIds" = COALESCE($9::text[], "imageIds"), active = COALESCE($10::boolean, active), "sourceUpdatedAt" = $11
      WHERE id = $12`,
    [...MASTER_VALUES(fields), id],
  );
}
