import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devWechatEnv } from '@corner/mocks';
import { startAuthTestServer, WECHAT_TEST_BASE_URL, type AuthTestServer, type SessionTokens } from '../../test/auth.ts';
import { DEMO_CLERK_A, DEMO_CLERK_B, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { createServices } from '../services.ts';

// Far from the report's November 2026 data, so scans and orders made here never land in it.
let clock = new Date('2027-03-10T03:00:00Z');
const now = () => clock;
let server: AuthTestServer;
let services: ReturnType<typeof createServices>;
let manager: SessionTokens;
let clerk: SessionTokens;
let scenes: { store: string; product: string; campaign: string };

const q = async <T = any>(sql: string, params: unknown[] = []) => (await server.db.pool.query(sql, params)).rows as T[];
const env = { ...devWechatEnv({ mockBaseUrl: WECHAT_TEST_BASE_URL, notifyUrl: 'http://bff.test/payments/wechat/notify' }), ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', QR_LINK_BASE_URL: 'https://corner.example.cn/' };

beforeAll(async () => {
  server = await startAuthTestServer({ now, env });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', H5_DIST_DIR: '', DATABASE_URL: server.db.url, ...env });
  services = createServices({ config, logger: createLogger('silent'), db: { url: server.db.url, pool: server.db.pool, prisma: server.db.prisma, close: async () => undefined }, now });
  manager = await server.signIn(DEMO_MANAGER_A.openid);
  clerk = await server.signIn(DEMO_CLERK_A.openid);
  const codes = await q<{ id: number; scene: string }>(`SELECT id, scene FROM "QrCode" WHERE id IN (1, 2, 3) ORDER BY id`);
  scenes = { product: codes[0]!.scene, campaign: codes[1]!.scene, store: codes[2]!.scene };
});
afterAll(async () => {
  await server?.close();
});

const RESOLVE = `mutation($scene: String!, $visitorId: String!) { resolveScene(scene: $scene, visitorId: $visitorId) { kind scene storeId storeName productId campaignId } }`;
const resolve = (scene: string, visitorId = 'visitor-test-1', headers?: Record<string, string>) => server.gql(RESOLVE, { scene, visitorId }, headers);
const errorOf = (result: { errors?: Array<{ extensions?: Record<string, unknown>; message: string }> }) => result.errors?.[0];

describe('resolveScene', () => {
  it('routes store, shelf and campaign codes and records each scan with the user when signed in', async () => {
    const shopper = await server.signIn(DEMO_SHOPPER.openid);
    const before = (await q(`SELECT count(*)::int AS n FROM "QrScan"`))[0].n;
    const shelf = await resolve(scenes.product, 'visitor-shelf-1', server.bearer(shopper));
    expect(shelf.errors).toBeUndefined();
    const productId = (await q(`SELECT "productId" FROM "QrCode" WHERE id = 1`))[0].productId;
    expect(shelf.data!.resolveScene).toEqual({ kind: 'PRODUCT', scene: scenes.product, storeId: '1', storeName: '街角便利 人民广场店', productId: String(productId), campaignId: null });
    expect((await resolve(scenes.store)).data!.resolveScene).toMatchObject({ kind: 'STORE', storeId: '1', productId: null, campaignId: null });
    expect((await resolve(scenes.campaign)).data!.resolveScene).toMatchObject({ kind: 'CAMPAIGN', storeId: '1', campaignId: '1' });
    expect((await resolve('s2')).data!.resolveScene).toMatchObject({ kind: 'STORE', storeId: '2', storeName: '街角便利 南京西路店' });

    const scans = await q(`SELECT "qrCodeId", "userId", "visitorId", "scannedAt" FROM "QrScan" ORDER BY id DESC LIMIT 4`);
    expect(scans.reverse()).toEqual([
      { qrCodeId: 1, userId: DEMO_SHOPPER.id, visitorId: 'visitor-shelf-1', scannedAt: clock },
      { qrCodeId: 3, userId: null, visitorId: 'visitor-test-1', scannedAt: clock },
      { qrCodeId: 2, userId: null, visitorId: 'visitor-test-1', scannedAt: clock },
      { qrCodeId: 4, userId: null, visitorId: 'visitor-test-1', scannedAt: clock },
    ]);
    expect((await q(`SELECT count(*)::int AS n FROM "QrScan"`))[0].n).toBe(before + 4);
  });

  it('answers bad scenes with a clear code and records nothing', async () => {
    const before = (await q(`SELECT count(*)::int AS n FROM "QrScan"`))[0].n;
    const expectations: Array<[string, string, Record<string, unknown>]> = [
      ['x'.repeat(33), 'BAD_USER_INPUT', { reason: 'SCENE_TOO_LONG' }],
      ['s1%20', 'BAD_USER_INPUT', { reason: 'SCENE_FORBIDDEN_CHARACTERS' }],
      ['门店1', 'BAD_USER_INPUT', { reason: 'SCENE_FORBIDDEN_CHARACTERS' }],
      ['', 'BAD_USER_INPUT', { reason: 'SCENE_EMPTY' }],
      ['qNOSUCHCODE', 'NOT_FOUND', { reason: 'UNKNOWN_SCENE' }],
    ];
    for (const [scene, code, extensions] of expectations) {
      const error = errorOf(await resolve(scene));
      expect(error?.extensions, scene).toMatchObject({ code, ...extensions });
      expect(error?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(errorOf(await resolve('s1', 'short'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visitorId' });

    await q(`UPDATE "QrCode" SET "disabledAt" = $1 WHERE scene = 's5'`, [new Date(clock.getTime() - 1000)]);
    await q(`UPDATE "QrCode" SET "expiresAt" = $1 WHERE scene = 's6'`, [new Date(clock.getTime() - 1000)]);
    await q(`UPDATE "QrCode" SET "expiresAt" = $1 WHERE scene = 's7'`, [new Date(clock.getTime() + 60_000)]);
    expect(errorOf(await resolve('s5'))?.extensions).toMatchObject({ code: 'QR_CODE_INACTIVE', reason: 'DISABLED' });
    expect(errorOf(await resolve('s6'))?.extensions).toMatchObject({ code: 'QR_CODE_INACTIVE', reason: 'EXPIRED' });
    expect((await q(`SELECT count(*)::int AS n FROM "QrScan"`))[0].n).toBe(before);
    expect((await resolve('s7')).data!.resolveScene.storeId).toBe('7');
  });
});

describe('claimVisitorScans', () => {
  const CLAIM = `mutation($visitorId: String!) { claimVisitorScans(visitorId: $visitorId) }`;

  it("gives a shopper who signs in after scanning that device's recent unowned scans, and the store's orders carry the code", async () => {
    const visitor = `visitor-${randomUUID().slice(0, 8)}`;
    const shopper = await server.signIn(DEMO_MEMBER.openid);
    // Scanned signed out: the door code of store 2 now, a store-1 shelf code three hours ago (outside the visit window).
    expect((await resolve('s2', visitor)).errors).toBeUndefined();
    await q(`INSERT INTO "QrScan" ("qrCodeId", "visitorId", "scannedAt") VALUES (1, $1, $2)`, [visitor, new Date(clock.getTime() - 3 * 3_600_000)]);
    // The same device id, but already someone else's scan; and another device's scan.
    await q(`INSERT INTO "QrScan" ("qrCodeId", "userId", "visitorId", "scannedAt") VALUES (3, $1, $2, $3)`, [DEMO_SHOPPER.id, visitor, clock]);
    await q(`INSERT INTO "QrScan" ("qrCodeId", "visitorId", "scannedAt") VALUES (3, 'visitor-other-device', $1)`, [clock]);
    const doorCode = (await q<{ id: number }>(`SELECT id FROM "QrCode" WHERE scene = 's2'`))[0]!.id;
    expect(await services.qr.currentVisitAttribution(DEMO_MEMBER.id, 2)).toBeNull();

    const claimed = await server.gql(CLAIM, { visitorId: visitor }, server.bearer(shopper));
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data!.claimVisitorScans).toBe(1);
    const owners = await q(`SELECT "qrCodeId", "userId", "visitorId" FROM "QrScan" WHERE "visitorId" IN ($1, 'visitor-other-device') ORDER BY id`, [visitor]);
    expect(owners).toEqual([
      { qrCodeId: doorCode, userId: DEMO_MEMBER.id, visitorId: visitor },
      { qrCodeId: 1, userId: null, visitorId: visitor },
      { qrCodeId: 3, userId: DEMO_SHOPPER.id, visitorId: visitor },
      { qrCodeId: 3, userId: null, visitorId: 'visitor-other-device' },
    ]);
    expect(await services.qr.currentVisitAttribution(DEMO_MEMBER.id, 2)).toMatchObject({ id: doorCode });
    // Claimed once: a second claim finds nothing left.
    expect((await server.gql(CLAIM, { visitorId: visitor }, server.bearer(shopper))).data!.claimVisitorScans).toBe(0);
  });

  it('refuses a malformed visitor id and a caller who is not signed in, changing nothing', async () => {
    const shopper = await server.signIn(DEMO_SHOPPER.openid);
    await q(`INSERT INTO "QrScan" ("qrCodeId", "visitorId", "scannedAt") VALUES (2, 'visitor-unclaimed-1', $1)`, [clock]);
    expect(errorOf(await server.gql(CLAIM, { visitorId: 'short' }, server.bearer(shopper)))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visitorId' });
    expect(errorOf(await server.gql(CLAIM, { visitorId: 'visitor-unclaimed-1' }))?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await q(`SELECT "userId" FROM "QrScan" WHERE "visitorId" = 'visitor-unclaimed-1'`)).toEqual([{ userId: null }]);
  });
});

describe('managing codes', () => {
  const CREATE = `mutation($input: CreateQrCodeInput!) { createQrCode(input: $input) { id scene kind storeId productId campaignId label active link posterPngPath posterSvgPath wxacodePath } }`;
  const LIST = `query($storeId: ID!) { storeQrCodes(storeId: $storeId) { id scene kind label active productName campaignTitle } }`;

  it('lets a manager create opaque codes for their store, list and disable them; clerks and other stores are refused', async () => {
    const created = await server.gql(CREATE, { input: { storeId: '1', kind: 'PRODUCT', productId: '60', label: '饮料货架 第二层' } }, server.bearer(manager));
    expect(created.errors).toBeUndefined();
    const code = created.data!.createQrCode;
    expect(code).toMatchObject({ kind: 'PRODUCT', storeId: '1', productId: '60', label: '饮料货架 第二层', active: true });
    expect(code.scene).toMatch(/^q[A-Z2-7]{16}$/);
    expect(code.link).toBe(`https://corner.example.cn/?scene=${code.scene}`);
    expect(code.posterPngPath).toBe(`/qr/codes/${code.id}/poster.png`);

    const listed = (await server.gql(LIST, { storeId: '1' }, server.bearer(manager))).data!.storeQrCodes;
    expect(listed.map((c: { id: string }) => c.id)).toEqual(['1', '2', '3', code.id]);
    expect(listed[1]).toMatchObject({ kind: 'CAMPAIGN', campaignTitle: '扫码领取满59减10元券' });

    expect(errorOf(await server.gql(LIST, { storeId: '1' }, server.bearer(clerk)))?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    expect(errorOf(await server.gql(LIST, { storeId: '2' }, server.bearer(manager)))?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect(errorOf(await server.gql(LIST, { storeId: '1' }))?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await server.gql(CREATE, { input: { storeId: '2', kind: 'STORE', label: '门口' } }, server.bearer(manager)))?.extensions?.code).toBe('FORBIDDEN');

    const bad: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'PRODUCT', label: '货架' }, 'BAD_USER_INPUT'],
      [{ kind: 'CAMPAIGN', label: '活动' }, 'BAD_USER_INPUT'],
      [{ kind: 'CAMPAIGN', campaignId: '999', label: '活动' }, 'NOT_FOUND'],
      [{ kind: 'STORE', label: '' }, 'BAD_USER_INPUT'],
      [{ kind: 'STORE', label: '长'.repeat(41) }, 'BAD_USER_INPUT'],
      [{ kind: 'STORE', label: '门口', expiresAt: '2027-03-01T00:00:00Z' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, expected] of bad) {
      expect(errorOf(await server.gql(CREATE, { input: { storeId: '1', ...input } }, server.bearer(manager)))?.extensions?.code, JSON.stringify(input)).toBe(expected);
    }
    await q(`DELETE FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 61`);
    expect(errorOf(await server.gql(CREATE, { input: { storeId: '1', kind: 'PRODUCT', productId: '61', label: '货架' } }, server.bearer(manager)))?.extensions?.code).toBe('PRODUCT_NOT_SOLD_HERE');

    const DISABLE = `mutation($id: ID!, $d: Boolean!) { setQrCodeDisabled(id: $id, disabled: $d) { id active disabledAt } }`;
    expect(errorOf(await server.gql(DISABLE, { id: code.id, d: true }, server.bearer(clerk)))?.extensions?.code).toBe('FORBIDDEN');
    const disabled = (await server.gql(DISABLE, { id: code.id, d: true }, server.bearer(manager))).data!.setQrCodeDisabled;
    expect(disabled).toMatchObject({ active: false, disabledAt: clock.toISOString() });
    expect(errorOf(await resolve(code.scene))?.extensions).toMatchObject({ code: 'QR_CODE_INACTIVE', reason: 'DISABLED' });
    expect((await server.gql(DISABLE, { id: code.id, d: false }, server.bearer(manager))).data!.setQrCodeDisabled.active).toBe(true);
    expect((await resolve(code.scene)).data!.resolveScene).toMatchObject({ kind: 'PRODUCT', productId: '60' });
  });

  it('offers the manager the campaigns a new code can lead to: the store’s own and the chain’s, not ended, soonest ending first', async () => {
    const CAMPAIGNS = `query($storeId: ID!) { storeCampaigns(storeId: $storeId) { id title storeId running } }`;
    const at = (days: number) => new Date(clock.getTime() + days * 86_400_000);
    const added = await q<{ id: number; title: string }>(
      `INSERT INTO "Campaign" (name, title, "storeId", "startsAt", "endsAt") VALUES
         ('chain', '全连锁 春季上新', NULL, $1, $2),
         ('later', '人民广场店 下月会员日', 1, $3, $4),
         ('ended', '人民广场店 已结束', 1, $5, $6),
         ('other', '南京西路店 专享', 2, $1, $2)
       RETURNING id, title`,
      [at(-5), at(20), at(10), at(40), at(-30), at(-1)],
    );
    const id = (title: string) => String(added.find((c) => c.title === title)!.id);
    try {
      const listed = await server.gql(CAMPAIGNS, { storeId: '1' }, server.bearer(manager));
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.storeCampaigns).toEqual([
        { id: id('全连锁 春季上新'), title: '全连锁 春季上新', storeId: null, running: true },
        { id: id('人民广场店 下月会员日'), title: '人民广场店 下月会员日', storeId: '1', running: false },
        // The seeded campaign runs until the end of 2030.
        { id: '1', title: '扫码领取满59减10元券', storeId: '1', running: true },
      ]);
      expect(errorOf(await server.gql(CAMPAIGNS, { storeId: '1' }, server.bearer(clerk)))?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
      expect(errorOf(await server.gql(CAMPAIGNS, { storeId: '2' }, server.bearer(manager)))?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
      expect(errorOf(await server.gql(CAMPAIGNS, { storeId: 'x' }, server.bearer(manager)))?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await q(`DELETE FROM "Campaign" WHERE id = ANY($1)`, [added.map((c) => c.id)]);
    }
  });

  it('serves posters (PNG and SVG) and the WeChat code to the store manager only; none for a disabled code', async () => {
    const download = (id: number, file: string, session?: SessionTokens) =>
      fetch(`${server.url}/qr/codes/${id}/${file}`, { headers: session ? server.bearer(session) : {} });

    const png = await download(2, 'poster.png', manager);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBe(1200); // IHDR width: twice the SVG's 600

    const svg = await download(2, 'poster.svg', manager);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const text = await svg.text();
    for (const words of ['人民广场店', '西藏中路268号', '扫码领取满59减10元券', '到店扫码即可领取', scenes.campaign]) expect(text).toContain(words);
    expect(text).toMatch(/<path d="(M\d+ \d+h1v1h-1z)+"/);

    const wx = await download(3, 'wxacode.png', manager);
    expect(wx.status).toBe(200);
    expect(wx.headers.get('content-type')).toBe('image/png');
    expect(server.wechat.state.qrCodes.at(-1)).toMatchObject({ scene: scenes.store, page: 'pages/index/index' });

    expect(await (await download(2, 'poster.png')).json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const byClerk = await download(2, 'poster.svg', clerk);
    expect([byClerk.status, (await byClerk.json()).code]).toEqual([403, 'FORBIDDEN']);
    expect((await download(4, 'poster.svg', manager)).status).toBe(403);
    expect((await download(99_999, 'poster.svg', manager)).status).toBe(404);
    expect((await download(2, 'poster.gif', manager)).status).toBe(404);

    await q(`UPDATE "QrCode" SET "disabledAt" = $1 WHERE id = 3`, [clock]);
    const gone = await download(3, 'poster.png', manager);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ code: 'QR_CODE_INACTIVE', reason: 'DISABLED', message: '该二维码已停用' });
    await q(`UPDATE "QrCode" SET "disabledAt" = NULL WHERE id = 3`);
  });
});

describe('attribution into orders', () => {
  async function placeOrder(userId: string, qrScene?: string) {
    const base = { storeId: 1, items: [{ productId: 1, quantity: 1 }], fulfilment: 'PICKUP' as const, qrScene };
    const quote = await services.orders.quote(userId, base);
    return services.orders.placeOrder(userId, { ...base, idempotencyKey: `qr-${randomUUID()}`, expectedPayableFen: quote.pricing.payableFen });
  }
  const attributionOf = async (orderId: string) => (await q(`SELECT "qrCodeId", "campaignId" FROM "Order" WHERE id = $1`, [orderId]))[0];

  it('gives an order the code the shopper scanned at that store within the visit, and nothing after it or elsewhere', async () => {
    await q(`UPDATE "Inventory" SET "onHand" = reserved + 50 WHERE "storeId" = 1 AND "productId" = 1`);
    clock = new Date('2027-03-11T02:00:00Z');
    const member = await server.signIn(DEMO_MEMBER.openid);
    await resolve(scenes.product, 'visitor-member-1', server.bearer(member));
    clock = new Date('2027-03-11T02:10:00Z');
    await resolve(scenes.campaign, 'visitor-member-1', server.bearer(member));
    await resolve('s2', 'visitor-member-1', server.bearer(member));

    clock = new Date('2027-03-11T03:00:00Z');
    // The latest scan of a store-1 code wins; the store-2 scan does not count for a store-1 order.
    expect(await attributionOf((await placeOrder(DEMO_MEMBER.id)).id)).toEqual({ qrCodeId: 2, campaignId: 1 });
    // The scene the app says it came from breaks the tie, when the shopper did scan it.
    expect(await attributionOf((await placeOrder(DEMO_MEMBER.id, scenes.product)).id)).toEqual({ qrCodeId: 1, campaignId: null });
    // A scene the shopper never scanned is not taken on the client's word.
    expect(await attributionOf((await placeOrder(DEMO_MEMBER.id, scenes.store)).id)).toEqual({ qrCodeId: 2, campaignId: 1 });

    clock = new Date('2027-03-11T04:10:00Z');
    // An expired token is refused rather than recording the scan without its shopper.
    expect(errorOf(await resolve(scenes.store, 'visitor-member-1', server.bearer(member)))?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    expect(await attributionOf((await placeOrder(DEMO_MEMBER.id)).id)).toEqual({ qrCodeId: null, campaignId: null });
    // A scan made signed out carries no user, so it attributes nothing to anyone.
    expect(await attributionOf((await placeOrder(DEMO_SHOPPER.id, scenes.store)).id)).toEqual({ qrCodeId: null, campaignId: null });
  });

  it('claims the campaign coupon once per shopper and records the code of the visit', async () => {
    clock = new Date('2027-03-12T02:00:00Z');
    const shopper = await server.signIn(DEMO_SHOPPER.openid);
    await resolve(scenes.campaign, 'visitor-shopper-2', server.bearer(shopper));
    const CLAIM = `mutation { claimCampaignCoupon(campaignId: "1") { userCouponId couponName alreadyClaimed } }`;
    const CAMPAIGN = `{ campaign(id: "1") { title running coupon { name available claimedByViewer } } }`;
    expect((await server.gql(CAMPAIGN, {}, server.bearer(shopper))).data!.campaign).toEqual({
      title: '扫码领取满59减10元券', running: true, coupon: { name: '人民广场店 满59减10元', available: true, claimedByViewer: false },
    });
    const [a, b] = await Promise.all([server.gql(CLAIM, {}, server.bearer(shopper)), server.gql(CLAIM, {}, server.bearer(shopper))]);
    const results = [a.data!.claimCampaignCoupon, b.data!.claimCampaignCoupon];
    expect(results.map((r) => r.alreadyClaimed).sort()).toEqual([false, true]);
    expect(results[0].userCouponId).toBe(results[1].userCouponId);
    const held = await q(`SELECT "qrCodeId", status FROM "UserCoupon" WHERE "userId" = $1 AND "couponId" = 3`, [DEMO_SHOPPER.id]);
    expect(held).toEqual([{ qrCodeId: 2, status: 'AVAILABLE' }]);
    expect((await q(`SELECT "issuedCount" FROM "Coupon" WHERE id = 3`))[0].issuedCount).toBe(1);
    expect((await server.gql(CAMPAIGN, {}, server.bearer(shopper))).data!.campaign.coupon.claimedByViewer).toBe(true);
    expect(errorOf(await server.gql(CLAIM))?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await server.gql(`{ campaign(id: "42") { title } }`))?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('qrReport', () => {
  const REPORT = `query($storeId: ID!, $from: String!, $to: String!) { qrReport(storeId: $storeId, from: $from, to: $to) {
    storeId from to
    codes { code { id } stats { scans uniqueVisitors orders paidOrders revenueFen repeatOrders repeatShoppers } }
    campaigns { campaign { id title } stats { scans uniqueVisitors orders paidOrders revenueFen repeatOrders repeatShoppers } } } }`;
  beforeAll(async () => {
    // Access tokens live 15 minutes and the clock has moved on.
    manager = await server.signIn(DEMO_MANAGER_A.openid);
    clerk = await server.signIn(DEMO_CLERK_A.openid);
  });
  const zero = { scans: 0, uniqueVisitors: 0, orders: 0, paidOrders: 0, revenueFen: 0, repeatOrders: 0, repeatShoppers: 0 };

  async function scan(qrCodeId: number, visitorId: string, at: string) {
    await q(`INSERT INTO "QrScan" ("qrCodeId", "visitorId", "scannedAt") VALUES ($1, $2, $3)`, [qrCodeId, visitorId, new Date(at)]);
  }
  async function order(o: { userId: string; qrCodeId?: number; campaignId?: number; at: string; payableFen: number; paid: boolean; refundedFen?: number }) {
    const at = new Date(o.at);
    await q(
      `INSERT INTO "Order" (id, "orderNo", "userId", "storeId", "placedByUserId", fulfilment, status, "idempotencyKey", "requestHash",
         "itemsTotalFen", "payableFen", "refundedFen", pricing, "promiseStart", "promiseEnd", "slotStart", "qrCodeId", "campaignId", "createdAt", "paidAt")
       VALUES ($1, $2, $3, 1, $3, 'PICKUP', $4, $5, 'h', $6, $6, $7, '{}', $8, $8, $8, $9, $10, $8, $11)`,
      [randomUUID(), `R${randomUUID().slice(0, 18)}`, o.userId, o.paid ? 'COMPLETED' : 'CANCELLED', randomUUID(), o.payableFen, o.refundedFen ?? 0, at, o.qrCodeId ?? null, o.campaignId ?? null, o.paid ? at : null],
    );
  }

  it('counts scans, visitors, orders, revenue and 30-day repeat orders per code and per campaign on Asia/Shanghai days', async () => {
    // A second code of campaign 1 at store 1, to see that a campaign counts a visitor and a repeat order once.
    const extra = (await q(`INSERT INTO "QrCode" (scene, kind, "storeId", "campaignId", label) VALUES ('qREPORTEXTRA', 'CAMPAIGN', 1, 1, '收银台二号') RETURNING id`))[0].id as number;
    const A = DEMO_SHOPPER.id;
    const B = DEMO_MEMBER.id;
    // The range is 2026-11-01..02 in Shanghai: [2026-10-31T16:00Z, 2026-11-02T16:00Z).
    await scan(1, 'visitor-a', '2026-10-31T15:59:59.999Z'); // 10-31 23:59:59.999 in Shanghai: before
    await scan(1, 'visitor-a', '2026-10-31T16:00:00.000Z'); // 11-01 00:00 in Shanghai: in
    await scan(1, 'visitor-a', '2026-11-01T10:00:00.000Z');
    await scan(1, 'visitor-b', '2026-11-02T15:59:59.999Z'); // 11-02 23:59:59.999: in
    await scan(1, 'visitor-c', '2026-11-02T16:00:00.000Z'); // 11-03 00:00: after
    await scan(2, 'visitor-a', '2026-11-01T02:00:00.000Z');
    await scan(2, 'visitor-d', '2026-11-01T03:00:00.000Z');
    await scan(extra, 'visitor-a', '2026-11-01T04:00:00.000Z');
    await scan(4, 'visitor-e', '2026-11-01T04:00:00.000Z'); // store 2's door: not in store 1's report

    await order({ userId: A, qrCodeId: 1, at: '2026-10-31T16:00:00.000Z', payableFen: 3000, refundedFen: 500, paid: true }); // O1 in
    await order({ userId: B, qrCodeId: 1, at: '2026-11-01T12:00:00.000Z', payableFen: 1000, paid: false }); // O2 in, unpaid
    await order({ userId: A, qrCodeId: 1, at: '2026-11-02T16:00:00.000Z', payableFen: 999, paid: true }); // O3 after the range; repeats O1
    await order({ userId: A, at: '2026-11-20T00:00:00.000Z', payableFen: 2000, paid: true }); // O4 repeats O1
    await order({ userId: A, at: '2026-11-30T16:00:00.001Z', payableFen: 700, paid: true }); // O5 just past O1 + 30 days
    await order({ userId: A, at: '2026-11-05T00:00:00.000Z', payableFen: 600, paid: false }); // O6 unpaid: no repeat
    await order({ userId: B, qrCodeId: 2, campaignId: 1, at: '2026-11-01T05:00:00.000Z', payableFen: 5000, paid: true }); // O7
    await order({ userId: B, qrCodeId: extra, campaignId: 1, at: '2026-11-02T05:00:00.000Z', payableFen: 1500, paid: true }); // O8 repeats O7
    await order({ userId: B, at: '2026-11-10T00:00:00.000Z', payableFen: 800, paid: true }); // O9 repeats O7 and O8

    const result = await server.gql(REPORT, { storeId: '1', from: '2026-11-01', to: '2026-11-02' }, server.bearer(manager));
    expect(result.errors).toBeUndefined();
    const report = result.data!.qrReport;
    expect(report).toMatchObject({ storeId: '1', from: '2026-11-01', to: '2026-11-02' });
    const byCode = Object.fromEntries(report.codes.map((row: { code: { id: string }; stats: unknown }) => [row.code.id, row.stats]));
    expect(byCode['1']).toEqual({ scans: 3, uniqueVisitors: 2, orders: 2, paidOrders: 1, revenueFen: 2500, repeatOrders: 2, repeatShoppers: 1 });
    expect(byCode['2']).toEqual({ scans: 1 + 1, uniqueVisitors: 2, orders: 1, paidOrders: 1, revenueFen: 5000, repeatOrders: 2, repeatShoppers: 1 });
    expect(byCode[String(extra)]).toEqual({ scans: 1, uniqueVisitors: 1, orders: 1, paidOrders: 1, revenueFen: 1500, repeatOrders: 1, repeatShoppers: 1 });
    expect(byCode['3']).toEqual(zero);
    expect(Object.keys(byCode)).not.toContain('4');
    expect(report.campaigns).toEqual([
      { campaign: { id: '1', title: '扫码领取满59减10元券' }, stats: { scans: 3, uniqueVisitors: 2, orders: 2, paidOrders: 2, revenueFen: 6500, repeatOrders: 2, repeatShoppers: 1 } },
    ]);

    // One day only: 11-02 in Shanghai keeps the visitor-b scan and O8, and O8's repeat O9.
    const day = (await server.gql(REPORT, { storeId: '1', from: '2026-11-02', to: '2026-11-02' }, server.bearer(manager))).data!.qrReport;
    const dayByCode = Object.fromEntries(day.codes.map((row: { code: { id: string }; stats: unknown }) => [row.code.id, row.stats]));
    expect(dayByCode['1']).toEqual({ ...zero, scans: 1, uniqueVisitors: 1 });
    expect(dayByCode[String(extra)]).toEqual({ ...zero, orders: 1, paidOrders: 1, revenueFen: 1500, repeatOrders: 1, repeatShoppers: 1 });
  });

  it('refuses bad ranges and other stores with clear codes', async () => {
    const run = (vars: Record<string, string>, session: SessionTokens = manager) =>
      server.gql(REPORT, { storeId: '1', from: '2026-11-01', to: '2026-11-02', ...vars }, server.bearer(session));
    expect(errorOf(await run({ from: '2026-11-03' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RANGE_REVERSED' });
    expect(errorOf(await run({ from: '2026-01-01', to: '2027-01-02' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RANGE_TOO_LONG' });
    expect(errorOf(await run({ from: '2026/11/01' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' });
    expect(errorOf(await run({ storeId: '2' }))?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await run({}, clerk))?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    const clerkB = await server.signIn(DEMO_CLERK_B.openid);
    expect(errorOf(await run({ storeId: '2' }, clerkB))?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
  });

  it('reads scans and orders through their indexes', async () => {
    const client = await server.db.pool.connect();
    try {
      // The seeded tables are small enough for sequential scans; forbidding them shows an index can serve every join.
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      const { qrStats } = await import('./sql.ts');
      const captured: string[] = [];
      await qrStats({ query: (async (sql: string, params: unknown[]) => { captured.push(sql); return client.query(sql, params); }) as never }, 1, 'campaign', new Date('2026-10-31T16:00Z'), new Date('2026-11-02T16:00Z'));
      const plan = (await client.query(`EXPLAIN ${captured[0]}`, [1, new Date('2026-10-31T16:00Z'), new Date('2026-11-02T16:00Z')])).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index (Only )?Scan using "QrScan_qrCodeId_scannedAt_idx"/);
      expect(plan).toMatch(/Index (Only )?Scan using "Order_qrCodeId_createdAt_idx"/);
      // Repeat orders: an index lookup by the shopper (on tiny data the planner may pick either index led by userId).
      expect(plan).toMatch(/Index (Only )?Scan using "Order_userId_\w+" on "Order" r\s+\(cost[^\n]*\n\s+Index Cond: \(+"userId" = a\."userId"/);
      expect(plan).not.toMatch(/Seq Scan on "(QrScan|Order)"/);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
