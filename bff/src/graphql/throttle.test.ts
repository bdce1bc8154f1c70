import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createWechatHandlers } from '@corner/mocks';
import { loadConfig } from '../config.ts';
import { withLuhnDigit } from '../members/card-code.ts';
import { createLogger } from '../logger.ts';
import { startServer, type RunningServer } from '../server.ts';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { SESSION_FIELDS, WECHAT_TEST_BASE_URL, wechatTestEnv } from '../../test/auth.ts';
import type { GraphQLResponse } from '../../test/server.ts';
import { DEMO_CLERK_A, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';

const LOGIN = `mutation($code: String!) { login(code: $code) { ${SESSION_FIELDS} } }`;
const LOOKUP = `mutation($code: String!) { staffConfirmPickup(storeId: "1", code: $code) { id } }`;
const SCAN = `mutation($code: String!) { staffScanMember(storeId: "1", code: $code) { tillToken } }`;
const PLACE = `mutation { placeOrder(input: { storeId: "999999", fulfilment: PICKUP, items: [] }, idempotencyKey: "${randomUUID()}", expectedPayableFen: 0) { id } }`;

/** Two BFF instances over one database: the counters must hold across both. */
describe('rate limits across two BFF instances', () => {
  let db: TestDatabase;
  let instances: RunningServer[];
  const msw = setupServer(...createWechatHandlers({ baseUrl: WECHAT_TEST_BASE_URL }));
  let clock = new Date('2026-11-20T10:00:10+08:00');

  beforeAll(async () => {
    msw.listen({ onUnhandledRequest: 'bypass' });
    db = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      H5_DIST_DIR: '',
      DATABASE_URL: db.url,
      ...wechatTestEnv(),
      RATE_LIMIT_LOGIN_PER_IP: '5',
      RATE_LIMIT_LOGIN_PER_USER: '3',
      RATE_LIMIT_PICKUP_VERIFY_PER_USER: '3',
      RATE_LIMIT_MEMBER_SCAN_PER_IP: '2',
      RATE_LIMIT_PLACE_ORDER_PER_USER: '4',
    });
    const database = { url: db.url, pool: db.pool, prisma: db.prisma, close: async () => undefined };
    instances = await Promise.all([0, 1].map(() => startServer({ config, logger: createLogger('silent'), db: database, now: () => clock })));
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close(1_000)));
    msw.close();
    await db.drop();
  });
  beforeEach(async () => {
    await db.pool.query(`DELETE FROM "RateLimitBucket"`);
  });

  /** Alternates between the instances, all requests in flight at once; `ip` is the client's address behind the loopback proxy. */
  async function burst(count: number, query: string, variables: (i: number) => Record<string, unknown>, headers: (i: number) => Record<string, string> = () => ({})) {
    return Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const response = await fetch(`${instances[i % 2]!.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers(i) },
          body: JSON.stringify({ query, variables: variables(i) }),
        });
        return (await response.json()) as GraphQLResponse;
      }),
    );
  }
  const limited = (results: GraphQLResponse[]) => results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
  const ip = (address: string) => ({ 'x-forwarded-for': address });

  async function signIn(openid: string, address: string): Promise<Record<string, string>> {
    const [result] = await burst(1, LOGIN, () => ({ code: `mock:${openid}:${randomUUID()}` }), () => ip(address));
    return { authorization: `Bearer ${result!.data!.login.accessToken}`, ...ip(address) };
  }

  it('login: per IP, exactly the limit gets through a concurrent burst, the rest get RATE_LIMITED with retryAfterSeconds', async () => {
    const results = await burst(9, LOGIN, () => ({ code: `mock:burst-${randomUUID()}:${randomUUID()}` }), () => ip('203.0.113.7'));
    expect(results.filter((r) => r.data?.login).length).toBe(5);
    const refused = limited(results);
    expect(refused.length).toBe(4);
    // The window is 60 s and the clock stands 10 s into it.
    for (const r of refused) expect(r.errors![0]!.extensions).toMatchObject({ retryAfterSeconds: 50, scope: 'ip' });
    expect(refused[0]!.errors![0]!.message).toBe('操作太频繁，请50秒后再试');
    // Another address is not affected.
    const other = await burst(1, LOGIN, () => ({ code: `mock:other-${randomUUID()}:${randomUUID()}` }), () => ip('203.0.113.8'));
    expect(other[0]!.data?.login).toBeTruthy();
  });

  it('login: per user, whatever address the attempts come from, and open again in the next window', async () => {
    const results = await burst(5, LOGIN, () => ({ code: `mock:${DEMO_SHOPPER.openid}:${randomUUID()}` }), (i) => ip(`198.51.100.${i + 1}`));
    expect(results.filter((r) => r.data?.login).length).toBe(3);
    expect(limited(results).map((r) => r.errors![0]!.extensions!.scope)).toEqual(['user', 'user']);
    // Refused before a session was issued.
    const sessions = await db.pool.query(`SELECT count(*)::int AS n FROM "RefreshToken" WHERE "userId" = $1`, [DEMO_SHOPPER.id]);
    expect(sessions.rows[0].n).toBe(3);
    clock = new Date(clock.getTime() + 60_000);
    const later = await burst(1, LOGIN, () => ({ code: `mock:${DEMO_SHOPPER.openid}:${randomUUID()}` }), () => ip('198.51.100.99'));
    expect(later[0]!.data?.login).toBeTruthy();
  });

  it('pickup-code verification: per staff account, counted before the code is checked', async () => {
    const clerk = await signIn(DEMO_CLERK_A.openid, '192.0.2.10');
    const results = await burst(5, LOOKUP, () => ({ code: '000000' }), () => clerk);
    const refusedByScope = limited(results).map((r) => r.errors![0]!.extensions!.scope);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'PICKUP_CODE_INVALID').length).toBe(3);
    expect(refusedByScope).toEqual(['user', 'user']);
  });

  it('member-code scans: per IP', async () => {
    const clerk = await signIn(DEMO_CLERK_A.openid, '192.0.2.11');
    const results = await burst(4, SCAN, () => ({ code: '1234567890123456' }), () => clerk);
    expect(limited(results).length).toBe(2);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code !== 'RATE_LIMITED').length).toBe(2);
    // Attempts the address was refused do not use up the clerk's own allowance.
    const { rows } = await db.pool.query(`SELECT count FROM "RateLimitBucket" WHERE key = $1`, [`member-scan:user:${DEMO_CLERK_A.id}`]);
    expect(rows[0].count).toBe(2);
  });

  it('member-code checks at the till: verifyMemberCode shares the scan allowance, short codes included', async () => {
    const clerk = await signIn(DEMO_CLERK_A.openid, '192.0.2.13');
    const VERIFY = `mutation($code: String!) { verifyMemberCode(storeId: "1", code: $code) { cardNo } }`;
    const results = await burst(4, VERIFY, (i) => ({ code: withLuhnDigit(`1234567890${i}`) }), () => clerk);
    expect(limited(results).length).toBe(2);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'MEMBER_CODE_INVALID').length).toBe(2);
  });

  it('placeOrder: per user, before any order work', async () => {
    const shopper = await signIn(DEMO_SHOPPER.openid, '192.0.2.12');
    const results = await burst(7, PLACE, () => ({}), () => shopper);
    expect(limited(results).length).toBe(3);
    const { rows } = await db.pool.query(`SELECT count FROM "RateLimitBucket" WHERE key = $1`, [`place-order:user:${DEMO_SHOPPER.id}`]);
    expect(rows[0].count).toBe(7);
  });
});
