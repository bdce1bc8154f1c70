import { createDecipheriv, createPrivateKey, createPublicKey, createSign, createVerify, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { WechatPayApiError, WechatPayNotificationError, payKindFor } from './errors.ts';

export interface WechatPayClientConfig {
  /** e.g. https://api.mch.weixin.qq.com (or the local mock). */
  baseUrl: string;
  mchId: string;
  appId: string;
  merchantSerialNo: string;
  merchantPrivateKeyPem: string;
  /** Platform public key or certificate PEM; with platformSerialNo, bound to that serial only. */
  platformPublicKeyPem?: string;
  platformSerialNo?: string;
  /** serial → PEM; list old and new keys during a platform key rotation. */
  platformPublicKeys?: Record<string, string>;
  apiV3Key: string;
  notifyUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Accepted clock difference for notifications and signed responses. */
  maxClockSkewSeconds?: number;
  now?: () => number;
}

export type TradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';

export interface WechatPayTransaction {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_type?: string;
  trade_state: TradeState;
  trade_state_desc?: string;
  bank_type?: string;
  attach?: string;
  success_time?: string;
  payer?: { openid: string };
  amount: { total: number; payer_total?: number; currency: string; payer_currency?: string };
}

export interface WechatPayRefund {
  refund_id: string;
  out_refund_no: string;
  transaction_id: string;
  out_trade_no: string;
  channel?: string;
  user_received_account?: string;
  success_time?: string;
  create_time: string;
  status: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';
  funds_account?: string;
  amount: { total: number; refund: number; payer_total?: number; payer_refund?: number; currency: string; [k: string]: unknown };
}

/** The resource of a REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED notification (not the query's shape: `refund_status`). */
export interface WechatPayRefundNotice {
  mchid: string;
  out_trade_no: string;
  transaction_id: string;
  out_refund_no: string;
  refund_id: string;
  refund_status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL';
  success_time?: string;
  user_received_account?: string;
  amount: { total: number; refund: number; payer_total: number; payer_refund: number };
}

export interface JsapiPrepayParams {
  outTradeNo: string;
  description: string;
  /** In fen (1/100 CNY). */
  amountTotal: number;
  payerOpenid: string;
  attach?: string;
  timeExpire?: Date;
  /** Defaults to the configured notifyUrl. */
  notifyUrl?: string;
}

export interface RequestPaymentParams {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

export interface RefundParams {
  outRefundNo: string;
  outTradeNo?: string;
  transactionId?: string;
  /** Amount to refund and original order total, both in fen. */
  refund: number;
  total: number;
  reason?: string;
  /** Defaults to the configured notifyUrl, which then receives REFUND.* notifications too. */
  notifyUrl?: string;
}

export type NotificationHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifiedNotification<R = WechatPayTransaction> {
  id: string;
  createTime: string;
  eventType: string;
  resourceType: string;
  summary: string;
  resource: R;
}

export interface WechatPayClient {
  createJsapiPrepay(params: JsapiPrepayParams): Promise<{ prepayId: string }>;
  buildRequestPaymentParams(prepayId: string, options?: { now?: number; nonceStr?: string }): RequestPaymentParams;
  queryByOutTradeNo(outTradeNo: string): Promise<WechatPayTransaction>;
  closeOrder(outTradeNo: string): Promise<void>;
  refund(params: RefundParams): Promise<WechatPayRefund>;
  queryRefund(outRefundNo: string): Promise<WechatPayRefund>;
  verifyAndDecryptNotification<R = WechatPayTransaction>(input: { headers: NotificationHeaders; rawBody: string | Buffer; now?: number }): VerifiedNotification<R>;
}

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function nonce(length = 32): string {
  const bytes = randomBytes(length);
  let s = '';
  for (let i = 0; i < length; i++) s += NONCE_ALPHABET[bytes[i]! % NONCE_ALPHABET.length];
  return s;
}

function loadPublicKey(pem: string): KeyObject {
  return pem.includes('BEGIN CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
}

/** WeChat Pay expects RFC 3339 with an offset; CST keeps values readable in its merchant portal. */
function rfc3339Cst(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

function header(headers: NotificationHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (k.toLowerCase() === lower) return Array.isArray(v) ? v[0] : v;
  }
  return undefined;
}

export function createWechatPayClient(config: WechatPayClientConfig): WechatPayClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? 10_000;
  const skew = config.maxClockSkewSeconds ?? 300;
  const now = config.now ?? Date.now;
  const doFetch: typeof fetch = (input, init) => (config.fetch ?? globalThis.fetch)(input, init);

  if (Buffer.byteLength(config.apiV3Key, 'utf8') !== 32) throw new Error('WeChat Pay apiV3Key must be exactly 32 bytes');
  const merchantKey = createPrivateKey(config.merchantPrivateKeyPem);
  const apiV3Key = Buffer.from(config.apiV3Key, 'utf8');

  const platformKeys = new Map<string, KeyObject>();
  for (const [serial, pem] of Object.entries(config.platformPublicKeys ?? {})) platformKeys.set(serial, loadPublicKey(pem));
  let anySerialKey: KeyObject | undefined;
  if (config.platformPublicKeyPem) {
    const key = loadPublicKey(config.platformPublicKeyPem);
    if (config.platformSerialNo) platformKeys.set(config.platformSerialNo, key);
    else anySerialKey = key;
  }
  if (platformKeys.size === 0 && !anySerialKey) throw new Error('WeChat Pay client needs at least one platform public key');
  const platformKey = (serial: string | undefined) => (serial ? platformKeys.get(serial) : undefined) ?? anySerialKey;

  const rsaSign = (message: string) => createSign('RSA-SHA256').update(message).sign(merchantKey, 'base64');

  /** Verifies a platform signature over `timestamp\nnonce\nbody\n`; body bytes are used as received. */
  function verifyPlatformSignature(h: NotificationHeaders, body: string | Buffer, nowMs: number): void {
    const timestamp = header(h, 'Wechatpay-Timestamp');
    const nonceStr = header(h, 'Wechatpay-Nonce');
    const signature = header(h, 'Wechatpay-Signature');
    const serial = header(h, 'Wechatpay-Serial');
    if (!timestamp || !nonceStr || !signature || !serial || !/^\d+$/.test(timestamp)) {
      throw new WechatPayNotificationError('MALFORMED', 'missing or invalid Wechatpay-* signature headers');
    }
    if (Math.abs(nowMs / 1000 - Number(timestamp)) > skew) {
      throw new WechatPayNotificationError('STALE', `timestamp ${timestamp} outside the ${skew}s window`);
    }
    const key = platformKey(serial);
    if (!key) throw new WechatPayNotificationError('UNKNOWN_SERIAL', `no platform key for serial ${serial}`);
    // WeChat also sends probe requests signed with "WECHATPAY/SIGNTEST/..." to check that merchants
    // verify; those fail here as they should.
    const ok = (() => {
      try {
        return createVerify('RSA-SHA256').update(`${timestamp}\n${nonceStr}\n`).update(body).update('\n').verify(key, signature, 'base64');
      } catch {
        return false;
      }
    })();
    if (!ok) throw new WechatPayNotificationError('BAD_SIGNATURE', 'Wechatpay-Signature does not verify');
  }

  async function request<T>(method: 'GET' | 'POST', pathWithQuery: string, body?: unknown): Promise<{ status: number; data: T | undefined }> {
    const url = `${base}${pathWithQuery}`;
    const bodyText = body === undefined ? '' : JSON.stringify(body);
    const ts = String(Math.floor(now() / 1000));
    const nonceStr = nonce();
    const u = new URL(url);
    const signature = rsaSign(`${method}\n${u.pathname}${u.search}\n${ts}\n${nonceStr}\n${bodyText}\n`);
    const authorization =
      `WECHATPAY2-SHA256-RSA2048 mchid="${config.mchId}",nonce_str="${nonceStr}",signature="${signature}",` +
      `timestamp="${ts}",serial_no="${config.merchantSerialNo}"`;

    let res: Response;
    try {
      res = await doFetch(url, {
        method,
        headers: {
          Authorization: authorization,
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          'User-Agent': 'corner-o2o-bff',
        },
        ...(body !== undefined ? { body: bodyText } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      const timedOut = (e as Error)?.name === 'TimeoutError';
      throw new WechatPayApiError(0, 'NETWORK', timedOut ? `timed out after ${timeoutMs}ms` : `network error: ${(e as Error)?.message}`, 'UNAVAILABLE', undefined, { cause: e });
    }
    const text = await res.text();

    if (res.status >= 200 && res.status < 300) {
      // A success we cannot attribute to WeChat Pay must not be acted on (e.g. a forged SUCCESS).
      try {
        verifyPlatformSignature(res.headers, text, now());
      } catch (e) {
        throw new WechatPayApiError(res.status, 'BAD_RESPONSE_SIGNATURE', (e as Error).message, 'BAD_RESPONSE_SIGNATURE', undefined, { cause: e });
      }
      if (!text) return { status: res.status, data: undefined };
      try {
        return { status: res.status, data: JSON.parse(text) as T };
      } catch (e) {
        throw new WechatPayApiError(res.status, 'BAD_RESPONSE', 'response is not JSON', 'BAD_RESPONSE', undefined, { cause: e });
      }
    }

    let err: { code?: string; message?: string; detail?: unknown } = {};
    try {
      err = JSON.parse(text);
    } catch {
      // Gateways in front of WeChat Pay answer with HTML; keep the status.
    }
    const code = err.code ?? `HTTP_${res.status}`;
    const message = err.message ?? (text.slice(0, 200) || res.statusText);
    throw new WechatPayApiError(res.status, code, message, res.status >= 500 && !err.code ? 'UNAVAILABLE' : payKindFor(res.status, code, message), err.detail);
  }

  const enc = encodeURIComponent;

  return {
    async createJsapiPrepay(p) {
      const { data } = await request<{ prepay_id: string }>('POST', '/v3/pay/transactions/jsapi', {
        appid: config.appId,
        mchid: config.mchId,
        description: p.description,
        out_trade_no: p.outTradeNo,
        ...(p.timeExpire ? { time_expire: rfc3339Cst(p.timeExpire) } : {}),
        ...(p.attach !== undefined ? { attach: p.attach } : {}),
        notify_url: p.notifyUrl ?? config.notifyUrl,
        amount: { total: p.amountTotal, currency: 'CNY' },
        payer: { openid: p.payerOpenid },
      });
      if (!data?.prepay_id) throw new WechatPayApiError(200, 'BAD_RESPONSE', 'response without prepay_id', 'BAD_RESPONSE');
      return { prepayId: data.prepay_id };
    },

    buildRequestPaymentParams(prepayId, options = {}) {
      const timeStamp = String(Math.floor((options.now ?? now()) / 1000));
      const nonceStr = options.nonceStr ?? nonce();
      const pkg = `prepay_id=${prepayId}`;
      const paySign = rsaSign(`${config.appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`);
      return { timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign };
    },

    async queryByOutTradeNo(outTradeNo) {
      const { data } = await request<WechatPayTransaction>('GET', `/v3/pay/transactions/out-trade-no/${enc(outTradeNo)}?mchid=${enc(config.mchId)}`);
      if (!data) throw new WechatPayApiError(200, 'BAD_RESPONSE', 'empty transaction', 'BAD_RESPONSE');
      return data;
    },

    async closeOrder(outTradeNo) {
      await request('POST', `/v3/pay/transactions/out-trade-no/${enc(outTradeNo)}/close`, { mchid: config.mchId });
    },

    async refund(p) {
      if (!p.outTradeNo && !p.transactionId) throw new Error('refund needs outTradeNo or transactionId');
      const { data } = await request<WechatPayRefund>('POST', '/v3/refund/domestic/refunds', {
        ...(p.transactionId ? { transaction_id: p.transactionId } : { out_trade_no: p.outTradeNo }),
        out_refund_no: p.outRefundNo,
        ...(p.reason !== undefined ? { reason: p.reason } : {}),
        notify_url: p.notifyUrl ?? config.notifyUrl,
        amount: { refund: p.refund, total: p.total, currency: 'CNY' },
      });
      if (!data?.refund_id) throw new WechatPayApiError(200, 'BAD_RESPONSE', 'response without refund_id', 'BAD_RESPONSE');
      return data;
    },

    async queryRefund(outRefundNo) {
      const { data } = await request<WechatPayRefund>('GET', `/v3/refund/domestic/refunds/${enc(outRefundNo)}`);
      if (!data) throw new WechatPayApiError(200, 'BAD_RESPONSE', 'empty refund', 'BAD_RESPONSE');
      return data;
    },

    verifyAndDecryptNotification<R = WechatPayTransaction>({ headers, rawBody, now: nowMs }: { headers: NotificationHeaders; rawBody: string | Buffer; now?: number }) {
      verifyPlatformSignature(headers, rawBody, nowMs ?? now());
      let envelope: {
        id?: string;
        create_time?: string;
        event_type?: string;
        resource_type?: string;
        summary?: string;
        resource?: { algorithm?: string; ciphertext?: string; associated_data?: string; nonce?: string };
      };
      try {
        envelope = JSON.parse(Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : rawBody);
      } catch (e) {
        throw new WechatPayNotificationError('MALFORMED', 'notification body is not JSON', { cause: e });
      }
      const r = envelope.resource;
      if (!envelope.id || !envelope.event_type || !r || r.algorithm !== 'AEAD_AES_256_GCM' || !r.ciphertext || !r.nonce) {
        throw new WechatPayNotificationError('MALFORMED', 'notification envelope is incomplete or uses an unknown algorithm');
      }
      let plaintext: string;
      try {
        const data = Buffer.from(r.ciphertext, 'base64');
        if (data.length < 17) throw new Error('ciphertext too short');
        // WeChat appends the 16-byte GCM auth tag to the ciphertext.
        const decipher = createDecipheriv('aes-256-gcm', apiV3Key, Buffer.from(r.nonce, 'utf8'));
        decipher.setAuthTag(data.subarray(data.length - 16));
        decipher.setAAD(Buffer.from(r.associated_data ?? '', 'utf8'));
        plaintext = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
      } catch (e) {
        throw new WechatPayNotificationError('DECRYPT_FAILED', 'resource does not decrypt with the APIv3 key', { cause: e });
      }
      let resource: R;
      try {
        resource = JSON.parse(plaintext) as R;
      } catch (e) {
        throw new WechatPayNotificationError('MALFORMED', 'decrypted resource is not JSON', { cause: e });
      }
      return {
        id: envelope.id,
        createTime: envelope.create_time ?? '',
        eventType: envelope.event_type,
        resourceType: envelope.resource_type ?? '',
        summary: envelope.summary ?? '',
        resource,
      };
    },
  };
}
