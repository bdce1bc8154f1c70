import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * axe-core's defaults skip the rules it still calls experimental; these catch real faults here (an
 * aria-label that drops the visible text, bold text posing as a heading, a locked orientation).
 */
const EXPERIMENTAL_RULES = Object.fromEntries(['label-content-name-mismatch', 'p-as-heading', 'css-orientation-lock'].map((id) => [id, { enabled: true }]));

/**
 * Runs axe-core on the page as the shopper sees it now and fails on any serious or critical
 * violation, naming each rule and the elements it flagged. Call it once the page's data is shown:
 * skeletons are awaited away first, since a half-drawn page is not the one being judged.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.locator('.skeleton:visible').count(), { message: `${label}: still loading`, timeout: 15_000 }).toBe(0);
  const { violations } = await new AxeBuilder({ page }).options({ rules: EXPERIMENTAL_RULES }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.flatMap((v) => [
    `${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.map((n) => `  ${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1).join('; ').trim()}`),
  ]);
  expect(report, `${label}: serious or critical accessibility violations`).toEqual([]);
}
