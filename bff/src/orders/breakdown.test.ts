import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';

const STORE = 1;
let server: TestServer;
let auth: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0' } });
  const login = await server.gql(`mutation { demoLogin(openid: "demo-member") { accessToken } }`);
  auth = { authorization: `Bearer ${login.data!.demoLogin.accessToken}` };
});

afterAll(async () => {
  await server?.close();
});

/** Store 1 sells the product at these prices, with stock to spare. */
async function sell(productId: number, priceFen: number, memberPriceFen: number | null) {
  await server.db.pool.query(
    `INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") VALUES ($1, $2, $3, $4)
     ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = EXCLUDED."priceFen", "memberPriceFen" = EXCLUDED."memberPriceFen"`,
    [STORE, productId, priceFen, memberPriceFen],
  );
  await server.db.pool.query(`UPDATE "Inventory" SET "onHand" = reserved + 30 WHERE "storeId" = $1 AND "productId" = $2`, [STORE, productId]);
}

const STEPS = 'originalTotalFen memberDiscountFen itemsTotalFen itemPromotionDiscountFen thresholdDiscountFen couponDiscountFen pointsUsed pointsDiscountFen deliveryFeeFen payableFen';

it("an order's breakdown has every step of its price, member price, promotions, coupon and points, and adds up to what is paid", async () => {
  // Two drinks of 指定饮料任选2件8折 at a member price, and enough else to reach 全场满59减10元.
  const promotion = await server.db.pool.query(`SELECT conditions FROM "Promotion" WHERE kind = 'BUY_N_DISCOUNT' ORDER BY id LIMIT 1`);
  const drink = Number(promotion.rows[0].conditions.productIds[0]);
  const other = await server.db.pool.query(`SELECT id FROM "Product" WHERE NOT (id = ANY($1::int[])) ORDER BY id LIMIT 1`, [promotion.rows[0].conditions.productIds]);
  await sell(drink, 600, 500);
  await sell(other.rows[0].id, 3000, null);
  const input = { storeId: String(STORE), fulfilment: 'PICKUP', items: [{ productId: String(drink), quantity: 2 }, { productId: String(other.rows[0].id), quantity: 2 }] };

  const options = await server.gql(`query($input: CheckoutInput!) { quote(input: $input) { coupons { userCouponId applicable } } }`, { input }, auth);
  expect(options.errors).toBeUndefined();
  const coupon = options.data!.quote.coupons.find((c: { applicable: boolean }) => c.applicable);
  expect(coupon).toBeDefined();
  const priced = { ...input, userCouponId: coupon.userCouponId, pointsToUse: 100 };
  const quote = await server.gql(`query($input: CheckoutInput!) { quote(input: $input) { ${STEPS} } }`, { input: priced }, auth);
  expect(quote.errors).toBeUndefined();
  const placed = await server.gql(
    `mutation($input: CheckoutInput!, $expected: Int!) { placeOrder(input: $input, idempotencyKey: "breakdown-1", expectedPayableFen: $expected) { id } }`,
    { input: priced, expected: quote.data!.quote.payableFen },
    auth,
  );
  expect(placed.errors).toBeUndefined();

  const { data, errors } = await server.gql(`query($id: ID!) { order(id: $id) { ${STEPS} discountFen } }`, { id: placed.data!.placeOrder.id }, auth);
  expect(errors).toBeUndefined();
  const order = data!.order;
  for (const step of ['memberDiscountFen', 'itemPromotionDiscountFen', 'thresholdDiscountFen', 'couponDiscountFen', 'pointsDiscountFen']) expect(order[step], step).toBeGreaterThan(0);
  expect(
    order.originalTotalFen -
      order.memberDiscountFen -
      order.itemPromotionDiscountFen -
      order.thresholdDiscountFen -
      order.couponDiscountFen -
      order.pointsDiscountFen +
      order.deliveryFeeFen,
  ).toBe(order.payableFen);
  // The merged columns agree with the steps, and the order keeps the breakdown the shopper was quoted.
  expect(order.itemsTotalFen).toBe(order.originalTotalFen - order.memberDiscountFen);
  const { discountFen, ...steps } = order;
  expect(discountFen).toBe(order.itemPromotionDiscountFen + order.thresholdDiscountFen);
  expect(steps).toEqual(quote.data!.quote);
  const charged = await server.db.pool.query(`SELECT "payableFen" FROM "Order" WHERE id = $1`, [placed.data!.placeOrder.id]);
  expect(charged.rows[0].payableFen).toBe(order.payableFen);
});
