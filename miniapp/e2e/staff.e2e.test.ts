import { afterAll, beforeAll, expect, it } from 'vitest';
import { newShopperContext, startJourney, type Journey } from './browser.ts';

// The shopper's side is driven through GraphQL here (the ordering pages have their own journey in
// order.e2e.test.ts); the store's side is driven in the browser, as the demo clerk of store 1.
let journey: Journey;
beforeAll(async () => {
  journey = await startJourney({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0' } });
  await journey.server.db.pool.query(`UPDATE "Inventory" SET "onHand" = reserved + 20 WHERE "storeId" = 1 AND "productId" IN (1, 20)`);
  // Stored value pays without the WeChat Pay mock; enough for the two items.
  await journey.server.db.pool.query(`UPDATE "Member" SET "storedValueFen" = 100000 WHERE "cardNo" = '8800000000000013'`);
});
afterAll(async () => {
  await journey?.close();
});

async function asMember<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const login = await journey.server.gql(`mutation { demoLogin(openid: "demo-member") { accessToken } }`);
  const result = await journey.server.gql(query, variables, { authorization: `Bearer ${login.data!.demoLogin.accessToken}` });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

it('the shopper’s pickup order reaches the store queue; the clerk picks it, verifies the pickup code, and the order is completed', async () => {
  const input = { storeId: '1', items: [{ productId: '1', quantity: 1 }, { productId: '20', quantity: 1 }], fulfilment: 'PICKUP' };
  const { quote } = await asMember(`query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`, { input });
  const { placeOrder } = await asMember(
    `mutation($input: CheckoutInput!, $p: Int!) { placeOrder(input: $input, idempotencyKey: "staff-journey-1", expectedPayableFen: $p) { id orderNo } }`,
    { input, p: quote.payableFen },
  );
  await asMember(`mutation($id: ID!) { payOrder(orderId: $id, method: STORED_VALUE) { order { status } } }`, { id: placeOrder.id });
  const { order } = await asMember(`query($id: ID!) { order(id: $id) { status pickupCode } }`, { id: placeOrder.id });
  expect(order.status).toBe('PAID');

  const context = await newShopperContext(journey.browser);
  const page = await context.newPage();
  await page.goto(`${journey.server.url}/pages/profile/index`);
  // Reload only after the demo sign-in has answered; reloading earlier races it.
  const signedIn = page.waitForResponse((response) => response.url().endsWith('/graphql') && /demoLogin/.test(response.request().postData() ?? ''));
  await page.getByText('店员（人民广场店）', { exact: true }).click({ timeout: 15_000 });
  await signedIn;
  await page.goto(`${journey.server.url}/pages/profile/index`);
  await page.getByText('员工模式', { exact: true }).click({ timeout: 15_000 });

  const card = page.locator('[data-testid=staff-order]', { hasText: placeOrder.orderNo.slice(-6) });
  await card.waitFor({ timeout: 15_000 });
  await card.getByText(placeOrder.orderNo.slice(-6)).click();
  await card.getByText('接单拣货', { exact: true }).click();
  await card.getByText('全部拣好', { exact: true }).click({ timeout: 10_000 });
  await card.getByText('备货完成，待取货', { exact: true }).click({ timeout: 10_000 });
  await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('待取货');

  await page.getByText('核销', { exact: true }).click();
  await page.locator('.staff__input input, input.staff__input').first().fill(order.pickupCode);
  await page.getByText('查询', { exact: true }).click();
  await page.locator('[data-testid=pickup-order]').waitFor({ timeout: 10_000 });
  await page.getByText('确认交付', { exact: true }).click();
  await page.getByText(`订单 ${placeOrder.orderNo.slice(-6)} 已取货`).waitFor({ timeout: 10_000 });

  const after = await asMember(`query($id: ID!) { order(id: $id) { status pickupCode events { to actorRole } } }`, { id: placeOrder.id });
  expect(after.order.status).toBe('COMPLETED');
  expect(after.order.pickupCode).toBeNull();
  expect(after.order.events.map((e: { to: string }) => e.to)).toEqual(['PENDING_PAYMENT', 'PAID', 'PICKING', 'READY_FOR_PICKUP', 'COMPLETED']);
  await context.close();
});
