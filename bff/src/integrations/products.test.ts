import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBarcode } from '../catalog/content.ts';
import { imageId } from '../images/ids.ts';
import { UPLOAD_MAX_BYTES } from '../images/service.ts';
import { CREATE_INTEGRATION_CLIENT as CREATE, signedPost, type Credential } from '../../test/integration-client.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { demoCaller, ok, UNLIMITED_RATES } from '../../test/shop.ts';

let server: TestServer;
let erp: Credential;
let till: Credential;
let images: Server;
let imageBase: string;
let png: Buffer;
let category: string;

const sql = async <T = Record<string, any>>(text: string, values: unknown[] = []) => (await server.db.pool.query(text, values)).rows as T[];
const upsert = (body: unknown, cred = erp, options = {}) => signedPost(server.url, cred, '/products', body, options);
const productBySku = async (sku: string) =>
  (await sql(`SELECT id, sku, barcode, name, "namePinyin", "nameInitials", "categoryId", unit, specification, "imageIds", active, "basePriceFen", "sourceUpdatedAt" FROM "Product" WHERE sku = $1`, [sku]))[0];

/** A barcode no seeded product has (the seed's company prefixes are 10000 and up), with its check digit. */
let serial = 0;
function freshBarcode(): string {
  const body = `6900000${String(++serial).padStart(5, '0')}`;
  for (let check = 0; check <= 9; check++) if (isValidBarcode(body + check)) return body + check;
  throw new Error('unreachable');
}

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
const row = (sku: string, extra: Record<string, unknown> = {}) => ({
  sku,
  barcode: freshBarcode(),
  name: '街角 桂花乌龙',
  category,
  unit: '瓶',
  specification: '500ml',
  basePriceFen: 590,
  sourceUpdatedAt: at(10),
  ...extra,
});

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ...UNLIMITED_RATES } });
  const admin = await demoCaller(server.gql, 'demo-hq-admin');
  erp = (await ok(admin, CREATE, { name: '总部ERP' })).createIntegrationClient;
  till = (await ok(admin, CREATE, { name: '1号店收银', storeId: '1' })).createIntegrationClient;
  category = (await sql<{ path: string }>(`SELECT p.name || ' / ' || c.name AS path FROM "Category" c JOIN "Category" p ON p.id = c."parentId" ORDER BY c.id LIMIT 1`))[0]!.path;
  png = await sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
  // The ERP's file server: a picture, a web page, a file that is no picture, one too big (sent without a length), and a missing one.
  images = createServer((req, res) => {
    if (req.url === '/photo.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    if (req.url === '/page.html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
    if (req.url === '/fake.png') return res.writeHead(200, { 'content-type': 'image/png' }).end('not a picture at all');
    if (req.url === '/huge.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(1024 * 1024);
      for (let i = 0; i <= UPLOAD_MAX_BYTES / chunk.length; i++) res.write(chunk);
      return res.end();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
  imageBase = `http://127.0.0.1:${(images.address() as AddressInfo).port}`;
});

afterAll(async () => {
  images?.closeAllConnections();
  await new Promise((resolve) => images?.close(resolve));
  await server?.close();
});

describe('product master upsert', () => {
  it('creates a product by SKU with its category path, pinyin, specification and an image fetched into the image store', async () => {
    const created = await upsert({ products: [row('ERP-1001', { images: [`${imageBase}/photo.png`], status: 'ACTIVE' })] });
    expect(created).toMatchObject({ status: 200, body: { applied: 1, failed: 0, rows: [{ index: 0, ref: 'ERP-1001', status: 'APPLIED', created: true }] } });
    const product = await productBySku('ERP-1001');
    expect(product).toMatchObject({
      name: '街角 桂花乌龙',
      namePinyin: 'jiejiao guihuawulong',
      nameInitials: 'jj ghwl',
      unit: '瓶',
      specification: '500ml',
      active: true,
      basePriceFen: 590,
      imageIds: [imageId(png)],
    });
    expect(created.body.rows[0].productId).toBe(product!.id);
    expect(await server.services.images.exists(imageId(png))).toBe(true);
    const [categoryParent, categoryName] = category.split(' / ');
    expect(await sql(`SELECT c.name, p.name AS parent FROM "Category" c JOIN "Category" p ON p.id = c."parentId" WHERE c.id = $1`, [product!.categoryId])).toEqual([
      { name: categoryName, parent: categoryParent },
    ]);
    // Head office finds it in staff mode, by its pinyin.
    const operator = await demoCaller(server.gql, 'demo-hq-operator');
    const { catalogProducts } = await ok(operator, `{ catalogProducts(query: "guihuawulong") { nodes { id } } }`);
    expect(catalogProducts.nodes).toEqual([{ id: String(product!.id) }]);
  });

  it('refuses a till key (chain-wide data is the ERP\'s) and changes nothing', async () => {
    const refused = await upsert({ products: [row('ERP-TILL')] }, till);
    expect(refused).toMatchObject({ status: 403, body: { code: 'CHAIN_SCOPE_REQUIRED' } });
    expect(await productBySku('ERP-TILL')).toBeUndefined();
  });

  it('updates by SKU; an older or same-time row is skipped and reported, a reordered batch ends at the newest', async () => {
    const first = row('ERP-2001', { sourceUpdatedAt: at(30) });
    await upsert({ products: [first] });
    const newer = { ...first, name: '街角 桂花乌龙 新装', specification: '450ml', status: 'INACTIVE', sourceUpdatedAt: at(20) };
    const older = { ...first, name: '旧名称', sourceUpdatedAt: at(25) };
    // Newest first in the array: rows still apply oldest first, so the older one cannot win.
    const reordered = await upsert({ products: [newer, older] });
    expect(reordered.body.rows.map((r: { status: string }) => r.status)).toEqual(['APPLIED', 'APPLIED']);
    expect(await productBySku('ERP-2001')).toMatchObject({ name: '街角 桂花乌龙 新装', specification: '450ml', active: false });

    const replay = await upsert({ policy: 'atomic', products: [older, newer, first] });
    expect(replay.status).toBe(200);
    expect(replay.body.rows.map((r: { status: string; code: string }) => [r.status, r.code])).toEqual([
      ['SKIPPED_STALE', 'STALE_UPDATE'],
      ['SKIPPED_STALE', 'STALE_UPDATE'],
      ['SKIPPED_STALE', 'STALE_UPDATE'],
    ]);
    expect(replay.body.rows[1].appliedUpdatedAt).toBe(newer.sourceUpdatedAt);
    expect(await productBySku('ERP-2001')).toMatchObject({ name: '街角 桂花乌龙 新装', active: false, sourceUpdatedAt: new Date(newer.sourceUpdatedAt) });
  });

  it('never turns an unknown SKU into an update of the product holding its barcode, nor moves a barcode between SKUs', async () => {
    const [seeded] = await sql<{ id: number; sku: string; barcode: string; name: string }>(`SELECT id, sku, barcode, name FROM "Product" ORDER BY id LIMIT 1`);
    expect(seeded!.sku).toBe(seeded!.barcode);
    const answer = await upsert({ policy: 'partial', products: [row('ERP-3001', { barcode: seeded!.barcode, name: '冒名' }), row('ERP-3002')] });
    expect(answer.body.rows[0]).toMatchObject({ status: 'FAILED', code: 'BARCODE_TAKEN' });
    expect(answer.body.rows[0].message).toContain(seeded!.sku);
    expect(answer.body.rows[1]).toMatchObject({ status: 'APPLIED', created: true });
    expect(await productBySku('ERP-3001')).toBeUndefined();
    expect((await sql(`SELECT name FROM "Product" WHERE id = $1`, [seeded!.id]))[0]).toEqual({ name: seeded!.name });

    const moved = await upsert({ products: [{ ...row('ERP-3002'), barcode: seeded!.barcode, sourceUpdatedAt: at(1) }] });
    expect(moved).toMatchObject({ status: 422, body: { rows: [{ code: 'BARCODE_TAKEN' }] } });

    // The seeded product itself, named by its SKU (its barcode), is updated in place.
    const own = await upsert({ products: [{ ...row(seeded!.sku), barcode: seeded!.barcode, name: '主数据 更名' }] });
    expect(own.body.rows[0]).toMatchObject({ status: 'APPLIED', created: false, productId: seeded!.id });
  });

  it('takes a base price only as integer fen, requires it to create, and ignores it with a warning on update', async () => {
    const answer = await upsert({
      policy: 'partial',
      products: [row('ERP-4001', { basePriceFen: '590' }), row('ERP-4002', { basePriceFen: 5.9 }), row('ERP-4003', { basePriceFen: undefined }), row('ERP-4004', { basePriceFen: 0 })],
    });
    expect(answer.body.rows.map((r: { code: string }) => r.code)).toEqual(['INVALID_PRICE', 'INVALID_PRICE', 'PRICE_REQUIRED', 'INVALID_PRICE']);
    expect(await sql(`SELECT sku FROM "Product" WHERE sku LIKE 'ERP-400%'`)).toEqual([]);

    const created = row('ERP-4005', { basePriceFen: 1200 });
    await upsert({ products: [created] });
    const update = await upsert({ products: [{ ...created, name: '街角 桂花乌龙 大瓶', basePriceFen: 99_900, sourceUpdatedAt: at(5) }] });
    expect(update.body.rows[0]).toMatchObject({ status: 'APPLIED', warnings: [{ code: 'BASE_PRICE_IGNORED' }] });
    expect(await productBySku('ERP-4005')).toMatchObject({ name: '街角 桂花乌龙 大瓶', basePriceFen: 1200 });
  });

  it('fails only its own row for an image that is not http(s), not a picture, too big or missing; atomic applies nothing', async () => {
    const bad = [`ftp://127.0.0.1/photo.png`, `file:///etc/passwd`, `${imageBase}/page.html`, `${imageBase}/fake.png`, `${imageBase}/huge.png`, `${imageBase}/missing.png`];
    const products = [...bad.map((url, i) => row(`ERP-500${i}`, { images: [url] })), row('ERP-5009', { images: [`${imageBase}/photo.png`] })];
    const atomic = await upsert({ products });
    expect(atomic.status).toBe(422);
    expect(await sql(`SELECT sku FROM "Product" WHERE sku LIKE 'ERP-500%'`)).toEqual([]);
    const partial = await upsert({ policy: 'partial', products });
    expect(partial.body.rows.map((r: { code?: string; status: string }) => r.code ?? r.status)).toEqual([
      'IMAGE_URL_INVALID',
      'IMAGE_URL_INVALID',
      'IMAGE_NOT_IMAGE',
      'IMAGE_NOT_IMAGE',
      'IMAGE_TOO_LARGE',
      'IMAGE_DOWNLOAD_FAILED',
      'APPLIED',
    ]);
    expect((await sql(`SELECT sku FROM "Product" WHERE sku LIKE 'ERP-500%'`)).map((r) => r.sku)).toEqual(['ERP-5009']);
  });

  it('names an unknown or malformed category as a row error', async () => {
    const answer = await upsert({ policy: 'partial', products: [row('ERP-6001', { category: '饮料/不存在的分类' }), row('ERP-6002', { category: ' / ' }), row('ERP-6003', { category: category.replace(' / ', '/') })] });
    expect(answer.body.rows.map((r: { code?: string; status: string }) => r.code ?? r.status)).toEqual(['UNKNOWN_CATEGORY', 'INVALID_CATEGORY', 'APPLIED']);
  });

  it('two batches creating one SKU at once make one product; neither fails', async () => {
    const one = row('ERP-7001', { sourceUpdatedAt: at(3) });
    const other = { ...one, name: '并发 另一版', sourceUpdatedAt: at(2) };
    const answers = await Promise.all([upsert({ products: [one] }), upsert({ products: [other] })]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.filter((a) => a.body.rows[0].created)).toHaveLength(1);
    expect(await sql(`SELECT name FROM "Product" WHERE sku = 'ERP-7001'`)).toEqual([{ name: '并发 另一版' }]);
  });

  it('a barcode taken meanwhile outside the batch (head office in staff mode) fails that row only, not the request', async () => {
    const taken = freshBarcode();
    const staff = await server.db.pool.connect();
    try {
      await staff.query('BEGIN');
      await staff.query(`INSERT INTO "Product" (sku, barcode, name, "namePinyin", "nameInitials", unit, "basePriceFen", "categoryId") VALUES ($1, $1, '店内新建', '', '', '瓶', 100, 1)`, [taken]);
      const pending = upsert({ policy: 'partial', products: [row('ERP-9001', { barcode: taken }), row('ERP-9002')] });
      // Commit only once the batch's insert waits on the barcode's unique index.
      for (let waited = 0; ; waited += 20) {
        const blocked = await sql(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "Product"%'`);
        if (blocked.length) break;
        if (waited > 10_000) throw new Error('the batch never reached its insert');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await staff.query('COMMIT');
      const answer = await pending;
      expect(answer.status).toBe(200);
      expect(answer.body.rows.map((r: { code?: string; status: string }) => r.code ?? r.status)).toEqual(['CONFLICT', 'APPLIED']);
    } finally {
      staff.release();
    }
    expect(await productBySku('ERP-9001')).toBeUndefined();
  });

  it('a product keyed by the ERP is found by its SKU and by its barcode in stock counts and receipts', async () => {
    const created = row('ERP-8001');
    const { body } = await upsert({ products: [created] });
    const productId = body.rows[0].productId as number;
    await sql(`INSERT INTO "Inventory" ("storeId", "productId", "onHand", reserved) VALUES (1, $1, 0, 0)`, [productId]);
    const counted = await signedPost(server.url, erp, '/stores/1/stock-counts', { counts: [{ sku: 'ERP-8001', onHand: 12, countedAt: at(1) }] });
    expect(counted.body.rows[0]).toMatchObject({ status: 'APPLIED', onHand: 12 });
    const sold = await signedPost(server.url, till, '/stores/1/receipts', { receipts: [{ receiptId: 'R-8001', soldAt: at(0.5), lines: [{ sku: created.barcode, quantity: 2, amountFen: 1180 }] }] });
    expect(sold.body.rows[0]).toMatchObject({ status: 'APPLIED' });
    expect(await sql(`SELECT "onHand" FROM "Inventory" WHERE "storeId" = 1 AND "productId" = $1`, [productId])).toEqual([{ onHand: 10 }]);
  });
});
