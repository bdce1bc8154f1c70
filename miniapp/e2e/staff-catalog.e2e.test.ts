import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_HQ_OPERATOR } from '../../prisma/seed/demo-accounts.ts';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, signInWithDemoAccount, startJourney, type Journey } from './browser.ts';

// Head office's operator renames a product in 员工模式 → 总部 → 商品 and then takes it off sale; a
// shopper browsing the store's category sees the new name, and then no longer sees it at all.
let journey: Journey;
beforeAll(async () => {
  journey = await startJourney({ env: { DEMO_LOGIN_ENABLED: 'true' } });
});
afterAll(async () => {
  await journey?.close();
});

// People's Square: the seeded store 1 is the nearest.
const PEOPLES_SQUARE = { latitude: 31.2304, longitude: 121.4737 };

async function sql(text: string, values: unknown[] = []) {
  return (await journey.server.db.pool.query(text, values)).rows;
}

/** The shopper's category page of the product's top category, as a fresh visit shows it. */
async function openCategory(page: Page, top: number) {
  await page.goto(journey.server.url);
  await page.locator('.current-store .store-row').waitFor({ timeout: 15_000 });
  await page.locator(`.category-grid__item[data-category-id="${top}"]`).click();
  await page.locator(`.category__tab--active[data-category-id="${top}"]`).waitFor({ timeout: 15_000 });
  await page.locator('.category__products .product-card').first().waitFor({ timeout: 15_000 });
}

it('head office renames a product and takes it off sale; the shopper sees the new name, then no product', async () => {
  const [{ id: storeId }] = await sql(
    `SELECT id FROM "Store" WHERE active ORDER BY geo_point(lat, lng) <-> geo_point($1, $2) LIMIT 1`,
    [PEOPLES_SQUARE.latitude, PEOPLES_SQUARE.longitude],
  );
  // The first product listed in its top category at the shopper's store, so it is on the first page.
  const [target] = await sql(
    `SELECT p.id, p.name, p.barcode, COALESCE(c."parentId", c.id) AS top
       FROM "Product" p JOIN "Category" c ON c.id = p."categoryId"
       JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = $1
      WHERE p.active ORDER BY COALESCE(c."parentId", c.id), p.id LIMIT 1`,
    [storeId],
  );
  const card = (shopper: Page) => shopper.locator(`.category__products .product-card[data-product-id="${target.id}"]`);

  const shopperContext = await newShopperContext(journey.browser, PEOPLES_SQUARE);
  const shopper = await shopperContext.newPage();
  await openCategory(shopper, target.top);
  expect(await card(shopper).innerText()).toContain(target.name);

  const staffContext = await newShopperContext(journey.browser);
  const staff = await staffContext.newPage();
  await signInWithDemoAccount(staff, journey.server.url, '总部运营');
  await staff.goto(`${journey.server.url}/pages/profile/index`);
  await staff.getByText('员工模式', { exact: true }).click({ timeout: 15_000 });
  await staff.locator('.staff-tabs').getByText('总部', { exact: true }).click({ timeout: 15_000 });
  await staff.locator('.tool-grid').getByText('商品', { exact: true }).click({ timeout: 15_000 });
  await staff.locator('input[placeholder="商品名称、拼音或条码"]').fill(target.barcode);
  await staff.getByText('搜索', { exact: true }).click();
  const row = staff.locator('[data-testid=catalog-product]', { hasText: target.barcode });
  await expect.poll(() => staff.locator('[data-testid=catalog-product]').count(), { timeout: 15_000 }).toBe(1);
  await expectNoSeriousA11yViolations(staff, 'staff 总部 · 商品');

  // Renamed: the shopper's next visit shows the new name.
  await row.click();
  const form = staff.locator('[data-testid=product-form]');
  await form.locator('.editor-form__name input').fill('街角 精选 好水 550ml');
  await expectNoSeriousA11yViolations(staff, 'staff 商品 form');
  await form.getByText('保存', { exact: true }).click();
  await staff.getByText('已保存「街角 精选 好水 550ml」').waitFor({ timeout: 15_000 });
  expect(await sql(`SELECT name, active FROM "Product" WHERE id = $1`, [target.id])).toEqual([
    { name: '街角 精选 好水 550ml', active: true },
  ]);
  await openCategory(shopper, target.top);
  expect(await card(shopper).innerText()).toContain('街角 精选 好水 550ml');

  // Off sale, after the confirmation: gone from the shopper's store.
  await row.click();
  await form.getByText('下架', { exact: true }).click();
  await form.getByText('保存', { exact: true }).click();
  const confirmation = staff.locator('.sheet--centre [role=dialog]');
  await expect.poll(() => confirmation.innerText(), { timeout: 10_000 }).toContain('下架后所有门店的顾客都将看不到这件商品');
  await confirmation.getByText('下架', { exact: true }).click();
  await staff.getByText('已保存「街角 精选 好水 550ml」').waitFor({ timeout: 15_000 });
  await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('已下架');
  expect((await sql(`SELECT active FROM "Product" WHERE id = $1`, [target.id]))[0].active).toBe(false);
  expect(await sql(`SELECT "actorUserId", after FROM "AuditEntry" WHERE kind = 'product.content' AND subject = $1 ORDER BY id`, [String(target.id)])).toEqual([
    { actorUserId: DEMO_HQ_OPERATOR.id, after: { name: '街角 精选 好水 550ml' } },
    { actorUserId: DEMO_HQ_OPERATOR.id, after: { status: 'INACTIVE' } },
  ]);
  await openCategory(shopper, target.top);
  expect(await card(shopper).count()).toBe(0);
  await shopperContext.close();
  await staffContext.close();
});
