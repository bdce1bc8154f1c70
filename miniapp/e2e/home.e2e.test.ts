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

it('shows the seeded stores nearest to the shopper on the home page', async () => {
  // Jing'an Temple: the nearest seeded stores are in 静安 / nearby districts.
  const context = await newShopperContext(journey.browser, { latitude: 31.2235, longitude: 121.4456 });
  const page = await context.newPage();
  await page.goto(journey.server.url);
  const rows = page.locator('.store-row');
  await rows.first().waitFor({ timeout: 15_000 });
  expect(await rows.count()).toBeGreaterThan(0);
  const first = (await rows.first().innerText()).trim();

  const { data } = await journey.server.gql<{ nearbyStores: Array<{ store: { name: string } }> }>(
    `query($l: LocationInput!) { nearbyStores(location: $l, first: 5) { store { name } } }`,
    { l: { lat: 31.2235, lng: 121.4456 } },
  );
  expect(first).toContain(data!.nearbyStores[0]!.store.name);

  await page.locator('.featured .product-card').first().waitFor();
  await expectNoSeriousA11yViolations(page, 'home');
  await context.close();
});

it('holds still while 首页 loads: no layout shift from Taro\'s navigation bar or from the category grid arriving last', async () => {
  const context = await newShopperContext(journey.browser, { latitude: 31.2235, longitude: 121.4456 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The categories answer after the featured products, as they may on a real network.
  await page.route('**/graphql', async (route) => {
    if (route.request().postDataJSON()?.operationName === 'StoreCategories') await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto(journey.server.url);
  await page.locator('.featured .product-card').first().waitFor({ timeout: 15_000 });
  await page.locator('.category-grid').waitFor();
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.005);
  await context.close();
});

it('names every script and style 首页 needs in index.html, so none waits for app.js to run before it is fetched', async () => {
  const context = await newShopperContext(journey.browser, { latitude: 31.2235, longitude: 121.4456 });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/\.(js|css)$/.test(request.url())) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(journey.server.url);
  await page.locator('.featured .product-card').first().waitFor({ timeout: 15_000 });
  const html = await (await fetch(journey.server.url)).text();
  const named = Array.from(html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g), (match) => match[1]);
  expect(fetched.length).toBeGreaterThan(2);
  expect(fetched.filter((path) => !named.includes(path))).toEqual([]);
  await context.close();
});
