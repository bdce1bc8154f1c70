import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, signInWithDemoAccount, startJourney, type Journey } from './browser.ts';

// Both sides in the browser: the demo member orders for pickup at store 1 (人民广场店) and pays with
// stored value (H5 has no WeChat Pay sheet); the demo clerk of store 1 works the order in a second
// browser context, verifying the code the shopper's order page shows.
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

/** Signs a fresh browser context in as a seeded demo account from 我的 (demo sign-in is on in this journey). */
async function signInAs(context: BrowserContext, label: string): Promise<Page> {
  const page = await context.newPage();
  await signInWithDemoAccount(page, journey.server.url, label);
  return page;
}

/** The shopper at 人民广场店 (the granted location makes it the nearest store): two products to the cart, pickup, stored value. */
async function shopperPlacesAndPays(page: Page): Promise<{ orderNo: string; pickupCode: string }> {
  await page.goto(journey.server.url);
  await page.locator('.current-store .store-row').waitFor({ timeout: 15_000 });
  for (const productId of [1, 20]) {
    await page.goto(`${journey.server.url}/pages/product/index?storeId=1&id=${productId}`);
    await page.getByText('加入购物车', { exact: true }).click({ timeout: 15_000 });
    await page.getByText('已加入购物车').waitFor();
  }
  await page.goto(`${journey.server.url}/pages/cart/index`);
  await page.locator('.price-row--payable').waitFor({ timeout: 15_000 });
  expect(await page.locator('.cart-line').count()).toBe(2);
  await page.getByText('去结算', { exact: true }).click();
  await page.locator('.fulfilment-tabs').waitFor({ timeout: 15_000 });
  await page.getByText('到店自提', { exact: true }).click();
  await expect.poll(() => page.locator('.checkout__payable').innerText(), { timeout: 15_000 }).toMatch(/^应付 ¥/);
  await page.getByText('提交订单', { exact: true }).click();
  // 确认下单: the amount and the promise, then 确定.
  await page.getByText('确定', { exact: true }).click();
  await page.locator('.order-actions__stored').click({ timeout: 15_000 });
  await expect.poll(() => page.locator('.order-status__label').innerText(), { timeout: 15_000 }).toBe('已支付');
  const pickupCode = await page.locator('.pickup__code').innerText();
  expect(pickupCode).toMatch(/^\d{6}$/);
  const orderNo = (await page.locator('.order-meta').innerText()).match(/订单号 (\d+)/)![1]!;
  return { orderNo, pickupCode };
}

it('the shopper’s pickup order reaches the store queue; the clerk picks it, verifies the code the shopper shows, and the shopper sees it completed', async () => {
  const { rows: stores } = await journey.server.db.pool.query(`SELECT lat, lng FROM "Store" WHERE id = 1`);
  const shopperContext = await newShopperContext(journey.browser, { latitude: stores[0].lat, longitude: stores[0].lng });
  const shopper = await signInAs(shopperContext, '演示会员');

  // The clerk is on the queue before the order is paid: it must arrive by itself, with the chime and
  // a vibration. Both are counted where the browser would make them.
  const context = await newShopperContext(journey.browser);
  await context.addInitScript(() => {
    const heard = { chimes: 0, vibrations: 0 };
    Object.assign(window, { __alerts: heard });
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function () {
      heard.chimes++;
      return play.call(this).catch(() => undefined);
    };
    navigator.vibrate = () => {
      heard.vibrations++;
      return true;
    };
  });
  const page = await signInAs(context, '店员（人民广场店）');
  // Everything the BFF answers the clerk's page; the code is the shopper's proof and never among it.
  const staffAnswers: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/graphql')) staffAnswers.push(response.text().catch(() => ''));
  });
  await page.goto(`${journey.server.url}/pages/profile/index`);
  await page.getByText('员工模式', { exact: true }).click({ timeout: 15_000 });
  await page.locator('.queue-filter').waitFor({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, 'staff orders (empty)');
  const alerts = () => page.evaluate(() => (window as unknown as { __alerts: { chimes: number; vibrations: number } }).__alerts);
  expect(await alerts()).toEqual({ chimes: 0, vibrations: 0 });

  const { orderNo, pickupCode } = await shopperPlacesAndPays(shopper);
  const { rows: placed } = await journey.server.db.pool.query(`SELECT id, "storeId", fulfilment FROM "Order" WHERE "orderNo" = $1`, [orderNo]);
  expect(placed[0]).toMatchObject({ storeId: 1, fulfilment: 'PICKUP' });
  const orderId = placed[0].id as string;
  const { order } = await asMember(`query($id: ID!) { order(id: $id) { status pickupCode } }`, { id: orderId });
  expect(order).toEqual({ status: 'PAID', pickupCode });

  // 订单: the paid order arrived on the open queue, without a reload, and rang; then 接单 and its picking list.
  const card = page.locator('[data-testid=staff-order]', { hasText: orderNo.slice(-6) });
  await card.waitFor({ timeout: 10_000 });
  await expect.poll(alerts, { timeout: 5_000 }).toEqual({ chimes: 1, vibrations: 1 });
  expect(await card.locator('.queue-card__left').innerText()).toMatch(/^剩\d+分$/);
  await expectNoSeriousA11yViolations(page, 'staff orders');
  await card.getByText('接单', { exact: true }).click();
  await card.getByText('去拣货', { exact: true }).click({ timeout: 10_000 });
  await page.locator('[data-testid=picking-line]').first().waitFor({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, 'staff picking');

  // 拣货 with a scanner: it types the barcode into the field and presses Enter. A wrong one is refused.
  const scanner = page.locator('.picking__input input');
  await scanner.fill('6901234567892');
  await scanner.press('Enter');
  await page.locator('.picking__verdict--bad', { hasText: '不是这件商品' }).waitFor({ timeout: 10_000 });
  const { rows: barcodes } = await journey.server.db.pool.query(`SELECT barcode FROM "Product" WHERE id IN (1, 20) ORDER BY id`);
  for (const { barcode } of barcodes) {
    await scanner.fill(barcode);
    await scanner.press('Enter');
    await page.locator('.picking-line--done', { hasText: `条码 ${barcode}` }).waitFor({ timeout: 10_000 });
  }
  await page.getByText('备货完成', { exact: true }).click({ timeout: 10_000 });
  // Back in the queue, the order waits for its shopper.
  await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('待取货');

  // 核销 on the pad: the 6th digit looks the order up; 确认交付 hands it over.
  await page.locator('.staff-tabs__item', { hasText: '核销' }).click();
  for (const digit of pickupCode) await page.getByRole('button', { name: digit, exact: true }).click({ timeout: 10_000 });
  const result = page.locator('[data-testid=pickup-order]');
  await result.waitFor({ timeout: 10_000 });
  expect(await result.locator('.handover__tail').innerText()).toBe(orderNo.slice(-6));
  await expectNoSeriousA11yViolations(page, 'staff pickup');
  await page.getByText('确认交付', { exact: true }).click();
  await result.getByText('✓ 已交付').waitFor({ timeout: 10_000 });
  const answers = await Promise.all(staffAnswers);
  expect(answers.some((body) => body.includes(orderNo))).toBe(true);
  // As a value of its own: six digits can occur inside a barcode or an order number.
  expect(answers.filter((body) => body.includes(`"${pickupCode}"`) || body.includes(`:${pickupCode}"`))).toEqual([]);

  const after = await asMember(`query($id: ID!) { order(id: $id) { status pickupCode events { to actorRole } } }`, { id: orderId });
  expect(after.order.status).toBe('COMPLETED');
  expect(after.order.pickupCode).toBeNull();
  expect(after.order.events.map((e: { to: string }) => e.to)).toEqual(['PENDING_PAYMENT', 'PAID', 'PICKING', 'READY_FOR_PICKUP', 'COMPLETED']);
  await context.close();

  // The shopper's order page, opened again, shows the handover.
  await shopper.reload();
  await expect.poll(() => shopper.locator('.order-status__label').innerText(), { timeout: 15_000 }).toBe('已完成');
  expect(await shopper.locator('.pickup__code').count()).toBe(0);
  expect(await shopper.locator('.timeline__status').allInnerTexts()).toEqual(['已下单，待支付', '已支付', '门店拣货中', '已备好，待取货', '已完成']);
  await shopperContext.close();
});
