import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { createLogger } from './logger.ts';
import { httpErrors } from './http-security.ts';
import { listen } from './server.ts';
import { WECHAT_NOTIFY_PATH } from './payments/routes.ts';
import { startTestServer, type TestServer } from '../test/server.ts';

/** Stack frames, express's HTML error page, file paths: none may reach a client. */
const INTERNALS = /\bat .+:\d+:\d+|<!DOCTYPE|<html|<pre>|node_modules|\/work\/|\.ts:\d+|Error:/i;

/** What production requires besides NODE_ENV: real-looking secrets and a WeChat Pay key pair of this run. */
function productionEnv(): Record<string, string> {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  return {
    NODE_ENV: 'production',
    WECHAT_SECRET: 'production-test-secret',
    WECHAT_APPID: 'wx1234567890abcdef',
    TOKEN_SIGNING_KEY: 't'.repeat(40),
    PICKUP_CODE_SECRET: 'p'.repeat(40),
    WECHATPAY_MCHID: '1900000001',
    WECHATPAY_MERCHANT_SERIAL: 'SERIAL-MERCHANT',
    WECHATPAY_MERCHANT_PRIVATE_KEY: keys.privateKey,
    WECHATPAY_PLATFORM_SERIAL: 'SERIAL-PLATFORM',
    WECHATPAY_PLATFORM_PUBLIC_KEY: keys.publicKey,
    WECHATPAY_APIV3_KEY: 'a'.repeat(32),
    WECHATPAY_NOTIFY_URL: 'https://bff.example.com/payments/wechat/notify',
  };
}

const HASHED_SCRIPT = `console.log(${JSON.stringify('hashed bundle '.repeat(200))})`;

const H5_INDEX = '<!DOCTYPE html><html><body><div id="app">H5 index</div><script src="/js/app.js"></script></body></html>';

/**
 * A fake H5 build under a hidden folder, as in a clone at ~/.local/src or a CI stage directory: a
 * page, scripts, and dotfiles that must stay private. The page and the content-hashed script have their
 * build-time brotli and gzip copies (miniapp/scripts/compress-h5.mjs), the hashed style none.
 */
function h5DistUnderDotFolder(): string {
  const dist = join(mkdtempSync(join(tmpdir(), 'corner-')), '.stage', 'abc123', 'miniapp', 'dist', 'h5');
  mkdirSync(join(dist, 'js'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), H5_INDEX);
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(H5_INDEX));
  writeFileSync(join(dist, 'index.html.gz'), gzipSync(H5_INDEX));
  writeFileSync(join(dist, 'js', 'app.js'), 'console.log("app bundle")');
  writeFileSync(join(dist, '.env'), 'SECRET=dotfile-at-root');
  writeFileSync(join(dist, 'js', '.secret.js'), 'SECRET=dotfile-in-js');
  writeFileSync(join(dist, 'js', 'app.1a2b3c4d.js'), HASHED_SCRIPT);
  writeFileSync(join(dist, 'js', 'app.1a2b3c4d.js.br'), brotliCompressSync(HASHED_SCRIPT));
  writeFileSync(join(dist, 'js', 'app.1a2b3c4d.js.gz'), gzipSync(HASHED_SCRIPT));
  writeFileSync(join(dist, 'js', '.secret.1a2b3c4d.js.br'), brotliCompressSync('SECRET=dotfile-br'));
  mkdirSync(join(dist, 'css'));
  writeFileSync(join(dist, 'css', 'app.5e6f7a8b.css'), 'body{color:red}');
  return dist;
}

describe.each([
  ['development', { NODE_ENV: 'development' }],
  ['production', productionEnv()],
])('NODE_ENV=%s over HTTP', (_mode, env) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { ...env, H5_DIST_DIR: h5DistUnderDotFolder() } });
  });
  afterAll(() => server.close());

  async function request(path: string, init: RequestInit = {}) {
    const response = await fetch(`${server.url}${path}`, init);
    const text = await response.text();
    expect(text, `${path} carries internals`).not.toMatch(INTERNALS);
    expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
    return { status: response.status, body: JSON.parse(text) };
  }

  it('answers a WeChat Pay notification over 64 KB with JSON 413 PAYLOAD_TOO_LARGE', async () => {
    const result = await request(WECHAT_NOTIFY_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(65 * 1024) });
    expect(result).toEqual({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' } });
  });

  it('answers a bogus Content-Encoding with JSON 415, on the notify route and on /graphql in GraphQL shape', async () => {
    const headers = { 'content-type': 'application/json', 'content-encoding': 'bogus' };
    const notify = await request(WECHAT_NOTIFY_PATH, { method: 'POST', headers, body: '{}' });
    expect(notify).toEqual({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持请求内容的编码或字符集' } });
    const graphql = await request('/graphql', { method: 'POST', headers, body: '{"query":"{ serverTime }"}' });
    expect(graphql).toEqual({ status: 415, body: { errors: [{ message: '不支持请求内容的编码或字符集', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] } });
    // Declared gzip that is not gzip.
    const broken = await request('/graphql', { method: 'POST', headers: { ...headers, 'content-encoding': 'gzip' }, body: 'not gzip' });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers malformed % escapes in the QR download URLs with JSON 400', async () => {
    for (const path of ['/qr/codes/%E0%A4%A/poster.png', '/qr/codes/1/%ZZ', '/qr/codes/%/wxacode.png']) {
      expect(await request(path), path).toEqual({ status: 400, body: { code: 'BAD_USER_INPUT', message: '请求无效' } });
    }
  });

  it('answers malformed JSON and unknown routes with JSON', async () => {
    const malformed = await request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed).toEqual({ status: 400, body: { errors: [{ message: '请求内容不是有效的 JSON', extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect(await request('/nowhere', { method: 'POST' })).toEqual({ status: 404, body: { code: 'NOT_FOUND', message: '找不到这个地址' } });
  });

  it('serves the H5 build from under a dot-folder: deep links get index.html, files themselves, dotfiles never', async () => {
    const get = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    };
    for (const path of ['/', '/pages/profile/index', '/pages/orders/detail/index?id=1']) {
      expect(await get(path), path).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/), text: expect.stringContaining('H5 index') });
    }
    expect(await get('/js/app.js')).toMatchObject({ status: 200, type: expect.stringMatching(/javascript/), text: 'console.log("app bundle")' });
    for (const path of ['/.env', '/js/.secret.js', '/js/%2esecret.js', '/js/.secret.1a2b3c4d.js']) {
      expect((await get(path)).text, path).not.toContain('SECRET=');
    }
  });

  /** fetch would undo the encoding; this shows the bytes as sent. */
  function rawGet(path: string, acceptEncoding?: string) {
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      httpGet(`${server.url}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  it('sends content-hashed files compressed as the client accepts and cacheable for a year; index.html revalidated', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    const br = await rawGet('/js/app.1a2b3c4d.js', 'gzip, deflate, br, zstd');
    expect(br).toMatchObject({ status: 200, headers: { 'content-encoding': 'br', 'cache-control': immutable, vary: expect.stringMatching(/accept-encoding/i) } });
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotliDecompressSync(br.body).toString()).toBe(HASHED_SCRIPT);

    const gzip = await rawGet('/js/app.1a2b3c4d.js', 'gzip');
    expect(gzip).toMatchObject({ status: 200, headers: { 'content-encoding': 'gzip', 'cache-control': immutable } });
    expect(gunzipSync(gzip.body).toString()).toBe(HASHED_SCRIPT);
    // br refused by q=0, or no header at all: the file as it is.
    for (const accept of ['br;q=0, identity', undefined]) {
      const plain = await rawGet('/js/app.1a2b3c4d.js', accept);
      expect(plain.headers['content-encoding'], accept).toBeUndefined();
      expect(plain.headers['cache-control'], accept).toBe(immutable);
      expect(plain.body.toString(), accept).toBe(HASHED_SCRIPT);
    }
    // Hashed without a compressed copy: as it is, still immutable.
    const css = await rawGet('/css/app.5e6f7a8b.css', 'br, gzip');
    expect(css).toMatchObject({ status: 200, headers: { 'cache-control': immutable } });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.body.toString()).toBe('body{color:red}');

    for (const path of ['/', '/index.html', '/pages/cart/index', '/js/app.js']) {
      const response = await rawGet(path, 'br, gzip');
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('sends the page (any path of the mini-program) compressed as the client accepts, revalidated each time', async () => {
    for (const path of ['/', '/index.html', '/pages/cart/index']) {
      const br = await rawGet(path, 'gzip, deflate, br');
      expect(br, path).toMatchObject({ status: 200, headers: { 'content-encoding': 'br', 'cache-control': 'no-cache', vary: expect.stringMatching(/accept-encoding/i) } });
      expect(br.headers['content-type'], path).toMatch(/^text\/html/);
      expect(brotliDecompressSync(br.body).toString(), path).toBe(H5_INDEX);

      const gzip = await rawGet(path, 'gzip');
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(gzip.body).toString(), path).toBe(H5_INDEX);

      const plain = await rawGet(path, undefined);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.toString(), path).toBe(H5_INDEX);
    }
  });
});

describe('httpErrors', () => {
  it('answers an error of our own with JSON 500 and logs it, whatever it says', async () => {
    const logged: string[] = [];
    const logger = createLogger('error', { write: (line: string) => logged.push(line) });
    const app = express()
      .get('/boom', () => {
        throw new Error('boom at handler (/work/app/src/secret.ts:1:2)');
      })
      .use(httpErrors(logger));
    const http = createServer(app);
    const url = await listen(http, '127.0.0.1', 0);
    try {
      const response = await fetch(`${url}/boom`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: '服务暂时不可用，请稍后再试' });
      expect(logged.join('')).toContain('boom at handler');
    } finally {
      http.close();
    }
  });
});
