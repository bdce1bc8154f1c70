import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkConsistency } from '../../bff/src/consistency/service.ts';
import { startAuthTestServer, type AuthTestServer } from '../../bff/test/auth.ts';
import { DEMO_MANAGER_A } from './demo-accounts.ts';
import { seedDemoHistory } from './history.ts';

// 21:40 on a Monday in Shanghai: most of the day has happened.
const now = new Date('2026-12-07T13:40:00Z');
let server: AuthTestServer;

beforeAll(async () => {
  server = await startAuthTestServer({ now: () => now, env: { ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0' } });
});
afterAll(async () => {
  await server?.close();
});

it('gives the demo store a day so far and the same weekday last week that every ledger check agrees with', async () => {
  const written = await seedDemoHistory(server.db.pool, now);
  expect(written.orders).toBeGreaterThan(100);
  expect(await checkConsistency(server.db.pool, { now, refundOverdueHours: 24 })).toEqual([]);

  const manager = await server.signIn(DEMO_MANAGER_A.openid);
  const { data } = await server.gql(
    `{ staffTodayFigures(storeId: "1") { orders averagePickingSeconds lateOrders onTimeRate refunds topProducts { productId } hours { lastWeekOrders } qrFunnel { scans visitors orders } } }`,
    {},
    server.bearer(manager),
  );
  const figures = data!.staffTodayFigures;
  expect(figures.orders).toBeGreaterThan(40);
  expect(figures.averagePickingSeconds).toBeGreaterThan(180);
  expect(figures.lateOrders).toBeGreaterThan(0);
  expect(figures.onTimeRate).toBeGreaterThan(0.8);
  expect(figures.refunds).toBeGreaterThan(0);
  expect(figures.topProducts).toHaveLength(5);
  expect(figures.hours.filter((h: { lastWeekOrders: number }) => h.lastWeekOrders > 0).length).toBeGreaterThan(15);
  expect(figures.qrFunnel.scans).toBeGreaterThan(figures.qrFunnel.visitors);
  expect(figures.qrFunnel.visitors).toBeGreaterThan(figures.qrFunnel.orders);
  expect(figures.qrFunnel.orders).toBeGreaterThan(0);
});
