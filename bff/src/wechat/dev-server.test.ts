import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_WECHAT_CREDENTIALS as DEV, startWechatMock, type RunningWechatMock } from '@corner/mocks';
import { createWechatClient } from './wechat-client.ts';
import { createWechatPayClient } from './pay-client.ts';

// No msw interception in this file: everything goes over real loopback HTTP, as in `npm start`.
let mock: RunningWechatMock;
let notifyServer: Server;
let notifyUrl: string;
const received: Array<{ headers: Record<string, string | string[] | undefined>; rawBody: Buffer }> = [];

beforeAll(async () => {
  mock = await startWechatMock({ port: 0, quiet: true });
  notifyServer = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, rawBody: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => notifyServer.listen(0, '127.0.0.1', r));
  notifyUrl = `http://127.0.0.1:${(notifyServer.address() as AddressInfo).port}/pay/notify`;
});

afterAll(async () => {
  await mock?.close();
  await new Promise((r) => notifyServer?.close(r));
});

describe('WeChat mock dev server', () => {
  it('answers the mini-program APIs over HTTP on a loopback port', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const wx = createWechatClient({ baseUrl: mock.url, appId: DEV.appId, appSecret: DEV.appSecret });
    expect((await wx.code2Session('mock:o-dev:1')).openid).toBe('o-dev');
    await expect(wx.code2Session('mock:o-dev:1')).rejects.toMatchObject({ errcode: 40163 });
    const png = await wx.getUnlimitedQrCode({ scene: 'store=7' });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('runs a whole payment: prepay, confirm, signed notification to a real endpoint, query', async () => {
    const pay = createWechatPayClient({
      baseUrl: mock.url,
      mchId: DEV.mchId,
      appId: DEV.appId,
      merchantSerialNo: DEV.merchantSerialNo,
      merchantPrivateKeyPem: DEV.merchantPrivateKeyPem,
      platformPublicKeyPem: DEV.platformPublicKeyPem,
      platformSerialNo: DEV.platformSerialNo,
      apiV3Key: DEV.apiV3Key,
      notifyUrl,
    });
    const outTradeNo = `DEV${Date.now()}`;
    const { prepayId } = await pay.createJsapiPrepay({ outTradeNo, description: 'dev order', amountTotal: 300, payerOpenid: 'o-dev' });
    const res = await fetch(`${mock.url}/__mock__/pay/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prepay_id: prepayId }),
    });
    expect((await res.json()).notification).toMatchObject({ delivered: true, status: 204 });
    expect(received).toHaveLength(1);
    const n = pay.verifyAndDecryptNotification({ headers: received[0]!.headers, rawBody: received[0]!.rawBody });
    expect(n.resource).toMatchObject({ out_trade_no: outTradeNo, trade_state: 'SUCCESS' });
    expect((await pay.queryByOutTradeNo(outTradeNo)).trade_state).toBe('SUCCESS');
  });

  it('lets a page of another origin call the pay confirm endpoint (CORS), and nothing else', async () => {
    const origin = 'http://127.0.0.1:3200';
    const preflight = await fetch(`${mock.url}/__mock__/pay/confirm`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toBe('content-type');

    const confirm = await fetch(`${mock.url}/__mock__/pay/confirm`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ prepay_id: 'nope' }) });
    expect(confirm.status).toBe(404);
    expect(confirm.headers.get('access-control-allow-origin')).toBe('*');

    // The WeChat APIs are for the BFF only: no browser may read them.
    const api = await fetch(`${mock.url}/sns/jscode2session?appid=x`, { headers: { origin } });
    expect(api.headers.get('access-control-allow-origin')).toBeNull();
    const apiPreflight = await fetch(`${mock.url}/v3/pay/transactions/jsapi`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect(apiPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
