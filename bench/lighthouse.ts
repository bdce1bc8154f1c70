/**
 * The H5 home page as a phone on slow 4G sees it: Lighthouse's mobile audit, and the time from
 * navigation to the first product picture on screen. Both open 首页 through a store's door code
 * (`/?scene=s<id>`): a scanned store is current without a location, which neither Lighthouse nor a
 * refused permission gives, and without a store 首页 shows the location picker and no products.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { storeScene } from '../prisma/seed/demo-accounts.ts';
import { chromiumPath, launchBrowser, newShopperContext } from '../miniapp/e2e/chromium.ts';

// Fetched by npx at run time rather than installed: it is heavy and only the bench uses it. 13.x needs Node 22.
const LIGHTHOUSE = 'lighthouse@12.2.3';
export const LIGHTHOUSE_TARGETS = { performance: 90, accessibility: 95 } as const;

/**
 * Lighthouse's 4× CPU slowdown is calibrated for a high-end desktop, benchmark index 1500-2000
 * (Lighthouse's docs/throttling.md): the phone it stands for scores about 1750 / 4. A faster or slower
 * host under 4× is a faster or slower phone, so the bench also runs with the multiplier that makes
 * this host that phone.
 */
const REFERENCE_PHONE_INDEX = 1750 / 4;
export const calibratedCpuSlowdown = (benchmarkIndex: number) => Math.max(1, Math.round((benchmarkIndex / REFERENCE_PHONE_INDEX) * 10) / 10);

export const doorCodeUrl = (baseUrl: string, storeId: number) => `${baseUrl}/?scene=${encodeURIComponent(storeScene(storeId))}`;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  details?: { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number; items?: unknown[] };
  metricSavings?: Record<string, number>;
}
interface Report {
  finalDisplayedUrl: string;
  environment: { benchmarkIndex: number };
  configSettings: { throttling: { cpuSlowdownMultiplier: number } };
  runWarnings: string[];
  categories: Record<'performance' | 'accessibility', { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

export interface LighthouseResult {
  url: string;
  finalUrl: string;
  performance: number | null;
  accessibility: number | null;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  speedIndexMs: number;
  /** Lighthouse's measure of this host's CPU (higher is faster), and the slowdown the run applied to it. */
  benchmarkIndex: number;
  cpuSlowdown: number;
  targets: typeof LIGHTHOUSE_TARGETS;
  met: { performance: boolean; accessibility: boolean };
  /** What costs performance points: opportunities by estimated saving, then failing diagnostics. */
  performanceFindings: string[];
  failingAccessibility: string[];
  runWarnings: string[];
  /**
   * Figures that depend on the build rather than on how busy the machine is: the requests and bytes
   * 首页 loads, and the tasks in the trace. Lighthouse's own times (bootup, TBT) are the observed CPU
   * times × 4, so they move with the load; these do not, or much less.
   */
  proxies: {
    requests: number;
    scriptKiB: number;
    totalKiB: number;
    tasksOver50ms: number;
    bootupMs: number;
    mainThreadMs: number;
  };
}

const score = (category: { score: number | null }) => (category.score == null ? null : Math.round(category.score * 100));

function findings(report: Report): Pick<LighthouseResult, 'performanceFindings' | 'failingAccessibility'> {
  const failing = (category: 'performance' | 'accessibility') =>
    report.categories[category].auditRefs
      .map((ref) => report.audits[ref.id]!)
      .filter((audit) => audit.score != null && audit.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode));
  const saving = (audit: Audit) => audit.details?.overallSavingsMs ?? audit.metricSavings?.LCP ?? 0;
  const describe = (audit: Audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`;
  const metrics = new Set(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']);
  return {
    performanceFindings: failing('performance')
      .filter((audit) => !metrics.has(audit.id))
      .sort((a, b) => saving(b) - saving(a))
      .map(describe),
    failingAccessibility: failing('accessibility').map((audit) => `${describe(audit)}, ${audit.details?.items?.length ?? 0} elements`),
  };
}

function proxies(report: Report): LighthouseResult['proxies'] {
  const diagnostics = (report.audits.diagnostics?.details?.items?.[0] ?? {}) as Record<string, number>;
  const resources = (report.audits['resource-summary']?.details?.items ?? []) as { resourceType: string; transferSize: number }[];
  const kib = (type: string) => Math.round((resources.find((item) => item.resourceType === type)?.transferSize ?? Number.NaN) / 1024);
  return {
    requests: diagnostics.numRequests ?? Number.NaN,
    scriptKiB: kib('script'),
    totalKiB: kib('total'),
    tasksOver50ms: diagnostics.numTasksOver50ms ?? Number.NaN,
    bootupMs: Math.round(report.audits['bootup-time']?.numericValue ?? Number.NaN),
    mainThreadMs: Math.round(report.audits['mainthread-work-breakdown']?.numericValue ?? Number.NaN),
  };
}

/**
 * Lighthouse's default mobile run (simulated slow 4G, 4× CPU slowdown) in Debian's Chromium. With
 * `keepReportAs`, the full JSON report (open it in the Lighthouse viewer) is copied there.
 */
export async function lighthouseAudit(
  url: string,
  log: (line: string) => void,
  { keepReportAs, cpuSlowdown }: { keepReportAs?: string; cpuSlowdown?: number } = {},
): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    const run = () => promisify(execFile)(
      'npx',
      ['--yes', LIGHTHOUSE, url, '--output=json', `--output-path=${output}`, '--quiet', '--only-categories=performance,accessibility',
        '--chrome-flags=--headless=new --no-sandbox', ...(cpuSlowdown ? [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`] : [])],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? chromiumPath() }, maxBuffer: 64 * 2 ** 20 },
    );
    log(`lighthouse ${url}${cpuSlowdown ? ` (CPU slowdown ${cpuSlowdown}×)` : ''}`);
    try {
      await run();
    } catch (error) {
      // Lighthouse sometimes loses the trace of a load (NO_NAVSTART, NO_FCP) and asks for another run.
      if (!/Please run Lighthouse again/.test(String((error as { stderr?: string }).stderr))) throw error;
      log(`lighthouse lost the trace (${String((error as { stderr?: string }).stderr).trim()}); running it again`);
      await run();
    }
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    if (keepReportAs) {
      mkdirSync(dirname(keepReportAs), { recursive: true });
      copyFileSync(output, keepReportAs);
    }
    const performance = score(report.categories.performance);
    const accessibility = score(report.categories.accessibility);
    const value = (id: string) => Number((report.audits[id]?.numericValue ?? Number.NaN).toFixed(id === 'cumulative-layout-shift' ? 3 : 0));
    return {
      url,
      finalUrl: report.finalDisplayedUrl,
      performance,
      accessibility,
      lcpMs: value('largest-contentful-paint'),
      cls: value('cumulative-layout-shift'),
      tbtMs: value('total-blocking-time'),
      fcpMs: value('first-contentful-paint'),
      speedIndexMs: value('speed-index'),
      benchmarkIndex: Math.round(report.environment.benchmarkIndex),
      cpuSlowdown: report.configSettings.throttling.cpuSlowdownMultiplier,
      targets: LIGHTHOUSE_TARGETS,
      met: {
        performance: (performance ?? 0) >= LIGHTHOUSE_TARGETS.performance,
        accessibility: (accessibility ?? 0) >= LIGHTHOUSE_TARGETS.accessibility,
      },
      ...findings(report),
      runWarnings: report.runWarnings,
      proxies: proxies(report),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface H5Visit {
  /** Navigation start to the first product card's picture loaded and on screen. */
  firstImageMs: number;
  /**
   * The page's main-thread CPU time until then (Chromium's ThreadTime): unlike the wall-clock figures,
   * it barely moves when other work shares the machine, so runs on a busy machine stay comparable.
   */
  mainThreadCpuMs: number;
  /** Scripts and styles as sent (after compression). */
  scriptsAndStylesKiB: number;
}

/**
 * Fresh browser context per visit (nothing cached), no location; timed from navigation start to the
 * first product card's picture having loaded (naturalWidth > 0) with a size on screen.
 */
export async function h5FirstProductImage(url: string, visits: number): Promise<H5Visit[]> {
  const browser = await launchBrowser();
  try {
    const results: H5Visit[] = [];
    for (let i = 0; i < visits; i++) {
      const context = await newShopperContext(browser);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const started = performance.now();
      await page.goto(url);
      await page.waitForFunction(
        () => Array.from(document.querySelectorAll<HTMLImageElement>('.product-card img')).some((img) => {
          const box = img.getBoundingClientRect();
          return img.complete && img.naturalWidth > 0 && box.width > 0 && box.height > 0 && box.top < window.innerHeight;
        }),
        undefined,
        { timeout: 20_000, polling: 'raf' },
      );
      const firstImageMs = Math.round(performance.now() - started);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const bytes = await page.evaluate(() =>
        performance.getEntriesByType('resource')
          .filter((entry) => /\.(js|css)$/.test(entry.name))
          .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0),
      );
      results.push({
        firstImageMs,
        mainThreadCpuMs: Math.round((metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN) * 1000),
        scriptsAndStylesKiB: Math.round(bytes / 1024),
      });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
