import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';

const MEMBER = '00000000-0000-4000-8000-000000000002';
let server: TestServer;
let auth: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0' } });
  const login = await server.gql(`mutation { demoLogin(openid: "demo-member") { accessToken } }`);
  auth = { authorization: `Bearer ${login.data!.demoLogin.accessToken}` };
  const products = await server.db.prisma.product.findMany({ take: 3, orderBy: { id: 'asc' } });
  for (let i = 0; i < 8; i++) {
    const at = new Date(Date.UTC(2026, 10, 1, 2, i));
    await server.db.prisma.order.create({
      data: {
        orderNo: `T${String(i).padStart(10, '0')}`,
        userId: MEMBER,
        placedByUserId: MEMBER,
        storeId: 1,
        fulfilment: 'PICKUP',
        status: 'CANCELLED',
        idempotencyKey: `list-${i}`,
        requestHash: 'test',
        itemsTotalFen: 1000,
        payableFen: 1000,
        pricing: {},
        promiseStart: at,
        promiseEnd: at,
        slotStart: at,
        createdAt: at,
        items: {
          create: products.map((p) => ({ productId: p.id, name: p.name, unit: p.unit, quantity: 1, unitPriceFen: 100, lineTotalFen: 100 })),
        },
        events: {
          create: [
            { toStatus: 'PENDING_PAYMENT', actorRole: 'shopper', reason: '下单' },
            { fromStatus: 'PENDING_PAYMENT', toStatus: 'CANCELLED', actorRole: 'system', reason: '超时未支付' },
          ],
        },
      },
    });
  }
});

afterAll(async () => {
  await server?.close();
});

async function statementsForPage(first: number) {
  server.db.statements.reset();
  const result = await server.gql(
    `query($first: Int) { myOrders(first: $first) { id items { name quantity } events { to } } }`,
    { first },
    auth,
  );
  expect(result.errors).toBeUndefined();
  return { orders: result.data!.myOrders as Array<{ items: unknown[]; events: unknown[] }>, statements: server.db.statements.count };
}

it('loads the items and timelines of an order list without a query per order', async () => {
  const small = await statementsForPage(2);
  const large = await statementsForPage(8);
  expect(small.orders).toHaveLength(2);
  expect(large.orders).toHaveLength(8);
  for (const order of large.orders) {
    expect(order.items).toHaveLength(3);
    expect(order.events).toHaveLength(2);
  }
  expect(large.statements).toBe(small.statements);
});
