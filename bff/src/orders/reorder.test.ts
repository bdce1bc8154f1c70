import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { codeOf, demoCaller, ok, placeOrder, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';

let server: TestServer;
let member: Caller;
let shopper: Caller;

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  member = await demoCaller(server.gql, 'demo-member');
  shopper = await demoCaller(server.gql, 'demo-shopper');
});

afterAll(async () => {
  await server?.close();
});

const QUOTE = `query($input: CheckoutInput!) { quote(input: $input) { bestUserCouponId coupons { userCouponId name applicable discountFen } } }`;
const pickup = (items: Array<{ productId: string; quantity: number }>) => ({ storeId: '1', items, fulfilment: 'PICKUP' });

it('names as best the applicable coupon that takes the most off, and none when none applies', async () => {
  // Both the 9折 (at most ¥10) and the 满30减5 coupon apply to this basket, taking off different amounts.
  const big = (await ok(member, QUOTE, { input: pickup([{ productId: '1', quantity: 3 }, { productId: '20', quantity: 1 }]) })).quote;
  const applicable = big.coupons.filter((c: { applicable: boolean }) => c.applicable);
  expect(new Set(applicable.map((c: { discountFen: number }) => c.discountFen)).size).toBe(2);
  const best = applicable.reduce((a: { discountFen: number }, b: { discountFen: number }) => (b.discountFen > a.discountFen ? b : a));
  expect(big.bestUserCouponId).toBe(best.userCouponId);

  const none = (await ok(shopper, QUOTE, { input: pickup([{ productId: '1', quantity: 1 }]) })).quote;
  expect(none.coupons.filter((c: { applicable: boolean }) => c.applicable)).toEqual([]);
  expect(none.bestUserCouponId).toBeNull();
});

it("shows the order's store (phone for 联系门店) and item images", async () => {
  const { id } = await placeOrder(member);
  const { order } = await ok(member, `query($id: ID!) { order(id: $id) { store { name phone address } items { productId image { thumb } } events { to at } } }`, { id });
  const store = await server.db.prisma.store.findUniqueOrThrow({ where: { id: 1 } });
  expect(order.store).toEqual({ name: store.name, phone: store.phone, address: store.address });
  expect(order.events.map((e: { to: string }) => e.to)).toEqual(['PENDING_PAYMENT']);
  for (const item of order.items) {
    const product = await server.db.prisma.product.findUniqueOrThrow({ where: { id: Number(item.productId) } });
    expect(item.image === null).toBe(product.imageIds.length === 0);
  }
});

it("keeps an order's timeline from another shopper: NOT_FOUND, nothing of it answered", async () => {
  const { id } = await placeOrder(member);
  const result = await shopper(`query($id: ID!) { order(id: $id) { events { to reason at } } }`, { id });
  expect(codeOf(result)).toBe('NOT_FOUND');
  expect(result.data?.order ?? null).toBeNull();
});

const REORDER = `mutation($id: ID!) { reorder(orderId: $id) { cart { items { productId quantity } } shortfalls { productId name wanted added reason } } }`;

it('再来一单 puts the lines back in the cart and names what the store can no longer sell', async () => {
  await ok(member, `mutation { clearCart(storeId: "1") { storeId } }`);
  const { id } = await placeOrder(member, { items: [{ productId: '1', quantity: 1 }, { productId: '20', quantity: 2 }] });
  // Product 20 sells out after the order: only what the order itself holds remains on hand.
  await server.db.pool.query(`UPDATE "Inventory" SET "onHand" = reserved WHERE "storeId" = 1 AND "productId" = 20`);
  const name20 = (await server.db.prisma.product.findUniqueOrThrow({ where: { id: 20 } })).name;

  const { reorder } = await ok(member, REORDER, { id });
  expect(reorder.cart.items).toEqual([{ productId: '1', quantity: 1 }]);
  expect(reorder.shortfalls).toEqual([{ productId: '20', name: name20, wanted: 2, added: 0, reason: '已售罄' }]);

  // Again: on top of the cart's line.
  const again = (await ok(member, REORDER, { id })).reorder;
  expect(again.cart.items).toEqual([{ productId: '1', quantity: 2 }]);
});

it("refuses 再来一单 of another shopper's order and leaves their cart alone", async () => {
  const { id } = await placeOrder(member, { items: [{ productId: '1', quantity: 1 }] });
  await ok(shopper, `mutation { clearCart(storeId: "1") { storeId } }`);
  expect(codeOf(await shopper(REORDER, { id }))).toBe('NOT_FOUND');
  expect((await ok(shopper, `query { cart(storeId: "1") { items { productId } } }`)).cart.items).toEqual([]);
});
