import { setupServer } from 'msw/node';
import sharp from 'sharp';
import { createWechatHandlers } from '@corner/mocks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WECHAT_TEST_BASE_URL, wechatTestEnv } from '../../bff/test/auth.ts';
import { BarcodeFormat, decodeGrey } from '../src/test/decode.ts';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, signInWithDemoAccount, startJourney, type Journey } from './browser.ts';

// The BFF runs in this process, so msw here answers its jscode2session calls (the H5 build signs in
// silently with a mock login code, exactly as weapp does with wx.login's).
const wechat = setupServer(...createWechatHandlers({ baseUrl: WECHAT_TEST_BASE_URL }));
// The BFF's clock, moved by the test together with the browser's, so the code's 30-second step
// passes without waiting for it.
let serverNow = Date.now();
let journey: Journey;

beforeAll(async () => {
  wechat.listen({ onUnhandledRequest: 'bypass' });
  journey = await startJourney({ env: { ...wechatTestEnv(), DEMO_LOGIN_ENABLED: 'true' }, now: () => new Date(serverNow) });
});
afterAll(async () => {
  await journey?.close();
  wechat.close();
});

/** What a scanner held to the screen reads: Chromium's pixels of `png`, decoded by ZXing. */
async function scan(png: Buffer, format: BarcodeFormat): Promise<string> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return decodeGrey(new Uint8ClampedArray(data), info.width, info.height, format);
}

it('the demo member opens 会员 and sees the card, tier progress, coupons, the points history and a code that changes', async () => {
  const context = await newShopperContext(journey.browser);
  const page = await context.newPage();
  await page.clock.install({ time: serverNow });
  await signInWithDemoAccount(page, journey.server.url, '演示会员');

  const card = page.locator('.member-card');
  await card.waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('.member-card__tier').innerText()).toBe('银卡会员');
  expect(await page.locator('.member-card__no').innerText()).toBe('8800 0000 0000 0013');
  expect(await page.locator('.member-card__points').innerText()).toBe('1280');
  expect(await page.locator('.member-card__balance').innerText()).toBe('¥50');
  expect(await page.locator('.member-card__coupons').innerText()).toBe('2');

  expect(await page.locator('.tier__hint').innerText()).toContain('升级金卡会员');
  const coupons = page.locator('.coupon');
  await coupons.first().waitFor();
  expect(await coupons.count()).toBe(2);
  expect(await page.locator('.coupons').innerText()).toContain('满¥30减¥5');

  const entries = page.locator('.points-entry');
  await entries.first().waitFor();
  expect(await entries.count()).toBe(4);
  expect(await entries.last().innerText()).toContain('开卡礼');
  expect(await entries.first().innerText()).toContain('门店消费积分');

  // The till types the 12-digit 手输码; scanners read the barcode or the QR.
  const digits = page.locator('.member-code__short');
  await digits.waitFor();
  const first = (await digits.innerText()).replace(/\s/g, '');
  expect(first).toMatch(/^\d{12}$/);
  expect(await page.locator('.member-code__barcode .barcode__bar').count()).toBe(13 * 3 + 4);
  expect(await page.locator('.member-code__qr').getAttribute('src').catch(() => null)).toBeTruthy();
  expect(await page.locator('.member-code__countdown').innerText()).toMatch(/秒后自动刷新/);
  await expectNoSeriousA11yViolations(page, 'member');

  // The till's scanner reads the barcode and the QR as drawn, and the till accepts what it read as this card.
  const scanned = await scan(await page.locator('.member-code__barcode').screenshot(), BarcodeFormat.CODE_128);
  expect(await scan(await page.locator('.member-code__qr').screenshot(), BarcodeFormat.QR_CODE)).toBe(scanned);
  const clerk = await journey.server.gql(`mutation { demoLogin(openid: "demo-clerk-a") { accessToken } }`);
  const till = await journey.server.gql(
    `mutation($code: String!) { verifyMemberCode(storeId: "1", code: $code) { cardNo } }`,
    { code: scanned },
    { authorization: `Bearer ${clerk.data!.demoLogin.accessToken}` },
  );
  expect(till.errors).toBeUndefined();
  expect(till.data!.verifyMemberCode.cardNo).toBe('8800000000000013');

  serverNow += 30_000;
  await page.clock.fastForward(31_000);
  await expect.poll(async () => (await digits.innerText()).replace(/\s/g, ''), { timeout: 10_000 }).not.toBe(first);

  await context.close();
});
