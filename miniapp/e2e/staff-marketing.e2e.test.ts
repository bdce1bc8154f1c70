import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, signInWithDemoAccount, startJourney, type Journey } from './browser.ts';

// Head office's operator publishes a chain-wide 满减 in 员工模式 → 总部 → 营销; a shopper's cart,
// priced on its next request, shows the new threshold as the amount to make up.
let journey: Journey;
beforeAll(async () => {
  journey = await startJourney({ env: { DEMO_LOGIN_ENABLED: 'true' } });
});
afterAll(async () => {
  await journey?.close();
});

// 静安寺: a seeded store stands at this corner.
const JINGAN_TEMPLE = { latitude: 31.2235, longitude: 121.4437 };

it('a 满减 published by head office appears in the shopper’s cart hint', async () => {
  const { data } = await journey.server.gql(`query($l: LocationInput!) { nearbyStores(location: $l, first: 1) { store { id } } }`, {
    l: { lat: JINGAN_TEMPLE.latitude, lng: JINGAN_TEMPLE.longitude },
  });
  const storeId = Number(data!.nearbyStores[0].store.id);
  // A product between ¥25 and ¥45 there, outside the item promotions: the new 满减 sits ¥1 or less above it,
  // nearer than free delivery (¥59) and the seed's 满59减10.
  const { rows } = await journey.server.db.pool.query<{ id: number; price: number }>(
    `SELECT p.id, COALESCE(sp."priceFen", p."basePriceFen") AS price FROM "Product" p
       JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = $1 AND i."onHand" - i.reserved >= 5
       LEFT JOIN "StorePrice" sp ON sp."productId" = p.id AND sp."storeId" = $1
      WHERE p.active AND COALESCE(sp."priceFen", p."basePriceFen") BETWEEN 2500 AND 4500
        AND NOT EXISTS (SELECT 1 FROM "Promotion" pr WHERE pr.conditions->'productIds' @> to_jsonb(p.id))
      ORDER BY p.id LIMIT 1`,
    [storeId],
  );
  const product = rows[0]!;
  const threshold = Math.floor(product.price / 100) + 1;

  const staff = await newShopperContext(journey.browser);
  const operator = await staff.newPage();
  await signInWithDemoAccount(operator, journey.server.url, '总部运营');
  await operator.goto(`${journey.server.url}/pages/profile/index`);
  await operator.getByText('员工模式', { exact: true }).click({ timeout: 15_000 });
  await operator.locator('.staff-tabs').getByText('总部', { exact: true }).click({ timeout: 15_000 });
  await operator.locator('.tool-grid__item', { hasText: '营销' }).click({ timeout: 15_000 });
  await operator.getByText('新建促销', { exact: true }).click({ timeout: 15_000 });
  await operator.locator('input[placeholder="顾客看到的名称，如 周末满59减10"]').fill('周末满减');
  await operator.locator('input[placeholder="59"]').fill(String(threshold));
  await operator.locator('input[placeholder="10"]').fill('3');
  await expectNoSeriousA11yViolations(operator, 'staff 营销 · 新建促销');
  await operator.locator('.marketing__actions').getByText('发布', { exact: true }).click();
  await operator.getByRole('dialog').getByText('发布', { exact: true }).click();
  await operator.getByText('「周末满减」已发布，顾客下次结算即按新规则计价').waitFor({ timeout: 15_000 });
  expect(await operator.locator('[data-testid=marketing-row]', { hasText: '周末满减' }).innerText()).toContain(`满${threshold}减3`);
  await staff.close();

  const context = await newShopperContext(journey.browser, JINGAN_TEMPLE);
  const page = await context.newPage();
  // Not a member: list prices, so the cart's figures follow from the product's price alone.
  await signInWithDemoAccount(page, journey.server.url, '演示顾客');
  await page.goto(journey.server.url);
  await page.locator('.current-store .store-row').waitFor({ timeout: 15_000 });
  await page.goto(`${journey.server.url}/pages/product/index?storeId=${storeId}&id=${product.id}`);
  await page.getByText('加入购物车', { exact: true }).click({ timeout: 15_000 });
  await page.getByText('已加入购物车').waitFor();
  await page.goto(`${journey.server.url}/pages/cart/index`);
  const hint = page.locator('.add-ons__title');
  await hint.waitFor({ timeout: 15_000 });
  expect(await hint.innerText()).toContain(`可享满${threshold}减3`);
  await context.close();
});
