import type { Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { startTestServer, type TestServer } from '../../bff/test/server.ts';

export const H5_DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), '../dist/h5');

export interface Journey {
  server: TestServer;
  browser: Browser;
  close(): Promise<void>;
}

/** The BFF serving the H5 build, plus a browser: one per journey file. `env` and `now` go to the BFF. */
export async function startJourney(options: { env?: Record<string, string>; now?: () => Date } = {}): Promise<Journey> {
  if (!existsSync(join(H5_DIST_DIR, 'index.html'))) throw new Error('H5 build missing: run `npm run build:h5` (npm test does)');
  const server = await startTestServer({ env: { ...options.env, H5_DIST_DIR }, now: options.now });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Signs `page` in as one of the seeded demo accounts from 我的 (its button label, e.g. 演示会员) and
 * returns once the session is stored: the page then offers sign-out. Navigating away earlier races
 * the sign-in and loses it.
 */
export async function signInWithDemoAccount(page: Page, serverUrl: string, label: string): Promise<void> {
  await page.goto(`${serverUrl}/pages/profile/index`);
  await page.getByText(label, { exact: true }).click({ timeout: 15_000 });
  await page.locator('.profile__signout').waitFor({ state: 'attached', timeout: 15_000 });
}

export { chromiumPath, launchBrowser, newShopperContext } from './chromium.ts';
