import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_CLERK_A, DEMO_MEMBER, DEMO_MEMBER_CARD } from '../../prisma/seed/demo-accounts.ts';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newShopperContext, signInWithDemoAccount, startJourney, type Journey } from './browser.ts';

// The counter of 人民广场店 (store 1) in the browser, as its clerk works it: a member's typed short
// code at the till earns points for a receipt; a count corrected with a reason; 代客下单 of two
// products for a member found by phone. Each step is checked in the database.
let journey: Journey;
beforeAll(async () => {
  journey = await startJourney({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0' } });
  await sql(`UPDATE "Inventory" SET "onHand" = reserved + 20 WHERE "storeId" = 1 AND "productId" IN (1, 20)`);
});
afterAll(async () => {
  await journey?.close();
});

async function sql(text: string, values: unknown[] = []) {
  return (await journey.server.db.pool.query(text, values)).rows;
}

/** The 12-digit short code the member's card shows now (as the member's own app asks for it). */
async function memberShortCode(): Promise<string> {
  const login = await journey.server.gql(`mutation { demoLogin(openid: "${DEMO_MEMBER.openid}") { accessToken } }`);
  const result = await journey.server.gql(`{ memberCode { shortCode } }`, {}, { authorization: `Bearer ${login.data!.demoLogin.accessToken}` });
  return result.data!.memberCode.shortCode as string;
}

const field = (page: Page, placeholder: string) => page.locator(`input[placeholder="${placeholder}"]`);
const tab = (page: Page, label: string) => page.locator('.staff-tabs').getByText(label, { exact: true }).click();
const bar = (page: Page, label: string) => page.locator('.counter-bar').getByText(label, { exact: true }).click();
/** The open confirmation: its message, then its confirming button. */
async function confirm(page: Page, message: string | RegExp, confirmText: string) {
  const dialog = page.locator('.sheet__panel[role=dialog]');
  await expect.poll(() => dialog.innerText(), { timeout: 10_000 }).toMatch(message);
  await dialog.getByText(confirmText, { exact: true }).click();
}

/** Finds a product on the page's search and, when several match, picks it from the list. */
async function findProduct(page: Page, name: string) {
  await field(page, '商品名、拼音或条码').fill(name);
  await page.getByText('查找', { exact: true }).click();
  await page.locator('[data-testid=product-results], [data-testid=stock-line]').first().waitFor({ timeout: 10_000 });
}

it('a clerk’s counter: points for a receipt by the typed member code, a count corrected with a reason, 代客下单 by phone', async () => {
  const context = await newShopperContext(journey.browser);
  const page = await context.newPage();
  await signInWithDemoAccount(page, journey.server.url, '店员（人民广场店）');
  await page.goto(`${journey.server.url}/pages/profile/index`);
  await page.getByText('员工模式', { exact: true }).click({ timeout: 15_000 });
  await page.locator('.staff-tabs').waitFor({ timeout: 15_000 });

  // 收银: the member tells the 12-digit code under their barcode.
  await tab(page, '收银');
  const [{ pointsBalance: pointsBefore }] = await sql(`SELECT "pointsBalance" FROM "Member" WHERE id = $1`, [DEMO_MEMBER_CARD.id]);
  await field(page, '会员码或12位手输码').fill(await memberShortCode());
  await page.getByText('识别', { exact: true }).click();
  await expect.poll(() => page.locator('.member-head__name').innerText(), { timeout: 10_000 }).toBe(DEMO_MEMBER.nickname);
  await expectNoSeriousA11yViolations(page, 'staff till');
  await field(page, '如 25.90').fill('25.90');
  await field(page, '小票上的单号').fill('R-E2E-0001');
  await bar(page, '登记积分');
  await confirm(page, `${DEMO_MEMBER.nickname} · 小票 R-E2E-0001，消费 ¥25.90，将获得 25 积分`, '登记');
  await page.getByText(/^已登记小票 R-E2E-0001：消费 ¥25\.90，积分 \+25/).waitFor({ timeout: 10_000 });
  expect(await sql(`SELECT "amountFen", "pointsEarned", "staffUserId" FROM "TillReceipt" WHERE "storeId" = 1 AND "receiptNo" = 'R-E2E-0001'`)).toEqual([
    { amountFen: 2590, pointsEarned: 25, staffUserId: DEMO_CLERK_A.id },
  ]);
  expect((await sql(`SELECT "pointsBalance" FROM "Member" WHERE id = $1`, [DEMO_MEMBER_CARD.id]))[0].pointsBalance).toBe(pointsBefore + 25);

  // 库存: a bottle broke; the count goes down by one with 破损.
  await tab(page, '库存');
  const [{ name: drink }] = await sql(`SELECT name FROM "Product" WHERE id = 1`);
  const [{ onHand }] = await sql(`SELECT "onHand" FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 1`);
  await findProduct(page, drink);
  if (await page.locator('[data-testid=stock-line]').count() === 0) await page.locator('.product-result').filter({ hasText: drink }).first().click();
  await page.locator('[data-testid=stock-line]').waitFor({ timeout: 10_000 });
  await expectNoSeriousA11yViolations(page, 'staff stock');
  await field(page, `现为 ${onHand}`).fill(String(onHand - 1));
  await page.locator('.reason-chip').getByText('破损', { exact: true }).click();
  await bar(page, '更新库存');
  await confirm(page, `${drink}：在架 ${onHand} → ${onHand - 1}（破损）`, '更新');
  await page.getByText(`已更新 ${drink}：在架 ${onHand} → ${onHand - 1}`).waitFor({ timeout: 10_000 });
  expect((await sql(`SELECT "onHand" FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 1`))[0].onHand).toBe(onHand - 1);
  const [movement] = await sql(`SELECT "onHandFrom", "onHandTo", reason, "actorUserId" FROM "InventoryMovement" WHERE "storeId" = 1 AND "productId" = 1 ORDER BY id DESC LIMIT 1`);
  expect(movement).toEqual({ onHandFrom: onHand, onHandTo: onHand - 1, reason: '破损', actorUserId: DEMO_CLERK_A.id });

  // 代客下单 from 收银, for the member by phone: two products, the quote, then the order.
  await tab(page, '收银');
  await bar(page, '代客下单');
  await page.getByText('改用手机号', { exact: true }).click({ timeout: 10_000 });
  await field(page, '会员手机号（11位）').fill(DEMO_MEMBER.phone);
  const [{ name: second }] = await sql(`SELECT name FROM "Product" WHERE id = 20`);
  const reservedBefore = await sql(`SELECT "productId", reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" IN (1, 20) ORDER BY "productId"`);
  for (const name of [drink, second]) {
    await findProduct(page, name);
    await page.locator('.product-result').filter({ hasText: name }).first().getByText('加入', { exact: true }).click();
  }
  await expect.poll(() => page.locator('[data-testid=assist-cart] .counter-card__title').innerText(), { timeout: 10_000 }).toBe('已选商品（2件）');
  await page.locator('[data-testid=assist-quote]').waitFor({ timeout: 10_000 });
  await expectNoSeriousA11yViolations(page, 'staff 代客下单');
  const payable = (await page.locator('.counter-bar__total').innerText()).replace('应付 ', '');
  await bar(page, '下单');
  await confirm(page, new RegExp(`为 ${DEMO_MEMBER.nickname} 下单 2 件，应付 ${payable.replace('.', '\\.')}，到店自提 · .+`), '下单');
  await page.getByText('请顾客在小程序「我的订单」中支付').waitFor({ timeout: 10_000 });
  const orderNo = (await page.getByText(/^订单号 \d+$/).innerText()).replace('订单号 ', '');

  const [order] = await sql(`SELECT id, "userId", channel, "placedByUserId", status, fulfilment, "payableFen" FROM "Order" WHERE "orderNo" = $1`, [orderNo]);
  expect(order).toMatchObject({ userId: DEMO_MEMBER.id, channel: 'STAFF', placedByUserId: DEMO_CLERK_A.id, status: 'PENDING_PAYMENT', fulfilment: 'PICKUP' });
  expect(`¥${(order.payableFen / 100).toFixed(2)}`).toBe(payable);
  expect(await sql(`SELECT "productId", quantity FROM "OrderItem" WHERE "orderId" = $1 ORDER BY "productId"`, [order.id])).toEqual([
    { productId: 1, quantity: 1 },
    { productId: 20, quantity: 1 },
  ]);
  // The stock is held for the member until they pay or the order lapses.
  expect(await sql(`SELECT "productId", reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" IN (1, 20) ORDER BY "productId"`)).toEqual(
    reservedBefore.map((row: { productId: number; reserved: number }) => ({ productId: row.productId, reserved: row.reserved + 1 })),
  );
  await context.close();
});
