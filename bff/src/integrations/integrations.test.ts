import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { DEMO_MEMBER_CARD } from '../../../prisma/seed/demo-accounts.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { codeOf, demoCaller, handOver, ok, payWithStoredValue, placeOrder, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';
import { CREATE_INTEGRATION_CLIENT as CREATE, signedPost, type Credential, type SendOptions } from '../../test/integration-client.ts';

let server: TestServer;
let admin: Caller;
let erp: Credential;
let tillA: Credential & { client: { storeId: string | null } };

async function sql<T = Record<string, any>>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await server.db.pool.query(text, values)).rows as T[];
}

const onHandOf = async (productId: number, storeId = 1) =>
  (await sql<{ onHand: number }>(`SELECT "onHand" FROM "Inventory" WHERE "storeId" = $1 AND "productId" = $2`, [storeId, productId]))[0]!.onHand;

/** A product stocked at store 1 with nothing reserved, set to `onHand`, not used by another test. */
const usedProducts = new Set<number>();
async function freshProduct(onHand: number, maxPriceFen = 100_000): Promise<{ id: number; barcode: string }> {
  const rows = await sql<{ id: number; barcode: string }>(
    `SELECT p.id, p.barcode FROM "Product" p JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = 1
      WHERE p.active AND i.reserved = 0 AND p."basePriceFen" <= $1 AND p.id <> ALL($2::int[]) ORDER BY p.id LIMIT 1`,
    [maxPriceFen, [...usedProducts, 1, 20]],
  );
  const product = rows[0]!;
  usedProducts.add(product.id);
  await sql(`UPDATE "Inventory" SET "onHand" = $2 WHERE "storeId" = 1 AND "productId" = $1`, [product.id, onHand]);
  return product;
}

const send = (cred: Credential, path: string, body: unknown, options: SendOptions = {}) => signedPost(server.url, cred, path, body, options);

const receipt = (receiptId: string, lines: Array<{ sku?: string; productId?: number; quantity: number; amountFen?: number }>, extra: Record<string, unknown> = {}) => ({
  receiptId,
  soldAt: new Date(Date.now() - 60_000).toISOString(),
  lines: lines.map((line) => ({ amountFen: 350, ...line })),
  ...extra,
});

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ...UNLIMITED_RATES } });
  admin = await demoCaller(server.gql, 'demo-hq-admin');
  erp = (await ok(admin, CREATE, { name: '总部ERP' })).createIntegrationClient;
  tillA = (await ok(admin, CREATE, { name: '1号店收银', storeId: '1' })).createIntegrationClient;
});

afterAll(async () => {
  await server?.close();
});

describe('integration clients (head office, GraphQL)', () => {
  it('shows the secret only when created, audits create, rotate and revoke, and is head office only', async () => {
    expect(tillA.client.storeId).toBe('1');
    expect(tillA.secret.length).toBeGreaterThanOrEqual(40);
    const { integrationClients } = await ok(admin, `{ integrationClients { id name storeId keys { id active } } }`);
    expect(JSON.stringify(integrationClients)).not.toContain(tillA.secret);
    const stored = await sql<{ secretCipher: Buffer }>(`SELECT "secretCipher" FROM "IntegrationKey" WHERE id = $1`, [tillA.keyId]);
    expect(stored[0]!.secretCipher.toString('latin1')).not.toContain(tillA.secret);

    const manager = await demoCaller(server.gql, 'demo-manager-a');
    expect(codeOf(await manager(CREATE, { name: '越权', storeId: '1' }))).toBe('FORBIDDEN');

    const temp: Credential = (await ok(admin, CREATE, { name: '临时', storeId: '2' })).createIntegrationClient;
    const rotated = (await ok(admin, `mutation($c: ID!) { rotateIntegrationKey(clientId: $c, overlapHours: 1) { keyId secret } }`, { c: temp.client.id })).rotateIntegrationKey;
    await ok(admin, `mutation($k: ID!) { revokeIntegrationKey(keyId: $k) { id active } }`, { k: rotated.keyId });
    const kinds = await sql<{ kind: string }>(`SELECT kind FROM "AuditEntry" WHERE subject = $1 ORDER BY id`, [temp.client.id]);
    expect(kinds.map((k) => k.kind)).toEqual(['integration.client_create', 'integration.key_rotate', 'integration.key_revoke']);
  });
});

describe('signed requests', () => {
  it('refuses missing, wrong, stale, replayed, tampered, revoked and out-of-scope requests, changing nothing', async () => {
    const product = await freshProduct(10);
    const body = { receipts: [receipt(`R-${randomUUID().slice(0, 8)}`, [{ sku: product.barcode, quantity: 1 }])] };
    const path = '/stores/1/receipts';

    const unsigned = await fetch(`${server.url}/integrations/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect([unsigned.status, ((await unsigned.json()) as { code: string }).code]).toEqual([401, 'SIGNATURE_REQUIRED']);
    expect(await send(tillA, path, body, { secret: 'not-the-secret' })).toMatchObject({ status: 401, body: { code: 'BAD_SIGNATURE' } });
    expect(await send(tillA, path, body, { timestamp: String(Math.floor(Date.now() / 1000) - 301) })).toMatchObject({ status: 401, body: { code: 'TIMESTAMP_OUT_OF_WINDOW' } });
    expect(await send(tillA, path, body, { tamperedBody: JSON.stringify({ receipts: [] }) })).toMatchObject({ status: 401, body: { code: 'BAD_SIGNATURE' } });
    expect(await send(tillA, '/stores/2/receipts', body)).toMatchObject({ status: 403, body: { code: 'STORE_OUT_OF_SCOPE' } });
    expect(await onHandOf(product.id)).toBe(10);

    // The very same signed request twice: the second is a replay.
    const nonce = `n${randomUUID().replaceAll('-', '')}`;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const idempotencyKey = `k-${randomUUID()}`;
    expect((await send(tillA, path, body, { nonce, timestamp, idempotencyKey })).status).toBe(200);
    expect(await send(tillA, path, body, { nonce, timestamp, idempotencyKey })).toMatchObject({ status: 401, body: { code: 'NONCE_REUSED' } });
    expect(await onHandOf(product.id)).toBe(9);

    // The ERP acts for any store.
    expect((await send(erp, '/stores/2/stock-counts', { counts: [{ sku: product.barcode, onHand: 5, countedAt: new Date().toISOString() }] })).status).toBe(200);
  });

  it('rotates with an overlap (both keys sign until the old one expires) and honours revocation', async () => {
    const created: Credential = (await ok(admin, CREATE, { name: '轮换测试', storeId: '1' })).createIntegrationClient;
    const counts = async (cred: Credential) => send(cred, '/stores/1/stock-counts', { policy: 'partial', counts: [{ productId: 999999, onHand: 1, countedAt: new Date().toISOString() }] });
    const rotate = async (overlapHours: number) =>
      (await ok(admin, `mutation($c: ID!, $h: Int) { rotateIntegrationKey(clientId: $c, overlapHours: $h) { keyId secret client { id } } }`, { c: created.client.id, h: overlapHours }))
        .rotateIntegrationKey as Credential;
    const second = await rotate(1);
    expect((await counts(created)).status).toBe(200);
    expect((await counts(second)).status).toBe(200);
    const third = await rotate(0);
    expect(await counts(created)).toMatchObject({ status: 401, body: { code: 'KEY_EXPIRED' } });
    expect(await counts(second)).toMatchObject({ status: 401, body: { code: 'KEY_EXPIRED' } });
    expect((await counts(third)).status).toBe(200);
    await ok(admin, `mutation($k: ID!) { revokeIntegrationKey(keyId: $k) { id } }`, { k: third.keyId });
    expect(await counts(third)).toMatchObject({ status: 401, body: { code: 'KEY_REVOKED' } });
  });
});

describe('till receipts', () => {
  it('a till sale of the last unit makes the product sold out online on the next request, recorded as a sourced SALE', async () => {
    const product = await freshProduct(1);
    const shopper = await demoCaller(server.gql, 'demo-shopper');
    const before = await ok(shopper, `query($p: ID!) { storeProduct(storeId: "1", productId: $p) { available } }`, { p: String(product.id) });
    expect(before.storeProduct.available).toBe(1);
    const receiptId = `R-${randomUUID().slice(0, 8)}`;
    const answer = await send(tillA, '/stores/1/receipts', { receipts: [receipt(receiptId, [{ sku: product.barcode, quantity: 1 }])] });
    expect(answer).toMatchObject({ status: 200, body: { applied: 1, failed: 0, rows: [{ index: 0, ref: receiptId, status: 'APPLIED' }] } });
    const after = await ok(shopper, `query($p: ID!) { storeProduct(storeId: "1", productId: $p) { available } }`, { p: String(product.id) });
    expect(after.storeProduct.available).toBe(0);
    const quote = await shopper(`query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`, {
      input: { storeId: '1', items: [{ productId: String(product.id), quantity: 1 }], fulfilment: 'PICKUP' },
    });
    expect(codeOf(quote)).toBe('OUT_OF_STOCK');
    const movements = await sql(`SELECT kind, "onHandFrom", "onHandTo", source, reference FROM "InventoryMovement" WHERE "storeId" = 1 AND "productId" = $1`, [product.id]);
    expect(movements).toEqual([{ kind: 'SALE', onHandFrom: 1, onHandTo: 0, source: 'TILL', reference: receiptId }]);
  });

  it('a till sale against reserved units surfaces the order to staff as short; available stays at zero', async () => {
    const product = await freshProduct(3, 800);
    const member = await demoCaller(server.gql, 'demo-member');
    const order = await placeOrder(member, { items: [{ productId: String(product.id), quantity: 2 }] });
    await payWithStoredValue(member, order.id);
    const clerk = await demoCaller(server.gql, 'demo-clerk-a');
    const queue = async () => {
      const { staffOrderQueue } = await ok(clerk, `{ staffOrderQueue(storeId: "1") { entries { short order { id items { productId shortQuantity } } } } }`);
      return staffOrderQueue.entries.find((e: { order: { id: string } }) => e.order.id === order.id);
    };
    expect(await queue()).toMatchObject({ short: false, order: { items: [{ shortQuantity: 0 }] } });

    // Sold 2 at the till: 1 left on the shelf for an order holding 2.
    const sale = await send(tillA, '/stores/1/receipts', { receipts: [receipt(`R-${randomUUID().slice(0, 8)}`, [{ productId: product.id, quantity: 2 }])] });
    expect(sale.status).toBe(200);
    const stock = (await sql(`SELECT "onHand", reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" = $1`, [product.id]))[0];
    expect(stock).toEqual({ onHand: 1, reserved: 2 });
    expect(await queue()).toMatchObject({ short: true, order: { items: [{ shortQuantity: 1 }] } });
    const { storeProduct } = await ok(member, `query($p: ID!) { storeProduct(storeId: "1", productId: $p) { available } }`, { p: String(product.id) });
    expect(storeProduct.available).toBe(0);

    // Marking the product out of stock never raises on-hand back up to the reservations.
    const marked = await ok(clerk, `mutation($p: ID!) { staffMarkOutOfStock(storeId: "1", productId: $p, reason: "货架已空") { onHand available } }`, { p: String(product.id) });
    expect(marked.staffMarkOutOfStock).toEqual({ onHand: 1, available: 0 });

    // A count that finds the shelf full again clears it.
    expect((await send(erp, '/stores/1/stock-counts', { counts: [{ productId: product.id, onHand: 6, countedAt: new Date().toISOString() }] })).body.rows[0]).toMatchObject({ status: 'APPLIED', onHand: 6 });
    expect(await queue()).toMatchObject({ short: false, order: { items: [{ shortQuantity: 0 }] } });
  });

  it('an order handed over although a till sale left it short takes on-hand to zero, not below', async () => {
    const product = await freshProduct(2, 800);
    const member = await demoCaller(server.gql, 'demo-member');
    const order = await placeOrder(member, { items: [{ productId: String(product.id), quantity: 2 }] });
    await payWithStoredValue(member, order.id);
    await send(tillA, '/stores/1/receipts', { receipts: [receipt(`R-${randomUUID().slice(0, 8)}`, [{ productId: product.id, quantity: 2 }])] });
    await handOver(member, await demoCaller(server.gql, 'demo-clerk-a'), order.id);
    expect((await sql(`SELECT "onHand", reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" = $1`, [product.id]))[0]).toEqual({ onHand: 0, reserved: 0 });
    const last = await sql(`SELECT kind, "onHandFrom", "onHandTo", source FROM "InventoryMovement" WHERE "storeId" = 1 AND "productId" = $1 ORDER BY id DESC LIMIT 1`, [product.id]);
    expect(last).toEqual([{ kind: 'SALE', onHandFrom: 0, onHandTo: 0, source: null }]);
  });

  it('applies a receipt once, earns the member points once, and refuses a receipt id reused with other contents', async () => {
    const product = await freshProduct(20);
    const points = async () => (await sql<{ pointsBalance: number }>(`SELECT "pointsBalance" FROM "Member" WHERE id = $1`, [DEMO_MEMBER_CARD.id]))[0]!.pointsBalance;
    const startPoints = await points();
    const receiptId = `R-${randomUUID().slice(0, 8)}`;
    const first = receipt(receiptId, [{ sku: product.barcode, quantity: 2, amountFen: 1000 }], { memberCardNo: DEMO_MEMBER_CARD.cardNo });
    const applied = await send(tillA, '/stores/1/receipts', { receipts: [first] });
    expect(applied.body.rows[0]).toMatchObject({ status: 'APPLIED', pointsEarned: expect.any(Number) });
    const earned = applied.body.rows[0].pointsEarned as number;
    expect(earned).toBeGreaterThan(0);
    expect(await points()).toBe(startPoints + earned);

    // The same receipt in another batch (a retry with a new Idempotency-Key, or reordered): nothing changes.
    const again = await send(tillA, '/stores/1/receipts', { receipts: [first] });
    expect(again.body.rows[0]).toMatchObject({ status: 'ALREADY_APPLIED' });
    const conflicting = await send(tillA, '/stores/1/receipts', { receipts: [{ ...first, lines: [{ sku: product.barcode, quantity: 5, amountFen: 2500 }] }] });
    expect(conflicting).toMatchObject({ status: 422, body: { rows: [{ status: 'FAILED', code: 'RECEIPT_CONFLICT' }] } });
    expect(await onHandOf(product.id)).toBe(18);
    expect(await points()).toBe(startPoints + earned);
    expect(await sql(`SELECT "staffUserId", "amountFen" FROM "TillReceipt" WHERE "storeId" = 1 AND "receiptNo" = $1`, [receiptId])).toEqual([{ staffUserId: null, amountFen: 1000 }]);
  });

  it('atomic rejects the whole batch on one bad row; partial applies the good rows and reports the bad', async () => {
    const product = await freshProduct(10);
    const batch = (policy: string) => ({
      policy,
      receipts: [receipt(`R-${randomUUID().slice(0, 8)}`, [{ sku: product.barcode, quantity: 1 }]), receipt(`R-${randomUUID().slice(0, 8)}`, [{ sku: 'NO-SUCH-SKU', quantity: 1 }]), { receiptId: 'bad id!' }],
    });
    const atomic = await send(tillA, '/stores/1/receipts', batch('atomic'));
    expect(atomic.status).toBe(422);
    expect(atomic.body.rows.map((r: { code: string }) => r.code)).toEqual(['BATCH_REJECTED', 'UNKNOWN_PRODUCT', 'INVALID_RECEIPT_ID']);
    expect(await onHandOf(product.id)).toBe(10);
    const partial = await send(tillA, '/stores/1/receipts', batch('partial'));
    expect(partial).toMatchObject({ status: 200, body: { applied: 1, failed: 2 } });
    expect(partial.body.rows.map((r: { status: string }) => r.status)).toEqual(['APPLIED', 'FAILED', 'FAILED']);
    expect(await onHandOf(product.id)).toBe(9);
    expect(await send(tillA, '/stores/1/receipts', { receipts: Array.from({ length: 1001 }, (_, i) => receipt(`R${i}`, [{ sku: product.barcode, quantity: 1 }])) })).toMatchObject({
      status: 400,
      body: { code: 'INVALID_BATCH' },
    });
  });

  it('with one Idempotency-Key, concurrent duplicate requests apply once and all get the same answer', async () => {
    const product = await freshProduct(50);
    const idempotencyKey = `k-${randomUUID()}`;
    const body = { receipts: [receipt(`R-${randomUUID().slice(0, 8)}`, [{ sku: product.barcode, quantity: 3 }])] };
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(tillA, '/stores/1/receipts', body, { idempotencyKey })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(answers[0]!.body.rows[0].status).toBe('APPLIED');
    expect(await onHandOf(product.id)).toBe(47);
    expect(await sql(`SELECT count(*)::int AS n FROM "InventoryMovement" WHERE "storeId" = 1 AND "productId" = $1`, [product.id])).toEqual([{ n: 1 }]);
    // The same key with another request is refused.
    expect(await send(tillA, '/stores/1/receipts', { receipts: [receipt('R-other', [{ sku: product.barcode, quantity: 1 }])] }, { idempotencyKey })).toMatchObject({
      status: 409,
      body: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
  });
});

describe('stock counts', () => {
  it('replays movements after the count time on top, skips older counts, and a reordered or replayed batch changes nothing', async () => {
    const product = await freshProduct(10);
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    // Sold at 4 minutes ago, received now; a count taken 5 minutes ago arrives after it.
    const sale = await send(tillA, '/stores/1/receipts', { receipts: [{ ...receipt(`R-${randomUUID().slice(0, 8)}`, [{ sku: product.barcode, quantity: 3 }]), soldAt: at(4) }] });
    expect(sale.status).toBe(200);
    expect(await onHandOf(product.id)).toBe(7);
    const count = { counts: [{ sku: product.barcode, onHand: 20, countedAt: at(5), reference: 'stocktake-1' }] };
    const applied = await send(erp, '/stores/1/stock-counts', count);
    expect(applied.body.rows[0]).toMatchObject({ status: 'APPLIED', onHand: 17, replayed: -3 });
    expect(await onHandOf(product.id)).toBe(17);

    // A sale that happened before the count is in the count already: it is not replayed later.
    await send(tillA, '/stores/1/receipts', { receipts: [{ ...receipt(`R-${randomUUID().slice(0, 8)}`, [{ sku: product.barcode, quantity: 1 }]), soldAt: at(3) }] });
    expect(await onHandOf(product.id)).toBe(16);
    // One sold before the count but received only now: the count left it out already; the sale is still recorded.
    const late = `R-${randomUUID().slice(0, 8)}`;
    const lateSale = await send(tillA, '/stores/1/receipts', { receipts: [{ ...receipt(late, [{ sku: product.barcode, quantity: 2 }]), soldAt: at(6) }] });
    expect(lateSale.body.rows[0]).toMatchObject({ status: 'APPLIED' });
    expect(await onHandOf(product.id)).toBe(16);
    expect(await sql(`SELECT "onHandFrom", "onHandTo", reason FROM "InventoryMovement" WHERE reference = $1`, [late])).toEqual([
      { onHandFrom: 16, onHandTo: 16, reason: `门店收银 小票${late} 售出2（盘点时已计入）` },
    ]);

    // The same count again, and an older one, in a new request: skipped and reported.
    const older = { counts: [{ sku: product.barcode, onHand: 99, countedAt: at(9) }, ...count.counts] };
    const stale = await send(erp, '/stores/1/stock-counts', older);
    expect(stale.status).toBe(200);
    expect(stale.body.rows.map((r: { status: string; code: string }) => [r.status, r.code])).toEqual([
      ['SKIPPED_STALE', 'STALE_COUNT'],
      ['SKIPPED_STALE', 'STALE_COUNT'],
    ]);
    expect(await onHandOf(product.id)).toBe(16);
    const movement = (await sql(`SELECT source, reference, "occurredAt" FROM "InventoryMovement" WHERE "productId" = $1 AND kind = 'COUNT'`, [product.id]))[0];
    expect(movement).toMatchObject({ source: 'ERP', reference: 'stocktake-1' });
  });
});

describe('housekeeping', () => {
  it('forgets nonces once they are outside the window, and stored answers after a day', async () => {
    await sql(
      `INSERT INTO "IntegrationNonce" ("keyId", nonce, "createdAt") VALUES ($1, 'old-nonce-000000000', now() - interval '11 minutes'), ($1, 'new-nonce-000000000', now())`,
      [tillA.keyId],
    );
    await sql(
      `INSERT INTO "IntegrationRequest" ("clientId", "idempotencyKey", "requestHash", "createdAt") VALUES ($1, 'old-key-0', 'x', now() - interval '25 hours'), ($1, 'new-key-0', 'x', now())`,
      [tillA.client.id],
    );
    await server.services.integrations.cleanup();
    expect((await sql(`SELECT nonce FROM "IntegrationNonce" WHERE nonce LIKE '%-nonce-000000000'`)).map((r) => r.nonce)).toEqual(['new-nonce-000000000']);
    expect((await sql(`SELECT "idempotencyKey" FROM "IntegrationRequest" WHERE "idempotencyKey" LIKE '%-key-0'`)).map((r) => r.idempotencyKey)).toEqual(['new-key-0']);
  });
});

describe('OpenAPI document', () => {
  it('describes every endpoint the server answers, and answers validate against its schemas', async () => {
    const response = await fetch(`${server.url}/integrations/v1/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as any;
    expect(doc.openapi).toMatch(/^3\./);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
    const validate = (name: string, value: unknown) => {
      const check = ajv.compile({ $ref: `#/components/schemas/${name}` });
      expect(check(value), JSON.stringify(check.errors)).toBe(true);
    };
    const product = await freshProduct(5);
    for (const [path, item] of Object.entries(doc.paths) as Array<[string, any]>) {
      if (!item.post) continue;
      const concrete = path.replace('{storeId}', '1');
      // Every documented path exists (an unsigned call is refused as documented, not 404).
      const unsigned = await fetch(`${server.url}/integrations/v1${concrete}`, { method: 'POST', body: '{}' });
      expect(unsigned.status).toBe(401);
      validate('Error', await unsigned.json());
      const field = Object.keys(item.post.requestBody.content['application/json'].schema.properties).find((key) => key !== 'policy')!;
      const [caller, row] = {
        receipts: [tillA, receipt(`R-${randomUUID().slice(0, 8)}`, [{ sku: product.barcode, quantity: 1 }])],
        counts: [tillA, { sku: product.barcode, onHand: 4, countedAt: new Date().toISOString() }],
        prices: [erp, { sku: product.barcode, storeId: 1, priceFen: 350, memberPriceFen: null, sourceUpdatedAt: new Date().toISOString() }],
        products: [erp, { sku: 'OPENAPI-1', barcode: '6901234567892', name: '文档 样品', category: '饮料', unit: '瓶', basePriceFen: 300, sourceUpdatedAt: new Date().toISOString() }],
      }[field as 'receipts' | 'counts' | 'prices' | 'products'] as [Credential, object];
      const requestCheck = ajv.compile(item.post.requestBody.content['application/json'].schema);
      expect(requestCheck({ [field]: [row] }), JSON.stringify(requestCheck.errors)).toBe(true);
      const answer = await send(caller, concrete, { policy: 'partial', [field]: [row, { bad: true }] });
      expect(answer.body.rows[0].status, JSON.stringify(answer.body)).toBe('APPLIED');
      expect(Object.keys(item.post.responses)).toContain(String(answer.status));
      validate('BatchResult', answer.body);
    }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/stores/{storeId}/receipts', '/stores/{storeId}/stock-counts', '/prices', '/products']));
    // A till key on chain-wide data is refused as documented.
    const refused = await send(tillA, '/products', { products: [] });
    expect(refused).toMatchObject({ status: 403, body: { code: 'CHAIN_SCOPE_REQUIRED' } });
    expect(Object.keys(doc.paths['/products'].post.responses)).toContain('403');
    validate('Error', refused.body);
  });
});
