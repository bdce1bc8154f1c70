import { setupServer } from 'msw/node';
import { createWechatHandlers, devWechatEnv } from '@corner/mocks';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WECHAT_TEST_BASE_URL } from '../../bff/test/auth.ts';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, startJourney, type Journey } from './browser.ts';

// The BFF runs in this process, so msw here is WeChat for it: jscode2session for the H5 sign-in,
// and WeChat Pay (prepay, query, notification). The notification goes to the BFF's real route.
const wechat = createWechatHandlers({
  baseUrl: WECHAT_TEST_BASE_URL,
  deliverNotification: async (_url, n) => {
    const res = await fetch(`${journey.server.url}/payments/wechat/notify`, { method: 'POST', headers: n.headers, body: n.body });
    return { status: res.status };
  },
});
const msw = setupServer(...wechat);
let journey: Journey;

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'bypass' });
  journey = await startJourney({
    env: { ...devWechatEnv({ mockBaseUrl: WECHAT_TEST_BASE_URL, notifyUrl: 'http://bff.test/payments/wechat/notify' }), ORDER_EXPIRY_INTERVAL_SECONDS: '0' },
  });
});
afterAll(async () => {
  await journey?.close();
  msw.close();
});

// 静安寺: a seeded store stands at this corner, so it is both the nearest store and inside its delivery area.
const JINGAN_TEMPLE = { latitude: 31.2235, longitude: 121.4437 };

/**
 * The H5 build has no requestPayment: it confirms through the WeChat Pay mock at its own origin.
 * Here that request is answered by the in-process mock, as the shopper paying in WeChat would.
 */
async function payWithMockWechat(page: Page) {
  await page.route('**/__mock__/pay/confirm', async (route) => {
    const res = await fetch(`${WECHAT_TEST_BASE_URL}/__mock__/pay/confirm`, { method: 'POST', body: route.request().postData() ?? '{}' });
    await route.fulfill({ status: res.status, contentType: 'application/json', body: await res.text() });
  });
}

/** Opens the app at the granted location (which picks the store), then a product of that store with `units` in stock. */
async function shopAt(page: Page, minPriceFen: number) {
  await page.goto(journey.server.url);
  const storeRow = page.locator('.current-store .store-row');
  await storeRow.waitFor({ timeout: 15_000 });
  const { data } = await journey.server.gql(`query($l: LocationInput!) { nearbyStores(location: $l, first: 1) { store { id } } }`, {
    l: { lat: JINGAN_TEMPLE.latitude, lng: JINGAN_TEMPLE.longitude },
  });
  const storeId = data!.nearbyStores[0].store.id as string;
  const { rows } = await journey.server.db.pool.query(
    `SELECT p.id, p.name FROM "Product" p
       JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = $1
       LEFT JOIN "StorePrice" sp ON sp."productId" = p.id AND sp."storeId" = $1
      WHERE p.active AND i."onHand" - i.reserved >= 5 AND COALESCE(sp."priceFen", p."basePriceFen") >= $2
      ORDER BY p.id LIMIT 1`,
    [Number(storeId), minPriceFen],
  );
  const product = rows[0] as { id: number; name: string };
  expect(product, 'the seed has a product in stock here').toBeDefined();
  await page.goto(`${journey.server.url}/pages/product/index?storeId=${storeId}&id=${product.id}`);
  await page.getByText('加入购物车', { exact: true }).click({ timeout: 15_000 });
  await page.getByText('已加入购物车').waitFor();
  return { storeId, product };
}

async function toCheckout(page: Page, productId: number) {
  await page.goto(`${journey.server.url}/pages/cart/index`);
  await page.locator(`.cart-line[data-product-id="${productId}"]`).waitFor({ timeout: 15_000 });
  await page.locator('.price-row--payable').waitFor();
  await expectNoSeriousA11yViolations(page, 'cart');
  await page.getByText('去结算', { exact: true }).click();
  await page.locator('.fulfilment-tabs').waitFor({ timeout: 15_000 });
}

async function placeAndPay(page: Page) {
  const payable = page.locator('.checkout__payable');
  await expect.poll(() => payable.innerText(), { timeout: 15_000 }).toMatch(/^应付 ¥/);
  const amount = (await payable.innerText()).replace('应付 ', '');
  await page.getByText('提交订单', { exact: true }).click();
  // The confirmation before money moves names the amount.
  await page.getByText(`应付${amount}，`).last().waitFor({ timeout: 10_000 });
  await page.getByText('确定', { exact: true }).click();
  await page.locator('.order-actions__wechat').waitFor({ timeout: 15_000 });
  expect(await page.locator('.order-status__label').innerText()).toBe('待支付');
  expect(await page.locator('.order-actions__wechat').innerText()).toContain(amount);
  await page.locator('.order-actions__wechat').click();
  await expect.poll(() => page.locator('.order-status__label').innerText(), { timeout: 20_000 }).toBe('已支付');
  await expectNoSeriousA11yViolations(page, 'order');
}

it('adds a product to the cart, checks out for pickup, pays with (mocked) WeChat Pay and sees the pickup code', async () => {
  const context = await newShopperContext(journey.browser, JINGAN_TEMPLE);
  const page = await context.newPage();
  await payWithMockWechat(page);
  const { product } = await shopAt(page, 0);
  await toCheckout(page, product.id);

  await page.getByText('到店自提', { exact: true }).click();
  await page.locator('.pickup-store__name').waitFor();
  await expectNoSeriousA11yViolations(page, 'checkout (pickup)');
  await placeAndPay(page);

  const code = await page.locator('.pickup__code').innerText();
  expect(code).toMatch(/^\d{6}$/);
  expect(await page.locator('.pickup__qr').count()).toBe(1);
  const timeline = await page.locator('.timeline__status').allInnerTexts();
  expect(timeline).toEqual(['已下单，待支付', '已支付']);
  const { rows } = await journey.server.db.pool.query(`SELECT status, fulfilment FROM "Order" ORDER BY "createdAt" DESC LIMIT 1`);
  expect(rows[0]).toEqual({ status: 'PAID', fulfilment: 'PICKUP' });

  await page.goto(`${journey.server.url}/pages/orders/index`);
  await page.locator('.order-card').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('.order-card .order-card__status').first().innerText()).toBe('已支付');
  await expectNoSeriousA11yViolations(page, 'orders');
  await context.close();
});

it('checks out for delivery to a new address inside the store\'s area and pays', async () => {
  const context = await newShopperContext(journey.browser, JINGAN_TEMPLE);
  const page = await context.newPage();
  await payWithMockWechat(page);
  // Dear enough that one unit clears the store's minimum order for delivery.
  const { rows: minimum } = await journey.server.db.pool.query(`SELECT max("minOrderFen")::int AS fen FROM "Store"`);
  const { product } = await shopAt(page, minimum[0].fen);
  await toCheckout(page, product.id);

  // A new shopper has no address yet: the form is open.
  await page.locator('.address-form__name input').fill('李先生');
  await page.locator('.address-form__phone input').fill('13912345678');
  await page.getByText('使用当前位置', { exact: true }).click();
  await page.getByText('定位：当前位置').waitFor();
  await page.locator('.address-form__detail input').fill('华山路2号 5楼');
  await page.getByText('保存地址', { exact: true }).click();
  await page.locator('.address-option--selected').waitFor({ timeout: 10_000 });
  expect(await page.locator('.address-option--selected').innerText()).toContain('华山路2号 5楼');
  await page.locator('.checkout__promise').waitFor();
  await expectNoSeriousA11yViolations(page, 'checkout (delivery)');

  await placeAndPay(page);
  expect(await page.locator('.order-address').innerText()).toContain('华山路2号 5楼');
  expect(await page.locator('.pickup__code').count()).toBe(0);
  const { rows } = await journey.server.db.pool.query(`SELECT status, fulfilment, address->>'contactName' AS contact FROM "Order" ORDER BY "createdAt" DESC LIMIT 1`);
  expect(rows[0]).toEqual({ status: 'PAID', fulfilment: 'DELIVERY', contact: '李先生' });
  await context.close();
});
