import { STORE_PRICE_COLUMNS } from '../catalog/sql.ts';
import type { Queryable } from '../db/transaction.ts';
import type { Coupon, Order } from '../generated/prisma/client.ts';
import type { OrderStatus } from '../generated/prisma/enums.ts';
import type { PromotionRow } from '../pricing/rules.ts';

/**
 * The orders domain's raw SQL: everything that must be decided by one conditional statement
 * (stock, slots, coupons, status) so concurrent requests and several BFF instances cannot race, and
 * the reads of placeOrder's hot path, where Prisma's per-query work in the BFF (building and
 * interpreting each query) was a seventh of the BFF's CPU per order at a checkout peak (npm run bench).
 */

export interface CheckoutProductRow {
  productId: number;
  name: string;
  unit: string;
  maxPerOrder: number;
  active: boolean;
  priceFen: number;
  memberPriceFen: number | null;
  /** false when the store has no inventory row or took the product off sale: it is not sold there */
  sold: boolean;
  /** the store stocks it but took it off sale (its shelf) */
  offSale: boolean;
  available: number;
}

/** Same price rule as the catalogue: a StorePrice row overrides both prices. */
export async function checkoutProducts(db: Queryable, storeId: number, productIds: readonly number[]): Promise<CheckoutProductRow[]> {
  const { rows } = await db.query<CheckoutProductRow>(
    `SELECT p.id AS "productId", p.name, p.unit, p."maxPerOrder", p.active,
            ${STORE_PRICE_COLUMNS},
            i."onSale" IS TRUE AS sold,
            i."onSale" IS FALSE AS "offSale",
            COALESCE(GREATEST(i."onHand" - i.reserved, 0), 0) AS available
       FROM "Product" p
       LEFT JOIN "StorePrice" sp ON sp."storeId" = $1 AND sp."productId" = p.id
       LEFT JOIN "Inventory" i ON i."storeId" = $1 AND i."productId" = p.id
      WHERE p.id = ANY($2::int[])`,
    [storeId, productIds],
  );
  return rows;
}

/**
 * CTEs taking each line of \`wanted\` (p, q) out of what is available at the store \`storeParam\`;
 * \`reserved\` lists the products that had enough (a negative q gives units back and always passes).
 * Inventory rows are locked in product order, so two reservations for the same products never deadlock.
 */
const reserving = (storeParam: string) => `locked AS MATERIALIZED (
       SELECT i."productId" FROM "Inventory" i JOIN wanted ON wanted.p = i."productId"
        WHERE i."storeId" = ${storeParam} ORDER BY i."productId" FOR UPDATE OF i),
     reserved AS (
       UPDATE "Inventory" i SET reserved = i.reserved + w.q, "updatedAt" = now()
         FROM wanted w JOIN locked l ON l."productId" = w.p
        WHERE i."storeId" = ${storeParam} AND i."productId" = w.p AND i."onHand" - i.reserved >= w.q
       RETURNING i."productId")`;

/**
 * 换货: the line's reservation moves from \`fromProductId\` to \`toProductId\` in one statement through
 * the same reservation as placing an order. False when the substitute has not enough available; the
 * caller then rolls back (the release is part of the same statement).
 */
export async function moveReservation(db: Queryable, storeId: number, fromProductId: number, toProductId: number, quantity: number): Promise<boolean> {
  const { rows } = await db.query<{ moved: boolean }>(
    `WITH wanted AS (SELECT * FROM unnest($2::int[], $3::int[]) AS w(p, q)),
     ${reserving('$1')}
     SELECT (SELECT count(*) FROM reserved) = 2 AS moved`,
    [storeId, [toProductId, fromProductId], [quantity, -quantity]],
  );
  return rows[0]!.moved;
}

export async function releaseStock(db: Queryable, storeId: number, items: ReadonlyArray<{ productId: number; quantity: number }>): Promise<void> {
  if (items.length === 0) return;
  await db.query(
    `UPDATE "Inventory" i SET reserved = i.reserved - x.q, "updatedAt" = now()
       FROM unnest($2::int[], $3::int[]) AS x(p, q)
      WHERE i."storeId" = $1 AND i."productId" = x.p`,
    [storeId, items.map((i) => i.productId), items.map((i) => i.quantity)],
  );
}

/**
 * The goods left the store: the reservation becomes a sale. On-hand and reserved drop together (what
 * is available does not change), and each line is a SALE row in the stock history, in one statement.
 * On-hand stops at zero: a line handed over although a till sale had left it short was there after all.
 */
export async function consumeStock(
  db: Queryable,
  storeId: number,
  items: ReadonlyArray<{ productId: number; quantity: number }>,
  sale: { reason: string; actorUserId: string | null; at: Date },
): Promise<void> {
  if (items.length === 0) return;
  await db.query(
    `WITH before AS (
       SELECT i."productId", i."onHand" FROM "Inventory" i WHERE i."storeId" = $1 AND i."productId" = ANY($2::int[]) FOR UPDATE
     ),
     sold AS (
       UPDATE "Inventory" i SET "onHand" = GREATEST(i."onHand" - x.q, 0), reserved = i.reserved - x.q, "updatedAt" = $6
         FROM unnest($2::int[], $3::int[]) AS x(p, q) JOIN before b ON b."productId" = x.p
        WHERE i."storeId" = $1 AND i."productId" = x.p
       RETURNING i."productId", b."onHand" AS "onHandFrom", i."onHand" AS "onHandTo"
     )
     INSERT INTO "InventoryMovement" ("storeId", "productId", kind, "onHandFrom", "onHandTo", reason, "actorUserId", "createdAt")
     SELECT $1, "productId", 'SALE', "onHandFrom", "onHandTo", $4, $5, $6 FROM sold`,
    [storeId, items.map((i) => i.productId), items.map((i) => i.quantity), sale.reason, sale.actorUserId, sale.at],
  );
}

/** One more order into the slot, unless it already holds `capacity`: false means full. */
export async function bookSlot(db: Queryable, storeId: number, slotStart: Date, capacity: number): Promise<boolean> {
  if (capacity <= 0) return false;
  const { rowCount } = await db.query(
    `INSERT INTO "StoreSlot" ("storeId", "slotStart", booked) VALUES ($1, $2, 1)
     ON CONFLICT ("storeId", "slotStart") DO UPDATE SET booked = "StoreSlot".booked + 1
      WHERE "StoreSlot".booked < $3`,
    [storeId, slotStart, capacity],
  );
  return rowCount === 1;
}

export async function releaseSlot(db: Queryable, storeId: number, slotStart: Date): Promise<void> {
  await db.query(`UPDATE "StoreSlot" SET booked = booked - 1 WHERE "storeId" = $1 AND "slotStart" = $2 AND booked > 0`, [storeId, slotStart]);
}

/** Where the order stood when its refund was last requested: where a rejection returns it to. */
export async function statusBeforeRefundRequest(db: Queryable, orderId: string): Promise<OrderStatus> {
  const { rows } = await db.query<{ fromStatus: OrderStatus }>(
    `SELECT "fromStatus" FROM "OrderEvent" WHERE "orderId" = $1 AND "toStatus" = 'REFUND_REQUESTED' ORDER BY id DESC LIMIT 1`,
    [orderId],
  );
  return rows[0]!.fromStatus;
}

/** The order a shopper already placed under this idempotency key, if any. */
export async function orderByIdempotencyKey(db: Queryable, userId: string, idempotencyKey: string): Promise<Order | undefined> {
  const { rows } = await db.query<Order>(`SELECT * FROM "Order" WHERE "userId" = $1 AND "idempotencyKey" = $2`, [userId, idempotencyKey]);
  return rows[0];
}

/** Promotions running at `now` at the store, chain-wide ones included, oldest first. */
export async function runningPromotions(db: Queryable, storeId: number, now: Date): Promise<PromotionRow[]> {
  const { rows } = await db.query<PromotionRow>(
    `SELECT id, name, kind, priority, conditions, rewards FROM "Promotion"
      WHERE active AND "startsAt" <= $2 AND "endsAt" > $2 AND ("storeId" IS NULL OR "storeId" = $1)
      ORDER BY id`,
    [storeId, now],
  );
  return rows;
}

/** The user's AVAILABLE coupons, oldest claim first, each with what checkout prices and checks: one statement. */
export async function availableCouponsOf(db: Queryable, userId: string) {
  const { rows } = await db.query<{ id: string } & Pick<Coupon, 'name' | 'kind' | 'value' | 'maxDiscountFen' | 'minSpendFen' | 'validFrom' | 'validTo' | 'storeId'>>(
    `SELECT uc.id, c.name, c.kind, c.value, c."maxDiscountFen", c."minSpendFen", c."validFrom", c."validTo", c."storeId"
       FROM "UserCoupon" uc JOIN "Coupon" c ON c.id = uc."couponId"
      WHERE uc."userId" = $1 AND uc.status = 'AVAILABLE'
      ORDER BY uc."claimedAt", uc.id`,
    [userId],
  );
  return rows.map(({ id, ...coupon }) => ({ id, coupon }));
}

/** AVAILABLE → LOCKED for this order; false when the coupon was used or locked meanwhile. */
export async function lockCoupon(db: Queryable, userCouponId: string, userId: string, orderId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE "UserCoupon" SET status = 'LOCKED', "orderId" = $3 WHERE id = $1 AND "userId" = $2 AND status = 'AVAILABLE'`,
    [userCouponId, userId, orderId],
  );
  return rowCount === 1;
}

export async function useCoupon(db: Queryable, orderId: string, at: Date): Promise<void> {
  await db.query(`UPDATE "UserCoupon" SET status = 'USED', "usedAt" = $2 WHERE "orderId" = $1 AND status = 'LOCKED'`, [orderId, at]);
}

/** Gives the order's coupon back to the shopper (cancel, full refund). */
export async function returnCoupon(db: Queryable, orderId: string): Promise<void> {
  await db.query(
    `UPDATE "UserCoupon" SET status = 'AVAILABLE', "orderId" = NULL, "usedAt" = NULL WHERE "orderId" = $1 AND status IN ('LOCKED', 'USED')`,
    [orderId],
  );
}

export interface NewOrder {
  id: string;
  orderNo: string;
  userId: string;
  channel: 'MINIAPP' | 'STAFF';
  /** The customer for MINIAPP orders; the staff member for 代客下单 */
  placedByUserId: string;
  storeId: number;
  memberId: string | null;
  fulfilment: 'DELIVERY' | 'PICKUP';
  idempotencyKey: string;
  requestHash: string;
  itemsTotalFen: number;
  discountFen: number;
  couponDiscountFen: number;
  pointsUsed: number;
  pointsDiscountFen: number;
  deliveryFeeFen: number;
  payableFen: number;
  userCouponId: string | null;
  pricing: unknown;
  address: unknown;
  promiseStart: Date;
  promiseEnd: Date;
  slotStart: Date;
  pickupCodeHash: string | null;
  pickupCodeExpiresAt: Date | null;
  qrCodeId: number | null;
  campaignId: number | null;
  note: string | null;
  createdAt: Date;
}

/**
 * Every write of a new order in one statement, so placing an order costs one round trip inside its
 * transaction (each statement costs the BFF a socket write, the largest share of its CPU under load):
 * the order row (returned as written), its items, its first event, the lines taken out of the
 * shopper's cart when `clearCart`, and the writes to the rows concurrent orders contend for, whose
 * locks are then held only until the commit right after. Each line's quantity is taken out of what
 * is available at the store (`reservedProductIds` lacks the products without enough) and, only when
 * all were, one order is booked into the slot if it has room (`slotBooked`). Inventory rows are
 * locked in product order, so two orders for the same products never deadlock. The caller rolls
 * back unless every line was reserved. A concurrent retry with the same key fails on the unique
 * index once the first commits, and so reserves nothing.
 */
export async function insertOrderReserving(
  db: Queryable,
  o: NewOrder,
  items: readonly NewOrderItem[],
  placed: { actorUserId: string; actorRole: string; reason: string; clearCart: boolean; slotCapacity: number },
): Promise<{ order: Order; reservedProductIds: number[]; slotBooked: boolean }> {
  const { rows } = await db.query<Order & { reservedProductIds: number[]; slotBooked: boolean }>(
    `WITH wanted AS (SELECT * FROM unnest($30::int[], $33::int[]) AS w(p, q)),
     ${reserving('$4')},
     slot AS (
       INSERT INTO "StoreSlot" ("storeId", "slotStart", booked)
       SELECT $4, $23, 1 WHERE $41 > 0 AND (SELECT count(*) FROM reserved) = cardinality($30::int[])
       ON CONFLICT ("storeId", "slotStart") DO UPDATE SET booked = "StoreSlot".booked + 1 WHERE "StoreSlot".booked < $41
       RETURNING 1),
     o AS (
       INSERT INTO "Order" (id, "orderNo", "userId", "storeId", "memberId", "placedByUserId", channel, fulfilment, "idempotencyKey", "requestHash",
           "itemsTotalFen", "discountFen", "couponDiscountFen", "pointsUsed", "pointsDiscountFen", "deliveryFeeFen", "payableFen",
           "userCouponId", pricing, address, "promiseStart", "promiseEnd", "slotStart", "pickupCodeHash", "qrCodeId", "campaignId", note,
           "createdAt", "updatedAt", "pickupCodeExpiresAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $28, $29)
       RETURNING *),
     items AS (
       INSERT INTO "OrderItem" (id, "orderId", "productId", name, unit, quantity, "unitPriceFen", "lineTotalFen", "lineDiscountFen")
       SELECT gen_random_uuid(), $1, x.* FROM unnest($30::int[], $31::text[], $32::text[], $33::int[], $34::int[], $35::int[], $36::int[]) AS x),
     event AS (
       INSERT INTO "OrderEvent" ("orderId", "fromStatus", "toStatus", "actorUserId", "actorRole", reason, "createdAt")
       VALUES ($1, NULL, 'PENDING_PAYMENT', $37, $38, $39, $28)),
     cart AS (
       DELETE FROM "CartItem" ci USING "Cart" c
        WHERE $40 AND ci."cartId" = c.id AND c."userId" = $3 AND c."storeId" = $4 AND ci."productId" = ANY($30::int[]))
     SELECT o.*, ARRAY(SELECT "productId" FROM reserved) AS "reservedProductIds", EXISTS (SELECT 1 FROM slot) AS "slotBooked" FROM o`,
    [
      o.id, o.orderNo, o.userId, o.storeId, o.memberId, o.placedByUserId, o.channel, o.fulfilment, o.idempotencyKey, o.requestHash,
      o.itemsTotalFen, o.discountFen, o.couponDiscountFen, o.pointsUsed, o.pointsDiscountFen, o.deliveryFeeFen, o.payableFen,
      o.userCouponId, JSON.stringify(o.pricing), o.address === null ? null : JSON.stringify(o.address), o.promiseStart, o.promiseEnd, o.slotStart,
      o.pickupCodeHash, o.qrCodeId, o.campaignId, o.note, o.createdAt, o.pickupCodeExpiresAt,
      items.map((i) => i.productId),
      items.map((i) => i.name),
      items.map((i) => i.unit),
      items.map((i) => i.quantity),
      items.map((i) => i.unitPriceFen),
      items.map((i) => i.lineTotalFen),
      items.map((i) => i.lineDiscountFen),
      placed.actorUserId, placed.actorRole, placed.reason, placed.clearCart, placed.slotCapacity,
    ],
  );
  const { reservedProductIds, slotBooked, ...order } = rows[0]!;
  return { order, reservedProductIds, slotBooked };
}

export interface NewOrderItem {
  productId: number;
  name: string;
  unit: string;
  quantity: number;
  unitPriceFen: number;
  lineTotalFen: number;
  lineDiscountFen: number;
}

export type LockedOrder = Pick<
  NewOrder,
  'id' | 'orderNo' | 'userId' | 'storeId' | 'memberId' | 'fulfilment' | 'payableFen' | 'pointsUsed' | 'userCouponId' | 'slotStart' | 'createdAt'
> & {
  status: OrderStatus;
  refundedFen: number;
  completedAt: Date | null;
};

/** Locks the order row: every change of an order is decided one at a time. */
export async function lockOrder(db: Queryable, orderId: string, options: { skipLocked?: boolean } = {}): Promise<LockedOrder | undefined> {
  const { rows } = await db.query<LockedOrder>(
    `SELECT id, "orderNo", "userId", "storeId", "memberId", fulfilment, status, "payableFen", "refundedFen", "pointsUsed", "userCouponId",
            "slotStart", "createdAt", "completedAt"
       FROM "Order" WHERE id = $1 FOR UPDATE${options.skipLocked ? ' SKIP LOCKED' : ''}`,
    [orderId],
  );
  return rows[0];
}

/** Unpaid orders older than `before`, oldest first; rows another instance is working on are skipped. */
export async function expiredUnpaidOrderIds(db: Queryable, before: Date, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM "Order" WHERE status = 'PENDING_PAYMENT' AND "createdAt" < $1 ORDER BY "createdAt" LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [before, limit],
  );
  return rows.map((row) => row.id);
}

/** Moves the promise; a pickup code's expiry moves with it (it is held for a fixed time after the promise). */
export async function setOrderPromise(db: Queryable, orderId: string, slotStart: Date, promise: { promiseStart: Date; promiseEnd: Date }): Promise<Order> {
  const { rows } = await db.query<Order>(
    `UPDATE "Order" SET "slotStart" = $2, "promiseStart" = $3, "promiseEnd" = $4, "pickupCodeExpiresAt" = "pickupCodeExpiresAt" + ($4::timestamptz - "promiseEnd") WHERE id = $1
     RETURNING *`,
    [orderId, slotStart, promise.promiseStart, promise.promiseEnd],
  );
  return rows[0]!;
}

export async function setOrderStatus(
  db: Queryable,
  orderId: string,
  from: OrderStatus,
  to: OrderStatus,
  at: Date,
  stamp: 'paidAt' | 'completedAt' | 'cancelledAt' | null,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE "Order" SET status = $3, "updatedAt" = $4${stamp ? `, "${stamp}" = $4` : ''} WHERE id = $1 AND status = $2`,
    [orderId, from, to, at],
  );
  return rowCount === 1;
}

export async function insertOrderEvent(
  db: Queryable,
  e: { orderId: string; from: OrderStatus | null; to: OrderStatus; actorUserId: string | null; actorRole: string; reason: string; at: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO "OrderEvent" ("orderId", "fromStatus", "toStatus", "actorUserId", "actorRole", reason, "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.orderId, e.from, e.to, e.actorUserId, e.actorRole, e.reason, e.at],
  );
}

/** An order's lines; \`productId\` is what the store holds for the line: the substitute once there is one. */
export async function orderItemsOf(db: Queryable, orderId: string) {
  const { rows } = await db.query<{ id: string; productId: number; quantity: number; lineTotalFen: number; lineDiscountFen: number; status: string; substituted: boolean }>(
    `SELECT id, COALESCE("substituteProductId", "productId") AS "productId", quantity, "lineTotalFen", "lineDiscountFen", status,
            "substituteProductId" IS NOT NULL AS substituted
       FROM "OrderItem" WHERE "orderId" = $1 ORDER BY "productId"`,
    [orderId],
  );
  return rows;
}

export async function markItemsOutOfStock(db: Queryable, orderId: string, itemIds: readonly string[]): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE "OrderItem" SET status = 'OUT_OF_STOCK' WHERE "orderId" = $1 AND id = ANY($2::uuid[]) AND status <> 'OUT_OF_STOCK'`,
    [orderId, itemIds],
  );
  return rowCount ?? 0;
}

export async function orderItemOf(db: Queryable, orderId: string, itemId: string) {
  const { rows } = await db.query<{ productId: number; name: string; quantity: number; lineTotalFen: number; lineDiscountFen: number; status: string }>(
    `SELECT "productId", name, quantity, "lineTotalFen", "lineDiscountFen", status FROM "OrderItem" WHERE "orderId" = $1 AND id = $2`,
    [orderId, itemId],
  );
  return rows[0];
}

/** 换货: the line records what was supplied instead and counts as picked (the caller holds the order's lock). */
export async function substituteItem(db: Queryable, orderId: string, itemId: string, substitute: { productId: number; name: string }): Promise<void> {
  await db.query(`UPDATE "OrderItem" SET "substituteProductId" = $3, "substituteName" = $4, status = 'PICKED' WHERE "orderId" = $1 AND id = $2`, [
    orderId,
    itemId,
    substitute.productId,
    substitute.name,
  ]);
}

export async function addRefunded(db: Queryable, orderId: string, amountFen: number, at: Date): Promise<void> {
  await db.query(`UPDATE "Order" SET "refundedFen" = "refundedFen" + $2, "updatedAt" = $3 WHERE id = $1`, [orderId, amountFen, at]);
}

