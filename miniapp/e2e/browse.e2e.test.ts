import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, startJourney, type Journey } from './browser.ts';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney();
});
afterAll(async () => {
  await journey?.close();
});

// 静安寺: a seeded store stands at this corner.
const JINGAN_TEMPLE = { latitude: 31.2235, longitude: 121.4437 };

async function nearestStoreName(location: { lat: number; lng: number }): Promise<{ id: string; name: string }> {
  const { data } = await journey.server.gql(`query($l: LocationInput!) { nearbyStores(location: $l, first: 1) { store { id name } } }`, {
    l: location,
  });
  return data!.nearbyStores[0].store;
}

it('granted location: nearest store → a category → a product out of stock here → the nearby store that has it', async () => {
  const store = await nearestStoreName({ lat: JINGAN_TEMPLE.latitude, lng: JINGAN_TEMPLE.longitude });
  // Of this store's products that are out of stock here but in stock elsewhere, the one that comes
  // earliest in its top-level category's list, so it is on the first page.
  const { rows } = await journey.server.db.pool.query(
    `WITH listed AS (
       SELECT p.id, COALESCE(c."parentId", c.id) AS top, i."onHand" - i.reserved AS available,
              row_number() OVER (PARTITION BY COALESCE(c."parentId", c.id) ORDER BY p.id) AS position
         FROM "Product" p JOIN "Category" c ON c.id = p."categoryId"
         JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = $1
        WHERE p.active)
     SELECT id, top, position FROM listed
      WHERE available <= 0
        AND EXISTS (SELECT 1 FROM "Inventory" o WHERE o."productId" = listed.id AND o."storeId" <> $1 AND o."onHand" - o.reserved > 0)
      ORDER BY position LIMIT 1`,
    [Number(store.id)],
  );
  const target = rows[0];
  expect(target, 'the seed has out-of-stock products').toBeDefined();
  expect(target.position).toBeLessThanOrEqual(20);
  const { data } = await journey.server.gql(
    `query($s: ID!, $p: ID!) { storeProduct(storeId: $s, productId: $p) { name elsewhere { store { name } } } }`,
    { s: store.id, p: String(target.id) },
  );
  const expected = data!.storeProduct;

  const context = await newShopperContext(journey.browser, JINGAN_TEMPLE);
  const page = await context.newPage();
  await page.goto(journey.server.url);

  const card = page.locator('.current-store .store-row');
  await card.waitFor({ timeout: 15_000 });
  expect(await card.innerText()).toContain(store.name);

  await page.locator(`.category-grid__item[data-category-id="${target.top}"]`).click();
  await page.locator(`.category__tab--active[data-category-id="${target.top}"]`).waitFor();
  const product = page.locator(`.category__products .product-card[data-product-id="${target.id}"]`);
  await product.waitFor();
  expect(await product.innerText()).toContain('本店缺货');
  await expectNoSeriousA11yViolations(page, 'category');
  await product.click();

  await page.getByText('本店暂时缺货').waitFor();
  expect(await page.locator('.product__name').innerText()).toBe(expected.name);
  const nearby = page.locator('.elsewhere-row');
  await nearby.first().waitFor();
  expect(await nearby.first().innerText()).toContain(expected.elsewhere[0].store.name);
  expect(await nearby.first().innerText()).toMatch(/距本店\d+(\.\d)?k?m · 有货\d+/);
  await expectNoSeriousA11yViolations(page, 'product');
  await context.close();
});

it('granted location: search from the home page, then the list of nearby stores', async () => {
  const store = await nearestStoreName({ lat: JINGAN_TEMPLE.latitude, lng: JINGAN_TEMPLE.longitude });
  const context = await newShopperContext(journey.browser, JINGAN_TEMPLE);
  const page = await context.newPage();
  await page.goto(journey.server.url);
  await page.locator('.current-store .store-row').waitFor({ timeout: 15_000 });

  await page.locator('.search-box').click();
  await page.locator('.search__input input').fill('水');
  await page.locator('.search__input input').press('Enter');
  await page.locator('.search__results .product-card').first().waitFor({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, 'search');

  await page.goBack();
  await page.getByText('切换门店', { exact: true }).click();
  const rows = page.locator('.stores__item');
  await rows.first().waitFor({ timeout: 15_000 });
  expect(await page.locator('.stores__item[aria-current="true"]').innerText()).toContain(store.name);
  await expectNoSeriousA11yViolations(page, 'stores');
  await context.close();
});

it('refused location: a searched landmark still leads to a store, which is remembered', async () => {
  const context = await newShopperContext(journey.browser);
  const page = await context.newPage();
  await page.goto(journey.server.url);

  await page.getByText('未获取到您的位置，请选择所在区域或搜索地址').waitFor({ timeout: 15_000 });
  await page.getByText('选择位置', { exact: true }).click();

  await page.locator('.location__input input').fill('外滩');
  await page.locator('.location__input input').press('Enter');
  await page.locator('.place-row__name', { hasText: /^外滩$/ }).click();

  const store = await nearestStoreName({ lat: 31.2397, lng: 121.4906 });
  const card = page.locator('.current-store .store-row');
  await card.waitFor({ timeout: 15_000 });
  expect(await card.innerText()).toContain(store.name);
  expect(await page.getByText('配送至：外滩').count()).toBe(1);

  // A new launch remembers both the place and the store.
  await page.reload();
  await card.waitFor({ timeout: 15_000 });
  expect(await card.innerText()).toContain(store.name);
  await context.close();
});
