import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postReceipts } from '../../../mocks/src/till/client.ts';
import { CLOSES_AT_MINUTE, planDay, type DayPlanInput } from '../../../mocks/src/till/day.ts';
import { startErpReceiver, type ErpReceiver } from '../../../mocks/src/till/erp-receiver.ts';
import { TillReplay } from '../../../mocks/src/till/replay.ts';
import { DEMO_MEMBER_CARD } from '../../../prisma/seed/demo-accounts.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { UNLIMITED_RATES } from '../../test/shop.ts';
import { checkConsistency } from '../consistency/service.ts';
import { withTransaction } from '../db/transaction.ts';
import { earnForTillReceipt } from '../staff/service.ts';
import { createLogger } from '../logger.ts';
import { DEMO_ERP_NAME, provisionDemoIntegrations, type DemoIntegrations } from './demo.ts';

let server: TestServer;
let receiver: ErpReceiver;
let demo: DemoIntegrations;
let dir: string;
let file: string;

const sql = async <T = Record<string, any>>(text: string, values: unknown[] = []) => (await server.db.pool.query(text, values)).rows as T[];
const provision = () =>
  provisionDemoIntegrations({ pool: server.db.pool, integrations: server.services.integrations, file, erpWebhookUrl: receiver.webhookUrl, logger: createLogger('silent') });

async function available(productId: number): Promise<number> {
  const { data } = await server.gql<{ storeProduct: { available: number } }>(`query($p: ID!) { storeProduct(storeId: "1", productId: $p) { available } }`, { p: String(productId) });
  return data!.storeProduct.available;
}

/** Sends due webhooks until none is left, as the BFF's job would over a few rounds. */
async function deliverAll(): Promise<void> {
  for (;;) {
    const { delivered, failed } = await server.services.integrations.deliverWebhooks();
    expect(failed).toBe(0);
    if (delivered === 0) return;
  }
}

beforeAll(async () => {
  server = await startTestServer({ env: { INTEGRATION_WEBHOOK_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  dir = await mkdtemp(join(tmpdir(), 'till-standin-'));
  file = join(dir, 'demo-integrations.json');
  receiver = await startErpReceiver({ credential: () => demo?.erp ?? null });
  demo = (await provision())!;
});

afterAll(async () => {
  await receiver?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the till and ERP stand-in against the BFF', () => {
  it('replays a day at store 1: availability drops and a popular product sells out', async () => {
    const replay = new TillReplay({ bffUrl: server.url, demo, dayMinutes: 1, seed: 1, storeIds: [1], runId: 'test', receiptsPerDay: 150 });
    const plan = replay.planOf(1);
    const sold = new Map<string, number>();
    for (const line of plan.flatMap((receipt) => receipt.lines)) sold.set(line.sku, (sold.get(line.sku) ?? 0) + line.quantity);
    const [topSku, topQuantity] = [...sold].sort((a, b) => b[1] - a[1])[0]!;
    const [otherSku, otherQuantity] = [...sold].find(([sku, quantity]) => sku !== topSku && quantity >= 2)!;
    expect(topQuantity).toBeGreaterThan(3);
    const idOf = async (sku: string) => (await sql<{ id: number }>(`SELECT id FROM "Product" WHERE barcode = $1`, [sku]))[0]!.id;
    const top = await idOf(topSku);
    const other = await idOf(otherSku);
    // Three on the shelf beyond what open orders hold: the day's sales take them all.
    await sql(`UPDATE "Inventory" SET "onHand" = reserved + 3 WHERE "storeId" = 1 AND "productId" = $1`, [top]);
    await sql(`UPDATE "Inventory" SET "onHand" = reserved + 100 WHERE "storeId" = 1 AND "productId" = $1`, [other]);
    expect(await available(top)).toBe(3);
    expect(await available(other)).toBe(100);

    await replay.sendUntil(CLOSES_AT_MINUTE);
    expect(replay.stats).toMatchObject({ receiptsSent: plan.length, failedRows: 0, requestErrors: 0 });
    expect(await available(top)).toBe(0);
    expect(await available(other)).toBe(100 - otherQuantity);
    expect((await sql(`SELECT count(*)::int AS n FROM "IntegrationReceipt" WHERE "storeId" = 1 AND "receiptId" LIKE 'T1-test-0-%'`))[0]!.n).toBe(plan.length);
    expect((await sql(`SELECT count(*)::int AS n FROM "TillReceipt" WHERE "storeId" = 1 AND "receiptNo" LIKE 'T1-test-0-%'`))[0]!.n).toBe(plan.filter((r) => r.memberCardNo).length);

    expect(await checkConsistency(server.db.pool)).toEqual([]);
  });

  it('receives each ERP webhook once per event id, a redelivery included, and refuses unsigned ones', async () => {
    await deliverAll();
    const delivered = await sql<{ eventId: string }>(
      `SELECT d."eventId" FROM "IntegrationDelivery" d WHERE d."clientId" = $1 AND d.status = 'DELIVERED'`,
      [demo.erp.clientId],
    );
    expect(delivered.length).toBeGreaterThan(100);
    expect(receiver.seen.size).toBe(delivered.length);
    expect(new Set(receiver.seen.keys())).toEqual(new Set(delivered.map((d) => d.eventId)));
    expect([...receiver.seen.values()].every((times) => times === 1)).toBe(true);
    expect(receiver.kinds.get('stock.movement')).toBe(delivered.length);

    // An answer lost on the way back: the outbox sends the event again, the ERP takes it once.
    const resent = delivered[0]!.eventId;
    await sql(`UPDATE "IntegrationDelivery" SET status = 'PENDING', "nextAttemptAt" = now() - interval '1 second' WHERE "eventId" = $1`, [resent]);
    await deliverAll();
    expect(receiver.seen.get(resent)).toBe(2);
    expect(receiver.kinds.get('stock.movement')).toBe(delivered.length);

    const refusedBefore = receiver.refused;
    const forged = await fetch(receiver.webhookUrl, { method: 'POST', headers: { 'x-corner-key': demo.erp.keyId, 'x-corner-signature': '0'.repeat(64) }, body: '{}' });
    expect(forged.status).toBe(401);
    expect(receiver.refused).toBe(refusedBefore + 1);
  });

  it('takes batches from several stores earning for the same member at once (no deadlock)', async () => {
    const tills = demo.tills.filter((t) => t.storeId >= 3).slice(0, 4);
    const soldAt = new Date(Date.now() - 60_000).toISOString();
    const answers = await Promise.all(
      tills.map((till) =>
        postReceipts(
          server.url,
          till,
          till.storeId,
          Array.from({ length: 30 }, (_, i) => ({
            receiptId: `MEM-${till.storeId}-${i}`,
            soldAt,
            memberCardNo: DEMO_MEMBER_CARD.cardNo,
            lines: [{ sku: till.stock[i % till.stock.length]!.sku, quantity: 1, amountFen: 1_000 }],
          })),
        ),
      ),
    );
    expect(answers.map((a) => [a.status, a.body.applied])).toEqual(tills.map(() => [200, 30]));
    // 120 earnings for one member from four batches: its ledger chains and sums to its balance.
    expect(await checkConsistency(server.db.pool)).toEqual([]);
  });

  it('one receipt, one earning: a receipt scanned at the till first earns nothing again when the till API sends it', async () => {
    const till = demo.tills.find((t) => t.storeId === 5)!;
    const points = async () => (await sql(`SELECT "pointsBalance" FROM "Member" WHERE id = $1`, [DEMO_MEMBER_CARD.id]))[0]!.pointsBalance as number;
    const scanned = await withTransaction(server.db.pool, (tx) =>
      earnForTillReceipt(tx, server.services.members, { storeId: 5, receiptNo: 'SCAN-1', memberId: DEMO_MEMBER_CARD.id, amountFen: 4_200, staffUserId: null, at: new Date() }),
    );
    const afterScan = await points();
    const line = { sku: till.stock[0]!.sku, quantity: 1, amountFen: 4_200 };
    const soldAt = new Date(Date.now() - 60_000).toISOString();
    const same = await postReceipts(server.url, till, 5, [{ receiptId: 'SCAN-1', soldAt, memberCardNo: DEMO_MEMBER_CARD.cardNo, lines: [line] }]);
    expect(same.body.rows[0]).toMatchObject({ status: 'APPLIED', pointsEarned: scanned.pointsEarned });
    expect(await points()).toBe(afterScan);

    await withTransaction(server.db.pool, (tx) =>
      earnForTillReceipt(tx, server.services.members, { storeId: 5, receiptNo: 'SCAN-2', memberId: DEMO_MEMBER_CARD.id, amountFen: 900, staffUserId: null, at: new Date() }),
    );
    const other = await postReceipts(server.url, till, 5, [{ receiptId: 'SCAN-2', soldAt, memberCardNo: DEMO_MEMBER_CARD.cardNo, lines: [line] }]);
    expect(other.body.rows[0]).toMatchObject({ status: 'FAILED', code: 'RECEIPT_CONFLICT' });
    expect(await sql(`SELECT 1 FROM "IntegrationReceipt" WHERE "storeId" = 5 AND "receiptId" = 'SCAN-2'`)).toEqual([]);
    expect(await checkConsistency(server.db.pool)).toEqual([]);
  });

  it('closes the day with the ERP counting what sold back to its par level', async () => {
    const replay = new TillReplay({ bffUrl: server.url, demo, dayMinutes: 1, seed: 1, storeIds: [2], runId: 'night', receiptsPerDay: 40 });
    await replay.closeDay(demo.erp);
    const par = new Map(demo.tills.find((t) => t.storeId === 2)!.stock.map((s) => [s.sku, s.onHand]));
    expect(replay.stats.restockedProducts).toBeGreaterThan(0);
    const counted = await sql<{ barcode: string; onHand: number }>(
      `SELECT p.barcode, i."onHand" FROM "InventoryMovement" m JOIN "Product" p ON p.id = m."productId"
         JOIN "Inventory" i ON i."storeId" = m."storeId" AND i."productId" = m."productId"
        WHERE m."storeId" = 2 AND m.kind = 'COUNT' AND m.reference = 'night-night-0'`,
    );
    expect(counted.length).toBe(replay.stats.restockedProducts);
    for (const row of counted) expect(row.onHand).toBe(par.get(row.barcode));
    expect(replay.stats.day).toBe(1);
  });

  it('provisions the demo clients: keys that still sign are kept across starts, a lost file gets fresh ones', async () => {
    const written = JSON.parse(await readFile(file, 'utf8')) as DemoIntegrations;
    expect(written).toEqual(demo);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const stores = (await sql(`SELECT count(*)::int AS n FROM "Store" WHERE active`))[0]!.n;
    expect(demo.tills.length).toBe(stores);
    expect(demo.tills.every((till) => till.stock.length > 0)).toBe(true);
    const erp = (await sql(`SELECT "storeId", "webhookUrl" FROM "IntegrationClient" WHERE id = $1`, [demo.erp.clientId]))[0]!;
    expect(erp).toEqual({ storeId: null, webhookUrl: receiver.webhookUrl });

    const again = (await provision())!;
    expect(again.erp).toEqual(demo.erp);
    expect((await sql(`SELECT count(*)::int AS n FROM "IntegrationClient" WHERE name = $1`, [DEMO_ERP_NAME]))[0]!.n).toBe(1);

    await rm(file);
    const fresh = (await provision())!;
    expect(fresh.erp.clientId).toBe(demo.erp.clientId);
    expect(fresh.erp.keyId).not.toBe(demo.erp.keyId);
    expect(await server.services.integrations.keyStillSigns(demo.erp.keyId, demo.erp.secret)).toBe(false);
    expect(await server.services.integrations.keyStillSigns(fresh.erp.keyId, fresh.erp.secret)).toBe(true);
    demo = fresh;
  });
});

describe('the day generator', () => {
  const products = Array.from({ length: 60 }, (_, i) => ({ sku: `69${String(i).padStart(11, '0')}`, priceFen: 300 + i * 10 }));
  const input: DayPlanInput = { seed: 7, storeId: 3, day: 0, products, memberCardNos: ['8800000000000021', '8800000000000039'] };

  it('makes the same day from the same input, another from another day or seed', () => {
    expect(planDay(input)).toEqual(planDay({ ...input, products: [...products] }));
    expect(planDay({ ...input, day: 1 })).not.toEqual(planDay(input));
    expect(planDay({ ...input, seed: 8 })).not.toEqual(planDay(input));
  });

  it('plans a plausible day: trading hours in order, priced lines, some members, popular products far ahead', () => {
    const plan = planDay(input);
    expect(plan.length).toBeGreaterThan(150);
    expect(plan.map((r) => r.seq)).toEqual(plan.map((_, i) => i + 1));
    expect(plan.every((r, i) => r.minute >= 7 * 60 && r.minute < 23 * 60 && (i === 0 || plan[i - 1]!.minute <= r.minute))).toBe(true);
    const price = new Map(products.map((p) => [p.sku, p.priceFen]));
    for (const line of plan.flatMap((r) => r.lines)) expect(line.amountFen).toBe(price.get(line.sku)! * line.quantity);
    const members = plan.filter((r) => r.memberCardNo).length / plan.length;
    expect(members).toBeGreaterThan(0.15);
    expect(members).toBeLessThan(0.45);
    const units = new Map<string, number>();
    for (const line of plan.flatMap((r) => r.lines)) units.set(line.sku, (units.get(line.sku) ?? 0) + line.quantity);
    const ranked = [...units.values()].sort((a, b) => b - a);
    expect(ranked[0]!).toBeGreaterThan(5 * (ranked[30] ?? 0));
    // The rush hours: more sold 12:00–13:00 than 15:00–16:00.
    const inHour = (h: number) => plan.filter((r) => r.minute >= h * 60 && r.minute < (h + 1) * 60).length;
    expect(inHour(12)).toBeGreaterThan(inHour(15));
  });
});
