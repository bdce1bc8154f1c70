import { afterAll, beforeAll, expect, it } from 'vitest';
import { newShopperContext, startJourney, type Journey } from './browser.ts';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney();
});
afterAll(async () => {
  await journey?.close();
});

// Far from store 1, so only the scanned code can make it the current store.
const PUDONG_AIRPORT = { latitude: 31.1443, longitude: 121.8083 };

it('a shelf code scanned into the H5 build opens that product at that store and records the scan', async () => {
  const { rows } = await journey.server.db.pool.query(
    `SELECT q.id, q.scene, q."storeId", p.id AS "productId", p.name FROM "QrCode" q JOIN "Product" p ON p.id = q."productId" WHERE q.kind = 'PRODUCT' ORDER BY q.id LIMIT 1`,
  );
  const shelf = rows[0];
  const context = await newShopperContext(journey.browser, PUDONG_AIRPORT);
  const page = await context.newPage();
  await page.goto(`${journey.server.url}/?scene=${encodeURIComponent(shelf.scene)}`);

  await page.waitForURL(/\/pages\/product\/index\?/, { timeout: 20_000 });
  const url = new URL(page.url());
  expect(url.searchParams.get('storeId')).toBe(String(shelf.storeId));
  expect(url.searchParams.get('id')).toBe(String(shelf.productId));
  await expect.poll(() => page.locator('.product__name').innerText(), { timeout: 15_000 }).toBe(shelf.name);
  // The scanned store became the current store, though the shopper stands far from it.
  expect(await page.evaluate(() => localStorage.getItem('corner.store'))).toContain(`"id":"${shelf.storeId}"`);

  const scans = await journey.server.db.pool.query(`SELECT "visitorId", "userId" FROM "QrScan" WHERE "qrCodeId" = $1`, [shelf.id]);
  expect(scans.rows).toHaveLength(1);
  expect(scans.rows[0].visitorId).toMatch(/^v[0-9a-z]{8,}$/);

  // 首页 keeps the scanned store, seen from where the shopper stands, rather than the nearest one.
  const stores = await journey.server.db.pool.query(
    `SELECT id, name FROM "Store" WHERE active
      ORDER BY geo_metres(geo_point(lat, lng), geo_point($1, $2)) LIMIT 1`,
    [PUDONG_AIRPORT.latitude, PUDONG_AIRPORT.longitude],
  );
  expect(stores.rows[0].id).not.toBe(shelf.storeId);
  const scanned = await journey.server.db.pool.query(`SELECT name FROM "Store" WHERE id = $1`, [shelf.storeId]);
  // Back from the product page to 首页, which the app opened with before the scene was resolved.
  await page.goBack();
  const card = page.locator('.current-store .store-row');
  await expect.poll(() => card.getAttribute('data-store-id'), { timeout: 15_000 }).toBe(String(shelf.storeId));
  expect(await card.innerText()).toContain(scanned.rows[0].name);
  expect(await card.locator('.store-row__distance').innerText()).toMatch(/^\d+(\.\d)?km$/);
  await context.close();
});

it("a store's door code opened with location refused shows that store on 首页 at once, not a request for a location", async () => {
  const { rows } = await journey.server.db.pool.query(
    `SELECT q.scene, s.id, s.name FROM "QrCode" q JOIN "Store" s ON s.id = q."storeId" WHERE q.kind = 'STORE' ORDER BY q.id LIMIT 1`,
  );
  const door = rows[0];
  // No geolocation permission: the browser refuses the location, as a shopper declining it would.
  const context = await newShopperContext(journey.browser);
  const page = await context.newPage();
  await page.goto(`${journey.server.url}/?scene=${encodeURIComponent(door.scene)}`);

  const card = page.locator('.current-store .store-row');
  await expect.poll(() => card.getAttribute('data-store-id'), { timeout: 20_000 }).toBe(String(door.id));
  expect(await card.innerText()).toContain(door.name);
  expect(await card.locator('.store-row__distance').count()).toBe(0);
  expect(await page.getByText('未获取到您的位置，请选择所在区域或搜索地址').count()).toBe(0);
  await page.locator('.category-grid__item').first().waitFor({ timeout: 15_000 });
  expect(await page.evaluate(() => localStorage.getItem('corner.store'))).toContain(`"id":"${door.id}"`);
  await context.close();
});

it('an unknown scene lands on 首页 with a friendly message', async () => {
  const context = await newShopperContext(journey.browser, PUDONG_AIRPORT);
  const page = await context.newPage();
  await page.goto(`${journey.server.url}/?scene=qNOSUCHCODE`);
  await page.getByText('二维码无法识别，先逛逛首页吧').waitFor({ timeout: 20_000 });
  expect(new URL(page.url()).pathname).toMatch(/^\/(pages\/index\/index)?$/);
  await context.close();
});

it("index.html asks for a scanned scene and its store's reads before the app has run, and the app takes those answers instead of asking again", async () => {
  const { rows } = await journey.server.db.pool.query(`SELECT q.id, q.scene, q."storeId" FROM "QrCode" q WHERE q.kind = 'STORE' ORDER BY q.id LIMIT 1`);
  const door = rows[0];
  const scans = async () => (await journey.server.db.pool.query(`SELECT count(*)::int AS n FROM "QrScan" WHERE "qrCodeId" = $1`, [door.id])).rows[0].n as number;
  const early = ['ResolveScene', 'StoreCard', 'StoreCategories', 'CampaignBanners'];
  const visit = async (withoutApp: boolean) => {
    const context = await newShopperContext(journey.browser);
    const page = await context.newPage();
    const operations: string[] = [];
    page.on('request', (request) => {
      const operation = /"operationName":"(\w+)"/.exec(request.method() === 'POST' ? (request.postData() ?? '') : '')?.[1];
      if (operation) operations.push(operation);
    });
    if (withoutApp) await page.route(/\/js\/app\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(`${journey.server.url}/?scene=${encodeURIComponent(door.scene)}`);
    const count = (operation: string) => operations.filter((name) => name === operation).length;
    return { context, page, count };
  };

  // The app's script never arrives: the scene and the store's reads are asked for all the same, by index.html.
  const bare = await visit(true);
  await expect.poll(() => early.map(bare.count), { timeout: 10_000 }).toEqual([1, 1, 1, 1]);
  await bare.context.close();

  // With the app: one request of each and one scan, the app having taken index.html's answers.
  const before = await scans();
  const full = await visit(false);
  const card = full.page.locator('.current-store .store-row');
  await expect.poll(() => card.getAttribute('data-store-id'), { timeout: 20_000 }).toBe(String(door.storeId));
  await full.page.locator('.category-grid__item').first().waitFor({ timeout: 15_000 });
  await full.page.waitForTimeout(500);
  expect(early.map(full.count)).toEqual([1, 1, 1, 1]);
  expect(await scans()).toBe(before + 1);
  await full.context.close();
});
