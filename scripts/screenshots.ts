// `npm run screenshots`: 390×844 pictures of the H5 build's pages for the README, taken from a
// running `npm start` (SCREENSHOT_BASE_URL, default http://127.0.0.1:3000) in headless Chromium.
// Chinese text needs Debian's fonts-noto-cjk; without it every label is a row of boxes.
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser, newShopperContext } from '../miniapp/e2e/chromium.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs/screenshots');
const baseUrl = (process.env.SCREENSHOT_BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
// People's Square, Shanghai: the seeded demo chain's first store is a few hundred metres away.
const peoplesSquare = { latitude: 31.2304, longitude: 121.4737 };

interface Shot {
  name: string;
  account: string | null;
  /** Brings the page to the state worth showing; the picture is taken when it returns. */
  open(page: Page): Promise<void>;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(600);
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await settle(page);
}

async function openFirstProduct(page: Page): Promise<void> {
  await visit(page, '/pages/index/index');
  await page.locator('[data-product-id], .product-card').first().click({ timeout: 15_000 });
  await settle(page);
}

/** Deletes every line through the cart page, so each cart shot starts from the same basket. */
async function emptyCart(page: Page): Promise<void> {
  await visitAfterHome(page, '/pages/cart/index');
  for (let left = await page.locator('.cart-line').count(); left > 0; left--) {
    await page.locator('.cart-line__delete').first().click({ timeout: 15_000 });
    await page.locator('.dialog__action').last().click({ timeout: 15_000 });
    await page.waitForFunction((n) => document.querySelectorAll('.cart-line').length < n, left, { timeout: 15_000 });
  }
}

/** Quick-adds the first featured products on the home page (the cart shot needs something in it). */
async function fillCart(page: Page): Promise<void> {
  await emptyCart(page);
  await visit(page, '/pages/index/index');
  for (let i = 0; i < 2; i++) {
    const add = page.locator('.featured .quick-add').first();
    if ((await add.count()) === 0) break;
    await add.click({ timeout: 15_000 });
    await settle(page);
  }
  await visit(page, '/pages/cart/index');
}

/** The cart filled from its own 凑单 list until delivery is free (已免配送费), then scrolled to the summary. */
async function fillCartPastFreeDelivery(page: Page): Promise<void> {
  await fillCart(page);
  for (let i = 0; i < 10 && (await page.locator('.cart__delivery-free').count()) === 0; i++) {
    await page.locator('.add-ons .quick-add').first().click({ timeout: 15_000 });
    await settle(page);
  }
  await page.locator('.cart__delivery-free').scrollIntoViewIfNeeded({ timeout: 15_000 });
  await settle(page);
}

/** Tab pages show the store the home page picked; a fresh browser has none until home has run. */
async function visitAfterHome(page: Page, path: string): Promise<void> {
  await visit(page, '/pages/index/index');
  await page.locator('.current-store').waitFor({ timeout: 15_000 });
  await visit(page, path);
}

/** One product into the cart from its page, then checkout at that store, for pickup (its store block shows). */
async function openCheckout(page: Page): Promise<void> {
  await openFirstProduct(page);
  const storeId = new URL(page.url()).searchParams.get('storeId');
  // A product already in the cart shows its stepper instead (the cart shot adds the same ones).
  const add = page.getByText('加入购物车', { exact: true });
  if ((await add.count()) > 0) await add.click({ timeout: 15_000 });
  await settle(page);
  await visit(page, `/pages/orders/checkout/index?storeId=${storeId}`);
  await page.getByText('到店自提', { exact: true }).click({ timeout: 15_000 });
  await page.locator('.pickup-store__name').waitFor({ timeout: 15_000 });
  await settle(page);
}

/** A pickup order placed through the checkout page, as the shopper would: its page awaiting payment. */
async function openNewOrder(page: Page): Promise<void> {
  await openCheckout(page);
  await page.getByText('提交订单', { exact: true }).click();
  await page.getByText('确定', { exact: true }).click({ timeout: 10_000 });
  await page.locator('.order-status__label').waitFor({ timeout: 15_000 });
  await settle(page);
}

/**
 * Staff shots need a paid order at store 1 (open around the clock): the demo member puts two products
 * of it into the cart, places a pickup order and pays through the WeChat Pay stand-in; then the same
 * browser switches to the demo manager of store 1. Returns the pickup code the shopper's page shows.
 */
async function paidOrderThenStaff(page: Page): Promise<string> {
  for (const productId of [1, 20]) {
    await visit(page, `/pages/product/index?storeId=1&id=${productId}`);
    const add = page.getByText('加入购物车', { exact: true });
    if ((await add.count()) > 0) await add.click({ timeout: 15_000 });
  }
  await settle(page);
  await visit(page, '/pages/orders/checkout/index?storeId=1');
  await page.getByText('到店自提', { exact: true }).click({ timeout: 15_000 });
  await settle(page);
  await page.getByText('提交订单', { exact: true }).click();
  await page.getByText('确定', { exact: true }).click({ timeout: 10_000 });
  await page.getByText(/^微信支付/).click({ timeout: 15_000 });
  await page.locator('.pickup__code').waitFor({ timeout: 15_000 });
  const code = await page.locator('.pickup__code').innerText();
  await signIn(page, 'demo-manager-a');
  return code;
}

/** The order just placed: the latest promise, so the last card of the queue. */
async function acceptNewest(page: Page): Promise<void> {
  await visit(page, '/pages/staff/orders/index');
  // The staff session may still be the shopper's for a moment after switching accounts.
  if ((await page.locator('[data-testid=staff-order]').count()) === 0) await visit(page, '/pages/staff/orders/index');
  const card = page.locator('[data-testid=staff-order]').last();
  await card.getByText('接单', { exact: true }).click({ timeout: 15_000 });
  await card.getByText('去拣货', { exact: true }).click({ timeout: 15_000 });
  await page.locator('[data-testid=picking-line]').first().waitFor({ timeout: 15_000 });
}

/** The queue with a fresh paid order; then 接单 and its picking list, one line confirmed by a typed barcode. */
async function openPicking(page: Page): Promise<void> {
  await paidOrderThenStaff(page);
  await acceptNewest(page);
  const barcode = (await page.locator('.picking-line__barcode').first().innerText()).replace('条码 ', '');
  await page.locator('.picking__input input').fill(barcode);
  await page.locator('.picking__input input').press('Enter');
  await page.locator('.picking__verdict--ok').waitFor({ timeout: 15_000 });
  await settle(page);
}

/** A picked pickup order handed over: the code the shopper shows typed on the pad, the green result. */
async function openPickup(page: Page): Promise<void> {
  const code = await paidOrderThenStaff(page);
  await acceptNewest(page);
  const lines = page.locator('.picking-line__actions .btn--secondary');
  while ((await lines.count()) > 0) {
    const before = await lines.count();
    await lines.first().click();
    await fewerThan(lines, before);
  }
  await page.getByText('备货完成', { exact: true }).click({ timeout: 15_000 });
  await visit(page, '/pages/staff/pickup/index');
  for (const digit of code) await page.getByRole('button', { name: digit, exact: true }).click({ timeout: 15_000 });
  await page.locator('[data-testid=pickup-order]').waitFor({ timeout: 15_000 });
  await settle(page);
}

/** Waits until the locator matches fewer than `before` elements (a line left the to-do list). */
async function fewerThan(locator: ReturnType<Page['locator']>, before: number): Promise<void> {
  for (let i = 0; i < 50 && (await locator.count()) >= before; i++) await new Promise((r) => setTimeout(r, 200));
}

/** The manager's page on one of its sections (今日 / 二维码 / 退款异常). */
async function openManagerSection(page: Page, section: string): Promise<void> {
  // On a loaded machine the launch's silent sign-in can land after the demo account's and replace it.
  await visit(page, '/pages/profile/index');
  const staffMode = page.getByText('员工模式', { exact: true }).locator('visible=true');
  if (!(await staffMode.isVisible())) {
    await page.locator('[data-openid="demo-manager-a"]').click({ timeout: 15_000 });
    await staffMode.waitFor({ timeout: 15_000 });
  }
  await visit(page, '/pages/staff/manager/index');
  await page.locator('.segmented').getByText(section, { exact: true }).click({ timeout: 15_000 });
  await settle(page);
}

/** The QR codes as cards, their poster thumbnails loaded. */
async function openQrCodes(page: Page): Promise<void> {
  await openManagerSection(page, '二维码');
  await page.locator('.qr-thumb__image').first().waitFor({ timeout: 15_000 });
  await settle(page);
}

/** 店长 → 管理 → 营销: the store's promotions, the stacking rules opened. */
async function openMarketing(page: Page): Promise<void> {
  await openManagerSection(page, '管理');
  await page.locator('.tool-grid__item', { hasText: '营销' }).click({ timeout: 15_000 });
  await page.getByText('优惠怎么叠加', { exact: true }).click({ timeout: 15_000 });
  await settle(page);
}

const shots: Shot[] = [
  {
    name: 'home',
    account: 'demo-member',
    open: async (page) => {
      await visit(page, '/pages/index/index');
      // The cart bar shows the cart once sign-in and the cart query have answered.
      await page.locator('.cart-bar__count').waitFor({ timeout: 5_000 }).catch(() => undefined);
    },
  },
  {
    // A door code while the location permission prompt is still unanswered: the store shows from its card.
    name: 'home-locating',
    account: 'demo-member',
    open: async (page) => {
      await page.addInitScript(() => {
        navigator.geolocation.getCurrentPosition = () => undefined;
      });
      await visit(page, '/?scene=s2');
      await page.locator('.home__location-label', { hasText: '正在获取您的位置' }).waitFor({ timeout: 15_000 });
      await page.locator('.category-grid__item').first().waitFor({ timeout: 15_000 });
      await settle(page);
    },
  },
  { name: 'category', account: 'demo-member', open: (page) => visitAfterHome(page, '/pages/category/index') },
  { name: 'product', account: 'demo-member', open: openFirstProduct },
  { name: 'search', account: 'demo-member', open: (page) => visitAfterHome(page, '/pages/search/index') },
  { name: 'stores', account: 'demo-member', open: (page) => visit(page, '/pages/stores/index') },
  { name: 'cart', account: 'demo-member', open: fillCart },
  { name: 'cart-free-delivery', account: 'demo-member', open: fillCartPastFreeDelivery },
  { name: 'checkout', account: 'demo-member', open: openCheckout },
  { name: 'order', account: 'demo-member', open: openNewOrder },
  { name: 'orders', account: 'demo-member', open: (page) => visit(page, '/pages/orders/index') },
  { name: 'member', account: 'demo-member', open: (page) => visit(page, '/pages/member/index') },
  { name: 'profile', account: 'demo-member', open: (page) => visit(page, '/pages/profile/index') },
  {
    name: 'staff',
    account: 'demo-member',
    open: async (page) => {
      await paidOrderThenStaff(page);
      await visit(page, '/pages/staff/orders/index');
    },
  },
  { name: 'staff-picking', account: 'demo-member', open: openPicking },
  {
    name: 'staff-substitute',
    account: 'demo-member',
    open: async (page) => {
      await openPicking(page);
      await page.locator('.picking-line').getByText('换货', { exact: true }).first().click({ timeout: 15_000 });
      await page.locator('.sheet').waitFor({ timeout: 15_000 });
      await settle(page);
    },
  },
  { name: 'staff-pickup', account: 'demo-member', open: openPickup },
  { name: 'staff-figures', account: 'demo-manager-a', open: (page) => openManagerSection(page, '今日') },
  { name: 'staff-manager-qr', account: 'demo-manager-a', open: openQrCodes },
  {
    name: 'staff-manager-qr-new',
    account: 'demo-manager-a',
    open: async (page) => {
      await openQrCodes(page);
      await page.getByText('新建二维码', { exact: true }).click();
      await page.locator('.sheet').getByText('活动码', { exact: true }).click();
      await page.locator('[data-testid=qr-campaign-option]').first().click({ timeout: 15_000 });
      await settle(page);
    },
  },
  {
    name: 'staff-manager-qr-report',
    account: 'demo-manager-a',
    open: async (page) => {
      await openManagerSection(page, '二维码');
      await page.getByText('扫码报表', { exact: true }).click();
      await page.locator('[data-testid=qr-report]').waitFor({ timeout: 15_000 });
      await settle(page);
    },
  },
  { name: 'staff-marketing', account: 'demo-manager-a', open: openMarketing },
  {
    name: 'staff-marketing-new',
    account: 'demo-manager-a',
    open: async (page) => {
      await openMarketing(page);
      await page.getByText('新建促销', { exact: true }).click();
      await page.locator('input[placeholder="顾客看到的名称，如 周末满59减10"]').fill('店庆满减');
      await page.locator('input[placeholder="59"]').fill('59');
      await page.locator('input[placeholder="10"]').fill('15');
      // The sample basket is picked by name (pinyin works), then its quantity stepped up.
      await page.locator('input[placeholder="商品名、拼音或条码"]').last().fill('kele');
      await page.getByText('查找', { exact: true }).last().click();
      const line = page.locator('[data-testid=basket-line]');
      if (!(await line.isVisible({ timeout: 5_000 }).catch(() => false))) await page.locator('.product-result').last().click();
      for (let i = 1; i < 25; i++) await line.locator('[aria-label$="增加一件"]').click();
      await page.getByText('试算', { exact: true }).last().click();
      await page.locator('[data-testid=preview]').waitFor({ timeout: 15_000 });
      // The figures sit under the tab bar until scrolled to the middle of the screen.
      await page.locator('[data-testid=preview]').evaluate((node) => node.scrollIntoView({ block: 'center' }));
      await settle(page);
    },
  },
  // Cards only where WeChat Pay failed refunds of store 1; the seed has none (its empty state), so the
  // committed picture was taken after adding two FAILED refunds to the local database by hand.
  { name: 'staff-manager-refunds', account: 'demo-manager-a', open: (page) => openManagerSection(page, '退款异常') },
  { name: 'staff-till', account: 'demo-clerk-a', open: openTillWithMember },
  { name: 'staff-stock', account: 'demo-clerk-a', open: openStockOfProduct },
  { name: 'staff-assist', account: 'demo-clerk-a', open: openAssistWithCart },
  { name: 'staff-manager-tools', account: 'demo-manager-a', open: (page) => openManagerSection(page, '管理') },
  { name: 'staff-people', account: 'demo-manager-a', open: openPeopleWithInvitation },
  { name: 'staff-audit', account: 'demo-hq-admin', open: (page) => openStaffPage(page, '/pages/staff/audit/index?scope=chain', '[data-testid=audit-entry]') },
  { name: 'staff-hq', account: 'demo-hq-operator', open: (page) => openStaffPage(page, '/pages/staff/hq/index', '.tool-grid') },
  { name: 'staff-join', account: 'demo-shopper', open: (page) => visit(page, '/pages/staff/join/index') },
  { name: 'staff-store-settings', account: 'demo-manager-a', open: openStoreSettings },
  { name: 'staff-shelf', account: 'demo-manager-a', open: openShelfItem },
  { name: 'campaign', account: 'demo-member', open: (page) => visitAfterHome(page, '/pages/campaign/index?id=1&storeId=1') },
  { name: 'staff-catalog', account: 'demo-hq-operator', open: (page) => openEditorList(page, '/pages/staff/catalog/index', 'catalog-product') },
  {
    name: 'staff-catalog-edit',
    account: 'demo-hq-operator',
    open: async (page) => {
      await openEditorList(page, '/pages/staff/catalog/index', 'catalog-product');
      await openFirstForm(page, 'catalog-product', 'product-form');
    },
  },
  { name: 'staff-campaigns', account: 'demo-manager-a', open: (page) => openEditorList(page, '/pages/staff/campaigns/index', 'campaign') },
  {
    name: 'staff-campaign-edit',
    account: 'demo-manager-a',
    open: async (page) => {
      await openEditorList(page, '/pages/staff/campaigns/index', 'campaign');
      await openFirstForm(page, 'campaign', 'campaign-form');
    },
  },
  // On a fresh seed (no clients): the ERP's creation with its once-only secret, then the list with a till and a rotated key.
  { name: 'staff-integrations-secret', account: 'demo-hq-admin', open: (page) => createIntegrationClient(page, '总部ERP', false, 'https://erp.example.com/corner/events') },
  { name: 'staff-integrations', account: 'demo-hq-admin', open: openIntegrationsWithTill },
];

/** 收银与ERP接入's form filled and sent: the sheet with the new key's id and secret is left open. */
async function createIntegrationClient(page: Page, name: string, till: boolean, webhookUrl: string | null): Promise<void> {
  await openStaffPage(page, '/pages/staff/integrations/index', '.editor__head');
  await page.locator('.editor__head').getByText('新建对接', { exact: true }).click();
  await page.locator('[data-testid=integration-form] input').first().fill(name);
  if (till) {
    await page.getByText('门店收银机', { exact: true }).click();
    // The picker opens on the first store (人民广场店); 确定 takes it.
    await page.locator('.integrations__store-picker .editor-form__field').click();
    await page.locator('.weui-picker__action').last().click();
  }
  if (webhookUrl) await page.locator('[data-testid=integration-form] input').last().fill(webhookUrl);
  await page.getByText('创建并生成密钥', { exact: true }).click();
  await page.locator('[data-testid=integration-secret]').waitFor({ timeout: 15_000 });
  await settle(page);
}

/** The list after a till has been added for 人民广场店 and the ERP's key rotated (its old key in its overlap). */
async function openIntegrationsWithTill(page: Page): Promise<void> {
  await createIntegrationClient(page, '人民广场店1号收银机', true, null);
  await page.getByText('我已保存', { exact: true }).click();
  await page.locator('[data-testid=integration-client]').filter({ hasText: '总部ERP' }).getByText('轮换密钥', { exact: true }).click();
  await page.locator('.dialog__action').last().click();
  await page.locator('[data-testid=integration-secret]').waitFor({ timeout: 15_000 });
  await page.getByText('我已保存', { exact: true }).click();
  await page.locator('.editor__head').evaluate((head) => head.scrollIntoView({ block: 'start' }));
  await settle(page);
}

/** A staff page once its content is in (the staff session can need a second visit, see visitStaff). */
async function openStaffPage(page: Page, path: string, content: string): Promise<void> {
  await visitStaff(page, path);
  await page.locator(content).first().waitFor({ timeout: 15_000 });
  await settle(page);
}

/** 人员 with a fresh 店员 invitation's QR code shown (the audit trail then has it too). */
async function openPeopleWithInvitation(page: Page): Promise<void> {
  await openStaffPage(page, '/pages/staff/people/index', '[data-testid=staff-member]');
  await page.getByText('生成「店员」邀请码', { exact: true }).click();
  await page.locator('[data-testid=invitation] img').waitFor({ timeout: 15_000 });
  await settle(page);
}

/** A staff editor's list (商品, 活动) with its cards loaded, scrolled past a chain role's long store switcher. */
async function openEditorList(page: Page, path: string, card: string): Promise<void> {
  await openStaffPage(page, path, `[data-testid=${card}]`);
  await page.locator('.editor__head').evaluate((head) => head.scrollIntoView({ block: 'start' }));
  await settle(page);
}

/** The first card's form, in its sheet, with its pictures loaded. */
async function openFirstForm(page: Page, card: string, form: string): Promise<void> {
  await page.locator(`[data-testid=${card}]`).first().click();
  await page.locator(`[data-testid=${form}]`).waitFor({ timeout: 15_000 });
  await settle(page);
}

/**
 * A staff page, once its staff session is up: a page opened right after signing in can still ask
 * for the stores with the launch's anonymous session (您不是门店员工), so it is opened again.
 */
async function visitStaff(page: Page, path: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await visit(page, path);
    if ((await page.locator('.staff-tabs').count()) > 0) return;
  }
  throw new Error(`staff page ${path} did not load`);
}

/** A staff page's search: the query, then the first hit opened (库存) or added (代客下单). */
async function staffSearch(page: Page, query: string): Promise<void> {
  await page.locator('input[placeholder="商品名、拼音或条码"]').fill(query);
  await page.getByText('查找', { exact: true }).click();
  await page.locator('[data-testid=product-results], [data-testid=stock-line]').first().waitFor({ timeout: 15_000 });
  await settle(page);
}

/** 收银 with the demo member recognised by the short code their card shows (read from the member's own page). */
async function openTillWithMember(page: Page): Promise<void> {
  const memberContext = await newShopperContext(page.context().browser()!, peoplesSquare);
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, 'demo-member');
  await visit(memberPage, '/pages/member/index');
  const shortCode = (await memberPage.locator('.member-code__short').innerText({ timeout: 15_000 })).replace(/\s/g, '');
  await memberContext.close();
  await visitStaff(page, '/pages/staff/till/index');
  await page.locator('input[placeholder="会员码或12位手输码"]').fill(shortCode);
  await page.getByText('识别', { exact: true }).click();
  await page.locator('[data-testid=till-member]').waitFor({ timeout: 15_000 });
  await page.locator('input[placeholder="如 25.90"]').fill('25.90');
  await page.locator('input[placeholder="小票上的单号"]').fill('R20261207001');
  await settle(page);
}

async function openStockOfProduct(page: Page): Promise<void> {
  await visitStaff(page, '/pages/staff/stock/index');
  await staffSearch(page, 'kele');
  if ((await page.locator('[data-testid=stock-line]').count()) === 0) await page.locator('.product-result').first().click();
  await page.locator('[data-testid=stock-line]').waitFor({ timeout: 15_000 });
  await page.locator('.reason-chip').getByText('盘点', { exact: true }).click();
  await settle(page);
}

/** 门店设置 as a manager finds it on a busy evening: delivery on, its promise 20 minutes longer. */
async function openStoreSettings(page: Page): Promise<void> {
  await visitStaff(page, '/pages/staff/store-settings/index');
  const busy = page.locator('[data-testid=busy-card]');
  await busy.waitFor({ timeout: 15_000 });
  await busy.getByText('+20分', { exact: true }).click();
  await busy.getByText('外送中 · 每单承诺多20分钟').waitFor({ timeout: 15_000 });
  await settle(page);
}

/** 货架 with a product opened: its state at the store, prices and head office's band. */
async function openShelfItem(page: Page): Promise<void> {
  await visitStaff(page, '/pages/staff/shelf/index');
  await page.locator('input[placeholder="商品名、拼音或条码"]').fill('kele');
  await page.getByText('查找', { exact: true }).click();
  await page.locator('.shelf-hit, [data-testid=shelf-item]').first().waitFor({ timeout: 15_000 });
  if ((await page.locator('[data-testid=shelf-item]').count()) === 0) await page.locator('.shelf-hit').first().click();
  await page.locator('[data-testid=shelf-item]').waitFor({ timeout: 15_000 });
  await settle(page);
}

async function openAssistWithCart(page: Page): Promise<void> {
  await visitStaff(page, '/pages/staff/assist/index');
  await page.locator('input[placeholder="会员手机号（11位）"]').fill('13800000002');
  await staffSearch(page, 'kele');
  const add = page.locator('.product-result').getByText('加入', { exact: true });
  for (let i = 0; i < 2 && (await add.count()) > 0; i++) {
    await add.first().click();
    await settle(page);
  }
  await page.locator('[data-testid=assist-quote]').scrollIntoViewIfNeeded({ timeout: 15_000 });
  await settle(page);
}

async function signIn(page: Page, openid: string): Promise<void> {
  await page.goto(`${baseUrl}/pages/profile/index`);
  // The launch's silent sign-in must finish first, or its session can replace the demo account's.
  await settle(page);
  await page.locator(`[data-openid="${openid}"]`).click({ timeout: 15_000 });
  // The page moves to 会员 once the demo session is saved; the silent session's 退出登录 is there before.
  await page.waitForURL(/\/pages\/member\//, { timeout: 15_000 });
}

const only = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await launchBrowser();
let failed = 0;
try {
  for (const shot of shots.filter((s) => only.length === 0 || only.includes(s.name))) {
    const context = await newShopperContext(browser, peoplesSquare);
    const page = await context.newPage();
    try {
      if (shot.account) await signIn(page, shot.account);
      await shot.open(page);
      const path = join(outDir, `${shot.name}.png`);
      await page.screenshot({ path });
      console.log(`[screenshots] ${shot.name}: ${path}`);
    } catch (error) {
      failed += 1;
      console.error(`[screenshots] ${shot.name} failed: ${(error as Error).message}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed === 0 ? 0 : 1);
