import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HQ_OPERATOR, DEMO_MANAGER_A } from '../../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer, type AuthTestServer, type SessionTokens } from '../../test/auth.ts';
import { isValidBarcode, type ProductContentInput } from './content.ts';

let server: AuthTestServer;
const actor = DEMO_HQ_OPERATOR.id;
const q = async <T = any>(sql: string, params: unknown[] = []) => (await server.db.pool.query(sql, params)).rows as T[];
const content = () => server.services.productContent;
const catalog = () => server.services.catalog;
/** The audit entries of a product, oldest first. */
const auditOf = (productId: number) =>
  q(`SELECT "actorUserId", "storeId", kind, before, after FROM "AuditEntry" WHERE kind = 'product.content' AND subject = $1 ORDER BY id`, [String(productId)]);

/** A small picture of one colour: each colour its own image id. */
const picture = (red: number) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: red, g: 80, b: 120 } } })
    .png()
    .toBuffer()
    .then((bytes) => server.services.images.upload(bytes));

/** A product stocked at store 1 with stock, and the form as head office would send it back unchanged. */
async function stockedProduct(): Promise<{ id: number; form: ProductContentInput }> {
  const [row] = await q(
    `SELECT p.* FROM "Product" p JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = 1
      WHERE p.active AND i."onHand" - i.reserved > 0 ORDER BY p.id LIMIT 1 OFFSET 3`,
  );
  return {
    id: row.id,
    form: { barcode: row.barcode, name: row.name, description: row.description, unit: row.unit, categoryId: row.categoryId, status: 'ACTIVE', featured: row.featured, imageIds: row.imageIds },
  };
}

/** A barcode no product has, with its check digit. */
function freshBarcode(serial: number): string {
  const body = `6931234${String(serial).padStart(5, '0')}`;
  for (let check = 0; check <= 9; check++) if (isValidBarcode(body + check)) return body + check;
  throw new Error('unreachable');
}

beforeAll(async () => {
  server = await startAuthTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('barcodes', () => {
  it('takes EAN-13, EAN-8, UPC-A and GTIN-14 with a correct check digit only', () => {
    expect(['6901234567892', '96385074', '036000291452', '10012345678902'].every(isValidBarcode)).toBe(true);
    expect(['6901234567893', '690123456789', '69012345678A2', '', '1234567'].some(isValidBarcode)).toBe(false);
  });
});

describe('product content (service)', () => {
  it('renames a product: the pinyin keys follow, and shoppers find it by the new name and pinyin', async () => {
    const { id, form } = await stockedProduct();
    const updated = await content().update(actor, id, { ...form, name: '  街角 特制   乌龙茶 ' });
    expect(updated).toMatchObject({ name: '街角 特制 乌龙茶', namePinyin: 'jiejiao tezhi wulongcha', nameInitials: 'jj tz wlc' });
    expect((await catalog().product(1, id)).product.name).toBe('街角 特制 乌龙茶');
    const hits = await catalog().search(1, 'tezhi wlc', {});
    expect(hits.nodes.map((node) => node.product.id)).toEqual([id]);
    // Audited in the same transaction: only what changed, before and after.
    expect(await auditOf(id)).toEqual([{ actorUserId: actor, storeId: null, kind: 'product.content', before: { name: form.name }, after: { name: '街角 特制 乌龙茶' } }]);
    // Saving the form unchanged changes nothing and records nothing.
    await content().update(actor, id, { ...form, name: '街角 特制 乌龙茶' });
    expect(await auditOf(id)).toHaveLength(1);
  });

  it('deactivates a product for shoppers everywhere and brings it back', async () => {
    const { id, form } = await stockedProduct();
    await content().update(actor, id, { ...form, status: 'INACTIVE' });
    await expect(catalog().product(1, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const page = await catalog().products(1, { first: 100 });
    expect(page.nodes.some((node) => node.product.id === id)).toBe(false);
    expect((await content().get(id)).active).toBe(false);
    await content().update(actor, id, { ...form, status: 'ACTIVE' });
    expect((await catalog().product(1, id)).product.active).toBe(true);
  });

  it('adds, reorders and removes images; the first is the main one', async () => {
    const { id, form } = await stockedProduct();
    const [a, b, c] = [await picture(10), await picture(20), await picture(30)];
    await content().update(actor, id, { ...form, imageIds: [a, b, c] });
    expect((await content().get(id)).imageIds).toEqual([a, b, c]);
    await content().update(actor, id, { ...form, imageIds: [c, a] });
    expect((await content().get(id)).imageIds).toEqual([c, a]);
    expect(await catalog().mainImageIds([id])).toEqual([c]);
  });

  it('creates a product with its pinyin keys and no store inventory', async () => {
    const image = await picture(40);
    const barcode = freshBarcode(1);
    const created = await content().create(
      actor,
      { barcode, name: '新品 桂花酒酿', description: '冷藏', unit: '杯', categoryId: 1, status: 'ACTIVE', featured: false, imageIds: [image] },
      1290,
    );
    expect(created).toMatchObject({ barcode, sku: barcode, name: '新品 桂花酒酿', namePinyin: 'xinpin guihuajiuniang', basePriceFen: 1290, active: true, imageIds: [image] });
    expect(await q(`SELECT * FROM "Inventory" WHERE "productId" = $1`, [created.id])).toEqual([]);
    expect(await q(`SELECT * FROM "StorePrice" WHERE "productId" = $1`, [created.id])).toEqual([]);
    const [entry] = await auditOf(created.id);
    expect(entry).toMatchObject({ actorUserId: actor, storeId: null, before: null, after: { barcode, name: '新品 桂花酒酿', status: 'ACTIVE', basePriceFen: 1290, imageIds: [image] } });
    expect((await catalog().search(1, 'guihua', {})).nodes).toEqual([]);
  });

  it('refuses bad content with a reason and a Chinese message, changing nothing', async () => {
    const { id, form } = await stockedProduct();
    const [other] = await q(`SELECT barcode FROM "Product" WHERE id <> $1 ORDER BY id LIMIT 1`, [id]);
    const before = await q(`SELECT * FROM "Product" WHERE id = $1`, [id]);
    const entries = (await auditOf(id)).length;
    const cases: Array<[Partial<ProductContentInput>, string]> = [
      [{ name: '  ' }, 'NAME_LENGTH'],
      [{ name: '长'.repeat(41) }, 'NAME_LENGTH'],
      [{ unit: '' }, 'UNIT_LENGTH'],
      [{ description: '字'.repeat(501) }, 'DESCRIPTION_LENGTH'],
      [{ barcode: '6901234567893' }, 'BARCODE_INVALID'],
      [{ barcode: other.barcode }, 'BARCODE_TAKEN'],
      [{ categoryId: 9999 }, 'UNKNOWN_CATEGORY'],
      [{ imageIds: ['0'.repeat(64)] }, 'UNKNOWN_IMAGE'],
      [{ imageIds: ['not-an-id'] }, 'UNKNOWN_IMAGE'],
      [{ imageIds: Array.from({ length: 10 }, (_, i) => String(i).repeat(64)) }, 'TOO_MANY_IMAGES'],
    ];
    for (const [change, reason] of cases) {
      const error = await content().update(actor, id, { ...form, ...change }).catch((e: unknown) => e);
      expect(error, reason).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason } });
      expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
    }
    const image = await picture(50);
    await expect(content().update(actor, id, { ...form, imageIds: [image, image] })).rejects.toMatchObject({ details: { reason: 'DUPLICATE_IMAGE' } });
    await expect(content().create(actor, { ...form, barcode: freshBarcode(2) }, 0)).rejects.toMatchObject({ details: { reason: 'PRICE_OUT_OF_RANGE' } });
    await expect(content().update(actor, 999_999, form)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await q(`SELECT * FROM "Product" WHERE id = $1`, [id])).toEqual(before);
    expect(await auditOf(id)).toHaveLength(entries);
    expect(await q(`SELECT count(*)::int AS n FROM "Product" WHERE barcode = $1`, [freshBarcode(2)])).toEqual([{ n: 0 }]);
  });

  it('gives a barcode to one of two products created with it at once', async () => {
    const barcode = freshBarcode(3);
    const form: ProductContentInput = { barcode, name: '并发 新品', description: '', unit: '瓶', categoryId: 1, status: 'ACTIVE', featured: false, imageIds: [] };
    const results = await Promise.allSettled([content().create(actor, form, 300), content().create(actor, { ...form, name: '并发 新品二' }, 300)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'barcode', reason: 'BARCODE_TAKEN' } });
    expect(await q(`SELECT count(*)::int AS n FROM "Product" WHERE barcode = $1`, [barcode])).toEqual([{ n: 1 }]);
  });

  it('lists the chain’s products, inactive ones too, by name, pinyin initials or barcode', async () => {
    const { id, form } = await stockedProduct();
    await content().update(actor, id, { ...form, name: '搜索 测试 甜豆花', status: 'INACTIVE' });
    for (const query of ['甜豆花', 'tdh', 'doUHua', form.barcode]) {
      expect((await content().list({ query })).nodes.map((p) => p.id), query).toContain(id);
    }
    const first = await content().list({ first: 2 });
    const next = await content().list({ first: 2, after: first.pageInfo.endCursor });
    expect(next.nodes[0]!.id).toBeGreaterThan(first.nodes[1]!.id);
    const choices = await content().categories();
    expect(choices[1]!.path).toContain(' / ');
  });
});

describe('product content over HTTP', () => {
  const FIELDS = 'id barcode name status categoryPath basePriceFen priceBandMinFen priceBandMaxFen images { id thumb large }';
  const UPDATE = `mutation($id: ID!, $input: ProductContentInput!) { updateProduct(id: $id, input: $input) { ${FIELDS} } }`;
  const CREATE = `mutation($input: ProductContentInput!, $price: Int!) { createProduct(input: $input, basePriceFen: $price) { ${FIELDS} } }`;
  const LIST = `query($query: String) { catalogProducts(query: $query, first: 5) { nodes { ${FIELDS} } pageInfo { hasNextPage } } }`;
  let operator: SessionTokens;
  let manager: SessionTokens;
  beforeAll(async () => {
    operator = await server.signIn(DEMO_HQ_OPERATOR.openid);
    manager = await server.signIn(DEMO_MANAGER_A.openid);
  });
  const asInput = (form: ProductContentInput) => ({ ...form, categoryId: String(form.categoryId) });

  it('lets head office’s operator edit and create; a store manager is refused and changes nothing', async () => {
    const { id, form } = await stockedProduct();
    const listed = await server.gql(LIST, { query: form.barcode }, server.bearer(operator));
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.catalogProducts.nodes).toEqual([expect.objectContaining({ id: String(id), barcode: form.barcode })]);
    // The band head office set for stores' prices comes with the product, for 商品's band editor.
    const [band] = (await server.db.pool.query(`SELECT "priceBandMinFen", "priceBandMaxFen" FROM "Product" WHERE id = $1`, [id])).rows;
    expect(listed.data!.catalogProducts.nodes[0]).toMatchObject({ priceBandMinFen: band.priceBandMinFen, priceBandMaxFen: band.priceBandMaxFen });

    const refused = await server.gql(UPDATE, { id: String(id), input: asInput({ ...form, name: '店长改的名字' }) }, server.bearer(manager));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED', permission: 'CATALOG' });
    expect((await content().get(id)).name).toBe(form.name);

    const image = await picture(60);
    const updated = await server.gql(UPDATE, { id: String(id), input: asInput({ ...form, name: '总部 改名 测试', imageIds: [image] }) }, server.bearer(operator));
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateProduct).toMatchObject({ name: '总部 改名 测试', status: 'ACTIVE', images: [{ id: image, thumb: `/images/${image}/thumb-240`, large: `/images/${image}/large-750` }] });
    const shopperSees = await server.gql(`{ storeProduct(storeId: "1", productId: "${id}") { name image { thumb } } }`);
    expect(shopperSees.data!.storeProduct).toEqual({ name: '总部 改名 测试', image: { thumb: `/images/${image}/thumb-240` } });

    const created = await server.gql(CREATE, { input: asInput({ ...form, barcode: freshBarcode(4), name: 'HTTP 新品' }), price: 450 }, server.bearer(operator));
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProduct).toMatchObject({ name: 'HTTP 新品', basePriceFen: 450 });
  });

  it('answers bad content with BAD_USER_INPUT, its field and reason, in Chinese', async () => {
    const { id, form } = await stockedProduct();
    const [other] = await q(`SELECT barcode FROM "Product" WHERE id <> $1 ORDER BY id LIMIT 1`, [id]);
    const taken = await server.gql(UPDATE, { id: String(id), input: asInput({ ...form, barcode: other.barcode }) }, server.bearer(operator));
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'barcode', reason: 'BARCODE_TAKEN' });
    expect(taken.errors?.[0]?.message).toBe(`条码 ${other.barcode} 已被其他商品使用`);
    const badId = await server.gql(UPDATE, { id: 'x', input: asInput(form) }, server.bearer(operator));
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const unknown = await server.gql(UPDATE, { id: '999999', input: asInput(form) }, server.bearer(operator));
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
