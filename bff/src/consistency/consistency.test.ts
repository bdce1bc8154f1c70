import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLERK_A, DEMO_HQ_ADMIN, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_MEMBER_CARD } from '../../../prisma/seed/demo-accounts.ts';
import { postReceipts, postStockCounts } from '../../../mocks/src/till/client.ts';
import { startAuthTestServer, type AuthTestServer } from '../../test/auth.ts';
import { callerWith, checkoutInput, handOver, ok, payWithStoredValue, pickAndReady, placeOrder, topUp, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';
import { REPO_ROOT } from '../config.ts';
import { checkConsistency, findInconsistencies } from './service.ts';

// 10:00 on a Wednesday in Shanghai: the seeded stores are open.
const clock = new Date('2026-11-25T02:00:00Z');
let server: AuthTestServer;
let member: Caller;
let clerk: Caller;
const options = { now: clock, refundOverdueHours: 24 };
const sql = async (text: string, values: unknown[] = []) => (await server.db.pool.query(text, values)).rows;

/**
 * The real CLI, as `npm run check:consistency` runs it, against the test database. Asynchronously:
 * a synchronous spawn froze this process's HTTP server for the CLI's few seconds, and a keep-alive
 * socket the server then closed was reused by the next request (ECONNRESET on a slow machine).
 */
function runCli(): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'bff/src/consistency/main.ts')],
      { env: { PATH: process.env.PATH!, DATABASE_URL: server.db.url }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: stdout + stderr }),
    );
  });
}

beforeAll(async () => {
  server = await startAuthTestServer({ now: () => clock, env: { ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  const signIn = async (openid: string) => callerWith(server.gql, (await server.signIn(openid)).accessToken);
  member = await signIn(DEMO_MEMBER.openid);
  clerk = await signIn(DEMO_CLERK_A.openid);
  await sql(`UPDATE "Inventory" SET "onHand" = reserved + 50 WHERE "storeId" = 1 AND "productId" IN (1, 20)`);
  await topUp(await signIn(DEMO_MANAGER_A.openid), DEMO_MEMBER_CARD.cardNo, 100_000);
}, 60_000);

afterAll(() => server?.close());

describe('the consistency checker', () => {
  it('finds nothing wrong in the seeded database, and the CLI exits 0', async () => {
    expect(await checkConsistency(server.db.pool, options)).toEqual([]);
    const cli = await runCli();
    expect(cli.output).toMatch(/^consistent: \d+ checks passed/);
    expect(cli.status).toBe(0);
  });

  it('finds nothing wrong after orders go through every path: paid, handed over, cancelled, partly out of stock, refunded, unpaid; a till receipt', async () => {
    const handedOver = await placeOrder(member);
    await payWithStoredValue(member, handedOver.id);
    await handOver(member, clerk, handedOver.id);

    const cancelledPaid = await placeOrder(member);
    await payWithStoredValue(member, cancelledPaid.id);
    await ok(member, `mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: cancelledPaid.id });

    const { quote } = await ok(member, `query($input: CheckoutInput!) { quote(input: $input) { coupons { userCouponId applicable } } }`, { input: checkoutInput() });
    const coupon = quote.coupons.find((c: { applicable: boolean }) => c.applicable).userCouponId;
    const refunded = await placeOrder(member, { userCouponId: coupon, pointsToUse: 100 });
    await payWithStoredValue(member, refunded.id);
    await ok(clerk, `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { status } }`, { id: refunded.id });
    const { staffOrder } = await ok(clerk, `query($id: ID!) { staffOrder(orderId: $id) { items { id productId } } }`, { id: refunded.id });
    const line = staffOrder.items.find((i: { productId: string }) => i.productId === '20');
    await ok(clerk, `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsOutOfStock(orderId: $id, itemIds: $items) { status } }`, { id: refunded.id, items: [line.id] });
    await pickAndReady(clerk, refunded.id);
    await ok(member, `mutation($id: ID!) { requestRefund(orderId: $id, reason: "不想要了") { status } }`, { id: refunded.id });
    await ok(clerk, `mutation($id: ID!) { resolveRefund(orderId: $id, approve: true, reason: "同意") { status } }`, { id: refunded.id });

    const partly = await placeOrder(member, { items: [{ productId: '1', quantity: 2 }, { productId: '20', quantity: 1 }] });
    await payWithStoredValue(member, partly.id);
    await ok(clerk, `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { status } }`, { id: partly.id });

    await placeOrder(member); // left unpaid: holds stock and its slot
    const cancelledUnpaid = await placeOrder(member);
    await ok(member, `mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: cancelledUnpaid.id });

    const { memberCode } = await ok(member, `{ memberCode { digits } }`);
    const { staffScanMember } = await ok(clerk, `mutation($c: String!) { staffScanMember(storeId: "1", code: $c) { tillToken } }`, { c: memberCode.digits });
    await ok(clerk, `mutation($t: String!) { staffTillEarnPoints(storeId: "1", tillToken: $t, receiptNo: "R-CHK-0001", amountFen: 5000) { pointsEarned } }`, { t: staffScanMember.tillToken });

    const statuses = (await sql(`SELECT status FROM "Order" ORDER BY status`)).map((r) => r.status);
    expect(statuses).toEqual(['PENDING_PAYMENT', 'PICKING', 'COMPLETED', 'CANCELLED', 'CANCELLED', 'REFUNDED']);
    expect(await checkConsistency(server.db.pool, options)).toEqual([]);
  });

  it('finds nothing wrong after till receipts and stock counts, one as of a time before sales it replays', async () => {
    const till = await server.services.integrations.createClient(DEMO_HQ_ADMIN.id, { name: '1号店收银', storeId: 1 });
    const skus = new Map((await sql(`SELECT id, barcode FROM "Product" WHERE id IN (1, 20)`)).map((p) => [p.id as number, p.barcode as string]));
    const ago = (minutes: number) => new Date(clock.getTime() - minutes * 60_000).toISOString();
    const line = (productId: number, quantity: number) => ({ sku: skus.get(productId)!, quantity, amountFen: 350 * quantity });
    const send = (path: 'receipts' | 'counts', rows: unknown[]) =>
      path === 'receipts' ? postReceipts(server.url, till, 1, rows as never, { now: () => clock }) : postStockCounts(server.url, till, 1, rows as never, { now: () => clock });

    const first = await send('receipts', [
      { receiptId: 'CHK-T-1', soldAt: ago(30), lines: [line(1, 2), line(20, 1)] },
      { receiptId: 'CHK-T-2', soldAt: ago(20), lines: [line(1, 1)] },
    ]);
    expect(first.body.applied).toBe(2);
    // Counted an hour ago, recorded now: the till's sales since (3) and the online handovers are replayed on top of it.
    const count = await send('counts', [{ sku: skus.get(1)!, onHand: 40, countedAt: ago(60), reference: 'CHK-COUNT-1' }]);
    const { status, onHand, replayed } = count.body.rows[0];
    expect(status).toBe('APPLIED');
    expect(replayed).toBeLessThanOrEqual(-3);
    expect(onHand).toBe(40 + replayed);
    expect((await send('receipts', [{ receiptId: 'CHK-T-3', soldAt: ago(5), lines: [line(1, 1), line(20, 2)] }])).body.applied).toBe(1);
    expect((await sql(`SELECT "onHand" FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 1`))[0]!.onHand).toBe(onHand - 1);
    expect(await checkConsistency(server.db.pool, options)).toEqual([]);
  });

  /**
   * Each corruption is made in a transaction the checker reads through, then rolled back, so the
   * cases stay independent. `expected` is exactly the set of checks that must complain.
   */
  const corruptions: Array<{ what: string; sql: string; expected: string[] }> = [
    { what: 'reserved stock without an order', sql: `UPDATE "Inventory" SET reserved = reserved + 1 WHERE "storeId" = 1 AND "productId" = 1`, expected: ['reserved-stock'] },
    { what: 'a released reservation of an open order', sql: `UPDATE "Inventory" SET reserved = 0 WHERE "storeId" = 1 AND "productId" = 20`, expected: ['reserved-stock'] },
    { what: 'a slot booked twice', sql: `UPDATE "StoreSlot" SET booked = booked + 1 WHERE "storeId" = 1 AND booked > 0`, expected: ['slot-bookings'] },
    { what: 'points balance off its ledger', sql: `UPDATE "Member" SET "pointsBalance" = "pointsBalance" + 7`, expected: ['points-balance'] },
    {
      what: 'a broken points running balance',
      sql: `UPDATE "PointsEntry" SET "balanceAfter" = "balanceAfter" + 3 WHERE id = (SELECT min(id) FROM "PointsEntry")`,
      expected: ['points-chain'],
    },
    { what: 'stored value off its ledger', sql: `UPDATE "Member" SET "storedValueFen" = "storedValueFen" - 1`, expected: ['stored-value-balance'] },
    {
      what: 'a lost stored-value entry',
      sql: `DELETE FROM "StoredValueEntry" WHERE id = (SELECT min(id) FROM "StoredValueEntry")`,
      expected: ['stored-value-balance', 'stored-value-chain'],
    },
    { what: 'a paid order without its payment', sql: `UPDATE "Payment" SET status = 'FAILED' WHERE "orderId" = (SELECT id FROM "Order" WHERE status = 'PICKING')`, expected: ['order-money'] },
    { what: 'refundedFen beside the refunds', sql: `UPDATE "Order" SET "refundedFen" = "refundedFen" + 1 WHERE status = 'PICKING'`, expected: ['order-money'] },
    {
      what: 'a cancelled paid order never refunded',
      sql: `DELETE FROM "Refund" WHERE "orderId" IN (SELECT id FROM "Order" WHERE status = 'CANCELLED')`,
      expected: ['order-money', 'payment-refunds'],
    },
    {
      what: 'a stored-value refund marked FAILED though the ledger credited it',
      sql: `UPDATE "Refund" SET status = 'FAILED' WHERE "orderId" IN (SELECT id FROM "Order" WHERE status = 'CANCELLED')`,
      expected: ['payment-refunds'],
    },
    {
      what: 'a refund larger than its payment',
      sql: `UPDATE "Refund" SET "amountFen" = "amountFen" + 1 WHERE "orderId" IN (SELECT id FROM "Order" WHERE status = 'CANCELLED')`,
      expected: ['order-money', 'payment-refunds'],
    },
    {
      // The double payment as it used to end: a late WeChat payment refunded twice (the second
      // refund still PENDING), the stored-value payment given nothing. An order's sums balance.
      what: 'a second payment refunded in place of the first',
      sql: `WITH o AS (SELECT id, "orderNo", "payableFen" FROM "Order" WHERE status = 'CANCELLED' AND "paidAt" IS NOT NULL),
                 wx AS (INSERT INTO "Payment" (id, "orderId", method, status, "amountFen", "outTradeNo", "succeededAt")
                        SELECT gen_random_uuid(), id, 'WECHAT_PAY', 'SUCCEEDED', "payableFen", "orderNo", now() FROM o RETURNING id, "orderId", "amountFen"),
                 late AS (INSERT INTO "Refund" (id, "orderId", "paymentId", "outRefundNo", "amountFen", reason, status, "completedAt")
                          SELECT gen_random_uuid(), "orderId", id, 'RLATE' || "orderId", "amountFen", '订单已取消，自动退款', 'SUCCEEDED', now() FROM wx)
            UPDATE "Refund" r SET "paymentId" = wx.id, status = 'PENDING', "completedAt" = NULL FROM wx WHERE r."orderId" = wx."orderId"`,
      expected: ['payment-refunds'],
    },
    {
      what: 'a refund unfinished past REFUND_OVERDUE_HOURS',
      sql: `UPDATE "Refund" SET status = 'PROCESSING', "completedAt" = NULL, "createdAt" = "createdAt" - interval '25 hours'
             WHERE "orderId" IN (SELECT id FROM "Order" WHERE status = 'CANCELLED')`,
      expected: ['payment-refunds', 'refund-overdue'],
    },
    {
      what: 'a failed refund the store has not settled past REFUND_OVERDUE_HOURS',
      sql: `UPDATE "Refund" SET status = 'FAILED', "completedAt" = "completedAt" - interval '25 hours'
             WHERE "orderId" IN (SELECT id FROM "Order" WHERE status = 'CANCELLED')`,
      expected: ['payment-refunds', 'refund-overdue'],
    },
    { what: 'an order marked paid while unpaid', sql: `UPDATE "Order" SET status = 'PAID' WHERE status = 'PENDING_PAYMENT'`, expected: ['order-money', 'order-complete'] },
    { what: 'an order without its lines', sql: `DELETE FROM "OrderItem" WHERE "orderId" IN (SELECT id FROM "Order" WHERE status = 'PENDING_PAYMENT')`, expected: ['reserved-stock', 'order-complete'] },
    {
      what: 'one coupon on two live orders',
      sql: `UPDATE "Order" SET "userCouponId" = (SELECT id FROM "UserCoupon" ORDER BY "claimedAt" LIMIT 1) WHERE status IN ('PICKING', 'PENDING_PAYMENT')`,
      expected: ['coupon-use'],
    },
    { what: 'a coupon used and then still available', sql: `UPDATE "UserCoupon" SET status = 'LOCKED', "orderId" = NULL WHERE id = (SELECT id FROM "UserCoupon" LIMIT 1)`, expected: ['coupon-use'] },
    { what: 'more coupons than issued', sql: `UPDATE "Coupon" SET "issuedCount" = "issuedCount" - 1 WHERE "issuedCount" > 0`, expected: ['coupon-issue'] },
    {
      what: 'a pickup verified twice',
      sql: `INSERT INTO "OrderEvent" ("orderId", "fromStatus", "toStatus", "actorRole", reason) SELECT id, 'READY_FOR_PICKUP', 'COMPLETED', 'staff', 'again' FROM "Order" WHERE status = 'COMPLETED'`,
      expected: ['pickup-verification'],
    },
    { what: 'a pickup verified but not handed over', sql: `UPDATE "Order" SET "verifiedAt" = now() WHERE status = 'PICKING'`, expected: ['pickup-verification'] },
    {
      what: 'on-hand changed without a movement',
      sql: `UPDATE "Inventory" SET "onHand" = "onHand" + 1 WHERE "storeId" = 1 AND "productId" = 1`,
      expected: ['stock-movements'],
    },
    {
      what: 'a movement whose figures were altered',
      sql: `UPDATE "InventoryMovement" SET "onHandTo" = "onHandTo" - 1 WHERE id = (SELECT max(id) FROM "InventoryMovement" WHERE "storeId" = 1 AND "productId" = 20)`,
      expected: ['stock-movements'],
    },
    { what: 'a till receipt whose points differ', sql: `UPDATE "TillReceipt" SET "pointsEarned" = "pointsEarned" + 1 WHERE "receiptNo" = 'R-CHK-0001'`, expected: ['till-receipt-points'] },
  ];

  it.each(corruptions)('detects $what', async ({ sql: corrupt, expected }) => {
    const client = await server.db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(corrupt);
      const found = await findInconsistencies(client, options);
      expect([...new Set(found.map((f) => f.check))].sort()).toEqual([...expected].sort());
      for (const f of found) expect(f.detail).not.toBe('');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('the CLI lists what is wrong and exits 1', async () => {
    await sql(`UPDATE "Inventory" SET reserved = reserved + 2 WHERE "storeId" = 1 AND "productId" = 1`);
    try {
      const cli = await runCli();
      expect(cli.status).toBe(1);
      expect(cli.output).toMatch(/1 inconsistencies:\n {2}reserved-stock: store 1 × product 1: reserved \d+, open orders hold \d+/);
    } finally {
      await sql(`UPDATE "Inventory" SET reserved = reserved - 2 WHERE "storeId" = 1 AND "productId" = 1`);
    }
    expect(await checkConsistency(server.db.pool, options)).toEqual([]);
  });
});
