import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvToXlsx } from '../../../scripts/make-import-samples.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { imageId } from '../images/ids.ts';
import { ImageService } from '../images/service.ts';
import { localImageStore } from '../images/store.ts';
import { ImportFileError, readTable, reportFileOf, runImport, type ImportOptions } from './import.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = join(ROOT, 'docs/import-samples');

let server: TestServer;
let dir: string;

const sql = async <T = Record<string, any>>(text: string, values: unknown[] = []) => (await server.db.pool.query(text, values)).rows as T[];
const importFile = (file: string, options: Partial<ImportOptions> = {}) =>
  runImport({ file, pool: server.db.pool, products: server.services.productMaster, integrations: server.services.integrations, ...options });
const csv = async (name: string, lines: string[]) => {
  const file = join(dir, name);
  await writeFile(file, `${lines.join('\r\n')}\r\n`);
  return file;
};
const exists = (file: string) => stat(file).then(() => true, () => false);
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const PRODUCT_HEADER = 'sku,barcode,name,category,unit,specification,images,status,basePriceFen,sourceUpdatedAt';
/** A demo product stocked at stores 1 and 2, and its barcode (its SKU). */
let stocked: { id: number; barcode: string };

beforeAll(async () => {
  server = await startTestServer();
  dir = await mkdtemp(join(tmpdir(), 'corner-import-'));
  [stocked] = await sql(
    `SELECT p.id, p.barcode FROM "Product" p WHERE p.active AND (SELECT count(*) FROM "Inventory" i WHERE i."productId" = p.id AND i."storeId" IN (1, 2) AND i.reserved = 0) = 2 ORDER BY p.id DESC LIMIT 1`,
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await server?.close();
});

describe('reading files', () => {
  it('parses quoted CSV fields, and the sample .xlsx holds the same rows as the sample .csv', async () => {
    expect(
      (await readTable(await csv('quoted.csv', ['\uFEFFa,b,c', '"x, y","say ""hi""","two', 'lines"', '', '1,2,3']))),
    ).toEqual({ headers: ['a', 'b', 'c'], rows: [{ line: 2, cells: ['x, y', 'say "hi"', 'two\r\nlines'] }, { line: 5, cells: ['1', '2', '3'] }] });
    const fromCsv = await readTable(join(SAMPLES, 'products.csv'));
    const fromXlsx = await readTable(join(SAMPLES, 'products.xlsx'));
    expect(fromXlsx.headers).toEqual(fromCsv.headers);
    const sameValue = (cell: unknown) => (cell === '' || cell === null ? null : /T\d\d:/.test(String(cell)) ? new Date(String(cell)).toISOString() : String(cell));
    expect(fromXlsx.rows.map((row) => row.cells.map(sameValue))).toEqual(fromCsv.rows.map((row) => row.cells.map(sameValue)));
  });

  it('the shipped samples import cleanly into the demo chain', async () => {
    for (const name of ['products.csv', 'products.xlsx', 'stock.csv', 'stock.xlsx', 'prices.csv', 'prices.xlsx']) {
      const summary = await importFile(join(SAMPLES, name), { dryRun: true });
      expect([name, summary.failed, summary.applied + summary.skipped], JSON.stringify(summary.report)).toEqual([name, 0, summary.rows]);
    }
  });
});

describe('products import', () => {
  it('imports, reports failed rows to a file beside the input, changes nothing on a dry run, and a rerun is a no-op', async () => {
    const file = await csv('products.csv', [
      PRODUCT_HEADER,
      `IMP-1,6900000800010,导入 桂花乌龙,饮料,瓶,500ml,,ACTIVE,590,${ago(30)}`,
      `IMP-2,6900000800027,导入 海盐饼干,零食,袋,100g,,,650,${ago(30)}`,
      `IMP-3,6900000800034,导入 价格写成元,零食,袋,100g,,,6.50,${ago(30)}`,
      `IMP-4,${stocked.barcode},导入 冒用条码,零食,袋,,,,650,${ago(30)}`,
      `${stocked.barcode},${stocked.barcode},导入 改名,饮料,瓶,550ml,,,99900,${ago(30)}`,
    ]);
    const before = await sql(`SELECT count(*)::int AS n FROM "Product"`);
    const progress: Array<[number, number]> = [];
    const dry = await importFile(file, { dryRun: true, batchSize: 2, progress: (done, total) => progress.push([done, total]) });
    expect(dry).toMatchObject({ kind: 'products', dryRun: true, rows: 5, applied: 3, skipped: 0, failed: 2, warnings: 1 });
    expect(progress.at(-1)).toEqual([5, 5]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(await sql(`SELECT count(*)::int AS n FROM "Product"`)).toEqual(before);
    expect(await sql(`SELECT name FROM "Product" WHERE id = $1 AND name LIKE '导入%'`, [stocked.id])).toEqual([]);

    const real = await importFile(file, { batchSize: 2 });
    expect(real).toMatchObject({ dryRun: false, rows: 5, applied: 3, skipped: 0, failed: 2, warnings: 1, reportFile: reportFileOf(file) });
    expect(real.reportFile).toBe(join(dir, 'products.errors.csv'));
    expect((await readFile(real.reportFile!, 'utf8')).split('\r\n')).toEqual([
      '\uFEFFrow,key,status,code,message',
      expect.stringMatching(/^4,IMP-3,FAILED,INVALID_PRICE,basePriceFen 须为/),
      expect.stringMatching(new RegExp(`^5,IMP-4,FAILED,BARCODE_TAKEN,条码 ${stocked.barcode} 已属于 SKU ${stocked.barcode} 的商品`)),
      expect.stringMatching(/^6,\d+,WARNING,BASE_PRICE_IGNORED,/),
      '',
    ]);
    expect(await sql(`SELECT sku, name, specification, active, "basePriceFen" FROM "Product" WHERE sku LIKE 'IMP-%' ORDER BY sku`)).toEqual([
      { sku: 'IMP-1', name: '导入 桂花乌龙', specification: '500ml', active: true, basePriceFen: 590 },
      { sku: 'IMP-2', name: '导入 海盐饼干', specification: '100g', active: true, basePriceFen: 650 },
    ]);
    expect(await sql(`SELECT name, "basePriceFen" <> 99900 AS kept FROM "Product" WHERE id = $1`, [stocked.id])).toEqual([{ name: '导入 改名', kept: true }]);

    // The same file again: what went in is skipped, the bad rows are still reported.
    const again = await importFile(file);
    expect(again).toMatchObject({ applied: 0, skipped: 3, failed: 2, warnings: 0 });
    // With the bad rows mended (and an older row for IMP-1), nothing fails and no stale report is left behind.
    const mended = await csv('products.csv', [
      PRODUCT_HEADER,
      `IMP-1,6900000800010,导入 旧数据,饮料,瓶,500ml,,ACTIVE,590,${ago(40)}`,
      `IMP-3,6900000800034,导入 价格写成分,零食,袋,100g,,,650,${ago(30)}`,
    ]);
    expect(await importFile(mended)).toMatchObject({ applied: 1, skipped: 1, failed: 0, reportFile: null });
    expect(await exists(reportFileOf(mended))).toBe(false);
    expect(await sql(`SELECT name FROM "Product" WHERE sku = 'IMP-1'`)).toEqual([{ name: '导入 桂花乌龙' }]);
  });

  it('imports an .xlsx the same way: numbers, date cells (Beijing time) and codes as text', async () => {
    const source = await csv('sheet.csv', [PRODUCT_HEADER, `IMP-X1,6900000800041,表格 商品,饮料,瓶,1L,,INACTIVE,1200,2026-12-01T08:00:00+08:00`]);
    const file = join(dir, 'sheet.xlsx');
    await csvToXlsx(source, file);
    expect(await importFile(file)).toMatchObject({ kind: 'products', applied: 1, failed: 0 });
    expect(await sql(`SELECT barcode, "basePriceFen", active, "sourceUpdatedAt" FROM "Product" WHERE sku = 'IMP-X1'`)).toEqual([
      { barcode: '6900000800041', basePriceFen: 1200, active: false, sourceUpdatedAt: new Date('2026-12-01T00:00:00Z') },
    ]);
    expect(await importFile(file)).toMatchObject({ applied: 0, skipped: 1 });
  });

  it('refuses a file it cannot place: unknown columns, a kind whose columns are missing, another format', async () => {
    await expect(importFile(await csv('odd.csv', ['sku,colour', 'A,red']))).rejects.toThrow(/无法从表头判断导入类型/);
    await expect(importFile(await csv('extra.csv', [`${PRODUCT_HEADER},price`, '']))).rejects.toThrow(/不认识的列：price/);
    await expect(importFile(await csv('wrong.csv', [PRODUCT_HEADER]), { kind: 'stock' })).rejects.toThrow(/缺少 stock 所需的列/);
    await expect(importFile(await csv('a.txt', [PRODUCT_HEADER]))).rejects.toBeInstanceOf(ImportFileError);
  });
});

describe('stock import', () => {
  it('applies absolute counts per store through the stock-count service, as IMPORT movements; older counts are skipped', async () => {
    const file = await csv('stock.csv', [
      'storeId,sku,onHand,countedAt,reference',
      `1,${stocked.barcode},40,${ago(20)},`,
      `2,${stocked.barcode},30,${ago(20)},night-2`,
      `x,${stocked.barcode},30,${ago(20)},`,
      `1,NO-SUCH-SKU,30,${ago(20)},`,
    ]);
    const summary = await importFile(file);
    expect(summary).toMatchObject({ kind: 'stock', rows: 4, applied: 2, failed: 2 });
    expect(summary.report.map((r) => [r.line, r.code])).toEqual([
      [4, 'INVALID_STORE'],
      [5, 'UNKNOWN_PRODUCT'],
    ]);
    expect(await sql(`SELECT "storeId", "onHand" FROM "Inventory" WHERE "productId" = $1 AND "storeId" IN (1, 2) ORDER BY "storeId"`, [stocked.id])).toEqual([
      { storeId: 1, onHand: 40 },
      { storeId: 2, onHand: 30 },
    ]);
    expect(await sql(`SELECT "storeId", source, reference FROM "InventoryMovement" WHERE "productId" = $1 AND kind = 'COUNT' ORDER BY "storeId"`, [stocked.id])).toEqual([
      { storeId: 1, source: 'IMPORT', reference: 'import:stock.csv:2' },
      { storeId: 2, source: 'IMPORT', reference: 'night-2' },
    ]);
    const older = await csv('older.csv', ['storeId,sku,onHand,countedAt', `1,${stocked.barcode},99,${ago(25)}`]);
    expect(await importFile(older)).toMatchObject({ applied: 0, skipped: 1, failed: 0 });
    expect(await importFile(file)).toMatchObject({ applied: 0, skipped: 2, failed: 2 });
    expect(await sql(`SELECT "onHand" FROM "Inventory" WHERE "productId" = $1 AND "storeId" = 1`, [stocked.id])).toEqual([{ onHand: 40 }]);
  });
});

describe('prices import', () => {
  it('sets the chain’s and a store’s price through the prices service, schedules a later one, and reports what it refused', async () => {
    const [{ basePriceFen }] = await sql<{ basePriceFen: number }>(`SELECT "basePriceFen" FROM "Product" WHERE id = $1`, [stocked.id]);
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const file = await csv('prices.csv', [
      'sku,storeId,priceFen,memberPriceFen,effectiveAt,sourceUpdatedAt',
      `${stocked.barcode},,${basePriceFen + 10},,,${ago(10)}`,
      `${stocked.barcode},2,${basePriceFen + 20},${basePriceFen},,${ago(10)}`,
      `${stocked.barcode},,${basePriceFen + 30},,${later},${ago(10)}`,
      `${stocked.barcode},1,3.5,,,${ago(10)}`,
    ]);
    const summary = await importFile(file);
    expect(summary).toMatchObject({ kind: 'prices', rows: 4, applied: 3, failed: 1 });
    expect(summary.report.map((r) => [r.line, r.code])).toEqual([[5, 'PRICE_NOT_INTEGER_FEN']]);
    expect(await sql(`SELECT "basePriceFen", "memberPriceFen" FROM "Product" WHERE id = $1`, [stocked.id])).toEqual([{ basePriceFen: basePriceFen + 10, memberPriceFen: null }]);
    expect(await sql(`SELECT "priceFen", "memberPriceFen" FROM "StorePrice" WHERE "productId" = $1 AND "storeId" = 2`, [stocked.id])).toEqual([
      { priceFen: basePriceFen + 20, memberPriceFen: basePriceFen },
    ]);
    expect(await sql(`SELECT "priceFen", status::text FROM "PriceChange" WHERE "productId" = $1 AND "effectiveAt" = $2`, [stocked.id, later])).toEqual([
      { priceFen: basePriceFen + 30, status: 'PENDING' },
    ]);
    // The same file again changes nothing.
    expect(await importFile(file)).toMatchObject({ applied: 0, skipped: 3, failed: 1 });
  });
});

describe('npm run import', () => {
  it('runs against DATABASE_URL, draws progress on stderr, and exits 1 when rows failed (2 for a bad command)', async () => {
    const run = (args: string[]) =>
      promisify(execFile)('npm', ['run', '--silent', 'import', '--', ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: server.db.url, IMAGE_STORE_DIR: dir, NODE_ENV: 'test', INIT_CWD: ROOT },
      }).then(
        (done) => ({ code: 0, ...done }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const sample = await run(['docs/import-samples/products.csv', '--dry-run']);
    expect(sample).toMatchObject({ code: 0, stdout: expect.stringContaining('【演练，未写入】docs/import-samples/products.csv（products）：共 4 行，将导入 4') });
    expect(sample.stderr).toContain('100% 4/4');
    expect(await sql(`SELECT count(*)::int AS n FROM "Product" WHERE sku LIKE 'JC-%'`)).toEqual([{ n: 0 }]);
    // A dry run fetches and checks an image but keeps none; a failed row makes the exit code 1.
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } }).png().toBuffer();
    const images = createServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png));
    await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(images.address() as AddressInfo).port}/p.png`;
      const failing = await csv('cli.csv', [
        PRODUCT_HEADER,
        `IMP-C1,6900000800058,命令行,不存在的分类,瓶,,,,100,${ago(5)}`,
        `IMP-C2,6900000800065,命令行 有图,饮料,瓶,,${url},,100,${ago(5)}`,
      ]);
      const answer = await run([failing, '--dry-run']);
      expect(answer).toMatchObject({ code: 1, stdout: expect.stringContaining(`将导入 1，跳过 0（已是最新），失败 1\n逐行报告：${reportFileOf(failing)}`) });
      expect(await exists(join(dir, 'originals', imageId(png)))).toBe(false);
      // …where a kept one would be.
      await new ImageService(localImageStore(dir), '').upload(png);
      expect(await exists(join(dir, 'originals', imageId(png)))).toBe(true);
      expect(await sql(`SELECT count(*)::int AS n FROM "Product" WHERE sku LIKE 'IMP-C%'`)).toEqual([{ n: 0 }]);
    } finally {
      images.close();
    }
    expect(await run([])).toMatchObject({ code: 2, stderr: expect.stringContaining('用法') });
  }, 60_000);
});
