import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { createWechatHandlers, DEV_WECHAT_CREDENTIALS } from '@corner/mocks';
import { startTestServer, type TestServer, type TestServerOptions } from './server.ts';

/** Where the in-process WeChat mock answers; the BFF runs in the test process, so msw sees its fetches. */
export const WECHAT_TEST_BASE_URL = 'http://wechat.test';

export function wechatTestEnv(): Record<string, string> {
  return { WECHAT_API_BASE_URL: WECHAT_TEST_BASE_URL, WECHAT_APPID: DEV_WECHAT_CREDENTIALS.appId, WECHAT_SECRET: DEV_WECHAT_CREDENTIALS.appSecret };
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  viewer: { id: string };
}

export interface AuthTestServer extends TestServer {
  wechat: ReturnType<typeof createWechatHandlers>;
  /** Signs in through login(code) with a mock wx.login code for `openid`. */
  signIn(openid: string): Promise<SessionTokens>;
  bearer(session: { accessToken: string }): Record<string, string>;
}

export const SESSION_FIELDS = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt viewer { id isMember }';

/** The BFF with the WeChat platform mocked in-process (msw), for anything that needs a signed-in caller. */
export async function startAuthTestServer(options: TestServerOptions = {}): Promise<AuthTestServer> {
  const wechat = createWechatHandlers({ baseUrl: WECHAT_TEST_BASE_URL });
  const msw = setupServer(...wechat);
  // Only the WeChat origin is mocked; the test's own requests to the loopback BFF pass through.
  msw.listen({ onUnhandledRequest: 'bypass' });
  const server = await startTestServer({ ...options, env: { ...wechatTestEnv(), ...options.env } });
  return {
    ...server,
    wechat,
    async signIn(openid) {
      const result = await server.gql(`mutation($code: String!) { login(code: $code) { ${SESSION_FIELDS} } }`, { code: `mock:${openid}:${randomUUID()}` });
      if (!result.data?.login) throw new Error(`sign-in as ${openid} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login;
    },
    bearer: (session) => ({ authorization: `Bearer ${session.accessToken}` }),
    async close() {
      msw.close();
      await server.close();
    },
  };
}
