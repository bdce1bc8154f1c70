import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { delay, http } from 'msw';
import { createWechatHandlers, DEV_WECHAT_CREDENTIALS as DEV } from '@corner/mocks';
import { createWechatClient } from './wechat-client.ts';
import { WechatApiError } from './errors.ts';

const BASE = 'https://api.weixin.test';
const handlers = createWechatHandlers({ baseUrl: BASE, knownPages: ['pages/store/index'] });
const server = setupServer(...handlers);
const requests: string[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => requests.push(new URL(request.url).pathname));
});
beforeEach(() => {
  requests.length = 0;
});
afterEach(() => {
  server.resetHandlers();
  handlers.reset();
});
afterAll(() => server.close());

const client = (over: Partial<Parameters<typeof createWechatClient>[0]> = {}) =>
  createWechatClient({ baseUrl: BASE, appId: DEV.appId, appSecret: DEV.appSecret, ...over });

async function wxError(p: Promise<unknown>): Promise<WechatApiError> {
  const e = await p.then(
    () => {
      throw new Error('expected a WechatApiError');
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WechatApiError);
  return e as WechatApiError;
}

describe('code2Session', () => {
  it('exchanges a mock code for the encoded openid, session key and unionid', async () => {
    const s = await client().code2Session('mock:o-alice:1');
    expect(s.openid).toBe('o-alice');
    expect(s.sessionKey).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(s.unionid).toBe('union-o-alice');
  });

  it('rejects a second use of the same code with 40163 CODE_USED', async () => {
    const c = client();
    await c.code2Session('mock:o-bob:1');
    const e = await wxError(c.code2Session('mock:o-bob:1'));
    expect([e.errcode, e.kind]).toEqual([40163, 'CODE_USED']);
  });

  it.each([
    ['mock-err:40029', 40029, 'INVALID_CODE'],
    ['mock-err:45011', 45011, 'RATE_LIMITED'],
    ['mock-err:40226', 40226, 'RISKY_USER'],
    ['garbage', 40029, 'INVALID_CODE'],
  ] as const)('maps %s to %i %s', async (code, errcode, kind) => {
    const e = await wxError(client().code2Session(code));
    expect(e.errcode).toBe(errcode);
    expect(e.kind).toBe(kind);
  });

  it('reports a wrong appid (40013) and a wrong secret (40125) as INVALID_CREDENTIALS', async () => {
    const a = await wxError(client({ appId: 'wxwrong' }).code2Session('mock:o:1'));
    const b = await wxError(client({ appSecret: 'wrong' }).code2Session('mock:o:2'));
    expect([a.errcode, a.kind]).toEqual([40013, 'INVALID_CREDENTIALS']);
    expect([b.errcode, b.kind]).toEqual([40125, 'INVALID_CREDENTIALS']);
  });

  it('turns a timeout into UNAVAILABLE', async () => {
    server.use(http.get(`${BASE}/sns/jscode2session`, async () => delay('infinite')));
    const e = await wxError(client({ timeoutMs: 50 }).code2Session('mock:o:1'));
    expect(e.kind).toBe('UNAVAILABLE');
    expect(e.retryable).toBe(true);
  });
});

describe('getAccessToken', () => {
  it('caches the token and shares one in-flight refresh between concurrent callers', async () => {
    const c = client();
    const tokens = await Promise.all([c.getAccessToken(), c.getAccessToken(), c.getAccessToken()]);
    expect(new Set(tokens).size).toBe(1);
    expect(await c.getAccessToken()).toBe(tokens[0]);
    expect(requests.filter((p) => p === '/cgi-bin/stable_token')).toHaveLength(1);
  });

  it('refreshes shortly before expiry', async () => {
    let t = Date.now();
    const c = client({ now: () => t, accessTokenRefreshMarginMs: 5 * 60_000 });
    await c.getAccessToken();
    t += (7200 - 299) * 1000;
    await c.getAccessToken();
    expect(requests.filter((p) => p === '/cgi-bin/stable_token')).toHaveLength(2);
  });

  it('surfaces bad credentials', async () => {
    const e = await wxError(client({ appSecret: 'nope' }).getAccessToken());
    expect(e.errcode).toBe(40125);
  });

  it('refreshes and retries once when WeChat rejects a cached token (40001)', async () => {
    const c = client();
    await c.getAccessToken();
    handlers.reset(); // the platform forgets every token, as after a secret reset
    const info = await c.getPhoneNumber('mock-phone:13800138000');
    expect(info.purePhoneNumber).toBe('13800138000');
    expect(requests.filter((p) => p === '/cgi-bin/stable_token')).toHaveLength(2);
  });
});

describe('getPhoneNumber', () => {
  it('returns phone_info for a mock-phone code', async () => {
    const info = await client().getPhoneNumber('mock-phone:13912345678');
    expect(info).toMatchObject({ phoneNumber: '13912345678', purePhoneNumber: '13912345678', countryCode: '86', watermark: { appid: DEV.appId } });
  });

  it('rejects unknown and reused codes with 40029', async () => {
    const c = client();
    expect((await wxError(c.getPhoneNumber('whatever'))).kind).toBe('INVALID_CODE');
    await c.getPhoneNumber('mock-phone:13912345678:a');
    expect((await wxError(c.getPhoneNumber('mock-phone:13912345678:a'))).errcode).toBe(40029);
  });
});

describe('getUnlimitedQrCode', () => {
  it('returns PNG bytes', async () => {
    const png = await client().getUnlimitedQrCode({ scene: 's=42', page: 'pages/store/index', envVersion: 'develop', width: 430 });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(handlers.state.qrCodes[0]).toMatchObject({ scene: 's=42', page: 'pages/store/index', env_version: 'develop', width: 430 });
  });

  it.each([
    [{ scene: 'x'.repeat(33) }, 40169, 'INVALID_SCENE'],
    [{ scene: '门店' }, 40169, 'INVALID_SCENE'],
    [{ scene: 'a%20b' }, 40169, 'INVALID_SCENE'],
    [{ scene: 'ok', page: '/pages/store/index' }, 41030, 'INVALID_PAGE'],
    [{ scene: 'ok', page: 'pages/store/index?x=1' }, 41030, 'INVALID_PAGE'],
    [{ scene: 'ok', page: 'pages/nope/index' }, 41030, 'INVALID_PAGE'],
  ] as const)('rejects %j with %i', async (params, errcode, kind) => {
    const e = await wxError(client().getUnlimitedQrCode(params));
    expect([e.errcode, e.kind]).toEqual([errcode, kind]);
  });

  it('skips the page check when checkPath is false', async () => {
    await expect(client().getUnlimitedQrCode({ scene: 'ok', page: 'pages/unreleased/index', checkPath: false })).resolves.toBeInstanceOf(Buffer);
  });
});

describe('sendSubscribeMessage', () => {
  const msg = { templateId: 'TPL_ORDER_READY', page: 'pages/order/index?id=1', data: { thing1: { value: 'Order ready' } } };

  it('sends and returns the msgid', async () => {
    const r = await client().sendSubscribeMessage({ toUser: 'o-alice', ...msg, miniprogramState: 'developer' });
    expect(typeof r.msgid).toBe('number');
    expect(handlers.state.sentMessages[0]).toMatchObject({ touser: 'o-alice', template_id: 'TPL_ORDER_READY' });
  });

  it('reports 43101 NOT_SUBSCRIBED when the user has not accepted the template', async () => {
    const e = await wxError(client().sendSubscribeMessage({ toUser: 'refuse-o-bob', ...msg }));
    expect([e.errcode, e.kind]).toEqual([43101, 'NOT_SUBSCRIBED']);
  });

  it('reports a missing template (40037) and bad data (47003)', async () => {
    expect((await wxError(client().sendSubscribeMessage({ toUser: 'o', ...msg, templateId: '' }))).errcode).toBe(40037);
    const bad = { ...msg, data: { thing1: { value: 1 as unknown as string } } };
    expect((await wxError(client().sendSubscribeMessage({ toUser: 'o', ...bad }))).errcode).toBe(47003);
  });
});
