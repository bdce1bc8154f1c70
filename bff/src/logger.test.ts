import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_WECHAT_CREDENTIALS, devWechatEnv } from '@corner/mocks';
import { createLogger } from './logger.ts';
import { startAuthTestServer, SESSION_FIELDS, WECHAT_TEST_BASE_URL, type AuthTestServer } from '../test/auth.ts';
import { DEMO_CLERK_A, DEMO_SHOPPER } from '../../prisma/seed/demo-accounts.ts';

/** Everything the logger writes, as one string. */
function captured(): { stream: Writable; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('logger redaction', () => {
  it('censors tokens, codes and keys in logged objects', () => {
    const log = captured();
    const logger = createLogger('trace', log.stream);
    logger.info({
      accessToken: 'secret-access',
      refreshToken: 'secret-refresh',
      code: 'secret-code',
      pickupCode: 'secret-pickup',
      variables: { code: 'secret-var-code', refreshToken: 'secret-var-refresh', input: { code: 'secret-input-code' } },
      req: { headers: { authorization: 'Bearer secret-bearer', cookie: 'secret-cookie' } },
      wechat: { session_key: 'secret-session-key', apiV3Key: 'secret-v3', paySign: 'secret-sign', tillToken: 'secret-till' },
    });
    expect(log.text()).toContain('[redacted]');
    expect(log.text()).not.toMatch(/secret-/);
  });

  it('censors secrets up to three levels down, and keeps error codes', () => {
    const log = captured();
    const logger = createLogger('trace', log.stream);
    logger.error({
      err: { code: 'ECONNRESET', response: { headers: { authorization: 'Bearer secret-deep-bearer' }, body: { session_key: 'secret-deep-session' } } },
      upstream: { request: { variables: { input: { pickupCode: 'secret-deep-pickup' } } } },
      job: { wechat: { pay: { apiV3Key: 'secret-deep-v3', privateKey: 'secret-deep-key' } } },
    });
    expect(log.text()).not.toMatch(/secret-deep-(bearer|session|v3|key)/);
    expect(log.text()).toContain('ECONNRESET');
  });
});

describe('logs of real flows', () => {
  const log = captured();
  const signingKey = `signing-${randomUUID()}-${randomUUID()}`;
  const pickupSecret = `pickup-${randomUUID()}-${randomUUID()}`;
  let server: AuthTestServer;

  beforeAll(async () => {
    server = await startAuthTestServer({
      env: {
        ...devWechatEnv({ mockBaseUrl: WECHAT_TEST_BASE_URL, notifyUrl: 'http://bff.test/payments/wechat/notify' }),
        TOKEN_SIGNING_KEY: signingKey,
        PICKUP_CODE_SECRET: pickupSecret,
        ORDER_EXPIRY_INTERVAL_SECONDS: '0',
        POINTS_EXPIRY_INTERVAL_SECONDS: '0',
      },
      // Trace: the most the BFF ever writes.
      logger: createLogger('trace', log.stream),
    });
  });
  afterAll(() => server.close());

  it('never contain a token, login code, refresh token, pickup code or key through login, refresh, pay and pickup', async () => {
    const loginCode = `mock:${DEMO_SHOPPER.openid}:${randomUUID()}`;
    const login = await server.gql(`mutation($code: String!) { login(code: $code) { ${SESSION_FIELDS} } }`, { code: loginCode });
    const session = login.data!.login;
    // The same code again is refused by WeChat, which the BFF logs.
    const reused = await server.gql(`mutation($code: String!) { login(code: $code) { accessToken } }`, { code: loginCode });
    expect(reused.errors![0]!.extensions!.code).toBe('INVALID_LOGIN_CODE');

    const refreshed = await server.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`, { t: session.refreshToken }, server.bearer(session));
    const next = refreshed.data!.refreshSession;
    // The rotated-out refresh token again: reuse detection, logged as a warning.
    const replay = await server.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: session.refreshToken });
    expect(replay.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    // Pay: an order of the shopper's, paid through the WeChat Pay mock; then a forged notification.
    const products = await server.gql(`{ storeProducts(storeId: "1", first: 5) { nodes { id available } } }`);
    const product = products.data!.storeProducts.nodes.find((p: { available: number }) => p.available > 0);
    const input = { storeId: '1', fulfilment: 'PICKUP', items: [{ productId: product.id, quantity: 1 }] };
    const quote = await server.gql(`query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`, { input }, server.bearer(next));
    const placed = await server.gql(
      `mutation($input: CheckoutInput!, $key: String!, $fen: Int!) { placeOrder(input: $input, idempotencyKey: $key, expectedPayableFen: $fen) { id } }`,
      { input, key: randomUUID(), fen: quote.data?.quote.payableFen ?? 0 },
      server.bearer(next),
    );
    expect(placed.errors).toBeUndefined();
    const paid = await server.gql(`mutation($id: ID!) { payOrder(orderId: $id, method: WECHAT_PAY) { wechat { paySign package } } }`, { id: placed.data!.placeOrder.id }, server.bearer(next));
    expect(paid.errors).toBeUndefined();
    const forged = await fetch(`${server.url}/payments/wechat/notify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"resource":{}}' });
    expect(forged.status).toBe(401);

    // Pickup codes typed and scanned by a clerk, wrong ones included.
    const clerk = await server.signIn(DEMO_CLERK_A.openid);
    const scanned = `PICKUP:2026112000000042:${String(Date.now()).slice(-6)}`;
    for (const code of ['739164', scanned]) {
      await server.gql(`mutation($code: String!) { staffLookupPickup(storeId: "1", code: $code) { id } }`, { code }, server.bearer(clerk));
    }

    const text = log.text();
    expect(text).toContain('"msg":"request"');
    const secrets = {
      loginCode,
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      nextAccessToken: next.accessToken,
      nextRefreshToken: next.refreshToken,
      clerkToken: clerk.accessToken,
      scanned,
      paySign: paid.data!.payOrder.wechat.paySign,
      signingKey,
      pickupSecret,
      wechatSecret: DEV_WECHAT_CREDENTIALS.appSecret,
      apiV3Key: DEV_WECHAT_CREDENTIALS.apiV3Key,
      merchantKey: DEV_WECHAT_CREDENTIALS.merchantPrivateKeyPem.split('\n')[1]!,
    };
    for (const [name, secret] of Object.entries(secrets)) expect(text.includes(secret), name).toBe(false);
    // The typed code is checked inside the request lines' JSON only, where a value would be quoted.
    expect(text).not.toContain('"739164"');
  });
});
