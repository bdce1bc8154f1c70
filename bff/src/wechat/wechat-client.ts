import { WechatApiError } from './errors.ts';

export interface WechatClientConfig {
  /** e.g. https://api.weixin.qq.com (or the local mock). */
  baseUrl: string;
  appId: string;
  appSecret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Refresh the access token this long before WeChat says it expires. */
  accessTokenRefreshMarginMs?: number;
  now?: () => number;
}

export interface Code2SessionResult {
  openid: string;
  /** Server-side secret; never send it to the client. */
  sessionKey: string;
  unionid?: string;
}

export interface PhoneInfo {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
  watermark: { timestamp: number; appid: string };
}

export interface UnlimitedQrCodeParams {
  /** At most 32 chars of 0-9A-Za-z!#$&'()*+,/:;=?@-._~ — map longer meanings server-side. */
  scene: string;
  /** No leading slash, no query string. */
  page?: string;
  checkPath?: boolean;
  envVersion?: 'release' | 'trial' | 'develop';
  width?: number;
  autoColor?: boolean;
  lineColor?: { r: number; g: number; b: number };
  isHyaline?: boolean;
}

export interface SubscribeMessageParams {
  toUser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW';
}

export interface WechatClient {
  code2Session(code: string): Promise<Code2SessionResult>;
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  getPhoneNumber(code: string): Promise<PhoneInfo>;
  getUnlimitedQrCode(params: UnlimitedQrCodeParams): Promise<Buffer>;
  sendSubscribeMessage(params: SubscribeMessageParams): Promise<{ msgid?: number }>;
}

const TOKEN_ERRCODES = new Set([40001, 40014, 42001]);

interface WxErrorBody {
  errcode?: number;
  errmsg?: string;
}

export function createWechatClient(config: WechatClientConfig): WechatClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? 5000;
  const margin = config.accessTokenRefreshMarginMs ?? 5 * 60_000;
  const now = config.now ?? Date.now;
  // Resolved per call, so test interceptors installed after construction still apply.
  const doFetch: typeof fetch = (input, init) => (config.fetch ?? globalThis.fetch)(input, init);

  let cached: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function call(api: string, path: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await doFetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      const timedOut = (e as Error)?.name === 'TimeoutError';
      throw new WechatApiError(api, -1, timedOut ? `timed out after ${timeoutMs}ms` : `network error: ${(e as Error)?.message}`, 'UNAVAILABLE', { cause: e });
    }
  }

  async function readJson<T>(api: string, res: Response): Promise<T & WxErrorBody> {
    if (res.status >= 500) throw new WechatApiError(api, -1, `HTTP ${res.status}`, 'UNAVAILABLE');
    const text = await res.text();
    let body: T & WxErrorBody;
    try {
      body = JSON.parse(text);
    } catch (e) {
      throw new WechatApiError(api, -1, `non-JSON response (HTTP ${res.status})`, 'BAD_RESPONSE', { cause: e });
    }
    // WeChat reports failures with HTTP 200 and a non-zero errcode.
    if (typeof body.errcode === 'number' && body.errcode !== 0) {
      throw new WechatApiError(api, body.errcode, body.errmsg ?? '');
    }
    return body;
  }

  async function fetchAccessToken(forceRefresh: boolean): Promise<string> {
    // stable_token (not /cgi-bin/token) so several BFF instances share one token instead of
    // invalidating each other's.
    const res = await call('stable_token', '/cgi-bin/stable_token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: config.appId, secret: config.appSecret, force_refresh: forceRefresh }),
    });
    const body = await readJson<{ access_token?: string; expires_in?: number }>('stable_token', res);
    if (!body.access_token || typeof body.expires_in !== 'number') {
      throw new WechatApiError('stable_token', -1, 'response without access_token', 'BAD_RESPONSE');
    }
    cached = { token: body.access_token, expiresAt: now() + body.expires_in * 1000 };
    return body.access_token;
  }

  function getAccessToken(options: { forceRefresh?: boolean } = {}): Promise<string> {
    if (!options.forceRefresh && cached && now() < cached.expiresAt - margin) return Promise.resolve(cached.token);
    // Single-flight: concurrent callers share one refresh rather than racing for new tokens.
    if (!inflight) {
      inflight = fetchAccessToken(options.forceRefresh ?? false).finally(() => {
        inflight = undefined;
      });
    }
    return inflight;
  }

  /** Calls an access_token API; on a rejected token, refreshes once and retries. */
  async function withToken(api: string, path: string, body: unknown): Promise<Response> {
    const send = async (token: string) =>
      call(api, `${path}?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const first = await send(await getAccessToken());
    if (!(first.headers.get('content-type') ?? '').includes('json')) return first;
    const peek = (await first.clone().json().catch(() => ({}))) as WxErrorBody;
    if (typeof peek.errcode === 'number' && TOKEN_ERRCODES.has(peek.errcode)) {
      cached = undefined;
      return send(await getAccessToken({ forceRefresh: true }));
    }
    return first;
  }

  return {
    async code2Session(code) {
      const q = new URLSearchParams({ appid: config.appId, secret: config.appSecret, js_code: code, grant_type: 'authorization_code' });
      const res = await call('jscode2session', `/sns/jscode2session?${q}`);
      const body = await readJson<{ openid?: string; session_key?: string; unionid?: string }>('jscode2session', res);
      if (!body.openid || !body.session_key) throw new WechatApiError('jscode2session', -1, 'response without openid', 'BAD_RESPONSE');
      return { openid: body.openid, sessionKey: body.session_key, ...(body.unionid ? { unionid: body.unionid } : {}) };
    },

    getAccessToken,

    async getPhoneNumber(code) {
      const res = await withToken('getuserphonenumber', '/wxa/business/getuserphonenumber', { code });
      const body = await readJson<{ phone_info?: PhoneInfo }>('getuserphonenumber', res);
      if (!body.phone_info?.purePhoneNumber) throw new WechatApiError('getuserphonenumber', -1, 'response without phone_info', 'BAD_RESPONSE');
      return body.phone_info;
    },

    async getUnlimitedQrCode(p) {
      const res = await withToken('getwxacodeunlimit', '/wxa/getwxacodeunlimit', {
        scene: p.scene,
        ...(p.page !== undefined ? { page: p.page } : {}),
        ...(p.checkPath !== undefined ? { check_path: p.checkPath } : {}),
        ...(p.envVersion !== undefined ? { env_version: p.envVersion } : {}),
        ...(p.width !== undefined ? { width: p.width } : {}),
        ...(p.autoColor !== undefined ? { auto_color: p.autoColor } : {}),
        ...(p.lineColor !== undefined ? { line_color: p.lineColor } : {}),
        ...(p.isHyaline !== undefined ? { is_hyaline: p.isHyaline } : {}),
      });
      // Success is the image itself; failure is a JSON errcode body on the same endpoint.
      if ((res.headers.get('content-type') ?? '').startsWith('image/')) return Buffer.from(await res.arrayBuffer());
      await readJson('getwxacodeunlimit', res);
      throw new WechatApiError('getwxacodeunlimit', -1, 'response was neither an image nor an error', 'BAD_RESPONSE');
    },

    async sendSubscribeMessage(p) {
      const res = await withToken('subscribe.send', '/cgi-bin/message/subscribe/send', {
        touser: p.toUser,
        template_id: p.templateId,
        ...(p.page !== undefined ? { page: p.page } : {}),
        data: p.data,
        ...(p.miniprogramState !== undefined ? { miniprogram_state: p.miniprogramState } : {}),
        ...(p.lang !== undefined ? { lang: p.lang } : {}),
      });
      const body = await readJson<{ msgid?: number }>('subscribe.send', res);
      return body.msgid !== undefined ? { msgid: body.msgid } : {};
    },
  };
}
