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
