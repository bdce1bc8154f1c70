import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLERK_A } from '../../../prisma/seed/demo-accounts.ts';
import { listen } from '../server.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { demoCaller, ok, payWithStoredValue, placeOrder, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';
import { MAX_ATTEMPTS } from './outbox.ts';
import { HEADERS, signatureMatches } from './signing.ts';

let clock = Date.now();
const advance = (ms: number) => {
  clock += ms;
};
let server: TestServer;
/** Signed in afresh: the test's clock moves past access tokens' lifetime. */
const hq = (): Promise<Caller> => demoCaller(server.gql, 'demo-hq-admin');

/** A webhook receiver on loopback that can be down (503) and records what it accepted, deduplicating on the event id as receivers should. */
interface Receiver {
  url: string;
  up: boolean;
  secret: string;
  /** event ids answered 2xx, with how many times each */
  accepted: Map<string, number>;
  kinds: Map<string, string>;
  refused: number;
  badSignatures: number;
  server: Server;
}

async function startReceiver(): Promise<Receiver> {
  const receiver = { up: false, secret: '', accepted: new Map(), kinds: new Map(), refused: 0, badSignatures: 0 } as unknown as Receiver;
  receiver.server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (!receiver.up) {
      receiver.refused++;
      res.writeHead(503).end();
      return;
    }
    const header = (name: string) => String(req.headers[name] ?? '');
    const signed = { method: 'POST', path: req.url!, timestamp: header(HEADERS.timestamp), nonce: header(HEADERS.nonce), body };
    if (!signatureMatches(receiver.secret, signed, header(HEADERS.signature))) {
      receiver.badSignatures++;
      res.writeHead(401).end();
      return;
    }
    const event = JSON.parse(body.toString('utf8')) as { id: string; kind: string };
    expect(header('x-corner-event-id')).toBe(event.id);
    receiver.accepted.set(event.id, (receiver.accepted.get(event.id) ?? 0) + 1);
    receiver.kinds.set(event.id, event.kind);
    res.writeHead(204).end();
  });
  receiver.url = `${await listen(receiver.server, '127.0.0.1', 0)}/hooks/corner?v=1`;
  return receiver;
}

const CREATE = `mutation($name: String!, $storeId: ID, $url: String) { createIntegrationClient(name: $name, storeId: $storeId, webhookUrl: $url) { keyId secret client { id webhookUrl } } }`;
const pending = async (clientId: string) =>
  (await server.db.pool.query(`SELECT count(*)::int AS n FROM "IntegrationDelivery" WHERE "clientId" = $1 AND status = 'PENDING'`, [clientId])).rows[0].n as number;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(clock), env: { DEMO_LOGIN_ENABLED: 'true', INTEGRATION_WEBHOOK_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
});

afterAll(async () => {
  await server?.close();
});

describe('outbound webhooks', () => {
  it('delivers every event once per id, signed, to a receiver that was down for a while', async () => {
    const receiver = await startReceiver();
    try {
      const { createIntegrationClient: erp } = await ok(await hq(), CREATE, { name: 'ERP回调', url: receiver.url });
      receiver.secret = erp.secret;
      // A till of store 2 listening too: it hears nothing of store 1.
      const { createIntegrationClient: till2 } = await ok(await hq(), CREATE, { name: '2号店', storeId: '2', url: receiver.url });

      // Order paid (and its events), and a stock count by a clerk: all in the outbox with the change.
      const member = await demoCaller(server.gql, 'demo-member');
      const order = await placeOrder(member, { items: [{ productId: '1', quantity: 1 }] });
      await payWithStoredValue(member, order.id);
      await server.services.inventory.setCount(DEMO_CLERK_A.id, 1, 3, 40, '盘点');
      const expected = await pending(erp.client.id);
      expect(expected).toBe(2);
      expect(await pending(till2.client.id)).toBe(0);

      // Down: attempts fail and are retried later, nothing is lost.
      await server.services.integrations.deliverWebhooks();
      advance(60 * 60_000);
      await server.services.integrations.deliverWebhooks();
      expect(receiver.refused).toBeGreaterThanOrEqual(2 * expected);
      expect(await pending(erp.client.id)).toBe(expected);
      const { integrationDeliveries: failing } = await ok(await hq(), `query($c: ID!) { integrationDeliveries(clientId: $c) { eventId kind status attempts lastError } }`, { c: erp.client.id });
      expect(failing).toHaveLength(expected);
      expect(failing.every((d: { status: string; lastError: string; attempts: number }) => d.status === 'PENDING' && d.lastError === 'HTTP 503' && d.attempts >= 2)).toBe(true);

      // Up again: the next passes (two instances at once) deliver each event once.
      receiver.up = true;
      advance(2 * 60 * 60_000);
      await Promise.all([server.services.integrations.deliverWebhooks(), server.services.integrations.deliverWebhooks()]);
      await server.services.integrations.deliverWebhooks();
      expect(receiver.badSignatures).toBe(0);
      expect([...receiver.accepted.values()]).toEqual(Array(expected).fill(1));
      expect(new Set(receiver.kinds.values())).toEqual(new Set(['order.paid', 'stock.movement']));
      const { integrationDeliveries: done } = await ok(await hq(), `query($c: ID!) { integrationDeliveries(clientId: $c, status: DELIVERED) { eventId deliveredAt } }`, { c: erp.client.id });
      expect(done.map((d: { eventId: string }) => d.eventId).sort()).toEqual([...receiver.accepted.keys()].sort());
    } finally {
      receiver.server.close();
    }
  });

  it('gives up after repeated failures: a dead letter head office can read', async () => {
    const receiver = await startReceiver();
    try {
      const { createIntegrationClient: erp } = await ok(await hq(), CREATE, { name: '总是失败', url: receiver.url });
      await server.services.inventory.setCount(DEMO_CLERK_A.id, 1, 4, 30, '盘点');
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        await server.services.integrations.deliverWebhooks();
        advance(2 * 60 * 60_000);
      }
      const { integrationDeliveries } = await ok(await hq(), `query($c: ID!) { integrationDeliveries(clientId: $c, status: DEAD) { kind attempts lastError } }`, { c: erp.client.id });
      expect(integrationDeliveries).toEqual([{ kind: 'stock.movement', attempts: MAX_ATTEMPTS, lastError: 'HTTP 503' }]);
      const before = receiver.refused;
      advance(24 * 60 * 60_000);
      await server.services.integrations.deliverWebhooks();
      expect(receiver.refused).toBe(before);
    } finally {
      receiver.server.close();
    }
  });
});
