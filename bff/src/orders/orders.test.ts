import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPaymentNotification, buildRefundNotification, createWechatHandlers, DEV_WECHAT_CREDENTIALS, devWechatEnv } from '@corner/mocks';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { createServices } from '../services.ts';
import { DomainError } from '../graphql/errors.ts';
import { WECHAT_NOTIFY_PATH } from '../payments/routes.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import type { PlaceOrderInput } from './service.ts';
import { slotStartOf } from './slots.ts';

const SHOPPER = '00000000-0000-4000-8000-000000000001';
const MEMBER = '00000000-0000-4000-8000-000000000002';
const CLERK = { role: 'staff' as const, userId: '00000000-0000-4000-8000-000000000003' };
const STORE = 1;

let clock = Date.now();
const now = () => new Date(clock);
// WeChat delivers notifications to the public notify URL; here that is the test server itself.
const wechat = createWechatHandlers({
  baseUrl: 'http://wechat.test',
  now: () => clock,
  deliverNotification: async (_url, n) => {
    const res = await fetch(`${server.url}${WECHAT_NOTIFY_PATH}`, { method: 'POST', headers: n.headers, body: n.body });
    return { status: res.status };
  },
});
const msw = setupServer(...wechat);
const env = {
  ...devWechatEnv({ mockBaseUrl: 'http://wechat.test', notifyUrl: 'http://bff.test/payments/wechat/notify' }),
  WECHAT_ORDER_STATUS_TEMPLATE_ID: 'tmpl-order-status',
  ORDER_EXPIRY_INTERVAL_SECONDS: '0',
  POINTS_EXPIRY_INTERVAL_SECONDS: '0',
  DEMO_LOGIN_ENABLED: 'true',
};
let server: TestServer;
let services: ReturnType<typeof createServices>;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

/** Everything an order can hold or change: compared before and after refused requests. */
async function snapshot() {
  const q = async (sql: string) => (await server.db.pool.query(sql)).rows;
  return {
    inventory: await q(`SELECT sum(reserved)::int AS reserved, sum("onHand")::int AS "onHand", min("onHand" - reserved) AS "minAvailable" FROM "Inventory"`),
    orders: await q(`SELECT count(*)::int AS n FROM "Order"`),
    slots: await q(`SELECT coalesce(sum(booked), 0)::int AS booked FROM "StoreSlot"`),
    coupons: await q(`SELECT id, status FROM "UserCoupon" ORDER BY id`),
    members: await q(`SELECT "pointsBalance", "storedValueFen" FROM "Member" ORDER BY id`),
    payments: await q(`SELECT count(*)::int AS n FROM "Payment"`),
  };
}

async function setStock(productId: number, available: number) {
  await server.db.pool.query(`UPDATE "Inventory" SET "onHand" = reserved + $3 WHERE "storeId" = $1 AND "productId" = $2`, [STORE, productId, available]);
}

/** Store 1's price of a product, without a member price, so amounts in a test are known. */
async function setPrice(productId: number, priceFen: number) {
  await server.db.pool.query(
    `INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") VALUES ($1, $2, $3, NULL)
     ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = EXCLUDED."priceFen", "memberPriceFen" = NULL`,
    [STORE, productId, priceFen],
  );
}

/** A pickup order input priced by a quote first, as the mini-program does. */
async function checkout(userId: string, items: Array<{ productId: number; quantity: number }>, extra: Partial<PlaceOrderInput> = {}): Promise<PlaceOrderInput> {
  const base = { storeId: STORE, items, fulfilment: 'PICKUP' as const, ...extra };
  const quote = await services.orders.quote(userId, base);
  return { idempotencyKey: `key-${Math.random().toString(36).slice(2, 12)}`, expectedPayableFen: quote.pricing.payableFen, ...base };
}

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'bypass' });
  server = await startTestServer({ env, now });
  for (const productId of [1, 20, 30, 60, 70, 71, 80, 81]) await setStock(productId, 30);
  await setPrice(60, 1500);
  await setPrice(80, 1000);
  await setPrice(81, 800);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', H5_DIST_DIR: '', DATABASE_URL: server.db.url, ...env });
  services = createServices({ config, logger: createLogger('silent'), db: { url: server.db.url, pool: server.db.pool, prisma: server.db.prisma, close: async () => undefined }, now });
});

afterAll(async () => {
  msw.close();
  await server?.close();
});

beforeEach(() => {
  clock = Date.now();
});

describe('placing orders', () => {
  it('sells the last 10 units to exactly 10 of 50 concurrent orders', async () => {
    const productId = 7;
    await setStock(productId, 10);
    const input = await checkout(SHOPPER, [{ productId, quantity: 1 }]);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => codeOf(services.orders.placeOrder(SHOPPER, { ...input, idempotencyKey: `race-stock-${i}` }))),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(10);
    expect(new Set(results.filter((r) => r !== 'OK'))).toEqual(new Set(['OUT_OF_STOCK']));
    const { rows } = await server.db.pool.query(`SELECT "onHand" - reserved AS available, reserved, "onHand" FROM "Inventory" WHERE "storeId" = $1 AND "productId" = $2`, [STORE, productId]);
    expect(rows[0].available).toBe(0);
    const negative = await server.db.pool.query(`SELECT count(*)::int AS n FROM "Inventory" WHERE reserved < 0 OR "onHand" < 0 OR reserved > "onHand"`);
    expect(negative.rows[0].n).toBe(0);
  });

  it('never books a slot beyond its capacity under concurrent orders', async () => {
    await server.db.pool.query(`UPDATE "Store" SET "pickingCapacity" = 3 WHERE id = $1`, [STORE]);
    // Beyond the slots the orders of the test above took (the current slot holds fewer the later it is).
    const slotStart = new Date(slotStartOf(now(), 30).getTime() + 4 * 30 * 60_000);
    const input = await checkout(SHOPPER, [{ productId: 20, quantity: 1 }], { slotStart });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => codeOf(services.orders.placeOrder(SHOPPER, { ...input, idempotencyKey: `race-slot-${i}` }))),
    );
    await server.db.pool.query(`UPDATE "Store" SET "pickingCapacity" = 6 WHERE id = $1`, [STORE]);
    expect(results.filter((r) => r === 'OK')).toHaveLength(3);
    expect(new Set(results.filter((r) => r !== 'OK'))).toEqual(new Set(['SLOT_FULL']));
    const { rows } = await server.db.pool.query(`SELECT booked FROM "StoreSlot" WHERE "storeId" = $1 AND "slotStart" = $2`, [STORE, slotStart]);
    expect(rows[0].booked).toBe(3);
  });

  it('reserves all lines of an order or none, and orders naming the same products in either order never deadlock', async () => {
    const [a, b] = [40, 41];
    const available = async (productId: number) =>
      (await server.db.pool.query(`SELECT "onHand" - reserved AS n FROM "Inventory" WHERE "storeId" = $1 AND "productId" = $2`, [STORE, productId])).rows[0].n;
    await setStock(a, 100);
    await setStock(b, 1);
    const short = await checkout(SHOPPER, [{ productId: a, quantity: 1 }, { productId: b, quantity: 1 }]);
    await setStock(b, 0);
    expect(await codeOf(services.orders.placeOrder(SHOPPER, short))).toBe('OUT_OF_STOCK');
    expect(await available(a)).toBe(100);

    await setStock(b, 100);
    const forward = await checkout(SHOPPER, [{ productId: a, quantity: 1 }, { productId: b, quantity: 2 }]);
    const backward = await checkout(SHOPPER, [{ productId: b, quantity: 2 }, { productId: a, quantity: 1 }]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => codeOf(services.orders.placeOrder(SHOPPER, { ...(i % 2 ? forward : backward), idempotencyKey: `both-ways-${i}` }))),
    );
    expect(results).toEqual(Array(20).fill('OK'));
    expect([await available(a), await available(b)]).toEqual([80, 60]);
  });

  it('returns the same order for a retried key and refuses the key for another cart', async () => {
    const input = await checkout(SHOPPER, [{ productId: 30, quantity: 2 }]);
    const [a, b] = await Promise.all([services.orders.placeOrder(SHOPPER, input), services.orders.placeOrder(SHOPPER, input)]);
    const c = await services.orders.placeOrder(SHOPPER, input);
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
    // A retry after the price changed still gets the order placed at the old price, not PRICE_CHANGED.
    await setPrice(30, input.expectedPayableFen + 500);
    expect((await services.orders.placeOrder(SHOPPER, input)).id).toBe(a.id);
    const other = await checkout(SHOPPER, [{ productId: 30, quantity: 3 }]);
    expect(await codeOf(services.orders.placeOrder(SHOPPER, { ...other, idempotencyKey: input.idempotencyKey }))).toBe('CONFLICT');
    const { rows } = await server.db.pool.query(`SELECT count(*)::int AS n FROM "OrderItem" WHERE "orderId" = $1`, [a.id]);
    expect(rows[0].n).toBe(1);
  });

  it('tells the shopper when the price changed since the quote and reserves nothing', async () => {
    const input = await checkout(SHOPPER, [{ productId: 40, quantity: 1 }]);
    await setPrice(40, input.expectedPayableFen + 100);
    const before = await snapshot();
    expect(await codeOf(services.orders.placeOrder(SHOPPER, input))).toBe('PRICE_CHANGED');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad input with a specific code and changes nothing', async () => {
    const member = await server.db.prisma.member.findUniqueOrThrow({ where: { userId: MEMBER } });
    const [percentCoupon] = await server.db.prisma.userCoupon.findMany({ where: { userId: MEMBER, couponId: 2 } });
    const [amountCoupon] = await server.db.prisma.userCoupon.findMany({ where: { userId: MEMBER, couponId: 1 } });
    await server.db.pool.query(`DELETE FROM "Inventory" WHERE "storeId" = $1 AND "productId" = 50`, [STORE]);
    const product = await server.db.prisma.product.findUniqueOrThrow({ where: { id: 60 } });
    const far = { contactName: '张三', phone: '13800000009', detail: '某小区1号', lat: 31.3, lng: 121.6 };
    const pastSlot = new Date(slotStartOf(now(), 30).getTime() - 60 * 60_000);
    const place = (userId: string, input: Partial<PlaceOrderInput>) =>
      services.orders.placeOrder(userId, { storeId: STORE, items: [{ productId: 60, quantity: 1 }], fulfilment: 'PICKUP', idempotencyKey: `bad-${Math.random().toString(36).slice(2, 12)}`, expectedPayableFen: 0, ...input });
    const cases: Array<[string, () => Promise<unknown>, string]> = [
      ['zero quantity', () => place(SHOPPER, { items: [{ productId: 60, quantity: 0 }] }), 'BAD_USER_INPUT'],
      ['negative quantity', () => place(SHOPPER, { items: [{ productId: 60, quantity: -1 }] }), 'BAD_USER_INPUT'],
      ['above the per-item limit', () => place(SHOPPER, { items: [{ productId: 60, quantity: product.maxPerOrder + 1 }] }), 'BAD_USER_INPUT'],
      ['not sold at this store', () => place(SHOPPER, { items: [{ productId: 50, quantity: 1 }] }), 'PRODUCT_NOT_SOLD_HERE'],
      ['address outside the area', () => place(SHOPPER, { fulfilment: 'DELIVERY', address: far }), 'OUTSIDE_DELIVERY_AREA'],
      ['slot in the past', () => place(SHOPPER, { slotStart: pastSlot }), 'SLOT_UNAVAILABLE'],
      ['coupon of someone else', () => place(SHOPPER, { userCouponId: percentCoupon!.id }), 'COUPON_NOT_APPLICABLE'],
      ['coupon below its minimum spend', () => place(MEMBER, { userCouponId: amountCoupon!.id }), 'COUPON_NOT_APPLICABLE'],
      ['more points than the balance', () => place(MEMBER, { pointsToUse: member.pointsBalance + 1 }), 'INSUFFICIENT_BALANCE'],
      ['points without membership', () => place(SHOPPER, { pointsToUse: 10 }), 'INSUFFICIENT_BALANCE'],
    ];
    const before = await snapshot();
    for (const [name, attempt, code] of cases) expect([name, await codeOf(attempt())]).toEqual([name, code]);

    // A used and an expired coupon.
    await server.db.pool.query(`UPDATE "UserCoupon" SET status = 'USED' WHERE id = $1`, [percentCoupon!.id]);
    expect(await codeOf(place(MEMBER, { userCouponId: percentCoupon!.id }))).toBe('COUPON_NOT_APPLICABLE');
    await server.db.pool.query(`UPDATE "UserCoupon" SET status = 'AVAILABLE' WHERE id = $1`, [percentCoupon!.id]);
    await server.db.pool.query(`UPDATE "Coupon" SET "validTo" = $1 WHERE id = 2`, [new Date(clock - 1000)]);
    expect(await codeOf(place(MEMBER, { userCouponId: percentCoupon!.id }))).toBe('COUPON_NOT_APPLICABLE');
    await server.db.pool.query(`UPDATE "Coupon" SET "validTo" = '2030-12-31T15:59:59Z' WHERE id = 2`);

    // A full slot.
    await server.db.pool.query(`UPDATE "Store" SET "pickingCapacity" = 0 WHERE id = $1`, [STORE]);
    expect(await codeOf(place(SHOPPER, {}))).toBe('SLOT_FULL');
    await server.db.pool.query(`UPDATE "Store" SET "pickingCapacity" = 6 WHERE id = $1`, [STORE]);

    expect(await snapshot()).toEqual(before);
  });

  it('refuses a note over 200 characters with its own message, writes nothing, and keeps a note of 200 whole', async () => {
    const items = [{ productId: 20, quantity: 1 }];
    const input = await checkout(SHOPPER, items);
    const long = `${'请放在门口'.repeat(40)}谢`;
    const refusal = async (attempt: Promise<unknown>) => {
      try {
        await attempt;
      } catch (error) {
        return error instanceof DomainError ? { code: error.code, message: error.message, details: error.details } : error;
      }
      return 'accepted';
    };
    const before = await snapshot();
    const expected = { code: 'BAD_USER_INPUT', message: '备注最多200个字，收到 201 个字', details: { field: 'note', maxLength: 200 } };
    expect(await refusal(services.orders.placeOrder(SHOPPER, { ...input, note: long }))).toEqual(expected);
    expect(await refusal(services.orders.quote(SHOPPER, { ...input, note: long }))).toEqual(expected);
    expect(await snapshot()).toEqual(before);

    // 200 characters, each an emoji of two UTF-16 units: not too long, and stored whole.
    const full = '🍙'.repeat(200);
    const order = await services.orders.placeOrder(SHOPPER, { ...input, idempotencyKey: `note-${Date.now()}`, note: full });
    expect((await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).note).toBe(full);
  });
});

describe('quote', () => {
  it('returns the breakdown with per-line promotions and the best-offer hint', async () => {
    const quote = await services.orders.quote(MEMBER, { storeId: STORE, items: [{ productId: 1, quantity: 1 }], fulfilment: 'PICKUP' });
    expect(quote.isMember).toBe(true);
    expect(quote.pricing.payableFen).toBeGreaterThan(0);
    if (quote.pricing.goodsFen < 5900) expect(quote.pricing.hints[0]!.message).toMatch(/^再买¥[\d.]+享满59减10$/);
    expect(quote.coupons.map((c) => c.name).sort()).toEqual(['全场9折券（最高减10元）', '满30减5元']);
    expect(quote.promise.label).toMatch(/约30分钟后可取|\d{2}:\d{2}-\d{2}:\d{2}/);
  });

  it('gives as the one hint the delivery minimum that blocks the order, before any offer', async () => {
    const login = await server.gql(`mutation { demoLogin(openid: "demo-shopper") { accessToken } }`);
    const auth = { authorization: `Bearer ${login.data!.demoLogin.accessToken}` };
    const store = await server.db.prisma.store.findUniqueOrThrow({ where: { id: STORE } });
    const address = { contactName: '张三', phone: '13800000009', detail: '店旁小区1号', lat: store.lat + 0.001, lng: store.lng };
    const quote = async (quantity: number) => {
      const input = { storeId: String(STORE), items: [{ productId: '80', quantity }], fulfilment: 'DELIVERY', address };
      const result = await server.gql(`query($input: CheckoutInput!) { quote(input: $input) { belowMinimumFen bestOfferHint hints { kind message } } }`, { input }, auth);
      expect(result.errors).toBeUndefined();
      return result.data!.quote;
    };
    // ¥10 of goods: both the minimum and the 满59减10 threshold are out of reach; the minimum blocks.
    expect(store.minOrderFen).toBeGreaterThan(1000);
    const blocked = await quote(1);
    const shortfall = `还差¥${(store.minOrderFen - 1000) / 100}起送`;
    expect(blocked.belowMinimumFen).toBe(store.minOrderFen - 1000);
    expect(blocked.hints.map((h: { kind: string }) => h.kind)).toEqual(expect.arrayContaining(['MIN_ORDER', 'THRESHOLD']));
    expect(blocked.bestOfferHint).toBe(shortfall);
    // Past the minimum the best offer is the hint again.
    const enough = Math.ceil(store.minOrderFen / 1000);
    const reached = await quote(enough);
    expect(reached.belowMinimumFen).toBe(0);
    expect(reached.bestOfferHint).toBe(`再买¥${59 - enough * 10}享满59减10`);
  });
});

describe('payment', () => {
  it('pays with WeChat Pay from the signed notification; a replay changes nothing; a forgery is rejected', async () => {
    const order = await services.orders.placeOrder(SHOPPER, await checkout(SHOPPER, [{ productId: 70, quantity: 3 }]));
    const result = await services.payments.payWithWechat(SHOPPER, order.id);
    expect(result.kind).toBe('WECHAT');
    if (result.kind !== 'WECHAT') return;
    expect(result.params.package).toMatch(/^prepay_id=/);
    expect(result.params.signType).toBe('RSA');

    // Forged: signed with the merchant key instead of the platform key.
    const transaction = { appid: DEV_WECHAT_CREDENTIALS.appId, mchid: DEV_WECHAT_CREDENTIALS.mchId, out_trade_no: order.orderNo, transaction_id: '4200000000000000000000000001', trade_state: 'SUCCESS', amount: { total: order.payableFen, currency: 'CNY' } };
    const forged = buildPaymentNotification({ transaction, apiV3Key: DEV_WECHAT_CREDENTIALS.apiV3Key, platformPrivateKeyPem: DEV_WECHAT_CREDENTIALS.merchantPrivateKeyPem, platformSerialNo: DEV_WECHAT_CREDENTIALS.platformSerialNo, timestamp: Math.floor(clock / 1000) });
    const post = (n: { headers: Record<string, string>; body: string }) => fetch(`${server.url}${WECHAT_NOTIFY_PATH}`, { method: 'POST', headers: n.headers, body: n.body });
    expect((await post(forged)).status).toBe(401);
    // Genuine signature, tampered body.
    const genuine = buildPaymentNotification({ transaction, apiV3Key: DEV_WECHAT_CREDENTIALS.apiV3Key, platformPrivateKeyPem: DEV_WECHAT_CREDENTIALS.platformPrivateKeyPem, platformSerialNo: DEV_WECHAT_CREDENTIALS.platformSerialNo, timestamp: Math.floor(clock / 1000) });
    expect((await post({ headers: genuine.headers, body: genuine.body.replace('"id":"', '"id":"x') })).status).toBe(401);
    // Genuine but stale (outside the timestamp window).
    const stale = buildPaymentNotification({ transaction, apiV3Key: DEV_WECHAT_CREDENTIALS.apiV3Key, platformPrivateKeyPem: DEV_WECHAT_CREDENTIALS.platformPrivateKeyPem, platformSerialNo: DEV_WECHAT_CREDENTIALS.platformSerialNo, timestamp: Math.floor(clock / 1000) - 3600 });
    expect((await post(stale)).status).toBe(401);
    expect((await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('PENDING_PAYMENT');

    // The shopper pays: the mock sends a genuinely signed notification to the BFF.
    const confirm = await (await fetch('http://wechat.test/__mock__/pay/confirm', { method: 'POST', body: JSON.stringify({ out_trade_no: order.orderNo }) })).json();
    expect(confirm.notification.status).toBe(204);
    const paid = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: { orderBy: { id: 'asc' } }, payments: true } });
    expect(paid.status).toBe('PAID');
    expect(paid.payments[0]!.transactionId).toBe(confirm.transaction_id);

    // WeChat retries: the same notification again, and the same event re-signed.
    expect((await fetch('http://wechat.test/__mock__/pay/confirm', { method: 'POST', body: JSON.stringify({ out_trade_no: order.orderNo }) })).ok).toBe(true);
    // In the order they happened: rows of orders rolled back earlier leave gaps a later event can fill.
    const again = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: { orderBy: { id: 'asc' } } } });
    expect(again.events).toHaveLength(paid.events.length);
    expect(again.events.map((e) => e.toStatus)).toEqual(['PENDING_PAYMENT', 'PAID']);
  });

  it('confirms by querying WeChat Pay when no notification arrives', async () => {
    const order = await services.orders.placeOrder(SHOPPER, await checkout(SHOPPER, [{ productId: 71, quantity: 1 }]));
    await services.payments.payWithWechat(SHOPPER, order.id);
    await fetch('http://wechat.test/__mock__/pay/confirm', { method: 'POST', body: JSON.stringify({ out_trade_no: order.orderNo, deliver: false }) });
    expect((await services.payments.syncPayment(SHOPPER, order.id)).status).toBe('PAID');
  });

  it('pays with stored value, runs the store workflow, refunds a missing item exactly, refuses illegal transitions', async () => {
    const input = await checkout(MEMBER, [{ productId: 80, quantity: 1 }, { productId: 81, quantity: 2 }], { pointsToUse: 100 });
    const order = await services.orders.placeOrder(MEMBER, input);
    const before = await server.db.prisma.member.findUniqueOrThrow({ where: { userId: MEMBER } });
    await services.payments.payWithStoredValue(MEMBER, order.id);
    expect((await server.db.prisma.member.findUniqueOrThrow({ where: { userId: MEMBER } })).storedValueFen).toBe(before.storedValueFen - order.payableFen);

    await services.orders.advance(CLERK, order.id, 'PICKING', null);
    const items = await server.db.prisma.orderItem.findMany({ where: { orderId: order.id }, orderBy: { productId: 'asc' } });
    const missing = items[1]!;
    await services.orders.markOutOfStock(CLERK, order.id, [missing.id], '货架无货');
    const partly = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(partly.refundedFen).toBe(missing.lineTotalFen - missing.lineDiscountFen);
    expect((await server.db.prisma.member.findUniqueOrThrow({ where: { userId: MEMBER } })).storedValueFen).toBe(before.storedValueFen - order.payableFen + partly.refundedFen);

    expect(await codeOf(services.orders.advance(CLERK, order.id, 'OUT_FOR_DELIVERY', null))).toBe('INVALID_TRANSITION');
    await services.orders.advance(CLERK, order.id, 'READY_FOR_PICKUP', null);
    const stockOf = async () =>
      (await server.db.pool.query(`SELECT "productId", "onHand", reserved FROM "Inventory" WHERE "storeId" = $1 AND "productId" IN (80, 81) ORDER BY "productId"`, [STORE])).rows;
    const [held80, held81] = await stockOf();
    await services.orders.advance(CLERK, order.id, 'COMPLETED', '顾客已取货');
    expect(await codeOf(services.orders.advance(CLERK, order.id, 'PICKING', null))).toBe('INVALID_TRANSITION');

    // The sale leaves the store: on-hand and the reservation drop together, one SALE row per supplied line.
    expect(await stockOf()).toEqual([{ productId: 80, onHand: held80.onHand - 1, reserved: held80.reserved - 1 }, held81]);
    const sales = await server.db.prisma.inventoryMovement.findMany({ where: { storeId: STORE, kind: 'SALE', reason: { contains: order.orderNo } } });
    expect(sales.map((m) => [m.productId, m.onHandFrom, m.onHandTo, m.actorUserId, m.reason])).toEqual([[80, held80.onHand, held80.onHand - 1, CLERK.userId, `订单${order.orderNo}售出`]]);

    const done = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: { orderBy: { id: 'asc' } } } });
    expect(done.events.map((e) => [e.fromStatus, e.toStatus, e.actorRole])).toEqual([
      [null, 'PENDING_PAYMENT', 'customer'],
      ['PENDING_PAYMENT', 'PAID', 'customer'],
      ['PAID', 'PICKING', 'staff'],
      ['PICKING', 'PICKING', 'staff'],
      ['PICKING', 'READY_FOR_PICKUP', 'staff'],
      ['READY_FOR_PICKUP', 'COMPLETED', 'staff'],
    ]);
    const earned = await server.db.prisma.pointsEntry.findFirstOrThrow({ where: { memberId: before.id, type: 'EARN', refId: order.id } });
    expect(earned.frozenUntil!.getTime()).toBeGreaterThan(clock);
    await services.notifier.idle();
    const told = wechat.state.sentMessages.filter((m) => (m.data as Record<string, { value: string }>).character_string1!.value === order.orderNo);
    expect(told.map((m) => (m.data as Record<string, { value: string }>).phrase2!.value)).toEqual(['已支付', '待取货', '已完成']);
  });
});

describe('auto-cancel', () => {
  it('cancels unpaid orders once, releases their stock, and is safe on several instances at once', async () => {
    const productId = 90;
    await setStock(productId, 20);
    const orders = [];
    for (let i = 0; i < 6; i++) orders.push(await services.orders.placeOrder(SHOPPER, await checkout(SHOPPER, [{ productId, quantity: 2 }])));
    await services.payments.payWithWechat(SHOPPER, orders[0]!.id);
    await services.payments.payWithWechat(SHOPPER, orders[1]!.id);
    // Paid at WeChat, but the notification never came: the job must find that out and not cancel it.
    await fetch('http://wechat.test/__mock__/pay/confirm', { method: 'POST', body: JSON.stringify({ out_trade_no: orders[1]!.orderNo, deliver: false }) });
    const stock = async () => (await server.db.pool.query(`SELECT "onHand" - reserved AS available FROM "Inventory" WHERE "storeId" = $1 AND "productId" = $2`, [STORE, productId])).rows[0].available;
    expect(await stock()).toBe(8);

    clock += 16 * 60_000;
    const results = await Promise.all([services.orders.expireUnpaidOrders(), services.orders.expireUnpaidOrders(), services.orders.expireUnpaidOrders()]);
    // Unpaid orders of earlier tests expire too; each order is cancelled by exactly one instance.
    const cancelled = await server.db.pool.query(`SELECT "orderId", count(*)::int AS n FROM "OrderEvent" WHERE "toStatus" = 'CANCELLED' AND "actorRole" = 'system' GROUP BY "orderId"`);
    expect(results.reduce((n, r) => n + r.cancelled, 0)).toBe(cancelled.rows.length);
    expect(cancelled.rows.every((row) => row.n === 1)).toBe(true);
    expect(results.reduce((n, r) => n + r.paid, 0)).toBe(1);
    expect(await stock()).toBe(18);
    const events = await server.db.pool.query(`SELECT "orderId", count(*)::int AS n FROM "OrderEvent" WHERE "toStatus" = 'CANCELLED' AND "orderId" = ANY($1::uuid[]) GROUP BY "orderId"`, [orders.map((o) => o.id)]);
    expect(events.rows).toHaveLength(5);
    expect(events.rows.every((row) => row.n === 1)).toBe(true);
    expect((await server.db.prisma.order.findUniqueOrThrow({ where: { id: orders[1]!.id } })).status).toBe('PAID');
    expect(wechat.state.transactions.get(orders[0]!.orderNo)!.trade_state).toBe('CLOSED');
  });
});

describe('GraphQL', () => {
  it('gives each cart line its product\'s list thumbnail, null for a product without images', async () => {
    const login = await server.gql(`mutation { demoLogin(openid: "demo-member") { accessToken } }`);
    const auth = { authorization: `Bearer ${login.data!.demoLogin.accessToken}` };
    await server.db.prisma.product.update({ where: { id: 81 }, data: { imageIds: [] } });
    const { imageIds } = await server.db.prisma.product.findUniqueOrThrow({ where: { id: 80 }, select: { imageIds: true } });
    expect(imageIds.length).toBeGreaterThan(0);
    await server.gql(`mutation { setCartItem(storeId: "1", productId: "81", quantity: 1) { storeId } }`, {}, auth);
    const cart = await server.gql(`mutation { setCartItem(storeId: "1", productId: "80", quantity: 1) { items { productId image { thumb } } } }`, {}, auth);
    expect(cart.errors).toBeUndefined();
    expect(cart.data!.setCartItem.items).toEqual([
      { productId: '80', image: { thumb: `/images/${imageIds[0]}/thumb-240` } },
      { productId: '81', image: null },
    ]);
    // The next test starts from an empty cart.
    for (const productId of ['80', '81']) {
      await server.gql(`mutation($p: ID!) { setCartItem(storeId: "1", productId: $p, quantity: 0) { storeId } }`, { p: productId }, auth);
    }
  });

  it('runs cart → quote → placeOrder → payOrder → order detail for the mini-program', async () => {
    const login = await server.gql(`mutation { demoLogin(openid: "demo-member") { accessToken } }`);
    const auth = { authorization: `Bearer ${login.data!.demoLogin.accessToken}` };
    const cart = await server.gql(`mutation { setCartItem(storeId: "1", productId: "80", quantity: 2) { items { productId quantity priceFen available } } }`, {}, auth);
    expect(cart.data!.setCartItem.items).toEqual([{ productId: '80', quantity: 2, priceFen: 1000, available: expect.any(Number) }]);
    const input = { storeId: '1', items: [{ productId: '80', quantity: 2 }], fulfilment: 'PICKUP' };
    const quote = await server.gql(
      `query($input: CheckoutInput!) { quote(input: $input) { payableFen bestOfferHint lines { adjustments { kind label amountFen } } coupons { name applicable reason } promise { label } } }`,
      { input },
      auth,
    );
    expect(quote.errors).toBeUndefined();
    expect(quote.data!.quote.bestOfferHint).toBe('再买¥39享满59减10');
    const placed = await server.gql(
      `mutation($input: CheckoutInput!, $key: String!, $expected: Int!) { placeOrder(input: $input, idempotencyKey: $key, expectedPayableFen: $expected) { id status payBefore } }`,
      { input, key: 'gql-order-0001', expected: quote.data!.quote.payableFen },
      auth,
    );
    expect(placed.data!.placeOrder.status).toBe('PENDING_PAYMENT');
    const paid = await server.gql(
      `mutation($id: ID!) { payOrder(orderId: $id, method: STORED_VALUE) { wechat { paySign } order { status statusLabel pickupCode pickupQrContent events { from to actorRole reason } } } }`,
      { id: placed.data!.placeOrder.id },
      auth,
    );
    expect(paid.errors).toBeUndefined();
    const order = paid.data!.payOrder.order;
    expect(order.status).toBe('PAID');
    expect(order.pickupCode).toMatch(/^\d{6}$/);
    expect(order.events.map((e: { to: string }) => e.to)).toEqual(['PENDING_PAYMENT', 'PAID']);
    const empty = await server.gql(`query { cart(storeId: "1") { items { productId } } }`, {}, auth);
    expect(empty.data!.cart.items).toEqual([]);
    const anonymous = await server.gql(`query { myOrders { id } }`);
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

/** Mock-only controls of the WeChat Pay stand-in: the shopper paying, the bank finishing a refund. */
async function wechatControl(path: '/__mock__/pay/confirm' | '/__mock__/refund/settle', body: Record<string, unknown>) {
  const res = await fetch(`http://wechat.test${path}`, { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, ...(await res.json()) };
}

/** Pays with WeChat Pay as the shopper would: prepay, then the payment (and its signed notification). */
async function payByWechat(userId: string, order: { id: string; orderNo: string }) {
  await services.payments.payWithWechat(userId, order.id);
  const confirmed = await wechatControl('/__mock__/pay/confirm', { out_trade_no: order.orderNo });
  expect(confirmed.notification.status).toBe(204);
}

/** What a cancel or refund must give back: the member's points, their coupons, the store's stock and slots. */
async function holdings(productIds: number[]) {
  const q = async (sql: string, params: unknown[] = []) => (await server.db.pool.query(sql, params)).rows;
  return {
    points: await q(`SELECT "pointsBalance" FROM "Member" WHERE "userId" = $1`, [MEMBER]),
    coupons: await q(`SELECT id, status, "orderId" FROM "UserCoupon" WHERE "userId" = $1 ORDER BY id`, [MEMBER]),
    stock: await q(`SELECT "productId", "onHand", reserved FROM "Inventory" WHERE "storeId" = $1 AND "productId" = ANY($2::int[]) ORDER BY "productId"`, [STORE, productIds]),
    slots: await q(`SELECT coalesce(sum(booked), 0)::int AS booked FROM "StoreSlot" WHERE "storeId" = $1`, [STORE]),
  };
}

/** A member's pickup order with an applicable coupon and 100 points, priced by a quote first. */
async function memberOrderWithCouponAndPoints(items: Array<{ productId: number; quantity: number }>) {
  const quote = await services.orders.quote(MEMBER, { storeId: STORE, items, fulfilment: 'PICKUP' });
  const coupon = quote.coupons.find((c) => c.applicable);
  expect(coupon).toBeDefined();
  const order = await services.orders.placeOrder(MEMBER, await checkout(MEMBER, items, { userCouponId: coupon!.userCouponId, pointsToUse: 100 }));
  expect(order.pointsUsed).toBe(100);
  expect(order.userCouponId).toBe(coupon!.userCouponId);
  return order;
}

const refundsOf = async (orderId: string) =>
  (await server.db.pool.query(`SELECT "outRefundNo", "amountFen", status, "completedAt" FROM "Refund" WHERE "orderId" = $1 ORDER BY "createdAt"`, [orderId])).rows;

describe('cancellation and refunds', () => {
  it('closes the open WeChat Pay transaction when an unpaid order is cancelled: it can no longer be paid', async () => {
    const order = await services.orders.placeOrder(SHOPPER, await checkout(SHOPPER, [{ productId: 70, quantity: 1 }]));
    await services.payments.payWithWechat(SHOPPER, order.id);
    expect((await services.orders.cancelByCustomer(SHOPPER, order.id, '不想要了')).status).toBe('CANCELLED');
    expect(wechat.state.transactions.get(order.orderNo)).toMatchObject({ trade_state: 'CLOSED' });
    const late = await wechatControl('/__mock__/pay/confirm', { out_trade_no: order.orderNo });
    expect([late.status, late.code]).toEqual([409, 'ORDER_CLOSED']);
    const after = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(after.status).toBe('CANCELLED');
    expect(after.payments.map((p) => p.status)).not.toContain('SUCCEEDED');
    expect(await refundsOf(order.id)).toEqual([]);
  });

  it('refunds a WeChat payment that arrives after the order was cancelled (closing it had failed), once', async () => {
    const order = await services.orders.placeOrder(SHOPPER, await checkout(SHOPPER, [{ productId: 70, quantity: 1 }]));
    await services.payments.payWithWechat(SHOPPER, order.id);
    // WeChat Pay is unreachable for the close: the cancel goes ahead regardless.
    msw.use(http.post('http://wechat.test/v3/pay/transactions/out-trade-no/:outTradeNo/close', () => HttpResponse.error(), { once: true }));
    await services.orders.cancelByCustomer(SHOPPER, order.id, '不想要了');

    // The shopper had the payment sheet open and paid anyway: WeChat notifies the BFF.
    const paid = await wechatControl('/__mock__/pay/confirm', { out_trade_no: order.orderNo });
    expect(paid.notification.status).toBe(204);
    const after = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: { orderBy: { id: 'asc' } }, payments: true } });
    expect(after.status).toBe('CANCELLED');
    expect(after.events.map((e) => e.toStatus)).toEqual(['PENDING_PAYMENT', 'CANCELLED']);
    expect(after.payments.map((p) => p.status)).toEqual(['SUCCEEDED']);
    const refunds = await refundsOf(order.id);
    expect(refunds).toEqual([{ outRefundNo: expect.any(String), amountFen: order.payableFen, status: 'SUCCEEDED', completedAt: expect.any(Date) }]);
    expect(wechat.state.refunds.get(refunds[0].outRefundNo)).toMatchObject({ out_trade_no: order.orderNo, amount: { refund: order.payableFen, total: order.payableFen } });

    // WeChat retries the notification: no second refund.
    expect((await wechatControl('/__mock__/pay/confirm', { out_trade_no: order.orderNo })).notification.status).toBe(204);
    expect(await refundsOf(order.id)).toHaveLength(1);
    expect([...wechat.state.refunds.values()].filter((r) => r.out_trade_no === order.orderNo)).toHaveLength(1);
  });

  it('gives a customer who cancels a WeChat-paid order the money, stock, coupon and points back', async () => {
    const items = [{ productId: 80, quantity: 4 }];
    const before = await holdings([80]);
    const order = await memberOrderWithCouponAndPoints(items);
    await payByWechat(MEMBER, order);
    const whilePaid = await holdings([80]);
    expect(whilePaid.points).not.toEqual(before.points);
    expect(whilePaid.coupons.find((c) => c.id === order.userCouponId)).toMatchObject({ status: 'USED', orderId: order.id });
    expect(whilePaid.stock[0].reserved).toBe(before.stock[0].reserved + 4);

    const cancelled = await services.orders.cancelByCustomer(MEMBER, order.id, null);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.refundedFen).toBe(order.payableFen);
    expect(await refundsOf(order.id)).toEqual([expect.objectContaining({ amountFen: order.payableFen, status: 'SUCCEEDED' })]);
    expect(wechat.state.transactions.get(order.orderNo)).toMatchObject({ trade_state: 'REFUND', refunded: order.payableFen });
    expect(await holdings([80])).toEqual(before);
    const events = await server.db.prisma.orderEvent.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorRole])).toEqual([
      [null, 'PENDING_PAYMENT', 'customer'],
      ['PENDING_PAYMENT', 'PAID', 'wechatpay'],
      ['PAID', 'CANCELLED', 'customer'],
    ]);
  });

  it('approves a refund request: the rest of the money, stock, coupon and points come back', async () => {
    const before = await holdings([80, 81]);
    const order = await memberOrderWithCouponAndPoints([{ productId: 80, quantity: 2 }, { productId: 81, quantity: 2 }]);
    await payByWechat(MEMBER, order);
    await services.orders.advance(CLERK, order.id, 'PICKING', null);
    // One line could not be supplied: refunded at once; the request covers what is left.
    const items = await server.db.prisma.orderItem.findMany({ where: { orderId: order.id }, orderBy: { productId: 'asc' } });
    await services.orders.markOutOfStock(CLERK, order.id, [items[1]!.id], null);
    const partial = items[1]!.lineTotalFen - items[1]!.lineDiscountFen;

    expect((await services.orders.requestRefund(MEMBER, order.id, '等太久了')).status).toBe('REFUND_REQUESTED');
    const refunded = await services.orders.resolveRefund(CLERK, order.id, true, '同意退款');
    expect(refunded.status).toBe('REFUNDED');
    expect(refunded.refundedFen).toBe(order.payableFen);
    expect((await refundsOf(order.id)).map((r) => [r.amountFen, r.status])).toEqual([
      [partial, 'SUCCEEDED'],
      [order.payableFen - partial, 'SUCCEEDED'],
    ]);
    expect(wechat.state.transactions.get(order.orderNo)!.refunded).toBe(order.payableFen);
    // Picking had started, so its slot capacity stays spent, as when a picking order is cancelled.
    expect(await holdings([80, 81])).toEqual({ ...before, slots: [{ booked: before.slots[0].booked + 1 }] });
    const last = await server.db.prisma.orderEvent.findFirstOrThrow({ where: { orderId: order.id }, orderBy: { id: 'desc' } });
    expect([last.fromStatus, last.toStatus, last.actorRole, last.actorUserId, last.reason]).toEqual(['REFUND_REQUESTED', 'REFUNDED', 'staff', CLERK.userId, '同意退款']);
    expect(await codeOf(services.orders.resolveRefund(CLERK, order.id, true, '再退一次'))).toBe('INVALID_TRANSITION');
  });

  it('approves a refund requested before picking: stock, coupon, points and the slot all come back', async () => {
    const before = await holdings([82]);
    const order = await memberOrderWithCouponAndPoints([{ productId: 82, quantity: 1 }]);
    await payByWechat(MEMBER, order);
    expect((await holdings([82])).slots).toEqual([{ booked: before.slots[0].booked + 1 }]);
    await services.orders.requestRefund(MEMBER, order.id, '下错单了');
    expect((await services.orders.resolveRefund(CLERK, order.id, true, '同意退款')).status).toBe('REFUNDED');
    expect(await holdings([82])).toEqual(before);
  });

  it('approves a refund of a completed order: earned points are taken back, sold goods stay sold', async () => {
    const order = await memberOrderWithCouponAndPoints([{ productId: 80, quantity: 3 }]);
    await payByWechat(MEMBER, order);
    for (const to of ['PICKING', 'READY_FOR_PICKUP', 'COMPLETED'] as const) await services.orders.advance(CLERK, order.id, to, null);
    const completed = await holdings([80]);
    const earned = await server.db.prisma.pointsEntry.findFirstOrThrow({ where: { refId: order.id, type: 'EARN' } });

    await services.orders.requestRefund(MEMBER, order.id, '商品有问题');
    await services.orders.resolveRefund(CLERK, order.id, true, '核实后同意');
    const after = await holdings([80]);
    expect(after.stock).toEqual(completed.stock);
    expect(after.slots).toEqual(completed.slots);
    expect(after.points[0].pointsBalance).toBe(completed.points[0].pointsBalance + order.pointsUsed - earned.amount);
    expect(after.coupons.find((c) => c.id === order.userCouponId)).toMatchObject({ status: 'AVAILABLE', orderId: null });
    expect(await server.db.prisma.pointsEntry.findFirstOrThrow({ where: { refId: order.id, type: 'REVERSE' } })).toMatchObject({ amount: -earned.amount });
    expect((await refundsOf(order.id)).map((r) => [r.amountFen, r.status])).toEqual([[order.payableFen, 'SUCCEEDED']]);
  });

  it('rejects a refund request: the order goes back to where it was and nothing is returned', async () => {
    const order = await memberOrderWithCouponAndPoints([{ productId: 80, quantity: 1 }]);
    await payByWechat(MEMBER, order);
    await services.orders.advance(CLERK, order.id, 'PICKING', null);
    await services.orders.requestRefund(MEMBER, order.id, '不想要了');
    const requested = await holdings([80]);

    const rejected = await services.orders.resolveRefund(CLERK, order.id, false, '已开始拣货');
    expect(rejected.status).toBe('PICKING');
    expect(rejected.refundedFen).toBe(0);
    expect(await refundsOf(order.id)).toEqual([]);
    expect(await holdings([80])).toEqual(requested);
    const events = await server.db.prisma.orderEvent.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
    expect(events.slice(-2).map((e) => [e.fromStatus, e.toStatus, e.actorRole, e.reason])).toEqual([
      ['PICKING', 'REFUND_REQUESTED', 'customer', '不想要了'],
      ['REFUND_REQUESTED', 'PICKING', 'staff', '驳回退款：已开始拣货'],
    ]);
    // Nothing pending any more: neither a second rejection nor an approval goes through.
    expect(await codeOf(services.orders.resolveRefund(CLERK, order.id, false, '再驳回'))).toBe('INVALID_TRANSITION');
    expect(await codeOf(services.orders.resolveRefund(CLERK, order.id, true, '又同意'))).toBe('INVALID_TRANSITION');
    expect(await refundsOf(order.id)).toEqual([]);
    // The store carries on with it.
    expect((await services.orders.advance(CLERK, order.id, 'READY_FOR_PICKUP', null)).status).toBe('READY_FOR_PICKUP');
  });
});

describe('refund notifications', () => {
  const refundRequests: string[] = [];
  const record = ({ request }: { request: Request }) => {
    if (request.url.includes('/v3/refund/')) refundRequests.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  beforeAll(() => {
    wechat.configure({ refundInitialStatus: 'PROCESSING' });
    msw.events.on('request:start', record);
  });
  afterAll(() => {
    wechat.configure({ refundInitialStatus: 'SUCCESS' });
    msw.events.removeListener('request:start', record);
  });

  /** A WeChat-paid order cancelled by the shopper: its refund is accepted by WeChat and PROCESSING. */
  async function processingRefund() {
    const order = await services.orders.placeOrder(SHOPPER, await checkout(SHOPPER, [{ productId: 71, quantity: 1 }]));
    await payByWechat(SHOPPER, order);
    await services.orders.cancelByCustomer(SHOPPER, order.id, null);
    const [refund] = await refundsOf(order.id);
    expect(refund).toMatchObject({ status: 'PROCESSING', completedAt: null, amountFen: order.payableFen });
    return { order, outRefundNo: refund.outRefundNo as string };
  }
  /** A REFUND.* notification about a refund the mock knows, signed with `signingKeyPem` (WeChat's platform key unless forging). */
  function signedRefundNotice(outRefundNo: string, refundStatus: 'SUCCESS' | 'ABNORMAL' | 'CLOSED', signingKeyPem: string = DEV_WECHAT_CREDENTIALS.platformPrivateKeyPem) {
    const r = wechat.state.refunds.get(outRefundNo)!;
    return buildRefundNotification({
      refund: {
        mchid: DEV_WECHAT_CREDENTIALS.mchId,
        out_trade_no: r.out_trade_no,
        transaction_id: r.transaction_id,
        out_refund_no: r.out_refund_no,
        refund_id: r.refund_id,
        refund_status: refundStatus,
        amount: { total: r.amount.total, refund: r.amount.refund, payer_total: r.amount.total, payer_refund: r.amount.refund },
      },
      apiV3Key: DEV_WECHAT_CREDENTIALS.apiV3Key,
      platformPrivateKeyPem: signingKeyPem,
      platformSerialNo: DEV_WECHAT_CREDENTIALS.platformSerialNo,
      timestamp: Math.floor(clock / 1000),
    });
  }
  const statusOf = async (outRefundNo: string) => (await server.db.prisma.refund.findUniqueOrThrow({ where: { outRefundNo } })).status;

  it('sends again a refund WeChat could not take, never one it refused for good', async () => {
    const paidOrder = async () => {
      const order = await services.orders.placeOrder(SHOPPER, await checkout(SHOPPER, [{ productId: 71, quantity: 1 }]));
      await payByWechat(SHOPPER, order);
      return order;
    };
    const unreachable = await paidOrder();
    msw.use(http.post('http://wechat.test/v3/refund/domestic/refunds', () => HttpResponse.error(), { once: true }));
    await services.orders.cancelByCustomer(SHOPPER, unreachable.id, null);
    expect((await refundsOf(unreachable.id)).map((r) => r.status)).toEqual(['PENDING']);

    const refused = await paidOrder();
    // Refunded in full from the merchant platform meanwhile: WeChat refuses ours for good.
    const trade = wechat.state.transactions.get(refused.orderNo)!;
    trade.refunded = trade.amount.total;
    await services.orders.cancelByCustomer(SHOPPER, refused.id, null);
    const [failed] = await refundsOf(refused.id);
    expect(failed).toMatchObject({ status: 'FAILED', completedAt: expect.any(Date) });

    refundRequests.length = 0;
    await services.payments.followUpRefunds();
    await services.payments.followUpRefunds();
    const [resent] = await refundsOf(unreachable.id);
    expect(resent.status).toBe('PROCESSING');
    expect(refundRequests.filter((r) => r.startsWith('POST'))).toEqual(['POST /v3/refund/domestic/refunds']);
    expect(await refundsOf(refused.id)).toEqual([failed]);
  });

  it('asks WeChat about refunds it is processing instead of sending them again', async () => {
    const { outRefundNo } = await processingRefund();
    refundRequests.length = 0;
    await services.payments.followUpRefunds();
    expect(refundRequests).toContain(`GET /v3/refund/domestic/refunds/${outRefundNo}`);
    expect(refundRequests.filter((r) => r.startsWith('POST'))).toEqual([]);
    expect(await statusOf(outRefundNo)).toBe('PROCESSING');

    // The bank finished, but the notification was lost: the next query finds out.
    await wechatControl('/__mock__/refund/settle', { out_refund_no: outRefundNo, deliver: false });
    await services.payments.followUpRefunds();
    expect(await statusOf(outRefundNo)).toBe('SUCCEEDED');
    refundRequests.length = 0;
    await services.payments.followUpRefunds();
    expect(refundRequests.filter((r) => r.includes(outRefundNo))).toEqual([]);
  });

  it('marks a refund SUCCEEDED from REFUND.SUCCESS, once; a replay changes nothing', async () => {
    const { outRefundNo } = await processingRefund();
    const settled = await wechatControl('/__mock__/refund/settle', { out_refund_no: outRefundNo, status: 'SUCCESS' });
    expect(settled.notification).toMatchObject({ url: 'http://bff.test/payments/wechat/notify', status: 204 });
    const refund = await server.db.prisma.refund.findUniqueOrThrow({ where: { outRefundNo } });
    expect(refund.status).toBe('SUCCEEDED');
    expect(refund.completedAt).not.toBeNull();
    expect(await server.db.prisma.paymentNotification.findUniqueOrThrow({ where: { id: settled.notification.id } })).toMatchObject({ eventType: 'REFUND.SUCCESS' });

    const replay = await wechatControl('/__mock__/refund/settle', { out_refund_no: outRefundNo, status: 'SUCCESS' });
    expect(replay.notification).toMatchObject({ id: settled.notification.id, status: 204 });
    expect(await server.db.prisma.refund.findUniqueOrThrow({ where: { outRefundNo } })).toEqual(refund);
  });

  it('marks a refund FAILED from REFUND.ABNORMAL and REFUND.CLOSED; a later SUCCESS does not revive it', async () => {
    const abnormal = await processingRefund();
    expect((await wechatControl('/__mock__/refund/settle', { out_refund_no: abnormal.outRefundNo, status: 'ABNORMAL' })).notification.status).toBe(204);
    expect(await statusOf(abnormal.outRefundNo)).toBe('FAILED');
    const closed = await processingRefund();
    expect((await wechatControl('/__mock__/refund/settle', { out_refund_no: closed.outRefundNo, status: 'CLOSED' })).notification.status).toBe(204);
    expect(await statusOf(closed.outRefundNo)).toBe('FAILED');
    const events = await server.db.pool.query(`SELECT "eventType" FROM "PaymentNotification" WHERE "eventType" LIKE 'REFUND.%' ORDER BY "receivedAt"`);
    expect(events.rows.map((r) => r.eventType).slice(-2)).toEqual(['REFUND.ABNORMAL', 'REFUND.CLOSED']);

    // A genuinely signed SUCCESS arriving afterwards (another notification id): the outcome is final.
    const late = signedRefundNotice(abnormal.outRefundNo, 'SUCCESS');
    const res = await fetch(`${server.url}${WECHAT_NOTIFY_PATH}`, { method: 'POST', headers: late.headers, body: late.body });
    expect(res.status).toBe(204);
    expect(await statusOf(abnormal.outRefundNo)).toBe('FAILED');
  });

  it('lists a failed refund for its store until a manager records how the money went back, once', async () => {
    const { order, outRefundNo } = await processingRefund();
    await wechatControl('/__mock__/refund/settle', { out_refund_no: outRefundNo, status: 'ABNORMAL' });
    const refund = await server.db.prisma.refund.findUniqueOrThrow({ where: { outRefundNo } });
    const listed = (await services.payments.failedRefunds(STORE)).find((r) => r.id === refund.id);
    expect(listed).toMatchObject({ orderId: order.id, orderNo: order.orderNo, amountFen: order.payableFen, failedAt: expect.any(Date), handledAt: null });
    expect((await services.payments.failedRefunds(STORE + 1)).map((r) => r.id)).not.toContain(refund.id);

    const found = await services.payments.failedRefund(refund.id);
    expect(found.storeId).toBe(STORE);
    expect(await codeOf(services.payments.handleFailedRefund(found, CLERK.userId, ' 好 '))).toBe('BAD_USER_INPUT');
    const handled = await services.payments.handleFailedRefund(found, CLERK.userId, '已到店现金退还顾客');
    expect(handled).toMatchObject({ id: refund.id, handledAt: expect.any(Date), handledNote: '已到店现金退还顾客' });
    expect(await server.db.prisma.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: 'FAILED', handledByUserId: CLERK.userId });
    expect((await services.payments.failedRefunds(STORE)).map((r) => r.id)).not.toContain(refund.id);
    // Settled already: a second manager's note does not overwrite the first.
    expect(await codeOf(services.payments.handleFailedRefund(found, CLERK.userId, '银行转账'))).toBe('INVALID_TRANSITION');
    expect((await services.payments.failedRefund(refund.id)).handledNote).toBe('已到店现金退还顾客');
  });

  it('settles a failed refund once when two managers record it at the same moment', async () => {
    const { outRefundNo } = await processingRefund();
    await wechatControl('/__mock__/refund/settle', { out_refund_no: outRefundNo, status: 'CLOSED' });
    const refund = await services.payments.failedRefund((await server.db.prisma.refund.findUniqueOrThrow({ where: { outRefundNo } })).id);
    const outcomes = await Promise.all(
      ['现金退还', '银行转账', '微信转账', '储值退还'].map((note) => codeOf(services.payments.handleFailedRefund(refund, CLERK.userId, note))),
    );
    expect(outcomes.sort()).toEqual(['INVALID_TRANSITION', 'INVALID_TRANSITION', 'INVALID_TRANSITION', 'OK']);
    expect((await services.payments.failedRefund(refund.id)).handledNote).not.toBeNull();
  });

  it('knows no failed refund by a refund that went through, or by a malformed id', async () => {
    const { outRefundNo } = await processingRefund();
    await wechatControl('/__mock__/refund/settle', { out_refund_no: outRefundNo, status: 'SUCCESS' });
    const refund = await server.db.prisma.refund.findUniqueOrThrow({ where: { outRefundNo } });
    expect(await codeOf(services.payments.failedRefund(refund.id))).toBe('NOT_FOUND');
    expect(await codeOf(services.payments.failedRefund('1; DROP TABLE "Refund"'))).toBe('NOT_FOUND');
  });

  it('rejects a forged refund notification and changes nothing', async () => {
    const { outRefundNo } = await processingRefund();
    // Signed with a key that is not WeChat's platform key.
    const forged = signedRefundNotice(outRefundNo, 'SUCCESS', DEV_WECHAT_CREDENTIALS.merchantPrivateKeyPem);
    expect((await fetch(`${server.url}${WECHAT_NOTIFY_PATH}`, { method: 'POST', headers: forged.headers, body: forged.body })).status).toBe(401);
    expect(await statusOf(outRefundNo)).toBe('PROCESSING');
  });
});
