import { randomUUID } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWechatHandlers, devWechatEnv } from '@corner/mocks';
import { DEMO_CLERK_A, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_MEMBER_CARD } from '../../../prisma/seed/demo-accounts.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { callerWith, ok, pickAndReady, placeOrder, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';
import { checkConsistency } from '../consistency/service.ts';
import { WECHAT_NOTIFY_PATH } from './routes.ts';

/**
 * Money of one order paid more than once, over HTTP as the mini-program and WeChat Pay drive it:
 * the member's order, a WeChat prepay left open, stored value, the WeChat payment completing late,
 * the shopper cancelling. WeChat's notifications reach the BFF's real notify endpoint.
 */

// 10:00 on a Wednesday in Shanghai: the seeded stores are open.
const clock = new Date('2026-11-25T02:00:00Z');
let server: TestServer;
const wechat = createWechatHandlers({
  baseUrl: 'http://wechat.test',
  now: () => clock.getTime(),
  deliverNotification: async (_url, n) => {
    const res = await fetch(`${server.url}${WECHAT_NOTIFY_PATH}`, { method: 'POST', headers: n.headers, body: n.body });
    return { status: res.status };
  },
});
const msw = setupServer(...wechat);
let member: Caller;
let manager: Caller;
let clerk: Caller;

const sql = async (text: string, values: unknown[] = []) => (await server.db.pool.query(text, values)).rows;
const balance = async (): Promise<number> => (await sql(`SELECT "storedValueFen" FROM "Member" WHERE id = $1`, [DEMO_MEMBER_CARD.id]))[0].storedValueFen;
const consistency = () => checkConsistency(server.db.pool, { now: clock, refundOverdueHours: 24 });

const PAY = `mutation($id: ID!, $m: PaymentMethod!) { payOrder(orderId: $id, method: $m) { order { status } } }`;
const CANCEL = `mutation($id: ID!) { cancelOrder(orderId: $id, reason: "不想要了") { status } }`;

async function signIn(openid: string): Promise<Caller> {
  const { login } = await ok(callerWith(server.gql, null), `mutation($c: String!) { login(code: $c) { accessToken } }`, { c: `mock:${openid}:${randomUUID()}` });
  return callerWith(server.gql, login.accessToken);
}

/** The shopper paying in the WeChat client (mock control); its notification goes to the BFF. */
async function wechatPays(orderNo: string, deliver = true) {
  const res = await fetch('http://wechat.test/__mock__/pay/confirm', { method: 'POST', body: JSON.stringify({ out_trade_no: orderNo, deliver }) });
  return { status: res.status, ...(await res.json()) };
}

/** A member order with a WeChat prepay open, as when the shopper opened the payment sheet and went back. */
async function orderWithOpenPrepay() {
  const order = await placeOrder(member, { items: [{ productId: '1', quantity: 1 }] });
  expect(order.payableFen).toBe(1530);
  await ok(member, PAY, { id: order.id, m: 'WECHAT_PAY' });
  const [{ orderNo }] = await sql(`SELECT "orderNo" FROM "Order" WHERE id = $1`, [order.id]);
  expect(wechat.state.transactions.get(orderNo)).toMatchObject({ trade_state: 'NOTPAY' });
  return { ...order, orderNo: orderNo as string };
}

/** Each payment of the order with what was refunded against it, by status. */
const paymentsOf = (orderId: string) =>
  sql(
    `SELECT p.method, p.status, p."amountFen",
            COALESCE(SUM(r."amountFen"), 0)::int AS refunded,
            COALESCE(SUM(r."amountFen") FILTER (WHERE r.status = 'SUCCEEDED'), 0)::int AS succeeded
       FROM "Payment" p LEFT JOIN "Refund" r ON r."paymentId" = p.id
      WHERE p."orderId" = $1 GROUP BY p.id ORDER BY p.method::text`,
    [orderId],
  );

const wechatRefundsOf = (orderNo: string) => [...wechat.state.refunds.values()].filter((r) => r.out_trade_no === orderNo).map((r) => r.amount.refund);

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'bypass' });
  server = await startTestServer({
    now: () => clock,
    env: {
      ...devWechatEnv({ mockBaseUrl: 'http://wechat.test', notifyUrl: 'http://bff.test/payments/wechat/notify' }),
      ORDER_EXPIRY_INTERVAL_SECONDS: '0',
      POINTS_EXPIRY_INTERVAL_SECONDS: '0',
      ...UNLIMITED_RATES,
    },
  });
  await sql(`UPDATE "Inventory" SET "onHand" = reserved + 100 WHERE "storeId" = 1 AND "productId" = 1`);
  // The amounts: a 15.30 order against the demo member's 50.00 of stored value.
  await sql(`INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") VALUES (1, 1, 1530, NULL)
             ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = EXCLUDED."priceFen", "memberPriceFen" = NULL`);
  member = await signIn(DEMO_MEMBER.openid);
  manager = await signIn(DEMO_MANAGER_A.openid);
  clerk = await signIn(DEMO_CLERK_A.openid);
}, 60_000);

afterAll(async () => {
  msw.close();
  await server?.close();
});

describe('an order paid with stored value while a WeChat prepay is open', () => {
  it('closes the WeChat transaction first, so the late WeChat payment is refused, and a cancel gives the balance back whole', async () => {
    const start = await balance();
    expect(start).toBe(5000);
    const order = await orderWithOpenPrepay();
    expect((await ok(member, PAY, { id: order.id, m: 'STORED_VALUE' })).payOrder.order.status).toBe('PAID');
    expect(wechat.state.transactions.get(order.orderNo)).toMatchObject({ trade_state: 'CLOSED' });
    expect(await balance()).toBe(start - order.payableFen);

    const late = await wechatPays(order.orderNo);
    expect([late.status, late.code]).toEqual([409, 'ORDER_CLOSED']);

    expect((await ok(member, CANCEL, { id: order.id })).cancelOrder.status).toBe('CANCELLED');
    expect(await balance()).toBe(start);
    expect(await paymentsOf(order.id)).toEqual([
      { method: 'STORED_VALUE', status: 'SUCCEEDED', amountFen: order.payableFen, refunded: order.payableFen, succeeded: order.payableFen },
      { method: 'WECHAT_PAY', status: 'CLOSED', amountFen: order.payableFen, refunded: 0, succeeded: 0 },
    ]);
    expect(wechatRefundsOf(order.orderNo)).toEqual([]);
    expect(await consistency()).toEqual([]);
  });

  it('refunds a WeChat payment that completes anyway to WeChat, and the cancel then returns the stored value: balance back where it was', async () => {
    const start = await balance();
    const order = await orderWithOpenPrepay();
    await ok(member, PAY, { id: order.id, m: 'STORED_VALUE' });
    // WeChat let the payment through after all (the close crossed the shopper's payment).
    wechat.state.transactions.get(order.orderNo)!.trade_state = 'NOTPAY';
    expect((await wechatPays(order.orderNo)).notification.status).toBe(204);
    expect(wechatRefundsOf(order.orderNo)).toEqual([order.payableFen]);
    expect(await balance()).toBe(start - order.payableFen);

    await ok(member, CANCEL, { id: order.id });
    expect(await balance()).toBe(start);
    expect(await paymentsOf(order.id)).toEqual([
      { method: 'STORED_VALUE', status: 'SUCCEEDED', amountFen: order.payableFen, refunded: order.payableFen, succeeded: order.payableFen },
      { method: 'WECHAT_PAY', status: 'SUCCEEDED', amountFen: order.payableFen, refunded: order.payableFen, succeeded: order.payableFen },
    ]);
    // No second refund asked of WeChat for the payment already given back.
    expect(wechatRefundsOf(order.orderNo)).toEqual([order.payableFen]);
    expect(await consistency()).toEqual([]);
  });

  it('gives an approved refund request of a twice-paid order back to stored value, not to the WeChat payment already returned', async () => {
    const start = await balance();
    const order = await orderWithOpenPrepay();
    await ok(member, PAY, { id: order.id, m: 'STORED_VALUE' });
    wechat.state.transactions.get(order.orderNo)!.trade_state = 'NOTPAY';
    expect((await wechatPays(order.orderNo)).notification.status).toBe(204);
    await pickAndReady(clerk, order.id);
    await ok(member, `mutation($id: ID!) { requestRefund(orderId: $id, reason: "买错了") { status } }`, { id: order.id });
    await ok(clerk, `mutation($id: ID!) { resolveRefund(orderId: $id, approve: true, reason: "同意") { status } }`, { id: order.id });
    expect(await balance()).toBe(start);
    expect((await paymentsOf(order.id)).map((p) => [p.method, p.refunded, p.succeeded])).toEqual([
      ['STORED_VALUE', order.payableFen, order.payableFen],
      ['WECHAT_PAY', order.payableFen, order.payableFen],
    ]);
    expect(wechatRefundsOf(order.orderNo)).toEqual([order.payableFen]);
    expect(await consistency()).toEqual([]);
  });

  it('returns each payment to its own method when the cancel races the late WeChat notification', async () => {
    const start = await balance();
    const orders = [];
    expect(start).toBe(5000);
    for (let i = 0; i < 3; i++) {
      const order = await orderWithOpenPrepay();
      await ok(member, PAY, { id: order.id, m: 'STORED_VALUE' });
      wechat.state.transactions.get(order.orderNo)!.trade_state = 'NOTPAY';
      orders.push(order);
    }
    await Promise.all(
      orders.flatMap((order) => [
        ok(member, CANCEL, { id: order.id }),
        wechatPays(order.orderNo).then((late) => expect(late.notification.status).toBe(204)),
      ]),
    );
    expect(await balance()).toBe(start);
    for (const order of orders) {
      expect((await paymentsOf(order.id)).map((p) => [p.method, p.refunded, p.succeeded])).toEqual([
        ['STORED_VALUE', order.payableFen, order.payableFen],
        ['WECHAT_PAY', order.payableFen, order.payableFen],
      ]);
      expect(wechatRefundsOf(order.orderNo)).toEqual([order.payableFen]);
    }
    expect(await consistency()).toEqual([]);
  });

  it('takes nothing from the balance when the WeChat payment had already gone through', async () => {
    const start = await balance();
    const order = await orderWithOpenPrepay();
    // Paid in WeChat, but the notification has not arrived yet.
    await wechatPays(order.orderNo, false);
    const result = await member(PAY, { id: order.id, m: 'STORED_VALUE' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'PAID_BY_WECHAT' });
    expect(result.errors?.[0]?.message).toBe('订单已用微信支付完成，未扣储值');
    expect(await balance()).toBe(start);
    expect((await paymentsOf(order.id)).map((p) => [p.method, p.status])).toEqual([['WECHAT_PAY', 'SUCCEEDED']]);
    expect((await sql(`SELECT status FROM "Order" WHERE id = $1`, [order.id]))[0].status).toBe('PAID');
    expect(await consistency()).toEqual([]);
  });

  it('is refused, changing nothing, while WeChat Pay cannot be reached to close the transaction', async () => {
    const start = await balance();
    const order = await orderWithOpenPrepay();
    msw.use(http.post('http://wechat.test/v3/pay/transactions/out-trade-no/:outTradeNo/close', () => HttpResponse.error(), { once: true }));
    const result = await member(PAY, { id: order.id, m: 'STORED_VALUE' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', reason: 'WECHAT_PAYMENT_OPEN' });
    expect(result.errors?.[0]?.message).toMatch(/微信支付尚未关闭/);
    expect(await balance()).toBe(start);
    expect((await sql(`SELECT status FROM "Order" WHERE id = $1`, [order.id]))[0].status).toBe('PENDING_PAYMENT');
    expect((await paymentsOf(order.id)).map((p) => [p.method, p.status])).toEqual([['WECHAT_PAY', 'CREATED']]);
    expect(wechat.state.transactions.get(order.orderNo)).toMatchObject({ trade_state: 'NOTPAY' });
  });
});

describe('a refund WeChat Pay refuses for good', () => {
  it('is FAILED at once with WeChat reason, listed in the manager 退款异常 (not left PENDING to be sent again)', async () => {
    const order = await orderWithOpenPrepay();
    expect((await wechatPays(order.orderNo)).notification.status).toBe(204);
    // Refunded in full outside this system (e.g. from the merchant platform): WeChat refuses ours.
    const trade = wechat.state.transactions.get(order.orderNo)!;
    trade.refunded = trade.amount.total;
    await ok(member, CANCEL, { id: order.id });

    const [refund] = await sql(`SELECT id, status, "failureReason", "completedAt" FROM "Refund" WHERE "orderId" = $1`, [order.id]);
    expect(refund).toMatchObject({ status: 'FAILED', failureReason: '微信支付拒绝退款（INVALID_REQUEST）：订单已全额退款', completedAt: clock });
    const { staffFailedRefunds } = await ok(manager, `query { staffFailedRefunds(storeId: "1") { id orderNo amountFen failureReason } }`);
    expect(staffFailedRefunds).toContainEqual({ id: refund.id, orderNo: order.orderNo, amountFen: order.payableFen, failureReason: refund.failureReason });
    // Young, it is the store's to settle; past REFUND_OVERDUE_HOURS unsettled the checker reports it.
    expect(await consistency()).toEqual([]);
    const later = await checkConsistency(server.db.pool, { now: new Date(clock.getTime() + 25 * 3_600_000), refundOverdueHours: 24 });
    expect(later).toEqual([{ check: 'refund-overdue', subject: expect.stringContaining(order.orderNo), detail: expect.stringMatching(/^FAILED at .*订单已全额退款.*over 24 hours/) }]);
  });
});
