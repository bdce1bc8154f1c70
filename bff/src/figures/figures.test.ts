import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLERK_A, DEMO_CLERK_B, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';
import { writePastOrders, writePastScans, type PastOrder } from '../../../prisma/seed/history.ts';
import { startAuthTestServer, type AuthTestServer } from '../../test/auth.ts';

/** An instant given as Asia/Shanghai wall-clock time. */
const sh = (local: string) => new Date(`${local}+08:00`);
const DAY = '2026-11-25'; // a Wednesday
const LAST_WEEK = '2026-11-18';
// 14:30 in Shanghai: today's hours 15–23 have not begun.
const clock = sh(`${DAY}T14:30:00`);
const [P1, P2, P3] = [1, 2, 3];
const STORE_POSTER = 3; // seeded: the door poster of store 1 (id = store id + 2)
const SHELF_CODE = 1;
const OTHER_STORE_POSTER = 4;

const FIELDS = `date lastWeekDate orders salesFen averageTicketFen tillReceipts tillSalesFen pickedOrders averagePickingSeconds
  promisesDue promisesKept onTimeRate lateOrders refunds refundedFen
  hours { hour orders salesFen lastWeekOrders lastWeekSalesFen }
  topProducts { productId name image { thumb } quantity salesFen }
  qrFunnel { scans visitors orders repeatOrders }`;

let server: AuthTestServer;
let figures: Record<string, any>;
const sql = async (text: string, values: unknown[] = []) => (await server.db.pool.query(text, values)).rows;
const staff = DEMO_CLERK_A.id;

/**
 * Today's orders of store 1, and the ones just outside it: each line says what it is there to test.
 * Known values follow from them (sales 4400 fen over 6 orders, 2 late of 5 decided promises, …), and
 * every figure is also compared with plain SQL over Shanghai wall-clock dates, independent of the
 * service's instants.
 */
const ORDERS: PastOrder[] = [
  // H: paid at the very first instant of today; picked in 2 minutes, on time.
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'PICKUP', lines: [{ productId: P1, quantity: 4, unitPriceFen: 300 }], paidAt: sh(`${DAY}T00:00:00.000`),
    acceptedAt: sh(`${DAY}T00:02:00`), handedAt: sh(`${DAY}T00:04:00`), completedAt: sh(`${DAY}T00:20:00`), promiseEnd: sh(`${DAY}T00:30:00`), staffUserId: staff },
  // A: from the door poster; picked in 5 minutes, on time.
  { storeId: 1, userId: DEMO_SHOPPER.id, fulfilment: 'PICKUP', lines: [{ productId: P1, quantity: 2, unitPriceFen: 300 }, { productId: P2, quantity: 1, unitPriceFen: 500 }],
    paidAt: sh(`${DAY}T09:10:00`), acceptedAt: sh(`${DAY}T09:12:00`), handedAt: sh(`${DAY}T09:17:00`), completedAt: sh(`${DAY}T09:40:00`), promiseEnd: sh(`${DAY}T09:40:00`),
    qrCodeId: STORE_POSTER, staffUserId: staff },
  // E: cancelled after payment and refunded whole: an order of the day, no sales, no promise, no best seller.
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'DELIVERY', lines: [{ productId: P2, quantity: 2, unitPriceFen: 500 }], paidAt: sh(`${DAY}T10:00:00`),
    cancelledAt: sh(`${DAY}T10:05:00`), promiseEnd: sh(`${DAY}T10:30:00`), staffUserId: staff },
  // B: one line out of stock (refunded), picked in 10½ minutes, handed on 1½ minutes late.
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'DELIVERY', lines: [{ productId: P1, quantity: 1, unitPriceFen: 300 }, { productId: P3, quantity: 1, unitPriceFen: 800, outOfStock: true }],
    paidAt: sh(`${DAY}T11:05:00`), acceptedAt: sh(`${DAY}T11:06:00`), handedAt: sh(`${DAY}T11:16:30`), completedAt: sh(`${DAY}T11:30:00`), promiseEnd: sh(`${DAY}T11:15:00`),
    refunds: [{ amountFen: 800, at: sh(`${DAY}T11:10:00`) }], staffUserId: staff },
  // C: from the shelf code; nobody has accepted it and its promise has passed: late.
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'PICKUP', lines: [{ productId: P2, quantity: 3, unitPriceFen: 500 }], paidAt: sh(`${DAY}T13:50:00`),
    promiseEnd: sh(`${DAY}T14:20:00`), qrCodeId: SHELF_CODE },
  // D: the poster's shopper again (a repeat order); being picked, promised for later: not decided yet.
  { storeId: 1, userId: DEMO_SHOPPER.id, fulfilment: 'PICKUP', lines: [{ productId: P1, quantity: 1, unitPriceFen: 300 }], paidAt: sh(`${DAY}T14:10:00`),
    acceptedAt: sh(`${DAY}T14:12:00`), promiseEnd: sh(`${DAY}T14:45:00`), staffUserId: staff },
  // F: paid in yesterday's last millisecond, so not today's order; but picked (5 minutes), promised and partly refunded today.
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'PICKUP', lines: [{ productId: P3, quantity: 5, unitPriceFen: 800 }], paidAt: sh('2026-11-24T23:59:59.999'),
    acceptedAt: sh(`${DAY}T00:01:00`), handedAt: sh(`${DAY}T00:06:00`), completedAt: sh(`${DAY}T00:15:00`), promiseEnd: sh(`${DAY}T00:20:00`),
    refunds: [{ amountFen: 800, at: sh(`${DAY}T00:10:00`) }], staffUserId: staff },
  // G: paid at tomorrow's first instant (by someone else, or it would be a repeat order of C's shopper).
  { storeId: 1, userId: DEMO_CLERK_B.id, fulfilment: 'PICKUP', lines: [{ productId: P3, quantity: 1, unitPriceFen: 800 }], paidAt: sh('2026-11-26T00:00:00.000'),
    promiseEnd: sh('2026-11-26T00:30:00') },
  // Another store's order today.
  { storeId: 2, userId: DEMO_MEMBER.id, fulfilment: 'PICKUP', lines: [{ productId: P1, quantity: 9, unitPriceFen: 300 }], paidAt: sh(`${DAY}T09:00:00`),
    acceptedAt: sh(`${DAY}T09:01:00`), handedAt: sh(`${DAY}T09:30:00`), completedAt: sh(`${DAY}T09:50:00`), promiseEnd: sh(`${DAY}T09:20:00`) },
  // The same weekday a week before: hours 9, 11 and 23 (its last millisecond); the millisecond before it is the day before.
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'PICKUP', lines: [{ productId: P1, quantity: 3, unitPriceFen: 300 }], paidAt: sh(`${LAST_WEEK}T09:30:00`),
    acceptedAt: sh(`${LAST_WEEK}T09:31:00`), handedAt: sh(`${LAST_WEEK}T09:35:00`), completedAt: sh(`${LAST_WEEK}T09:50:00`), promiseEnd: sh(`${LAST_WEEK}T10:00:00`) },
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'PICKUP', lines: [{ productId: P2, quantity: 1, unitPriceFen: 500 }], paidAt: sh(`${LAST_WEEK}T11:59:59.999`),
    acceptedAt: sh(`${LAST_WEEK}T12:01:00`), handedAt: sh(`${LAST_WEEK}T12:05:00`), completedAt: sh(`${LAST_WEEK}T12:20:00`), promiseEnd: sh(`${LAST_WEEK}T12:30:00`) },
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'PICKUP', lines: [{ productId: P2, quantity: 2, unitPriceFen: 500 }], paidAt: sh(`${LAST_WEEK}T23:59:59.999`),
    acceptedAt: sh('2026-11-19T00:01:00'), handedAt: sh('2026-11-19T00:05:00'), completedAt: sh('2026-11-19T00:20:00'), promiseEnd: sh('2026-11-19T00:30:00') },
  { storeId: 1, userId: DEMO_MEMBER.id, fulfilment: 'PICKUP', lines: [{ productId: P3, quantity: 1, unitPriceFen: 800 }], paidAt: sh('2026-11-17T23:59:59.999'),
    acceptedAt: sh(`${LAST_WEEK}T00:01:00`), handedAt: sh(`${LAST_WEEK}T00:05:00`), completedAt: sh(`${LAST_WEEK}T00:20:00`), promiseEnd: sh(`${LAST_WEEK}T00:30:00`) },
];

beforeAll(async () => {
  server = await startAuthTestServer({ now: () => clock, env: { ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0' } });
  await writePastOrders(server.db.pool, ORDERS);
  await writePastScans(server.db.pool, [
    { qrCodeId: STORE_POSTER, visitorId: 'visitor-one', userId: DEMO_SHOPPER.id, scannedAt: sh(`${DAY}T09:00:00`) },
    { qrCodeId: STORE_POSTER, visitorId: 'visitor-one', userId: DEMO_SHOPPER.id, scannedAt: sh(`${DAY}T09:05:00`) },
    { qrCodeId: SHELF_CODE, visitorId: 'visitor-one', scannedAt: sh(`${DAY}T12:00:00`) },
    { qrCodeId: SHELF_CODE, visitorId: 'visitor-two', userId: DEMO_MEMBER.id, scannedAt: sh(`${DAY}T13:45:00`) },
    { qrCodeId: STORE_POSTER, visitorId: 'visitor-three', scannedAt: sh(`${DAY}T00:00:00.000`) },
    { qrCodeId: STORE_POSTER, visitorId: 'visitor-four', scannedAt: sh('2026-11-24T23:59:59.999') },
    { qrCodeId: OTHER_STORE_POSTER, visitorId: 'visitor-five', scannedAt: sh(`${DAY}T10:00:00`) },
  ]);
  await sql(`INSERT INTO "TillReceipt" (id, "storeId", "receiptNo", "memberId", "amountFen", "pointsEarned", "staffUserId", "createdAt")
             SELECT gen_random_uuid(), 1, 'FIG-1', id, 1590, 0, $1, $2 FROM "Member" LIMIT 1`, [staff, sh(`${DAY}T08:00:00`)]);
  const manager = await server.signIn(DEMO_MANAGER_A.openid);
  const result = await server.gql(`query($s: ID!) { staffTodayFigures(storeId: $s) { ${FIELDS} } }`, { s: '1' }, server.bearer(manager));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  figures = result.data!.staffTodayFigures;
});

afterAll(async () => {
  await server?.close();
});

/** Shanghai calendar date of a timestamptz column, in SQL. */
const localDate = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;

describe('a store manager’s figures of today', () => {
  it('counts orders and sales of orders paid on the Shanghai calendar day, the first millisecond in and the last one of yesterday out', async () => {
    const [truth] = await sql(
      `SELECT count(*)::int AS orders, sum("payableFen" - "refundedFen")::int AS "salesFen",
              round(sum("payableFen" - "refundedFen")::numeric / count(*))::int AS "averageTicketFen"
         FROM "Order" WHERE "storeId" = 1 AND ${localDate('"paidAt"')} = $1::date`,
      [DAY],
    );
    expect({ orders: figures.orders, salesFen: figures.salesFen, averageTicketFen: figures.averageTicketFen }).toEqual(truth);
    expect(truth).toEqual({ orders: 6, salesFen: 4400, averageTicketFen: 733 });
    expect(figures).toMatchObject({ date: DAY, lastWeekDate: LAST_WEEK });
  });

  it('averages picking from acceptance to handing on over the orders handed on today', async () => {
    const [truth] = await sql(
      `SELECT count(*)::int AS "pickedOrders", round(avg(extract(epoch FROM handed - accepted)))::int AS "averagePickingSeconds" FROM (
         SELECT min(e."createdAt") FILTER (WHERE e."toStatus" = 'PICKING') AS accepted,
                min(e."createdAt") FILTER (WHERE e."toStatus" IN ('READY_FOR_PICKUP', 'OUT_FOR_DELIVERY')) AS handed
           FROM "Order" o JOIN "OrderEvent" e ON e."orderId" = o.id WHERE o."storeId" = 1 GROUP BY o.id) t
        WHERE ${localDate('handed')} = $1::date`,
      [DAY],
    );
    expect({ pickedOrders: figures.pickedOrders, averagePickingSeconds: figures.averagePickingSeconds }).toEqual(truth);
    expect(truth).toEqual({ pickedOrders: 4, averagePickingSeconds: Math.round((120 + 300 + 630 + 300) / 4) });
  });

  it('keeps a promise when the order is handed on by its end; late when after it, or not yet picked past it', async () => {
    const [truth] = await sql(
      `SELECT count(*) FILTER (WHERE handed <= "promiseEnd")::int AS kept,
              count(*) FILTER (WHERE handed > "promiseEnd" OR (handed IS NULL AND status IN ('PAID', 'PICKING') AND "promiseEnd" < $2))::int AS late
         FROM (SELECT o.status, o."promiseEnd",
                      (SELECT min(e."createdAt") FROM "OrderEvent" e WHERE e."orderId" = o.id AND e."toStatus" IN ('READY_FOR_PICKUP', 'OUT_FOR_DELIVERY')) AS handed
                 FROM "Order" o WHERE o."storeId" = 1 AND o."paidAt" IS NOT NULL AND ${localDate('o."promiseEnd"')} = $1::date) t`,
      [DAY, clock],
    );
    expect({ kept: figures.promisesKept, late: figures.lateOrders, due: figures.promisesDue }).toEqual({ ...truth, due: truth.kept + truth.late });
    expect(truth).toEqual({ kept: 3, late: 2 });
    expect(figures.onTimeRate).toBeCloseTo(3 / 5, 10);
  });

  it('counts the refunds recorded today, of orders paid any day', async () => {
    const [truth] = await sql(
      `SELECT count(*)::int AS refunds, sum(r."amountFen")::int AS "refundedFen"
         FROM "Refund" r JOIN "Order" o ON o.id = r."orderId" WHERE o."storeId" = 1 AND ${localDate('r."createdAt"')} = $1::date`,
      [DAY],
    );
    expect({ refunds: figures.refunds, refundedFen: figures.refundedFen }).toEqual(truth);
    expect(truth).toEqual({ refunds: 3, refundedFen: 2600 });
  });

  it('counts till purchases recorded today', async () => {
    const [truth] = await sql(
      `SELECT count(*)::int AS "tillReceipts", coalesce(sum("amountFen"), 0)::int AS "tillSalesFen" FROM "TillReceipt" WHERE "storeId" = 1 AND ${localDate('"createdAt"')} = $1::date`,
      [DAY],
    );
    expect({ tillReceipts: figures.tillReceipts, tillSalesFen: figures.tillSalesFen }).toEqual(truth);
    expect(truth.tillReceipts).toBe(1);
  });

  it('gives every hour of today against the same hour a week before, and no figure for hours not begun', async () => {
    const rows = await sql(
      `SELECT ${localDate('"paidAt"')} = $1::date AS today, extract(hour FROM "paidAt" AT TIME ZONE 'Asia/Shanghai')::int AS hour,
              count(*)::int AS orders, sum("payableFen" - "refundedFen")::int AS sales
         FROM "Order" WHERE "storeId" = 1 AND ${localDate('"paidAt"')} IN ($1::date, $2::date) GROUP BY 1, 2`,
      [DAY, LAST_WEEK],
    );
    const truth = (today: boolean, hour: number) => rows.find((r) => r.today === today && r.hour === hour);
    expect(figures.hours.map((h: { hour: number }) => h.hour)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    for (const h of figures.hours) {
      const begun = h.hour <= 14;
      expect(h).toEqual({
        hour: h.hour,
        orders: begun ? (truth(true, h.hour)?.orders ?? 0) : null,
        salesFen: begun ? (truth(true, h.hour)?.sales ?? 0) : null,
        lastWeekOrders: truth(false, h.hour)?.orders ?? 0,
        lastWeekSalesFen: truth(false, h.hour)?.sales ?? 0,
      });
    }
    expect(figures.hours.filter((h: { orders: number | null }) => h.orders).map((h: { hour: number }) => h.hour)).toEqual([0, 9, 10, 11, 13, 14]);
    expect(figures.hours.filter((h: { lastWeekOrders: number }) => h.lastWeekOrders).map((h: { hour: number }) => h.hour)).toEqual([9, 11, 23]);
  });

  it('ranks today’s best sellers by units supplied, leaving out out-of-stock lines and cancelled orders', async () => {
    const truth = await sql(
      `SELECT i."productId"::text AS "productId", sum(i.quantity)::int AS quantity, sum(i."lineTotalFen" - i."lineDiscountFen")::int AS "salesFen"
         FROM "Order" o JOIN "OrderItem" i ON i."orderId" = o.id
        WHERE o."storeId" = 1 AND ${localDate('o."paidAt"')} = $1::date AND o.status NOT IN ('CANCELLED', 'REFUNDED') AND i.status <> 'OUT_OF_STOCK'
        GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1::int LIMIT 5`,
      [DAY],
    );
    expect(figures.topProducts.map(({ productId, quantity, salesFen }: Record<string, unknown>) => ({ productId, quantity, salesFen }))).toEqual(truth);
    expect(truth.map((t) => [t.productId, t.quantity])).toEqual([[String(P1), 8], [String(P2), 4]]);
    const [product] = await sql(`SELECT name, "imageIds"[1] AS image FROM "Product" WHERE id = $1`, [P1]);
    expect(figures.topProducts[0]).toMatchObject({ name: product.name, image: { thumb: `/images/${product.image}/thumb-240` } });
  });

  it('follows the store’s codes from scans to visitors, paid orders and repeat orders', async () => {
    const [truth] = await sql(
      `WITH codes AS (SELECT id FROM "QrCode" WHERE "storeId" = 1),
            attributed AS (SELECT * FROM "Order" WHERE "qrCodeId" IN (SELECT id FROM codes) AND ${localDate('"createdAt"')} = $1::date AND "paidAt" IS NOT NULL)
       SELECT (SELECT count(*)::int FROM "QrScan" WHERE "qrCodeId" IN (SELECT id FROM codes) AND ${localDate('"scannedAt"')} = $1::date) AS scans,
              (SELECT count(DISTINCT "visitorId")::int FROM "QrScan" WHERE "qrCodeId" IN (SELECT id FROM codes) AND ${localDate('"scannedAt"')} = $1::date) AS visitors,
              (SELECT count(*)::int FROM attributed) AS orders,
              (SELECT count(DISTINCT r.id)::int FROM attributed a JOIN "Order" r ON r."userId" = a."userId" AND r."paidAt" IS NOT NULL
                 AND r."createdAt" > a."createdAt" AND r."createdAt" <= a."createdAt" + interval '30 days') AS "repeatOrders"`,
      [DAY],
    );
    expect(figures.qrFunnel).toEqual(truth);
    expect(truth).toEqual({ scans: 5, visitors: 3, orders: 2, repeatOrders: 1 });
  });
});
