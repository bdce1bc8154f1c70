import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { StoreCategoriesDocument } from '@corner/shared-types/client';
import { loadConfig } from './config.ts';
import { inlineScriptHashes, securityHeaders } from './http-security.ts';
import { listen } from './server.ts';
import { startTestServer, type TestServer } from '../test/server.ts';

const storeCategoriesHash = StoreCategoriesDocument.__meta__!.hash as string;
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

async function post(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

describe('trusted documents (TRUSTED_DOCUMENTS_ONLY=true)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { TRUSTED_DOCUMENTS_ONLY: 'true' } });
  });
  afterAll(() => server.close());

  it('runs a mini-program operation sent by its id alone', async () => {
    const result = await post(server, { operationName: 'StoreCategories', variables: { storeId: '1' }, extensions: persisted(storeCategoriesHash) });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.storeCategories.length).toBeGreaterThan(0);
  });

  it('runs its stored text when the client sends id and text, whatever the text says', async () => {
    const result = await post(server, { query: '{ __typename }', variables: { storeId: '1' }, extensions: persisted(storeCategoriesHash) });
    expect(Object.keys(result.body.data)).toEqual(['storeCategories']);
  });

  it('refuses a document that is not persisted, and an unknown id', async () => {
    const arbitrary = await post(server, { query: '{ serverTime }' });
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
    const unknown = await post(server, { extensions: persisted('0'.repeat(64)) });
    expect(unknown.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('HTTP hardening', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { CORS_ORIGINS: 'https://shop.example.com', HTTP_BODY_LIMIT_BYTES: '4096' } });
  });
  afterAll(() => server.close());

  it('still accepts arbitrary documents when not enforcing, and the id when it is known', async () => {
    expect((await post(server, { query: '{ serverTime }' })).body.data.serverTime).toBeTruthy();
    const byId = await post(server, { variables: { storeId: '1' }, extensions: persisted(storeCategoriesHash) });
    expect(byId.body.data.storeCategories.length).toBeGreaterThan(0);
  });

  it('refuses a body over HTTP_BODY_LIMIT_BYTES with 413 before GraphQL sees it', async () => {
    const result = await post(server, { query: '{ serverTime }', variables: { pad: 'x'.repeat(5000) } });
    expect(result.status).toBe(413);
    expect(result.body.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    const notJson = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'query { serverTime }' });
    expect(notJson.status).toBe(400);
  });

  it('answers CORS only for a configured origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    const allowed = await preflight('https://shop.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await post(server, { query: '{ serverTime }' }, { origin: 'https://evil.example.com' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sets the security headers on every response', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('with no CORS_ORIGINS', () => {
  it('sends no CORS headers to any origin (same origin only)', async () => {
    const server = await startTestServer();
    try {
      const result = await post(server, { query: '{ serverTime }' }, { origin: 'https://shop.example.com' });
      expect(result.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('securityHeaders', () => {
  it('adds HSTS in production and allows the H5 inline script by its hash', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'h5-'));
    writeFileSync(join(dist, 'index.html'), '<html><head><script>var a=1</script><script defer src="/js/app.js"></script></head></html>');
    expect(inlineScriptHashes(dist)).toEqual(["'sha256-WazVQOu5lmXfSreSrMJd1CsaQ4c00fUQpJfBYCuMSIw='"]);
    const config = { ...loadConfig({ NODE_ENV: 'test' }), NODE_ENV: 'production' as const, H5_DIST_DIR: dist };
    const app = express().use(securityHeaders(config)).get('/', (_req, res) => res.send('ok'));
    const http = createServer(app);
    const url = await listen(http, '127.0.0.1', 0);
    try {
      const response = await fetch(url);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
      expect(response.headers.get('content-security-policy')).toContain(`script-src 'self' ${inlineScriptHashes(dist)[0]}`);
    } finally {
      http.close();
    }
  });

  it('lets the page connect to its own origin and CSP_CONNECT_ORIGINS only', async () => {
    const csp = async (env: Record<string, string>) => {
      const app = express().use(securityHeaders(loadConfig({ NODE_ENV: 'test', ...env }))).get('/', (_req, res) => res.send('ok'));
      const http = createServer(app);
      try {
        return (await fetch(await listen(http, '127.0.0.1', 0))).headers.get('content-security-policy')!;
      } finally {
        http.close();
      }
    };
    expect(await csp({})).toContain("connect-src 'self';");
    expect(await csp({ CSP_CONNECT_ORIGINS: 'http://127.0.0.1:3201' })).toContain("connect-src 'self' http://127.0.0.1:3201;");
    expect(() => loadConfig({ NODE_ENV: 'test', CSP_CONNECT_ORIGINS: 'not a url' })).toThrow(/CSP_CONNECT_ORIGINS/);
  });
});
