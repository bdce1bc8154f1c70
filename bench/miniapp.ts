/**
 * The mini-program's two figures: the weapp main package size (the build output less its
 * subpackages) and, on the H5 build in Chromium, the time from navigation to the nearest store being
 * visible, served by the BFF under test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchBrowser, newShopperContext } from '../miniapp/e2e/chromium.ts';
import { BENCH_DIR } from './scale-db.ts';

const MINIAPP = join(BENCH_DIR, '../miniapp');
export const H5_DIR = join(MINIAPP, 'dist/h5');
const WEAPP_DIR = join(MINIAPP, 'dist/weapp');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Builds a target; with `onlyIfMissing` an existing build is kept (the H5 build is shared with the
 * browser tests other developers may be running). A failed build is reported, and the output already
 * there, if any, is measured instead.
 */
export function ensureBuild(target: 'weapp' | 'h5', options: { onlyIfMissing: boolean; log: (line: string) => void }): string | null {
  const marker = join(MINIAPP, 'dist', target, target === 'h5' ? 'index.html' : 'app.json');
  if (options.onlyIfMissing && existsSync(marker)) return null;
  options.log(`building the ${target} mini-program…`);
  // Taro draws its progress on stderr; only a failure's tail is worth showing.
  const result = spawnSync('npm', ['run', `build:${target}`, '--silent'], { cwd: join(BENCH_DIR, '..'), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.status === 0) return null;
  options.log(`${target} build failed:\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
  if (!existsSync(marker)) throw new Error(`npm run build:${target} failed and there is no earlier build to measure`);
  return `npm run build:${target} failed; measured the build already in miniapp/dist/${target} (${statSync(marker).mtime.toISOString()})`;
}

/** Bytes of dist/weapp outside the subpackage roots listed in app.json: what WeChat's 2 MB limit applies to. */
export function weappMainPackage(): { mainBytes: number; totalBytes: number; subpackages: string[] } {
  const app = JSON.parse(readFileSync(join(WEAPP_DIR, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'));
  let mainBytes = 0;
  let totalBytes = 0;
  for (const path of files(WEAPP_DIR)) {
    const size = statSync(path).size;
    totalBytes += size;
    if (!roots.some((root) => relative(WEAPP_DIR, path).startsWith(root))) mainBytes += size;
  }
  return { mainBytes, totalBytes, subpackages: roots };
}

/**
 * Fresh browser context per visit (nothing cached, no remembered store), geolocation granted at the
 * given spot; timed from navigation start to the first `.store-row` being visible.
 */
export async function h5NearestStoreMs(baseUrl: string, at: { lat: number; lng: number }, visits: number): Promise<number[]> {
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    for (let i = 0; i < visits; i++) {
      const context = await newShopperContext(browser, { latitude: at.lat, longitude: at.lng });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(baseUrl);
      await page.locator('.store-row').first().waitFor({ state: 'visible', timeout: 15_000 });
      times.push(Math.round(performance.now() - started));
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}
