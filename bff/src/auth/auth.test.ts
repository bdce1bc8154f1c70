import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthTestServer, SESSION_FIELDS, type AuthTestServer } from '../../test/auth.ts';
import { DEMO_CLERK_A, DEMO_HQ_OPERATOR, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_SHOPPER, DEMO_STORE_A_ID } from '../../../prisma/seed/demo-accounts.ts';

let clock = new Date('2026-11-25T02:00:00Z');
let server: AuthTestServer;

beforeAll(async () => {
  server = await startAuthTestServer({ now: () => clock });
});
afterAll(async () => {
  await server?.close();
});

const LOGIN = `mutation($code: String!) { login(code: $code) { ${SESSION_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;
const VIEWER = `{ viewer { id isMember staff { storeId roleKey } } serverTime }`;

const refreshRows = async (userId: string) =>
  (await server.db.pool.query(`SELECT "familyId", "usedAt", "revokedAt" FROM "RefreshToken" WHERE "userId" = $1`, [userId])).rows;

describe('login(code)', () => {
  it('creates the user on first sign-in and finds it by openid afterwards; session_key never reaches the client', async () => {
    const first = await server.gql(LOGIN, { code: 'mock:new-shopper-1:n1' });
    expect(first.errors).toBeUndefined();
    const session = first.data!.login;
    expect(session.viewer.isMember).toBe(false);
    expect(Date.parse(session.accessTokenExpiresAt) - clock.getTime()).toBeLessThanOrEqual(15 * 60_000);
    const again = await server.gql(LOGIN, { code: 'mock:new-shopper-1:n2' });
    expect(again.data!.login.viewer.id).toBe(session.viewer.id);
    const users = await server.db.pool.query(`SELECT id, unionid FROM "User" WHERE openid = 'new-shopper-1'`);
    expect(users.rows).toEqual([{ id: session.viewer.id, unionid: 'union-new-shopper-1' }]);
    // The schema has nowhere to put it, and nothing in the answer looks like it.
    expect(JSON.stringify(first)).not.toMatch(/session_?key/i);
    const viewer = await server.gql(VIEWER, {}, server.bearer(session));
    expect(viewer.data!.viewer).toEqual({ id: session.viewer.id, isMember: false, staff: [] });
  });

  it('signs in the seeded accounts by their openid', async () => {
    const session = await server.signIn(DEMO_MEMBER.openid);
    expect(session.viewer).toMatchObject({ id: DEMO_MEMBER.id, isMember: true });
  });

  it.each([
    ['mock-err:40029', 'INVALID_LOGIN_CODE', {}],
    ['mock-err:45011', 'RATE_LIMITED', { retryAfterSeconds: 60 }],
    ['mock-err:40226', 'FORBIDDEN', { reason: 'RISKY_USER' }],
    ['not-a-mock-code', 'INVALID_LOGIN_CODE', {}],
  ])('maps jscode2session error for %s to %s', async (code, expected, extensions) => {
    const users = await server.db.pool.query('SELECT count(*)::int AS n FROM "User"');
    const result = await server.gql(LOGIN, { code });
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions).toMatchObject({ code: expected, ...extensions });
    expect(result.errors![0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await server.db.pool.query('SELECT count(*)::int AS n FROM "User"')).rows[0].n).toBe(users.rows[0].n);
  });

  it('refuses a code used twice (40163) and a missing or garbage code without asking WeChat', async () => {
    await server.gql(LOGIN, { code: 'mock:once:n' });
    expect((await server.gql(LOGIN, { code: 'mock:once:n' })).errors![0]!.extensions!.code).toBe('INVALID_LOGIN_CODE');
    for (const code of ['', ' ', 'has space', 'x'.repeat(500), '中文']) {
      expect((await server.gql(LOGIN, { code })).errors![0]!.extensions!.code).toBe('INVALID_LOGIN_CODE');
    }
    expect((await server.gql(`mutation { login { accessToken } }`)).errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await server.gql(LOGIN, {})).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('access tokens on requests', () => {
  it('answers UNAUTHENTICATED with a reason for bad tokens, while public fields still work', async () => {
    const session = await server.signIn(DEMO_SHOPPER.openid);
    const [header, payload] = session.accessToken.split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const [authorization, reason] of [
      [`Bearer ${none}`, 'TOKEN_INVALID'],
      [`Bearer ${header}.${payload}.AAAA`, 'TOKEN_INVALID'],
      ['Basic dXNlcjpwYXNz', 'TOKEN_INVALID'],
    ] as const) {
      const result = await server.gql(VIEWER, {}, { authorization });
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
      expect(result.data!.serverTime).toBeTruthy();
    }
    expect((await server.gql(VIEWER)).data!.viewer).toBeNull();
  });

  it('rejects an expired access token as TOKEN_EXPIRED, which the client answers by refreshing', async () => {
    const session = await server.signIn(DEMO_SHOPPER.openid);
    clock = new Date(clock.getTime() + 16 * 60_000);
    try {
      const result = await server.gql(VIEWER, {}, server.bearer(session));
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
      const refreshed = await server.gql(REFRESH, { t: session.refreshToken });
      expect((await server.gql(VIEWER, {}, server.bearer(refreshed.data!.refreshSession))).data!.viewer.id).toBe(DEMO_SHOPPER.id);
    } finally {
      clock = new Date(clock.getTime() - 16 * 60_000);
    }
  });
});

describe('refresh tokens', () => {
  it('rotate on every use and stay in one family', async () => {
    const first = await server.signIn('rotating-user');
    const second = (await server.gql(REFRESH, { t: first.refreshToken })).data!.refreshSession;
    const third = (await server.gql(REFRESH, { t: second.refreshToken })).data!.refreshSession;
    expect(new Set([first.refreshToken, second.refreshToken, third.refreshToken]).size).toBe(3);
    expect(third.viewer.id).toBe(first.viewer.id);
    const rows = await refreshRows(first.viewer.id);
    expect(new Set(rows.map((r) => r.familyId)).size).toBe(1);
    expect(rows.filter((r) => r.usedAt).length).toBe(2);
  });

  it('revoke the whole family when a used one is presented again', async () => {
    const first = await server.signIn('reuse-victim');
    const second = (await server.gql(REFRESH, { t: first.refreshToken })).data!.refreshSession;
    const replay = await server.gql(REFRESH, { t: first.refreshToken });
    expect(replay.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    // The legitimate holder of the newest token is signed out too: the thief might hold it.
    const after = await server.gql(REFRESH, { t: second.refreshToken });
    expect(after.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REVOKED' });
    expect((await refreshRows(first.viewer.id)).every((r) => r.revokedAt)).toBe(true);
    // A new sign-in starts a new family and works.
    const fresh = await server.signIn('reuse-victim');
    expect((await server.gql(REFRESH, { t: fresh.refreshToken })).data!.refreshSession.viewer.id).toBe(first.viewer.id);
  });

  it('let only one of two simultaneous refreshes of one token win, and count the loser as reuse', async () => {
    const session = await server.signIn('racing-user');
    const results = await Promise.all([server.gql(REFRESH, { t: session.refreshToken }), server.gql(REFRESH, { t: session.refreshToken })]);
    expect(results.filter((r) => r.data?.refreshSession).length).toBe(1);
    expect(results.find((r) => r.errors)!.errors![0]!.extensions!.reason).toBe('REFRESH_TOKEN_REUSED');
  });

  it('refuse a refresh token of another user, a tampered one and an access token, touching nothing', async () => {
    const alice = await server.signIn('alice');
    const bob = await server.signIn('bob');
    const mismatch = await server.gql(REFRESH, { t: bob.refreshToken }, server.bearer(alice));
    expect(mismatch.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_MISMATCH' });
    expect((await refreshRows(bob.viewer.id)).every((r) => !r.usedAt && !r.revokedAt)).toBe(true);
    const tampered = `${bob.refreshToken.slice(0, -4)}AAAA`;
    expect((await server.gql(REFRESH, { t: tampered })).errors![0]!.extensions!.reason).toBe('REFRESH_TOKEN_INVALID');
    expect((await server.gql(REFRESH, { t: bob.accessToken })).errors![0]!.extensions!.reason).toBe('REFRESH_TOKEN_INVALID');
    expect((await server.gql(REFRESH, { t: bob.refreshToken })).data!.refreshSession.viewer.id).toBe(bob.viewer.id);
  });

  it('expire after REFRESH_TOKEN_TTL_DAYS', async () => {
    const session = await server.signIn('sleepy-user');
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    try {
      expect((await server.gql(REFRESH, { t: session.refreshToken })).errors![0]!.extensions!.reason).toBe('REFRESH_TOKEN_EXPIRED');
    } finally {
      clock = new Date(clock.getTime() - 31 * 86_400_000);
    }
  });

  it('stop working after logout, for the caller only', async () => {
    const session = await server.signIn('leaving-user');
    const other = await server.signIn('other-user');
    const foreign = await server.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: other.refreshToken }, server.bearer(session));
    expect(foreign.data!.logout).toBe(false);
    const mine = await server.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: session.refreshToken }, server.bearer(session));
    expect(mine.data!.logout).toBe(true);
    expect((await server.gql(REFRESH, { t: session.refreshToken })).errors![0]!.extensions!.reason).toBe('REFRESH_TOKEN_REVOKED');
    expect((await server.gql(REFRESH, { t: other.refreshToken })).data!.refreshSession).toBeTruthy();
  });
});

describe('demo login', () => {
  const DEMO = `mutation($o: String!) { demoLogin(openid: $o) { ${SESSION_FIELDS} } }`;

  it('is refused unless DEMO_LOGIN_ENABLED', async () => {
    expect((await server.gql(`{ demoLoginEnabled }`)).data!.demoLoginEnabled).toBe(false);
    const result = await server.gql(DEMO, { o: DEMO_MEMBER.openid });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DEMO_LOGIN_DISABLED' });
  });

  it('signs in seeded demo accounts only, when enabled', async () => {
    const enabled = await startAuthTestServer({ env: { DEMO_LOGIN_ENABLED: 'true' } });
    try {
      expect((await enabled.gql(`{ demoLoginEnabled }`)).data!.demoLoginEnabled).toBe(true);
      const result = await enabled.gql(DEMO, { o: DEMO_MEMBER.openid });
      expect(result.data!.demoLogin.viewer).toEqual({ id: DEMO_MEMBER.id, isMember: true });
      expect((await enabled.gql(DEMO, { o: 'some-real-openid' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      // The session's viewer is read before any token exists, so its staff assignments come from the user itself.
      const staffOf = async (openid: string) =>
        (await enabled.gql(`mutation($o: String!) { demoLogin(openid: $o) { viewer { staff { storeId roleKey roleName } } } }`, { o: openid })).data!.demoLogin.viewer.staff;
      expect(await staffOf(DEMO_CLERK_A.openid)).toEqual([{ storeId: String(DEMO_STORE_A_ID), roleKey: 'CLERK', roleName: '店员' }]);
      expect(await staffOf(DEMO_MANAGER_A.openid)).toEqual([{ storeId: String(DEMO_STORE_A_ID), roleKey: 'STORE_MANAGER', roleName: '店长' }]);
      expect(await staffOf(DEMO_HQ_OPERATOR.openid)).toEqual([{ storeId: null, roleKey: 'HQ_OPERATOR', roleName: '总部运营' }]);
      expect(await staffOf(DEMO_MEMBER.openid)).toEqual([]);
    } finally {
      await enabled.close();
    }
  });
});
