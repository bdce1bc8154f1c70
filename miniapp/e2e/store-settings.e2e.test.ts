import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_MEMBER } from '../../prisma/seed/demo-accounts.ts';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, signInWithDemoAccount, startJourney, type Journey } from './browser.ts';

// The manager of store 1 (人民广场店) changes 门店设置 and 货架 in staff mode; a shopper standing at
// the store sees each change on the next screen they open.
let journey: Journey;
let home: { latitude: number; longitude: number };
beforeAll(async () => {
  journey = await startJourney({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0' } });
  // Store 1 is open around the clock; with room for 200 orders a slot, the current slot has room at
  // any instant the journey runs, so the promise starts as 约30分钟送达.
  await journey.server.db.pool.query(`UPDATE "Store" SET "pickingCapacity" = 200 WHERE id = 1`);
  const { rows } = await journey.server.db.pool.query(`SELECT lat, lng FROM "Store" WHERE id = 1`);
  home = { latitude: rows[0].lat, longitude: rows[0].lng };
  // The demo member's saved address at the store's door, so checkout quotes a delivery at once.
  await journey.server.db.pool.query(
    `INSERT INTO "Address" (id, "userId", "contactName", phone, detail, lat, lng, "isDefault") VALUES (gen_random_uuid(), $1, '王女士', '13900000001', '人民大道100号', $2, $3, true)`,
    [DEMO_MEMBER.id, home.latitude, home.longitude],
  );
});
afterAll(async () => {
  await journey?.close();
});

async function managerPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newShopperContext(journey.browser);
  const page = await context.newPage();
  await signInWithDemoAccount(page, journey.server.url, '店长（人民广场店）');
  return { context, page };
}

async function shopperPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newShopperContext(journey.browser, home);
  const page = await context.newPage();
  await signInWithDemoAccount(page, journey.server.url, '演示会员');
  // Home picks the nearest store by the granted location: store 1, where the shopper stands.
  await page.goto(journey.server.url);
  await page.locator('.current-store .store-row').waitFor({ timeout: 15_000 });
  return { context, page };
}

/** A product store 1 sells at ¥25 or more with plenty in stock (one unit clears the delivery minimum). */
async function productOfStore1(): Promise<{ id: number; name: string }> {
  const { rows } = await journey.server.db.pool.query(
    `SELECT p.id, p.name FROM "Product" p
       JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = 1 AND i."onSale"
       LEFT JOIN "StorePrice" sp ON sp."productId" = p.id AND sp."storeId" = 1
      WHERE p.active AND i."onHand" - i.reserved >= 5 AND COALESCE(sp."priceFen", p."basePriceFen") >= 2500
      ORDER BY p.id LIMIT 1`,
  );
  return rows[0];
}

/** Minutes the checkout's promise (约N分钟送达) names. */
async function promisedMinutes(page: Page): Promise<number> {
  const text = await page.locator('.checkout__promise').filter({ hasText: /约\d+分钟送达/ }).innerText({ timeout: 15_000 });
  return Number(/约(\d+)分钟送达/.exec(text)?.[1]);
}

it('the busy switch: a longer promise set by the manager is the promise on the shopper\'s next checkout', async () => {
  const product = await productOfStore1();
  const shopper = await shopperPage();
  await shopper.page.goto(`${journey.server.url}/pages/product/index?storeId=1&id=${product.id}`);
  await shopper.page.getByText('加入购物车', { exact: true }).click({ timeout: 15_000 });
  await shopper.page.getByText('已加入购物车').waitFor();
  await shopper.page.goto(`${journey.server.url}/pages/cart/index`);
  await shopper.page.getByText('去结算', { exact: true }).click({ timeout: 15_000 });
  const before = await promisedMinutes(shopper.page);
  expect(before).toBe(30);

  const manager = await managerPage();
  await manager.page.goto(`${journey.server.url}/pages/staff/store-settings/index`);
  const busy = manager.page.locator('[data-testid=busy-card]');
  await busy.waitFor({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(manager.page, 'staff 门店设置');
  await busy.getByText('+30分', { exact: true }).click();
  await busy.getByText('外送中 · 每单承诺多30分钟').waitFor({ timeout: 15_000 });

  // The shopper opens checkout again: the promise is 30 minutes longer.
  await shopper.page.goto(`${journey.server.url}/pages/cart/index`);
  await shopper.page.getByText('去结算', { exact: true }).click({ timeout: 15_000 });
  await expect.poll(() => promisedMinutes(shopper.page), { timeout: 15_000 }).toBe(before + 30);

  // 暂停外送 asks first; afterwards the shopper's store card says so.
  await busy.getByText('暂停外送', { exact: true }).click();
  await manager.page.getByRole('dialog').getByText('暂停外送', { exact: true }).click();
  await busy.getByText('已暂停外送 · 顾客只能到店自提').waitFor({ timeout: 15_000 });
  await shopper.page.goto(journey.server.url);
  await shopper.page.locator('.current-store').getByText('门店繁忙，暂停外送，可到店自提').waitFor({ timeout: 15_000 });

  await busy.getByText('恢复外送', { exact: true }).click();
  await busy.getByText('不延长', { exact: true }).click();
  await busy.getByText(/外送中 · 承诺约\d+分钟/).waitFor({ timeout: 15_000 });
  await manager.context.close();
  await shopper.context.close();
});

it('the shelf: a product the manager takes off sale is gone from the shopper\'s search at the store', async () => {
  const product = await productOfStore1();
  const shopper = await shopperPage();
  const search = async () => {
    await shopper.page.goto(journey.server.url);
    await shopper.page.locator('.current-store .store-row').waitFor({ timeout: 15_000 });
    await shopper.page.locator('.search-box').click();
    await shopper.page.locator('.search__input input').fill(product.name);
    await shopper.page.locator('.search__input input').press('Enter');
    await shopper.page.locator('.search__results .product-card, .search__empty, .state-view--empty').first().waitFor({ timeout: 15_000 });
    return shopper.page.locator('.search__results .product-card').filter({ has: shopper.page.getByText(product.name, { exact: true }) }).count();
  };
  expect(await search()).toBeGreaterThan(0);

  const manager = await managerPage();
  await manager.page.goto(`${journey.server.url}/pages/staff/shelf/index`);
  await manager.page.locator('.staff-tabs').waitFor({ timeout: 15_000 });
  await manager.page.locator('input[placeholder="商品名、拼音或条码"]').fill(product.name);
  await manager.page.getByText('查找', { exact: true }).click();
  const hit = manager.page.locator('.shelf-hit', { hasText: product.name }).first();
  const item = manager.page.locator('[data-testid=shelf-item]');
  await Promise.race([hit.waitFor({ timeout: 15_000 }), item.waitFor({ timeout: 15_000 })]);
  if (!(await item.isVisible())) await hit.click();
  await item.getByText(product.name).waitFor({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(manager.page, 'staff 货架');
  await item.getByText('下架', { exact: true }).click();
  await manager.page.getByText(`${product.name} 已下架，顾客将看不到它`).waitFor({ timeout: 15_000 });

  expect(await search()).toBe(0);
  await manager.context.close();
  await shopper.context.close();
});
