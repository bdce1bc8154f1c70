/**
 * Orders that already happened, written as plain rows with everything the order platform would have
 * left behind: lines, the status events, the WeChat Pay payment, refunds, the slot booking and (for an
 * order still open) the stock it holds. The rows agree with every check of `npm run check:consistency`.
 * The demo start uses it to give store 1 a recent past (today so far and the same weekday a week
 * before), so the manager's figures show something; tests use it to put orders at exact instants.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Queryable } from '../../bff/src/db/transaction.ts';
import { DEMO_CLERK_A, DEMO_STORE_A_ID } from './demo-accounts.ts';
import { int, pick, rngFor, type Rng } from './random.ts';

export interface PastOrderLine {
  productId: number;
  quantity: number;
  unitPriceFen: number;
  /** the store had none: the line's share went back to the shopper (give it a refund of that amount) */
  outOfStock?: boolean;
}

export interface PastOrder {
  storeId: number;
  userId: string;
  fulfilment: 'DELIVERY' | 'PICKUP';
  lines: PastOrderLine[];
  paidAt: Date;
  promiseEnd: Date;
  /** PAID → PICKING */
  acceptedAt?: Date;
  /** PICKING → READY_FOR_PICKUP (pickup) or OUT_FOR_DELIVERY (delivery) */
  handedAt?: Date;
  /** handed over to the shopper or delivered */
  completedAt?: Date;
  /** cancelled after payment, refunded whole; before acceptance the slot is given back */
  cancelledAt?: Date;
  /** partial refunds (out-of-stock lines), succeeded */
  refunds?: Array<{ amountFen: number; at: Date }>;
  qrCodeId?: number;
  /** the staff member who accepted, readied and handed it over */
  staffUserId?: string;
}

export interface PastScan {
  qrCodeId: number;
  visitorId: string;
  userId?: string;
  scannedAt: Date;
}

const OPEN = new Set(['PAID', 'PICKING', 'READY_FOR_PICKUP', 'OUT_FOR_DELIVERY']);
const MINUTE_MS = 60_000;
const SLOT_MS = 30 * MINUTE_MS;

function statusOf(order: PastOrder): string {
  if (order.cancelledAt) return 'CANCELLED';
  if (order.completedAt) return 'COMPLETED';
  if (order.handedAt) return order.fulfilment === 'PICKUP' ? 'READY_FOR_PICKUP' : 'OUT_FOR_DELIVERY';
  return order.acceptedAt ? 'PICKING' : 'PAID';
}

function eventsOf(order: PastOrder, createdAt: Date): Array<{ to: string; at: Date; role: string; reason: string }> {
  const events = [
    { to: 'PENDING_PAYMENT', at: createdAt, role: 'shopper', reason: '下单' },
    { to: 'PAID', at: order.paidAt, role: 'system', reason: '支付成功' },
  ];
  if (order.acceptedAt) events.push({ to: 'PICKING', at: order.acceptedAt, role: 'staff', reason: '接单拣货' });
  if (order.handedAt) events.push({ to: order.fulfilment === 'PICKUP' ? 'READY_FOR_PICKUP' : 'OUT_FOR_DELIVERY', at: order.handedAt, role: 'staff', reason: '拣货完成' });
  if (order.completedAt) events.push({ to: 'COMPLETED', at: order.completedAt, role: 'staff', reason: order.fulfilment === 'PICKUP' ? '顾客已取货' : '已送达' });
  if (order.cancelledAt) events.push({ to: 'CANCELLED', at: order.cancelledAt, role: 'staff', reason: '门店取消' });
  return events;
}

const orderNoOf = (at: Date, n: number) => `${new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14)}${String(n).padStart(6, '0')}`;

/** Writes the orders; returns their ids in the same order. Run inside a transaction to have all or none. */
export async function writePastOrders(db: Queryable, orders: readonly PastOrder[]): Promise<string[]> {
  const { rows: [{ base }] } = await db.query<{ base: number }>(`SELECT count(*)::int AS base FROM "Order"`);
  const { rows: products } = await db.query<{ id: number; name: string }>(
    `SELECT id, name FROM "Product" WHERE id = ANY($1::int[])`,
    [[...new Set(orders.flatMap((o) => o.lines.map((l) => l.productId)))]],
  );
  const names = new Map(products.map((p) => [p.id, p.name]));
  const ids: string[] = [];
  for (const [index, order] of orders.entries()) {
    const id = randomUUID();
    const createdAt = new Date(order.paidAt.getTime() - MINUTE_MS);
    const orderNo = orderNoOf(createdAt, 900_000 + ((base + index) % 100_000));
    const payableFen = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0);
    const refunds = order.cancelledAt ? [{ amountFen: payableFen, at: order.cancelledAt }] : (order.refunds ?? []);
    const refundedFen = refunds.reduce((sum, r) => sum + r.amountFen, 0);
    const status = statusOf(order);
    const staff = order.staffUserId ?? null;
    const pickupVerified = order.fulfilment === 'PICKUP' && order.completedAt ? order.completedAt : null;
    const slotStart = new Date(Math.floor((order.promiseEnd.getTime() - SLOT_MS) / SLOT_MS) * SLOT_MS);
    await db.query(
      `INSERT INTO "Order" (id, "orderNo", "userId", "storeId", "placedByUserId", fulfilment, status, "idempotencyKey", "requestHash",
          "itemsTotalFen", "payableFen", "refundedFen", pricing, address, "promiseStart", "promiseEnd", "slotStart", "qrCodeId",
          "verifiedByUserId", "verifiedAt", "createdAt", "updatedAt", "paidAt", "completedAt", "cancelledAt")
       VALUES ($1, $2, $3, $4, $3, $5, $6::"OrderStatus", $7, $7, $8, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
          greatest($18::timestamptz, $19::timestamptz, $20::timestamptz, $21::timestamptz), $19, $20, $21)`,
      [
        id, orderNo, order.userId, order.storeId, order.fulfilment, status, `past-${id}`, payableFen, refundedFen,
        JSON.stringify(pricingOf(order.lines, names, payableFen)),
        order.fulfilment === 'DELIVERY' ? JSON.stringify({ contactName: '王先生', phone: '13900000000', detail: '人民广场附近', lat: 31.2304, lng: 121.4737 }) : null,
        new Date(order.promiseEnd.getTime() - SLOT_MS), order.promiseEnd, slotStart, order.qrCodeId ?? null,
        pickupVerified && staff, pickupVerified, createdAt, order.paidAt, order.completedAt ?? null, order.cancelledAt ?? null,
      ],
    );
    const lineStatus = order.handedAt ? 'PICKED' : 'PENDING';
    await db.query(
      `INSERT INTO "OrderItem" (id, "orderId", "productId", name, unit, quantity, "unitPriceFen", "lineTotalFen", status)
       SELECT gen_random_uuid(), $1, p.id, p.name, p.unit, x.quantity, x.price, x.quantity * x.price, x.status::"OrderItemStatus"
         FROM unnest($2::int[], $3::int[], $4::int[], $5::text[]) AS x(product, quantity, price, status)
         JOIN "Product" p ON p.id = x.product`,
      [id, order.lines.map((l) => l.productId), order.lines.map((l) => l.quantity), order.lines.map((l) => l.unitPriceFen),
        order.lines.map((l) => (l.outOfStock ? 'OUT_OF_STOCK' : lineStatus))],
    );
    const events = eventsOf(order, createdAt);
    await db.query(
      `INSERT INTO "OrderEvent" ("orderId", "fromStatus", "toStatus", "actorUserId", "actorRole", reason, "createdAt")
       SELECT $1, x."from"::"OrderStatus", x."to"::"OrderStatus", CASE WHEN x.role = 'staff' THEN $2::uuid END, x.role, x.reason, x.at
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) WITH ORDINALITY AS x("from", "to", role, reason, at, n)
        ORDER BY x.n`,
      [id, staff, events.map((e, i) => (i === 0 ? null : events[i - 1]!.to)), events.map((e) => e.to), events.map((e) => e.role),
        events.map((e) => e.reason), events.map((e) => e.at)],
    );
    const { rows: [payment] } = await db.query<{ id: string }>(
      `INSERT INTO "Payment" (id, "orderId", method, status, "amountFen", "outTradeNo", "transactionId", "createdAt", "succeededAt")
       VALUES (gen_random_uuid(), $1, 'WECHAT_PAY', 'SUCCEEDED', $2, $3, $4, $5, $5) RETURNING id`,
      [id, payableFen, orderNo, `4200${orderNo}`, order.paidAt],
    );
    for (const [i, refund] of refunds.entries()) {
      await db.query(
        `INSERT INTO "Refund" (id, "orderId", "paymentId", "outRefundNo", "amountFen", reason, status, "createdAt", "completedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'SUCCEEDED', $6, $6)`,
        [id, payment!.id, `${orderNo}R${i + 1}`, refund.amountFen, order.cancelledAt ? '门店取消' : '缺货退款', refund.at],
      );
    }
    // A slot is given back only when the order is cancelled before picking starts.
    if (!(order.cancelledAt && !order.acceptedAt)) {
      await db.query(
        `INSERT INTO "StoreSlot" ("storeId", "slotStart", booked) VALUES ($1, $2, 1)
         ON CONFLICT ("storeId", "slotStart") DO UPDATE SET booked = "StoreSlot".booked + 1`,
        [order.storeId, slotStart],
      );
    }
    if (OPEN.has(status)) {
      const held = order.lines.filter((l) => !l.outOfStock);
      await db.query(
        `UPDATE "Inventory" i SET reserved = i.reserved + x.quantity, "onHand" = greatest(i."onHand", i.reserved + x.quantity)
           FROM unnest($2::int[], $3::int[]) AS x(product, quantity)
          WHERE i."storeId" = $1 AND i."productId" = x.product`,
        [order.storeId, held.map((l) => l.productId), held.map((l) => l.quantity)],
      );
    }
    ids.push(id);
  }
  return ids;
}

/** The pricing an order was quoted: list prices, no promotion, so its lines are what the shopper paid. */
function pricingOf(lines: readonly PastOrderLine[], names: ReadonlyMap<number, string>, payableFen: number) {
  return {
    lines: lines.map((l) => {
      const total = l.quantity * l.unitPriceFen;
      return { productId: l.productId, name: names.get(l.productId), quantity: l.quantity, priceFen: l.unitPriceFen, memberPriceFen: null, unitPriceFen: l.unitPriceFen, originalTotalFen: total, lineTotalFen: total, discountFen: 0, payableFen: total, adjustments: [] };
    }),
    originalTotalFen: payableFen, memberDiscountFen: 0, itemsTotalFen: payableFen, itemPromotionDiscountFen: 0, thresholdDiscountFen: 0,
    promotionDiscountFen: 0, couponDiscountFen: 0, goodsFen: payableFen, maxPointsUsable: 0, pointsUsed: 0, pointsDiscountFen: 0,
    deliveryFeeFen: 0, payableFen, belowMinimumFen: 0, appliedPromotionIds: [], hints: [],
  };
}

export async function writePastScans(db: Queryable, scans: readonly PastScan[]): Promise<void> {
  await db.query(
    `INSERT INTO "QrScan" ("qrCodeId", "visitorId", "userId", "scannedAt")
     SELECT * FROM unnest($1::int[], $2::text[], $3::uuid[], $4::timestamptz[])`,
    [scans.map((s) => s.qrCodeId), scans.map((s) => s.visitorId), scans.map((s) => s.userId ?? null), scans.map((s) => s.scannedAt)],
  );
}

// ---------------------------------------------------------------- the demo chain's recent past

const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Orders per hour of a city-centre convenience store: breakfast, lunch and the evening peak. */
const ORDERS_PER_HOUR = [1, 0, 0, 0, 0, 0, 1, 3, 5, 3, 2, 4, 6, 4, 2, 2, 3, 5, 7, 6, 4, 3, 2, 1];
const SHOPPERS = 16;
/** Only orders this old are written, so each has run its course (picked, handed over) by the demo's now. */
const SETTLED_MS = 70 * MINUTE_MS;

const shopperId = (n: number) => `00000000-0000-4000-8000-${String(900 + n).padStart(12, '0')}`;
const startOfShanghaiDay = (at: Date) => new Date(Math.floor((at.getTime() + 8 * HOUR_MS) / DAY_MS) * DAY_MS - 8 * HOUR_MS);

interface HistoryProduct {
  id: number;
  priceFen: number;
}

/**
 * Store 1's orders of today until `now` and of the same weekday a week before, with picking times,
 * a few late promises, out-of-stock refunds and a cancellation, and its QR codes' scans today (some
 * of whose shoppers order, and order again). The same orders and scans for the same `now`.
 */
export function buildDemoHistory(now: Date, products: readonly HistoryProduct[], seed = 1): { orders: PastOrder[]; scans: PastScan[] } {
  const rng = rngFor(seed, 'history');
  const today = startOfShanghaiDay(now);
  const orders: PastOrder[] = [];
  const scans: PastScan[] = [];
  // The first few products sell most, as the shelf's best sellers do.
  const product = () => products[Math.floor(products.length * rng() * rng())]!;
  for (const [day, weight] of [[new Date(today.getTime() - 7 * DAY_MS), 1], [today, 1.15]] as const) {
    ORDERS_PER_HOUR.forEach((perHour, hour) => {
      const count = Math.round(perHour * weight + rng() * 0.8);
      for (let i = 0; i < count; i++) {
        const paidAt = new Date(day.getTime() + hour * HOUR_MS + int(rng, 0, 59) * MINUTE_MS + int(rng, 0, 59) * 1000);
        if (paidAt.getTime() > now.getTime() - SETTLED_MS) continue;
        orders.push(pastOrder(rng, paidAt, product, orders.length));
      }
    });
  }
  // Today's QR traffic: door poster, shelf code and the campaign stand; about one scan in four orders.
  const visitors = 24;
  const hoursSoFar = Math.max(1, Math.floor((now.getTime() - SETTLED_MS - today.getTime()) / HOUR_MS));
  for (let v = 0; v < visitors; v++) {
    const scannedAt = new Date(today.getTime() + int(rng, 7, Math.max(7, hoursSoFar)) * HOUR_MS + int(rng, 0, 3599) * 1000);
    if (scannedAt.getTime() > now.getTime() - SETTLED_MS) continue;
    const qrCodeId = pick(rng, [1, 2, 3, 3]);
    const userId = shopperId((v % SHOPPERS) + 1);
    for (let s = int(rng, 1, 2); s > 0; s--) scans.push({ qrCodeId, visitorId: `demo-visitor-${v + 1}`, userId, scannedAt: new Date(scannedAt.getTime() - s * 20_000) });
    const buys = orders.find((o) => o.userId === userId && o.qrCodeId === undefined && o.paidAt > scannedAt && o.paidAt.getTime() < scannedAt.getTime() + HOUR_MS);
    if (buys && !buys.cancelledAt) buys.qrCodeId = qrCodeId;
  }
  return { orders, scans };
}

function pastOrder(rng: Rng, paidAt: Date, product: () => HistoryProduct, n: number): PastOrder {
  const at = (minutes: number) => new Date(paidAt.getTime() + minutes * MINUTE_MS);
  const lines = new Map<number, PastOrderLine>();
  for (let l = int(rng, 1, 3); l > 0; l--) {
    const p = product();
    lines.set(p.id, { productId: p.id, quantity: int(rng, 1, 3), unitPriceFen: p.priceFen });
  }
  const base = { storeId: DEMO_STORE_A_ID, userId: shopperId((n % SHOPPERS) + 1), fulfilment: rng() < 0.6 ? 'DELIVERY' as const : 'PICKUP' as const, paidAt, promiseEnd: at(30), staffUserId: DEMO_CLERK_A.id };
  if (n % 29 === 11) return { ...base, lines: [...lines.values()], cancelledAt: at(4) };
  const accepted = int(rng, 1, 3);
  const late = rng() < 0.08;
  const picking = late ? 30 - accepted + int(rng, 2, 7) : int(rng, 3, 11) + rng();
  const handed = accepted + picking;
  const list = [...lines.values()];
  const short = n % 13 === 5 && list.length > 1 ? list[list.length - 1]! : null;
  if (short) short.outOfStock = true;
  return {
    ...base,
    lines: list,
    acceptedAt: at(accepted),
    handedAt: at(handed),
    completedAt: at(handed + int(rng, 5, 20)),
    refunds: short ? [{ amountFen: short.quantity * short.unitPriceFen, at: at(accepted + 2) }] : [],
  };
}

/** Writes store 1's recent past (buildDemoHistory) and its shoppers, in one transaction. */
export async function seedDemoHistory(pool: pg.Pool, now: Date): Promise<{ orders: number; scans: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: products } = await client.query<HistoryProduct>(
      `SELECT p.id, coalesce(sp."priceFen", p."basePriceFen") AS "priceFen"
         FROM "Product" p LEFT JOIN "StorePrice" sp ON sp."storeId" = $1 AND sp."productId" = p.id
        WHERE p.active AND cardinality(p."imageIds") > 0
        ORDER BY p.featured DESC, p.id LIMIT 24`,
      [DEMO_STORE_A_ID],
    );
    await client.query(
      `INSERT INTO "User" (id, openid, nickname, "createdAt")
       SELECT id, 'demo-history-' || n, '顾客' || n, $2 FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)`,
      [Array.from({ length: SHOPPERS }, (_, i) => shopperId(i + 1)), new Date(now.getTime() - 30 * DAY_MS)],
    );
    const { orders, scans } = buildDemoHistory(now, products);
    await writePastOrders(client, orders);
    await writePastScans(client, scans);
    await client.query('COMMIT');
    return { orders: orders.length, scans: scans.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
