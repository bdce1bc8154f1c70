import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, signInWithDemoAccount, startJourney, type Journey } from './browser.ts';

// Store 1's manager lists the printed codes in 员工模式 and downloads the door poster; a clerk of the
// same store has no 店长 tab, where the codes are.
let journey: Journey;
beforeAll(async () => {
  journey = await startJourney({ env: { DEMO_LOGIN_ENABLED: 'true' } });
});
afterAll(async () => {
  await journey?.close();
});

async function openStaffModeAs(page: Page, account: string): Promise<void> {
  await signInWithDemoAccount(page, journey.server.url, account);
  await page.goto(`${journey.server.url}/pages/profile/index`);
  await page.getByText('员工模式', { exact: true }).click({ timeout: 15_000 });
  await page.locator('.staff-tabs').waitFor({ timeout: 15_000 });
}

it('the manager of store 1 sees the door code s1 under 二维码 and downloads its PNG poster', async () => {
  const context = await newShopperContext(journey.browser);
  const page = await context.newPage();
  await openStaffModeAs(page, '店长（人民广场店）');
  await page.locator('.staff-tabs').getByText('店长', { exact: true }).click();
  await page.locator('.manager-figures__title').waitFor({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, 'staff 店长 · 今日');
  await page.getByText('二维码', { exact: true }).click({ timeout: 15_000 });

  const door = page.locator('[data-testid=qr-code]', { hasText: '场景值 s1' });
  await door.waitFor({ timeout: 15_000 });
  expect(await door.innerText()).toContain('门店码');
  expect(await door.innerText()).toContain('门店首页');
  expect(await door.locator('.qr-card__status').innerText()).toBe('启用');
  // The card's thumbnail is the poster, fetched with the manager's token.
  await door.locator('.qr-thumb__image').waitFor({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, 'staff 店长 · 二维码');

  const poster = page.waitForResponse((response) => /\/qr\/codes\/\d+\/poster\.png$/.test(response.url()));
  const download = page.waitForEvent('download');
  await door.getByText('下载海报', { exact: true }).click();
  const response = await poster;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  // What was saved is the poster itself (Playwright keeps no body for this fetch, so read the download).
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/-s1\.png$/);
  const file = await readFile((await saved.path())!);
  expect(file.length).toBeGreaterThan(1000);
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await page.locator('.qr-preview__image').waitFor({ timeout: 10_000 });
  await context.close();
});

it('a clerk of the same store has no 店长 tab (where the codes are)', async () => {
  const context = await newShopperContext(journey.browser);
  const page = await context.newPage();
  await openStaffModeAs(page, '店员（人民广场店）');
  const tabs = page.locator('.staff-tabs');
  expect(await tabs.getByText('库存', { exact: true }).isVisible()).toBe(true);
  expect(await tabs.getByText('店长', { exact: true }).count()).toBe(0);
  await context.close();
});
