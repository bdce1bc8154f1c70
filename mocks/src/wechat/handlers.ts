import { randomBytes, randomUUID } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEV_WECHAT_CREDENTIALS } from './dev-credentials.ts';
import { buildPaymentNotification, buildRefundNotification, type SignedNotification } from './notifications.ts';
import { parseAuthorization, randomString, rfc3339Cst, rsaSha256Sign, rsaSha256Verify } from './pay-crypto.ts';

export interface WechatMockOptions {
  /** Origin of api.weixin.qq.com; `*` matches any origin (used by the dev server). */
  baseUrl: string;
  /** Origin of api.mch.weixin.qq.com; defaults to baseUrl (one server serves both). */
  payBaseUrl?: string;
  appId?: string;
  appSecret?: string;
  mchId?: string;
  merchantSerialNo?: string;
  merchantPublicKeyPem?: string;
  platformSerialNo?: string;
  platformPrivateKeyPem?: string;
  apiV3Key?: string;
  accessTokenTtlSeconds?: number;
  /** When set, getwxacodeunlimit with check_path enabled rejects other pages with 41030. */
  knownPages?: string[];
  /**
   * Status a new refund starts in; PROCESSING lets tests exercise the polling path and the refund
   * notifications sent by POST /__mock__/refund/settle. Changeable later with `configure`.
   */
  refundInitialStatus?: 'SUCCESS' | 'PROCESSING';
  /** How notifications reach notify_url; defaults to fetch (intercepted by msw in tests). */
  deliverNotification?: (url: string, notification: SignedNotification) => Promise<{ status: number }>;
  now?: () => number;
}

export type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND';

export interface MockTransaction {
  appid: string;
  mchid: string;
  description: string;
  out_trade_no: string;
  notify_url: string;
  attach?: string;
  amount: { total: number; currency: string };
  payer: { openid: string };
  prepay_id: string;
  trade_state: TradeState;
  transaction_id?: string;
  success_time?: string;
  /** Retries keep the event id and creation time but are signed afresh, as WeChat's are. */
  notification?: { id: string; createTime: Date };
  refunded: number;
}

export interface MockRefund {
  refund_id: string;
  out_refund_no: string;
  out_trade_no: string;
  transaction_id: string;
  reason?: string;
  notify_url?: string;
  status: 'SUCCESS' | 'PROCESSING' | 'ABNORMAL' | 'CLOSED';
  create_time: string;
  success_time?: string;
  amount: { refund: number; total: number; currency: string };
  /** As for payments: retries keep the event id and creation time. */
  notification?: { id: string; createTime: Date };
}

export interface WechatMockState {
  usedLoginCodes: Set<string>;
  usedPhoneCodes: Set<string>;
  accessTokens: Map<string, number>;
  stableToken?: { token: string; expiresAt: number };
  sentMessages: Array<Record<string, unknown>>;
  qrCodes: Array<Record<string, unknown>>;
  transactions: Map<string, MockTransaction>;
  refunds: Map<string, MockRefund>;
  deliveries: Array<{ url: string; status: number; error?: string; notificationId: string }>;
}

export type WechatHandlers = HttpHandler[] & {
  state: WechatMockState;
  /** Forget all tokens, used codes, transactions and deliveries. */
  reset(): void;
  /** Changes how later requests behave (e.g. refunds that stay PROCESSING). */
  configure(changes: Pick<WechatMockOptions, 'refundInitialStatus'>): void;
};

// A genuine 1x1 PNG: callers may decode the QR code image, so it must be a valid file.
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const SCENE_RE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
const OUT_TRADE_NO_RE = /^[0-9A-Za-z_\-|*]{6,32}$/;

function freshState(): WechatMockState {
  return {
    usedLoginCodes: new Set(),
    usedPhoneCodes: new Set(),
    accessTokens: new Map(),
    sentMessages: [],
    qrCodes: [],
    transactions: new Map(),
    refunds: new Map(),
    deliveries: [],
  };
}

/** WeChat's mini-program APIs answer HTTP 200 with an errcode body; errmsg carries a request id. */
function wxError(errcode: number, errmsg: string) {
  return HttpResponse.json({ errcode, errmsg: `${errmsg} rid: ${randomUUID().slice(0, 23)}` });
}

const defaultDeliver = async (url: string, n: SignedNotification) => {
  const res = await fetch(url, { method: 'POST', headers: n.headers, body: n.body, signal: AbortSignal.timeout(5000) });
  await res.arrayBuffer().catch(() => undefined);
  return { status: res.status };
};

export function createWechatHandlers(options: WechatMockOptions): WechatHandlers {
  const c = DEV_WECHAT_CREDENTIALS;
  const cfg = {
    appId: options.appId ?? c.appId,
    appSecret: options.appSecret ?? c.appSecret,
    mchId: options.mchId ?? c.mchId,
    merchantSerialNo: options.merchantSerialNo ?? c.merchantSerialNo,
    merchantPublicKeyPem: options.merchantPublicKeyPem ?? c.merchantPublicKeyPem,
    platformSerialNo: options.platformSerialNo ?? c.platformSerialNo,
    platformPrivateKeyPem: options.platformPrivateKeyPem ?? c.platformPrivateKeyPem,
    apiV3Key: options.apiV3Key ?? c.apiV3Key,
    tokenTtl: options.accessTokenTtlSeconds ?? 7200,
    refundInitialStatus: options.refundInitialStatus ?? 'SUCCESS',
    deliver: options.deliverNotification ?? defaultDeliver,
    now: options.now ?? Date.now,
  };
  const api = options.baseUrl.replace(/\/+$/, '');
  const pay = (options.payBaseUrl ?? options.baseUrl).replace(/\/+$/, '');
  const state = freshState();

  const issueToken = () => {
    const token = `mock-at-${randomString(48)}`;
    const expiresAt = cfg.now() + cfg.tokenTtl * 1000;
    state.accessTokens.set(token, expiresAt);
    return { token, expiresAt };
  };

  /** Returns an error response when the access_token query parameter is not acceptable. */
  const checkAccessToken = (request: Request) => {
    const token = new URL(request.url).searchParams.get('access_token');
    if (!token) return wxError(41001, 'access_token missing');
    const expiresAt = state.accessTokens.get(token);
    if (expiresAt === undefined) return wxError(40001, 'invalid credential, access_token is invalid or not latest');
    if (expiresAt <= cfg.now()) return wxError(42001, 'access_token expired');
    return null;
  };

  const checkAppCredentials = (appid: unknown, secret: unknown) => {
    if (appid !== cfg.appId) return wxError(40013, 'invalid appid');
    if (secret !== cfg.appSecret) return wxError(40125, 'invalid appsecret');
    return null;
  };

  const readJson = async (request: Request): Promise<Record<string, unknown> | null> => {
    try {
      const v = JSON.parse(await request.text());
      return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
    } catch {
      return null;
    }
  };

  // ---- WeChat Pay v3 helpers ----

  /** Every v3 response is signed by the platform key, so clients can detect a man in the middle. */
  const payResponse = (status: number, body?: unknown) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const timestamp = String(Math.floor(cfg.now() / 1000));
    const nonce = randomString(32);
    const headers: Record<string, string> = {
      'Request-ID': randomUUID(),
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Serial': cfg.platformSerialNo,
      'Wechatpay-Signature': rsaSha256Sign(`${timestamp}\n${nonce}\n${text}\n`, cfg.platformPrivateKeyPem),
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return new HttpResponse(body === undefined ? null : text, { status, headers });
  };
  const payError = (status: number, code: string, message: string, detail?: Record<string, unknown>) =>
    payResponse(status, detail ? { code, message, detail } : { code, message });

  /** Verifies the merchant's WECHATPAY2-SHA256-RSA2048 request signature; returns the raw body. */
  const authenticate = async (request: Request): Promise<{ body: string } | { error: Response }> => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const auth = parseAuthorization(request.headers.get('authorization'));
    if (!auth) return { error: payError(401, 'SIGN_ERROR', 'Http头Authorization值格式错误，请参考《微信支付API v3签名规则》') };
    if (auth.mchid !== cfg.mchId) return { error: payError(401, 'SIGN_ERROR', '商户号与签名信息不匹配') };
    if (auth.serial_no !== cfg.merchantSerialNo) return { error: payError(401, 'SIGN_ERROR', '商户证书序列号有误。请使用签名私钥匹配的证书序列号') };
    if (Math.abs(cfg.now() / 1000 - Number(auth.timestamp)) > 300) return { error: payError(401, 'SIGN_ERROR', '签名时间戳过期') };
    const url = new URL(request.url);
    const message = `${request.method}\n${url.pathname}${url.search}\n${auth.timestamp}\n${auth.nonce_str}\n${body}\n`;
    if (!rsaSha256Verify(message, auth.signature, cfg.merchantPublicKeyPem)) {
      return {
        error: payError(401, 'SIGN_ERROR', '签名错误，请检查后再试', {
          detail: { issue: 'sign not match' },
          field: 'signature',
          location: 'authorization',
          sign_information: { method: request.method, url: `${url.pathname}${url.search}`, sign_message_length: message.length },
        }),
      };
    }
    return { body };
  };

  /** A signed WeChat Pay request whose body must be a JSON object (an empty body counts as {}). */
  const authenticatedJson = async (request: Request): Promise<{ body: Record<string, any> } | { error: Response }> => {
    const auth = await authenticate(request);
    if ('error' in auth) return auth;
    try {
      return { body: JSON.parse(auth.body || '{}') };
    } catch {
      return { error: payError(400, 'PARAM_ERROR', '请求体不是合法的JSON') };
    }
  };


  const transactionView = (t: MockTransaction) => ({
    appid: t.appid,
    mchid: t.mchid,
    out_trade_no: t.out_trade_no,
    ...(t.transaction_id ? { transaction_id: t.transaction_id } : {}),
    trade_type: 'JSAPI',
    trade_state: t.trade_state,
    trade_state_desc: { NOTPAY: '未支付', SUCCESS: '支付成功', CLOSED: '已关闭', REFUND: '转入退款' }[t.trade_state],
    ...(t.transaction_id ? { bank_type: 'OTHERS', success_time: t.success_time } : {}),
    ...(t.attach !== undefined ? { attach: t.attach } : {}),
    payer: { openid: t.payer.openid },
    amount: t.transaction_id
      ? { total: t.amount.total, payer_total: t.amount.total, currency: t.amount.currency, payer_currency: t.amount.currency }
      : { total: t.amount.total, currency: t.amount.currency },
  });

  const refundView = (r: MockRefund, t: MockTransaction) => ({
    refund_id: r.refund_id,
    out_refund_no: r.out_refund_no,
    transaction_id: r.transaction_id,
    out_trade_no: r.out_trade_no,
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    ...(r.success_time ? { success_time: r.success_time } : {}),
    create_time: r.create_time,
    status: r.status,
    funds_account: 'AVAILABLE',
    amount: {
      total: r.amount.total,
      refund: r.amount.refund,
      payer_total: t.amount.total,
      payer_refund: r.amount.refund,
      settlement_refund: r.amount.refund,
      settlement_total: t.amount.total,
      discount_refund: 0,
      currency: r.amount.currency,
      refund_fee: 0,
    },
  });

  const fieldError = (field: string, message: string) => payError(400, 'PARAM_ERROR', message, { field, location: 'body' });

  /** Sends a signed notification to notify_url and records the attempt; a failure is reported, not thrown. */
  const deliverTo = async (url: string, notification: SignedNotification, notificationId: string) => {
    try {
      const { status } = await cfg.deliver(url, notification);
      state.deliveries.push({ url, status, notificationId });
      return { delivered: status >= 200 && status < 300, status };
    } catch (e) {
      const error = (e as Error).message;
      state.deliveries.push({ url, status: 0, error, notificationId });
      return { delivered: false, error };
    }
  };

  const handlers: HttpHandler[] = [
    // ---- Mini-program login ----
    http.get(`${api}/sns/jscode2session`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      const credErr = checkAppCredentials(q.get('appid'), q.get('secret'));
      if (credErr) return credErr;
      if (q.get('grant_type') !== 'authorization_code') return wxError(40002, 'invalid grant_type');
      const code = q.get('js_code');
      if (!code) return wxError(41008, 'missing code');
      // Real codes are single-use only once they succeed; failed exchanges do not consume them.
      if (state.usedLoginCodes.has(code)) return wxError(40163, 'code been used');
      const err = /^mock-err:(\d+)(?::.*)?$/.exec(code);
      if (err) {
        const errcode = Number(err[1]);
        const msg: Record<number, string> = {
          40029: 'invalid code',
          45011: 'api minute-quota reach limit  mustslower  retry next minute',
          40226: 'code blocked',
          [-1]: 'system error',
        };
        return wxError(errcode, msg[errcode] ?? 'mock error');
      }
      const ok = /^mock:([^:]+):.+$/.exec(code);
      if (!ok) return wxError(40029, 'invalid code');
      state.usedLoginCodes.add(code);
      const openid = ok[1]!;
      return HttpResponse.json({
        session_key: randomBytes(16).toString('base64'),
        openid,
        unionid: `union-${openid}`,
      });
    }),

    // ---- Access token ----
    http.post(`${api}/cgi-bin/stable_token`, async ({ request }) => {
      const body = await readJson(request);
      if (!body) return wxError(47001, 'data format error');
      if (body.grant_type !== 'client_credential') return wxError(40002, 'invalid grant_type');
      const credErr = checkAppCredentials(body.appid, body.secret);
      if (credErr) return credErr;
      // stable_token hands every caller the same token until it expires, unless force_refresh.
      const current = state.stableToken;
      const fresh = body.force_refresh === true || !current || current.expiresAt <= cfg.now() || !state.accessTokens.has(current.token);
      const t = fresh ? issueToken() : current!;
      state.stableToken = t;
      return HttpResponse.json({ access_token: t.token, expires_in: Math.max(0, Math.round((t.expiresAt - cfg.now()) / 1000)) });
    }),
    http.get(`${api}/cgi-bin/token`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      if (q.get('grant_type') !== 'client_credential') return wxError(40002, 'invalid grant_type');
      const credErr = checkAppCredentials(q.get('appid'), q.get('secret'));
      if (credErr) return credErr;
      const t = issueToken();
      return HttpResponse.json({ access_token: t.token, expires_in: cfg.tokenTtl });
    }),

    // ---- Phone number ----
    http.post(`${api}/wxa/business/getuserphonenumber`, async ({ request }) => {
      const tokenErr = checkAccessToken(request);
      if (tokenErr) return tokenErr;
      const body = await readJson(request);
      const code = typeof body?.code === 'string' ? body.code : '';
      const m = /^mock-phone:(\d{11})(?::.*)?$/.exec(code);
      if (!m || state.usedPhoneCodes.has(code)) return wxError(40029, 'invalid code');
      state.usedPhoneCodes.add(code);
      return HttpResponse.json({
        errcode: 0,
        errmsg: 'ok',
        phone_info: {
          phoneNumber: m[1],
          purePhoneNumber: m[1],
          countryCode: '86',
          watermark: { timestamp: Math.floor(cfg.now() / 1000), appid: cfg.appId },
        },
      });
    }),

    // ---- Unlimited mini-program code ----
    http.post(`${api}/wxa/getwxacodeunlimit`, async ({ request }) => {
      const tokenErr = checkAccessToken(request);
      if (tokenErr) return tokenErr;
      const body = await readJson(request);
      if (!body || typeof body.scene !== 'string' || !SCENE_RE.test(body.scene)) {
        return wxError(40169, 'invalid length for scene, or the data is not json string');
      }
      const envVersion = body.env_version ?? 'release';
      if (!['release', 'trial', 'develop'].includes(envVersion as string)) return wxError(40097, 'invalid args');
      if (body.page !== undefined) {
        const page = body.page;
        if (typeof page !== 'string' || page.startsWith('/') || page.includes('?')) return wxError(41030, 'invalid page');
        if (body.check_path !== false && options.knownPages && !options.knownPages.includes(page)) {
          return wxError(41030, 'invalid page');
        }
      }
      state.qrCodes.push(body);
      return new HttpResponse(TINY_PNG, { headers: { 'Content-Type': 'image/png' } });
    }),

    // ---- Subscribe messages ----
    http.post(`${api}/cgi-bin/message/subscribe/send`, async ({ request }) => {
      const tokenErr = checkAccessToken(request);
      if (tokenErr) return tokenErr;
      const body = await readJson(request);
      if (!body) return wxError(47001, 'data format error');
      if (typeof body.touser !== 'string' || !body.touser) return wxError(40003, 'invalid openid');
      if (typeof body.template_id !== 'string' || !body.template_id) return wxError(40037, 'invalid template_id');
      if (!body.data || typeof body.data !== 'object') return wxError(47003, 'argument invalid! data is empty');
      for (const [key, v] of Object.entries(body.data as Record<string, unknown>)) {
        if (!v || typeof v !== 'object' || typeof (v as { value?: unknown }).value !== 'string') {
          return wxError(47003, `argument invalid! data.${key}.value invalid`);
        }
      }
      if (body.miniprogram_state !== undefined && !['developer', 'trial', 'formal'].includes(body.miniprogram_state as string)) {
        return wxError(40003, 'invalid miniprogram_state');
      }
      if (body.touser.startsWith('refuse-')) return wxError(43101, 'user refuse to accept the msg');
      state.sentMessages.push(body);
      return HttpResponse.json({ errcode: 0, errmsg: 'ok', msgid: Number(`${Date.now()}${state.sentMessages.length}`.slice(-15)) });
    }),

    // ---- WeChat Pay v3: JSAPI order ----
    http.post(`${pay}/v3/pay/transactions/jsapi`, async ({ request }) => {
      const parsed = await authenticatedJson(request);
      if ('error' in parsed) return parsed.error;
      const b = parsed.body;
      for (const f of ['appid', 'mchid', 'description', 'out_trade_no', 'notify_url'] as const) {
        if (typeof b[f] !== 'string' || !b[f]) return fieldError(f, `缺少必填参数 ${f}`);
      }
      if (!b.amount || typeof b.amount !== 'object') return fieldError('amount', '缺少必填参数 amount');
      if (!Number.isInteger(b.amount.total) || b.amount.total <= 0) return fieldError('amount.total', 'amount.total 必须为大于0的整数（单位：分）');
      if (b.amount.currency !== undefined && b.amount.currency !== 'CNY') return fieldError('amount.currency', '币种仅支持CNY');
      if (!b.payer || typeof b.payer.openid !== 'string' || !b.payer.openid) return fieldError('payer.openid', '缺少必填参数 payer.openid');
      if (!OUT_TRADE_NO_RE.test(b.out_trade_no)) return fieldError('out_trade_no', 'out_trade_no 格式错误');
      if (b.description.length > 127) return fieldError('description', 'description 长度超过限制');
      if (!/^https?:\/\/[^?#]+$/.test(b.notify_url)) return fieldError('notify_url', 'notify_url 格式错误，不能携带参数');
      if (b.mchid !== cfg.mchId || b.appid !== cfg.appId) return payError(400, 'APPID_MCHID_NOT_MATCH', 'AppID和mch_id不匹配');

      const existing = state.transactions.get(b.out_trade_no);
      if (existing) {
        if (existing.trade_state === 'SUCCESS' || existing.trade_state === 'REFUND') return payError(400, 'ORDERPAID', '该订单已支付');
        if (existing.trade_state === 'CLOSED') return payError(400, 'ORDER_CLOSED', '订单已关闭');
        const same =
          existing.amount.total === b.amount.total &&
          existing.description === b.description &&
          existing.payer.openid === b.payer.openid;
        // An identical retry is idempotent and gets the same prepay_id; a changed one is rejected.
        if (!same) return payError(400, 'INVALID_REQUEST', '201 商户订单号重复');
        return payResponse(200, { prepay_id: existing.prepay_id });
      }
      const prepay_id = `wx${Date.now().toString(36)}${randomString(20)}`;
      state.transactions.set(b.out_trade_no, {
        appid: b.appid,
        mchid: b.mchid,
        description: b.description,
        out_trade_no: b.out_trade_no,
        notify_url: b.notify_url,
        ...(typeof b.attach === 'string' ? { attach: b.attach } : {}),
        amount: { total: b.amount.total, currency: b.amount.currency ?? 'CNY' },
        payer: { openid: b.payer.openid },
        prepay_id,
        trade_state: 'NOTPAY',
        refunded: 0,
      });
      return payResponse(200, { prepay_id });
    }),

    http.get(`${pay}/v3/pay/transactions/out-trade-no/:outTradeNo`, async ({ request, params }) => {
      const auth = await authenticate(request);
      if ('error' in auth) return auth.error;
      const mchid = new URL(request.url).searchParams.get('mchid');
      if (!mchid) return payError(400, 'PARAM_ERROR', '缺少必填参数 mchid', { field: 'mchid', location: 'query' });
      const t = state.transactions.get(String(params.outTradeNo));
      if (!t || t.mchid !== mchid) return payError(404, 'ORDER_NOT_EXIST', '订单不存在');
      return payResponse(200, transactionView(t));
    }),

    http.post(`${pay}/v3/pay/transactions/out-trade-no/:outTradeNo/close`, async ({ request, params }) => {
      const parsed = await authenticatedJson(request);
      if ('error' in parsed) return parsed.error;
      const b = parsed.body;
      if (!b.mchid) return fieldError('mchid', '缺少必填参数 mchid');
      const t = state.transactions.get(String(params.outTradeNo));
      if (!t || t.mchid !== b.mchid) return payError(404, 'ORDER_NOT_EXIST', '订单不存在');
      if (t.trade_state === 'SUCCESS' || t.trade_state === 'REFUND') return payError(400, 'ORDERPAID', '订单已支付');
      t.trade_state = 'CLOSED';
      return payResponse(204);
    }),

    http.post(`${pay}/v3/refund/domestic/refunds`, async ({ request }) => {
      const parsed = await authenticatedJson(request);
      if ('error' in parsed) return parsed.error;
      const b = parsed.body;
      if (typeof b.out_refund_no !== 'string' || !b.out_refund_no) return fieldError('out_refund_no', '缺少必填参数 out_refund_no');
      if (!b.out_trade_no && !b.transaction_id) return fieldError('out_trade_no', 'transaction_id 和 out_trade_no 必须二选一');
      if (!b.amount || !Number.isInteger(b.amount.refund) || b.amount.refund <= 0) return fieldError('amount.refund', 'amount.refund 必须为大于0的整数');
      if (!Number.isInteger(b.amount.total) || b.amount.total <= 0) return fieldError('amount.total', 'amount.total 必须为大于0的整数');
      const t = b.out_trade_no
        ? state.transactions.get(b.out_trade_no)
        : [...state.transactions.values()].find((x) => x.transaction_id === b.transaction_id);
      if (!t || !t.transaction_id) return payError(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
      const prior = state.refunds.get(b.out_refund_no);
      if (prior) {
        if (prior.amount.refund !== b.amount.refund || prior.out_trade_no !== t.out_trade_no) {
          return payError(400, 'INVALID_REQUEST', '商户退款单号重复，但退款参数与之前请求不一致');
        }
        return payResponse(200, refundView(prior, t));
      }
      if (b.amount.total !== t.amount.total) return payError(400, 'INVALID_REQUEST', '订单金额与实际支付金额不一致');
      // WeChat refuses for good a refund of a payment already refunded in full, or beyond what is left of it.
      if (t.refunded >= t.amount.total) return payError(400, 'INVALID_REQUEST', '订单已全额退款');
      if (t.refunded + b.amount.refund > t.amount.total) return payError(400, 'INVALID_REQUEST', '申请退款金额超过订单可退金额');
      const now = new Date(cfg.now());
      const r: MockRefund = {
        refund_id: `50${Date.now()}${randomString(10).replace(/\D/g, '0')}`.slice(0, 29),
        out_refund_no: b.out_refund_no,
        out_trade_no: t.out_trade_no,
        transaction_id: t.transaction_id,
        ...(typeof b.reason === 'string' ? { reason: b.reason } : {}),
        ...(typeof b.notify_url === 'string' ? { notify_url: b.notify_url } : {}),
        status: cfg.refundInitialStatus,
        create_time: rfc3339Cst(now),
        ...(cfg.refundInitialStatus === 'SUCCESS' ? { success_time: rfc3339Cst(now) } : {}),
        amount: { refund: b.amount.refund, total: b.amount.total, currency: b.amount.currency ?? 'CNY' },
      };
      state.refunds.set(r.out_refund_no, r);
      t.refunded += r.amount.refund;
      t.trade_state = 'REFUND';
      return payResponse(200, refundView(r, t));
    }),

    http.get(`${pay}/v3/refund/domestic/refunds/:outRefundNo`, async ({ request, params }) => {
      const auth = await authenticate(request);
      if ('error' in auth) return auth.error;
      const r = state.refunds.get(String(params.outRefundNo));
      if (!r) return payError(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
      return payResponse(200, refundView(r, state.transactions.get(r.out_trade_no)!));
    }),

    // ---- Mock-only controls: stand in for the user paying in the WeChat client ----
    http.post(`${pay}/__mock__/pay/confirm`, async ({ request }) => {
      const body = (await readJson(request)) ?? {};
      const t =
        typeof body.out_trade_no === 'string'
          ? state.transactions.get(body.out_trade_no)
          : [...state.transactions.values()].find((x) => x.prepay_id === body.prepay_id);
      if (!t) return HttpResponse.json({ code: 'ORDER_NOT_EXIST', message: 'no such prepay_id / out_trade_no' }, { status: 404 });
      if (t.trade_state === 'CLOSED') return HttpResponse.json({ code: 'ORDER_CLOSED', message: 'order is closed' }, { status: 409 });
      if (t.trade_state === 'NOTPAY') {
        t.trade_state = 'SUCCESS';
        t.transaction_id = `4200${Date.now()}${String(state.transactions.size).padStart(11, '0')}`.slice(0, 28);
        t.success_time = rfc3339Cst(new Date(cfg.now()));
      }
      // Confirming an already-paid order re-sends the same notification, as WeChat's retries do.
      t.notification ??= { id: randomUUID(), createTime: new Date(cfg.now()) };
      const notificationId = t.notification.id;
      const notification = buildPaymentNotification({
        transaction: transactionView({ ...t, trade_state: 'SUCCESS' }),
        apiV3Key: cfg.apiV3Key,
        platformPrivateKeyPem: cfg.platformPrivateKeyPem,
        platformSerialNo: cfg.platformSerialNo,
        timestamp: Math.floor(cfg.now() / 1000),
        id: notificationId,
        createTime: t.notification.createTime,
      });
      const delivery = body.deliver !== false ? await deliverTo(t.notify_url, notification, notificationId) : { delivered: false };
      return HttpResponse.json({
        out_trade_no: t.out_trade_no,
        transaction_id: t.transaction_id,
        trade_state: t.trade_state,
        notification: { id: notificationId, url: t.notify_url, ...delivery },
      });
    }),

    // Stands in for the bank finishing a refund: a PROCESSING refund becomes SUCCESS (default),
    // ABNORMAL or CLOSED, and WeChat's REFUND.* notification goes to the refund's notify_url.
    // Settling a finished refund again with the same outcome re-sends the same notification.
    http.post(`${pay}/__mock__/refund/settle`, async ({ request }) => {
      const body = (await readJson(request)) ?? {};
      const r = state.refunds.get(String(body.out_refund_no));
      if (!r) return HttpResponse.json({ code: 'RESOURCE_NOT_EXISTS', message: 'no such out_refund_no' }, { status: 404 });
      const outcome = body.status ?? 'SUCCESS';
      if (outcome !== 'SUCCESS' && outcome !== 'ABNORMAL' && outcome !== 'CLOSED') {
        return HttpResponse.json({ code: 'PARAM_ERROR', message: 'status must be SUCCESS, ABNORMAL or CLOSED' }, { status: 400 });
      }
      if (r.status === 'PROCESSING') {
        r.status = outcome;
        if (outcome === 'SUCCESS') r.success_time = rfc3339Cst(new Date(cfg.now()));
        if (outcome === 'CLOSED') state.transactions.get(r.out_trade_no)!.refunded -= r.amount.refund;
      } else if (r.status !== outcome) {
        return HttpResponse.json({ code: 'INVALID_REQUEST', message: `refund is already ${r.status}` }, { status: 409 });
      }
      r.notification ??= { id: randomUUID(), createTime: new Date(cfg.now()) };
      const notificationId = r.notification.id;
      const notification = buildRefundNotification({
        refund: {
          mchid: cfg.mchId,
          out_trade_no: r.out_trade_no,
          transaction_id: r.transaction_id,
          out_refund_no: r.out_refund_no,
          refund_id: r.refund_id,
          refund_status: r.status,
          ...(r.success_time ? { success_time: r.success_time } : {}),
          user_received_account: '支付用户零钱',
          amount: { total: r.amount.total, refund: r.amount.refund, payer_total: r.amount.total, payer_refund: r.amount.refund },
        },
        apiV3Key: cfg.apiV3Key,
        platformPrivateKeyPem: cfg.platformPrivateKeyPem,
        platformSerialNo: cfg.platformSerialNo,
        timestamp: Math.floor(cfg.now() / 1000),
        id: notificationId,
        createTime: r.notification.createTime,
      });
      const delivery = r.notify_url && body.deliver !== false ? await deliverTo(r.notify_url, notification, notificationId) : { delivered: false };
      return HttpResponse.json({ out_refund_no: r.out_refund_no, status: r.status, notification: { id: notificationId, url: r.notify_url ?? null, ...delivery } });
    }),
  ];

  return Object.assign(handlers, {
    state,
    reset() {
      // Mutated in place so references to `state` held by tests stay live.
      Object.assign(state, freshState());
    },
    configure(changes: Pick<WechatMockOptions, 'refundInitialStatus'>) {
      if (changes.refundInitialStatus) cfg.refundInitialStatus = changes.refundInitialStatus;
    },
  });
}
