import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startTestServer, type TestServer } from '../../bff/test/server.ts';

export const H5_DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), '../dist/h5');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium not found: `npm test` installs Debian\'s chromium; or set CHROMIUM_PATH');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

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

export async function newShopperContext(browser: Browser, location?: { latitude: number; longitude: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } });
  if (location) {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ ...location, accuracy: 20 });
  }
  return context;
}
