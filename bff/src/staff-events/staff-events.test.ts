import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWechatHandlers, devWechatEnv } from '@corner/mocks';
import { DEMO_CLERK_A, DEMO_CLERK_B, DEMO_MANAGER_A, DEMO_MEMBER } from '../../../prisma/seed/demo-accounts.ts';
import { startPeerServer, startTestServer, type TestServer } from '../../test/server.ts';
import { callerWith, ok, placeOrder, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';
import { subscribeSse, subscribeWs, type Subscription } from '../../test/subscriptions.ts';
import { WECHAT_NOTIFY_PATH } from '../payments/routes.ts';

/**
 * New orders reach the store's staff by themselves, across BFF instances: two instances over one
 * database, staff subscribed on A (WebSocket, as the mini-program) and on B (SSE), the shopper's
 * WeChat payment notification landing on B. Real PostgreSQL LISTEN/NOTIFY, real HTTP on loopback.
 */

// 10:00 on a Wednesday in Shanghai: the seeded stores are open.
const clock = new Date('2026-11-25T02:00:00Z');
let a: TestServer;
let b: TestServer;
const wechat = createWechatHandlers({
  baseUrl: 'http://wechat.test',
  now: () => clock.getTime(),
  // WeChat Pay calls whichever instance the load balancer picks: here always B.
  deliverNotification: async (_url, n) => {
    const res = await fetch(`${b.url}${WECHAT_NOTIFY_PATH}`, { method: 'POST', headers: n.headers, body: n.body });
    return { status: res.status };
  },
});
const msw = setupServer(...wechat);
const tokens = {} as Record<'clerkA' | 'clerkB' | 'managerA' | 'shopper', string>;
let shopper: Caller;
let clerkA: Caller;

const EVENTS = `subscription($storeId: ID!) { staffStoreEvents(storeId: $storeId) { type storeId orderId orderNo status at } }`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function signIn(openid: string): Promise<string> {
  const { login } = await ok(callerWith(a.gql, null), `mutation($c: String!) { login(code: $c) { accessToken } }`, { c: `mock:${openid}:${randomUUID()}` });
  return login.accessToken;
}

/** A subscription that is listening: its first event, RESYNC, says nothing after it can be missed. */
async function listening(subscription: Promise<Subscription>): Promise<Subscription> {
  const s = await subscription;
  expect((await s.next()).data?.staffStoreEvents).toMatchObject({ type: 'RESYNC', orderId: null });
  return s;
}

/** A pickup order of the shopper at store 1, paid in WeChat; resolves when B has answered WeChat's notification. */
async function orderPaidThroughWechat(): Promise<{ id: string; orderNo: string; notifiedAt: number }> {
  const order = await placeOrder(shopper, { items: [{ productId: '1', quantity: 1 }] });
  await ok(shopper, `mutation($id: ID!) { payOrder(orderId: $id, method: WECHAT_PAY) { order { status } } }`, { id: order.id });
  const { orderNo } = (await a.db.pool.query(`SELECT "orderNo" FROM "Order" WHERE id = $1`, [order.id])).rows[0];
  const notifiedAt = Date.now();
  const res = await fetch('http://wechat.test/__mock__/pay/confirm', { method: 'POST', body: JSON.stringify({ out_trade_no: orderNo, deliver: true }) });
  expect(((await res.json()) as { notification: { status: number } }).notification.status).toBe(204);
  return { id: order.id, orderNo, notifiedAt };
}

async function until(condition: () => boolean, timeoutMs = 3_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'bypass' });
  const env = {
    ...devWechatEnv({ mockBaseUrl: 'http://wechat.test', notifyUrl: 'http://bff.test/payments/wechat/notify' }),
    ORDER_EXPIRY_INTERVAL_SECONDS: '0',
    POINTS_EXPIRY_INTERVAL_SECONDS: '0',
    ...UNLIMITED_RATES,
  };
  a = await startTestServer({ now: () => clock, env });
  b = await startPeerServer(a, { now: () => clock, env });
  await a.db.pool.query(`UPDATE "Inventory" SET "onHand" = reserved + 100 WHERE "storeId" = 1 AND "productId" = 1`);
  tokens.clerkA = await signIn(DEMO_CLERK_A.openid);
  tokens.clerkB = await signIn(DEMO_CLERK_B.openid);
  tokens.managerA = await signIn(DEMO_MANAGER_A.openid);
  tokens.shopper = await signIn(DEMO_MEMBER.openid);
  shopper = callerWith(a.gql, tokens.shopper);
  clerkA = callerWith(a.gql, tokens.clerkA);
}, 60_000);

afterAll(async () => {
  msw.close();
  await b?.close();
  await a?.close();
});

describe('staffStoreEvents', () => {
  it('tells staff on instance A (WebSocket) and B (SSE) of an order paid through a notification landing on B, within the issue\'s 5 seconds', async () => {
    const onA = await listening(subscribeWs(a.url, EVENTS, { storeId: '1' }, tokens.clerkA));
    // Its store written inline, not as a variable: graphql-jit's subscribe used to lose such arguments.
    const onB = await listening(subscribeSse(b.url, EVENTS.replace('($storeId: ID!)', '').replace('$storeId', '"1"'), {}, bearer(tokens.managerA)));
    const otherStore = await listening(subscribeWs(a.url, EVENTS, { storeId: '2' }, tokens.clerkB));

    const order = await orderPaidThroughWechat();
    const paid = { type: 'ORDER_PAID', storeId: '1', orderId: order.id, orderNo: order.orderNo, status: 'PAID', at: clock.toISOString() };
    expect((await onA.next(5_000)).data?.staffStoreEvents).toEqual(paid);
    expect((await onB.next(5_000)).data?.staffStoreEvents).toEqual(paid);
    expect(Date.now() - order.notifiedAt).toBeLessThan(5_000);

    // Staff work on it is heard too; and nothing of store 1 ever reaches store 2's staff.
    await ok(clerkA, `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { status } }`, { id: order.id });
    expect((await onA.next(1_000)).data?.staffStoreEvents).toMatchObject({ type: 'ORDER_UPDATED', orderId: order.id, status: 'PICKING' });
    await expect(otherStore.next(300)).rejects.toThrow('no event');
    for (const s of [onA, onB, otherStore]) s.close();
  });

  it('says ORDER_CANCELLED when a paid order is cancelled, and nothing for an unpaid one, which is not in the queue', async () => {
    const events = await listening(subscribeWs(a.url, EVENTS, { storeId: '1' }, tokens.clerkA));
    const unpaid = await placeOrder(shopper, { items: [{ productId: '1', quantity: 1 }] });
    await ok(shopper, `mutation($id: ID!) { cancelOrder(orderId: $id, reason: "不要了") { status } }`, { id: unpaid.id });
    const paid = await orderPaidThroughWechat();
    expect((await events.next(1_000)).data?.staffStoreEvents).toMatchObject({ type: 'ORDER_PAID', orderId: paid.id });
    await ok(shopper, `mutation($id: ID!) { cancelOrder(orderId: $id, reason: "不要了") { status } }`, { id: paid.id });
    expect((await events.next(1_000)).data?.staffStoreEvents).toMatchObject({ type: 'ORDER_CANCELLED', orderId: paid.id, status: 'CANCELLED' });
    events.close();
  });

  it.each([
    ['a clerk of another store', 'clerkB', '1', 'FORBIDDEN'],
    ['a shopper', 'shopper', '1', 'FORBIDDEN'],
    ['a stranger', null, '1', 'UNAUTHENTICATED'],
    ['anyone, for a malformed store id', 'clerkA', 'x', 'BAD_USER_INPUT'],
  ] as const)('refuses %s, with a code, over both transports', async (_who, role, storeId, code) => {
    const token = role ? tokens[role] : null;
    const ws = await subscribeWs(a.url, EVENTS, { storeId }, token);
    const sse = await subscribeSse(b.url, EVENTS, { storeId }, token ? bearer(token) : {});
    for (const refused of [ws, sse]) {
      const result = await refused.next();
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      await refused.ended;
    }
    // Nothing stays subscribed (the previous test's clients may still be leaving).
    await until(() => a.services.storeEvents.subscriberCount() === 0);
  });

  it('forgets a subscriber whose client went away, on either transport', async () => {
    const ws = await listening(subscribeWs(a.url, EVENTS, { storeId: '1' }, tokens.clerkA));
    const sse = await listening(subscribeSse(a.url, EVENTS, { storeId: '1' }, bearer(tokens.clerkA)));
    expect(a.services.storeEvents.subscriberCount()).toBe(2);
    ws.close();
    await until(() => a.services.storeEvents.subscriberCount() === 1);
    sse.close();
    await until(() => a.services.storeEvents.subscriberCount() === 0);
  });

  it('reconnects its listener when the PostgreSQL connection drops, says RESYNC, and goes on delivering', async () => {
    const events = await listening(subscribeWs(a.url, EVENTS, { storeId: '1' }, tokens.clerkA));
    const { rowCount } = await a.db.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN staff_store_events'`,
    );
    // One listener per instance, whatever the number of subscribers: A's and B's.
    expect(rowCount).toBe(2);
    expect((await events.next(5_000)).data?.staffStoreEvents).toMatchObject({ type: 'RESYNC' });
    const order = await orderPaidThroughWechat();
    expect((await events.next(1_000)).data?.staffStoreEvents).toMatchObject({ type: 'ORDER_PAID', orderId: order.id });
    events.close();
  });

  it('stops telling a clerk removed from the store, on a stream opened before the removal', async () => {
    const events = await listening(subscribeSse(b.url, EVENTS, { storeId: '1' }, bearer(tokens.clerkA)));
    const { rows: removed } = await a.db.pool.query(
      `DELETE FROM "StaffMembership" WHERE "userId" = $1 AND "storeId" = 1 RETURNING "userId", "storeId", "roleId"`,
      [DEMO_CLERK_A.id],
    );
    try {
      await orderPaidThroughWechat();
      const result = await events.next(5_000);
      expect(result.data?.staffStoreEvents ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    } finally {
      events.close();
      await a.db.pool.query(`INSERT INTO "StaffMembership" (id, "userId", "storeId", "roleId") VALUES (gen_random_uuid(), $1, $2, $3)`, [
        removed[0].userId,
        removed[0].storeId,
        removed[0].roleId,
      ]);
    }
  });
});
