import { createVerify, generateKeyPairSync } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { buildPaymentNotification, createWechatHandlers, DEV_WECHAT_CREDENTIALS as DEV } from '@corner/mocks';
import { createWechatPayClient, type WechatPayClientConfig, type WechatPayTransaction } from './pay-client.ts';
import { WechatPayApiError, WechatPayNotificationError } from './errors.ts';

const PAY = 'https://api.mch.test';
const NOTIFY = 'https://bff.test/pay/notify';
const handlers = createWechatHandlers({ baseUrl: 'https://api.weixin.test', payBaseUrl: PAY });
const server = setupServer(...handlers);

/** Notifications the mock delivered, exactly as received on the wire. */
let inbox: Array<{ headers: Headers; rawBody: string }> = [];
const notifyHandler = http.post(NOTIFY, async ({ request }) => {
  inbox.push({ headers: request.headers, rawBody: await request.text() });
  return new HttpResponse(null, { status: 204 });
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  handlers.reset();
  inbox = [];
});
afterAll(() => server.close());

const baseConfig: WechatPayClientConfig = {
  baseUrl: PAY,
  mchId: DEV.mchId,
  appId: DEV.appId,
  merchantSerialNo: DEV.merchantSerialNo,
  merchantPrivateKeyPem: DEV.merchantPrivateKeyPem,
  platformPublicKeyPem: DEV.platformPublicKeyPem,
  platformSerialNo: DEV.platformSerialNo,
  apiV3Key: DEV.apiV3Key,
  notifyUrl: NOTIFY,
};
const client = (over: Partial<WechatPayClientConfig> = {}) => createWechatPayClient({ ...baseConfig, ...over });
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });

let seq = 0;
const order = (over: Record<string, unknown> = {}) => ({
  outTradeNo: `T${Date.now()}${++seq}`,
  description: 'Corner Store - 2 items',
  amountTotal: 1250,
  payerOpenid: 'o-alice',
  ...over,
});

async function payError(p: Promise<unknown>): Promise<WechatPayApiError> {
  const e = await p.then(
    () => {
      throw new Error('expected a WechatPayApiError');
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WechatPayApiError);
  return e as WechatPayApiError;
}

function notificationError(fn: () => unknown): WechatPayNotificationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WechatPayNotificationError);
    return e as WechatPayNotificationError;
  }
  throw new Error('expected a WechatPayNotificationError');
}

async function confirm(body: Record<string, unknown>) {
  const res = await fetch(`${PAY}/__mock__/pay/confirm`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('JSAPI prepay', () => {
  it('creates a prepay id with a request signature the platform verifies', async () => {
    const o = order();
    const { prepayId } = await client().createJsapiPrepay(o);
    expect(prepayId).toMatch(/^wx/);
    expect(handlers.state.transactions.get(o.outTradeNo)).toMatchObject({ notify_url: NOTIFY, amount: { total: 1250, currency: 'CNY' }, trade_state: 'NOTPAY' });
  });

  it('is rejected with 401 SIGN_ERROR when signed with the wrong merchant key', async () => {
    const e = await payError(client({ merchantPrivateKeyPem: otherKeys.privateKey }).createJsapiPrepay(order()));
    expect([e.status, e.code, e.kind]).toEqual([401, 'SIGN_ERROR', 'SIGN_ERROR']);
  });

  it('is rejected with 401 SIGN_ERROR when the merchant serial does not match', async () => {
    const e = await payError(client({ merchantSerialNo: 'WRONG' }).createJsapiPrepay(order()));
    expect(e.code).toBe('SIGN_ERROR');
  });

  it.each([
    [{ amountTotal: 0 }, 'amount.total'],
    [{ amountTotal: 12.5 }, 'amount.total'],
    [{ payerOpenid: '' }, 'payer.openid'],
    [{ description: '' }, 'description'],
    [{ outTradeNo: 'abc' }, 'out_trade_no'],
  ])('rejects %j with 400 PARAM_ERROR', async (over, field) => {
    const e = await payError(client().createJsapiPrepay(order(over)));
    expect([e.status, e.code, e.kind]).toEqual([400, 'PARAM_ERROR', 'INVALID_PARAMS']);
    expect(e.detail).toMatchObject({ field });
  });

  it('returns the same prepay id for an identical retry and ORDER_EXISTS for a changed amount', async () => {
    const o = order();
    const a = await client().createJsapiPrepay(o);
    const b = await client().createJsapiPrepay(o);
    expect(b.prepayId).toBe(a.prepayId);
    const e = await payError(client().createJsapiPrepay({ ...o, amountTotal: 999 }));
    expect([e.status, e.code, e.kind]).toEqual([400, 'INVALID_REQUEST', 'ORDER_EXISTS']);
  });

  it('refuses a success response whose platform signature does not verify', async () => {
    const e = await payError(client({ platformPublicKeyPem: otherKeys.publicKey }).createJsapiPrepay(order()));
    expect(e.kind).toBe('BAD_RESPONSE_SIGNATURE');
  });
});

describe('requestPayment params', () => {
  it('are signed so the merchant public key verifies paySign over appId/timeStamp/nonceStr/package', () => {
    const p = client().buildRequestPaymentParams('wx123prepay');
    expect(p).toMatchObject({ package: 'prepay_id=wx123prepay', signType: 'RSA' });
    expect(p.timeStamp).toMatch(/^\d{10}$/);
    expect(p.nonceStr).toMatch(/^[A-Z0-9]{32}$/);
    const message = `${DEV.appId}\n${p.timeStamp}\n${p.nonceStr}\n${p.package}\n`;
    expect(createVerify('RSA-SHA256').update(message).verify(DEV.merchantPublicKeyPem, p.paySign, 'base64')).toBe(true);
    expect(createVerify('RSA-SHA256').update(message + 'x').verify(DEV.merchantPublicKeyPem, p.paySign, 'base64')).toBe(false);
  });
});

describe('payment confirmation and notification', () => {
  it('delivers a signed, encrypted TRANSACTION.SUCCESS notification that verifies and decrypts', async () => {
    server.use(notifyHandler);
    const c = client();
    const o = order({ attach: 'store=7' });
    const { prepayId } = await c.createJsapiPrepay(o);
    expect((await c.queryByOutTradeNo(o.outTradeNo)).trade_state).toBe('NOTPAY');

    const r = await confirm({ prepay_id: prepayId });
    expect(r.status).toBe(200);
    expect(r.body.notification).toMatchObject({ delivered: true, status: 204 });
    expect(inbox).toHaveLength(1);

    const n = c.verifyAndDecryptNotification({ headers: inbox[0]!.headers, rawBody: inbox[0]!.rawBody });
    expect(n.eventType).toBe('TRANSACTION.SUCCESS');
    expect(n.resourceType).toBe('encrypt-resource');
    expect(n.resource).toMatchObject({
      appid: DEV.appId,
      mchid: DEV.mchId,
      out_trade_no: o.outTradeNo,
      trade_state: 'SUCCESS',
      attach: 'store=7',
      payer: { openid: 'o-alice' },
      amount: { total: 1250, payer_total: 1250, currency: 'CNY' },
    });
    expect(n.resource.transaction_id).toMatch(/^\d{28}$/);

    const q = await c.queryByOutTradeNo(o.outTradeNo);
    expect(q).toMatchObject({ trade_state: 'SUCCESS', transaction_id: n.resource.transaction_id, amount: { total: 1250, payer_total: 1250 } });
    expect((await payError(c.createJsapiPrepay(o))).kind).toBe('ORDER_PAID');
  });

  it('re-delivers the same event id when confirmed again (retries are duplicates)', async () => {
    server.use(notifyHandler);
    const c = client();
    const o = order();
    await c.createJsapiPrepay(o);
    await confirm({ out_trade_no: o.outTradeNo });
    await confirm({ out_trade_no: o.outTradeNo });
    const ids = inbox.map((m) => c.verifyAndDecryptNotification(m).id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('reports a failed delivery when the merchant endpoint answers 500', async () => {
    server.use(http.post(NOTIFY, () => new HttpResponse('boom', { status: 500 })));
    const o = order();
    await client().createJsapiPrepay(o);
    const r = await confirm({ out_trade_no: o.outTradeNo });
    expect(r.body.notification).toMatchObject({ delivered: false, status: 500 });
  });

  it('answers 404 for an unknown prepay id', async () => {
    expect((await confirm({ prepay_id: 'wxnope' })).status).toBe(404);
  });
});

describe('notification forgery', () => {
  const transaction: WechatPayTransaction = {
    appid: DEV.appId,
    mchid: DEV.mchId,
    out_trade_no: 'T-forged-1',
    transaction_id: '4200000000000000000000000001',
    trade_state: 'SUCCESS',
    amount: { total: 1, payer_total: 1, currency: 'CNY' },
  };
  const genuine = (over: Partial<Parameters<typeof buildPaymentNotification>[0]> = {}) =>
    buildPaymentNotification({
      transaction: transaction as unknown as Record<string, unknown>,
      apiV3Key: DEV.apiV3Key,
      platformPrivateKeyPem: DEV.platformPrivateKeyPem,
      platformSerialNo: DEV.platformSerialNo,
      ...over,
    });

  it('accepts a genuine notification (control)', () => {
    const n = genuine();
    expect(client().verifyAndDecryptNotification({ headers: n.headers, rawBody: Buffer.from(n.body) }).resource).toEqual(transaction);
  });

  it('rejects a notification signed with another key', () => {
    const n = genuine({ platformPrivateKeyPem: otherKeys.privateKey });
    expect(notificationError(() => client().verifyAndDecryptNotification({ headers: n.headers, rawBody: n.body })).kind).toBe('BAD_SIGNATURE');
  });

  it('rejects a tampered body', () => {
    const n = genuine();
    const tampered = n.body.replace('"summary":"', '"summary":"x');
    expect(notificationError(() => client().verifyAndDecryptNotification({ headers: n.headers, rawBody: tampered })).kind).toBe('BAD_SIGNATURE');
  });

  it('rejects a stale timestamp even with a valid signature (replay)', () => {
    const n = genuine({ timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(notificationError(() => client().verifyAndDecryptNotification({ headers: n.headers, rawBody: n.body })).kind).toBe('STALE');
  });

  it('rejects a timestamp from the future beyond the window', () => {
    const n = genuine();
    const later = Date.now() - 6 * 60_000;
    expect(notificationError(() => client().verifyAndDecryptNotification({ headers: n.headers, rawBody: n.body, now: later })).kind).toBe('STALE');
  });

  it('rejects an unknown platform serial', () => {
    const n = genuine({ platformSerialNo: 'UNKNOWN-SERIAL' });
    expect(notificationError(() => client().verifyAndDecryptNotification({ headers: n.headers, rawBody: n.body })).kind).toBe('UNKNOWN_SERIAL');
  });

  it('rejects a resource encrypted with another APIv3 key', () => {
    const n = genuine({ apiV3Key: 'another32bytekey0000000000000000' });
    expect(notificationError(() => client().verifyAndDecryptNotification({ headers: n.headers, rawBody: n.body })).kind).toBe('DECRYPT_FAILED');
  });

  it('rejects missing signature headers', () => {
    const n = genuine();
    const { ['Wechatpay-Signature']: _drop, ...headers } = n.headers;
    expect(notificationError(() => client().verifyAndDecryptNotification({ headers, rawBody: n.body })).kind).toBe('MALFORMED');
  });

  it('still verifies with the old key during a platform key rotation', () => {
    const rotated = client({
      platformPublicKeyPem: undefined,
      platformSerialNo: undefined,
      platformPublicKeys: { NEW_SERIAL: otherKeys.publicKey, [DEV.platformSerialNo]: DEV.platformPublicKeyPem },
    });
    const oldSigned = genuine();
    const newSigned = genuine({ platformPrivateKeyPem: otherKeys.privateKey, platformSerialNo: 'NEW_SERIAL' });
    expect(rotated.verifyAndDecryptNotification({ headers: oldSigned.headers, rawBody: oldSigned.body }).resource.out_trade_no).toBe('T-forged-1');
    expect(rotated.verifyAndDecryptNotification({ headers: newSigned.headers, rawBody: newSigned.body }).resource.out_trade_no).toBe('T-forged-1');
  });
});

describe('query, close and refund', () => {
  it('reports NOT_FOUND for an unknown order', async () => {
    const e = await payError(client().queryByOutTradeNo('T-does-not-exist'));
    expect([e.status, e.code, e.kind]).toEqual([404, 'ORDER_NOT_EXIST', 'NOT_FOUND']);
  });

  it('closes an unpaid order, after which it reads CLOSED and cannot be confirmed', async () => {
    const c = client();
    const o = order();
    await c.createJsapiPrepay(o);
    await expect(c.closeOrder(o.outTradeNo)).resolves.toBeUndefined();
    expect((await c.queryByOutTradeNo(o.outTradeNo)).trade_state).toBe('CLOSED');
    expect((await confirm({ out_trade_no: o.outTradeNo })).status).toBe(409);
    expect((await payError(c.createJsapiPrepay(o))).kind).toBe('ORDER_CLOSED');
  });

  it('refuses to close a paid order', async () => {
    server.use(notifyHandler);
    const c = client();
    const o = order();
    await c.createJsapiPrepay(o);
    await confirm({ out_trade_no: o.outTradeNo });
    expect((await payError(c.closeOrder(o.outTradeNo))).kind).toBe('ORDER_PAID');
  });

  it('refunds a paid order, partially then fully, and rejects over-refunding', async () => {
    server.use(notifyHandler);
    const c = client();
    const o = order({ amountTotal: 1000 });
    await c.createJsapiPrepay(o);
    await confirm({ out_trade_no: o.outTradeNo });

    const r1 = await c.refund({ outTradeNo: o.outTradeNo, outRefundNo: `${o.outTradeNo}-R1`, refund: 400, total: 1000, reason: 'out of stock' });
    expect(r1).toMatchObject({ out_refund_no: `${o.outTradeNo}-R1`, status: 'SUCCESS', amount: { refund: 400, total: 1000, currency: 'CNY' } });
    expect(r1.refund_id).toBeTruthy();
    // Same out_refund_no again is idempotent.
    expect((await c.refund({ outTradeNo: o.outTradeNo, outRefundNo: `${o.outTradeNo}-R1`, refund: 400, total: 1000 })).refund_id).toBe(r1.refund_id);
    expect((await c.queryByOutTradeNo(o.outTradeNo)).trade_state).toBe('REFUND');

    const over = await payError(c.refund({ outTradeNo: o.outTradeNo, outRefundNo: `${o.outTradeNo}-R2`, refund: 601, total: 1000 }));
    expect([over.status, over.code, over.kind]).toEqual([400, 'INVALID_REQUEST', 'REFUND_REJECTED']);
    await expect(c.refund({ outTradeNo: o.outTradeNo, outRefundNo: `${o.outTradeNo}-R3`, refund: 600, total: 1000 })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect((await c.queryRefund(`${o.outTradeNo}-R3`)).amount.refund).toBe(600);
  });

  it('reports NOT_FOUND when refunding an unpaid order', async () => {
    const c = client();
    const o = order();
    await c.createJsapiPrepay(o);
    const e = await payError(c.refund({ outTradeNo: o.outTradeNo, outRefundNo: 'R-unpaid-1', refund: 1, total: o.amountTotal }));
    expect(e.kind).toBe('NOT_FOUND');
  });
});

describe('configuration', () => {
  it('requires a 32-byte APIv3 key and a platform key', () => {
    expect(() => client({ apiV3Key: 'short' })).toThrow(/32 bytes/);
    expect(() => client({ platformPublicKeyPem: undefined })).toThrow(/platform public key/);
  });
});
