import { request } from 'node:http';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLERK_A, DEMO_HQ_OPERATOR, DEMO_MANAGER_A, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer, type AuthTestServer, type SessionTokens } from '../../test/auth.ts';
import type { GraphQLResponse } from '../../test/server.ts';
import { imageId } from './ids.ts';
import { acceptsWebp } from './routes.ts';
import { THUMB_MAX_BYTES } from './service.ts';
import { checkKey, localImageStore } from './store.ts';

const WEBP = { accept: 'image/avif,image/webp,image/apng,*/*;q=0.8' };
const JPEG = { accept: 'image/avif,image/apng,*/*;q=0.8' };

/** A photo sharp cannot shrink to nothing: random noise, the worst case for the thumbnail budget. */
async function noisyPhoto(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

/** Sends `path` exactly as written: fetch would resolve the dot segments a traversal attempt needs. */
function rawGet(base: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
    })
      .on('error', reject)
      .end();
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('images over HTTP', () => {
  let server: AuthTestServer;
  let storeDir: string;
  let h5Dir: string;
  /** Head office's operator: product images are the chain's catalogue. */
  let operator: SessionTokens;

  beforeAll(async () => {
    storeDir = mkdtempSync(join(tmpdir(), 'corner-images-'));
    // An H5 build whose catch-all route would answer any unknown path with index.html.
    h5Dir = mkdtempSync(join(tmpdir(), 'corner-h5-'));
    writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>H5</title>');
    server = await startAuthTestServer({ env: { IMAGE_STORE_DIR: storeDir, H5_DIST_DIR: h5Dir } });
    operator = await server.signIn(DEMO_HQ_OPERATOR.openid);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(storeDir, { recursive: true, force: true });
    rmSync(h5Dir, { recursive: true, force: true });
  });

  const upload = (body: Buffer, headers: Record<string, string>) =>
    fetch(`${server.url}/images`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body });

  it('stores an uploaded photo under its content hash and serves immutable renditions', async () => {
    const photo = await noisyPhoto(1200, 900);
    const response = await upload(photo, server.bearer(operator));
    expect(response.status).toBe(201);
    const { id, thumb, large } = (await response.json()) as { id: string; thumb: string; large: string };
    expect(id).toBe(imageId(photo));
    expect(thumb).toBe(`/images/${id}/thumb-240`);
    expect(large).toBe(`/images/${id}/large-750`);
    expect(filesUnder(storeDir)).toEqual([`originals/${id}`]);

    const webp = await fetch(`${server.url}${thumb}`, { headers: WEBP });
    expect(webp.status).toBe(200);
    expect(webp.headers.get('content-type')).toBe('image/webp');
    expect(webp.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(webp.headers.get('vary')).toMatch(/accept/i);
    const etag = webp.headers.get('etag');
    expect(etag).toMatch(new RegExp(`^"${id}\\.thumb-240\\.webp"$`));
    const webpBytes = Buffer.from(await webp.arrayBuffer());
    expect(await sharp(webpBytes).metadata()).toMatchObject({ format: 'webp', width: 240, height: 240 });
    expect(webpBytes.length).toBeLessThanOrEqual(THUMB_MAX_BYTES);

    const jpeg = await fetch(`${server.url}${thumb}`, { headers: JPEG });
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
    expect(jpeg.headers.get('etag')).not.toBe(etag);
    const jpegBytes = Buffer.from(await jpeg.arrayBuffer());
    expect(await sharp(jpegBytes).metadata()).toMatchObject({ format: 'jpeg', width: 240, height: 240 });
    expect(jpegBytes.length).toBeLessThanOrEqual(THUMB_MAX_BYTES);

    const page = await fetch(`${server.url}${large}`, { headers: JPEG });
    expect(await sharp(Buffer.from(await page.arrayBuffer())).metadata()).toMatchObject({ format: 'jpeg', width: 750, height: 563 });

    const revalidated = await fetch(`${server.url}${thumb}`, { headers: { ...WEBP, 'if-none-match': etag! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    // Renditions are kept in the store: another BFF over the same store serves them without making them again.
    expect(filesUnder(storeDir)).toEqual(
      [`originals/${id}`, `renditions/${id}/large-750.jpeg`, `renditions/${id}/thumb-240.jpeg`, `renditions/${id}/thumb-240.webp`].sort(),
    );
    const again = await upload(photo, server.bearer(operator));
    expect(((await again.json()) as { id: string }).id).toBe(id);
  });

  it('negotiates WebP only for clients that name it', async () => {
    expect(acceptsWebp('image/webp,*/*')).toBe(true);
    expect(acceptsWebp('image/avif, image/webp;q=0.9')).toBe(true);
    expect(acceptsWebp('image/webp;q=0')).toBe(false);
    expect(acceptsWebp('*/*')).toBe(false);
    expect(acceptsWebp('image/*')).toBe(false);
    expect(acceptsWebp(undefined)).toBe(false);
  });

  it('answers 404 as JSON for an unknown image, rendition or path, never the H5 page', async () => {
    const unknown = 'f'.repeat(64);
    for (const path of [`/images/${unknown}/thumb-240`, `/images/${'0'.repeat(64)}/huge-4000`, '/images/abc/thumb-240', '/images', '/images/x/y/z']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/application\/json/);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(await response.json(), path).toMatchObject({ code: 'NOT_FOUND', message: '图片不存在' });
    }
    // The H5 fallback is still there for real pages.
    expect(await (await fetch(`${server.url}/pages/index/index`)).text()).toContain('<title>H5</title>');
  });

  it('refuses path traversal, over HTTP and in the store itself', async () => {
    for (const path of ['/images/../../package.json', '/images/..%2F..%2Fpackage.json/thumb-240', '/images/%2e%2e/%2e%2e%2fpackage.json', `/images/${'a'.repeat(64)}/..%2F..%2F..%2Fpackage.json`]) {
      const response = await rawGet(server.url, path);
      expect(response.status, path).toBe(404);
      expect(response.type, path).toMatch(/application\/json/);
      expect(response.body, path).not.toContain('corner-o2o');
    }
    const store = localImageStore(storeDir);
    for (const key of ['../package.json', 'originals/../../x', '/etc/passwd', 'originals//x', 'Originals/x', 'a\\..\\b']) {
      expect(() => checkKey(key), key).toThrow(RangeError);
      await expect(store.get(key), key).rejects.toThrow(RangeError);
      await expect(store.put(key, Buffer.from('x'), 'text/plain'), key).rejects.toThrow(RangeError);
    }
  });

  it('takes uploads only from head office’s catalogue editors, only JPEG, PNG or WebP, and stores nothing it refuses', async () => {
    const before = filesUnder(storeDir);
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c00' } }).png().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    const cases: [string, Response, number, string][] = [
      ['anonymous', await upload(png, {}), 401, 'UNAUTHENTICATED'],
      ['shopper', await upload(png, server.bearer(await server.signIn(DEMO_SHOPPER.openid))), 403, 'FORBIDDEN'],
      ['clerk', await upload(png, server.bearer(await server.signIn(DEMO_CLERK_A.openid))), 403, 'FORBIDDEN'],
      ['store manager', await upload(png, server.bearer(await server.signIn(DEMO_MANAGER_A.openid))), 403, 'FORBIDDEN'],
      ['text', await upload(Buffer.from('not an image'), server.bearer(operator)), 400, 'BAD_USER_INPUT'],
      ['svg', await upload(svg, server.bearer(operator)), 400, 'BAD_USER_INPUT'],
      ['empty', await upload(Buffer.alloc(0), server.bearer(operator)), 400, 'BAD_USER_INPUT'],
      ['too large', await upload(Buffer.alloc(9 * 1024 * 1024, 1), server.bearer(operator)), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [what, response, status, code] of cases) {
      expect(response.status, what).toBe(status);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code, what).toBe(code);
      expect(body.message, what).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(filesUnder(storeDir)).toEqual(before);
  });

  it('makes a rendition once when many ask for it at the same moment', async () => {
    const photo = await sharp({ create: { width: 900, height: 300, channels: 3, background: '#0a6' } }).webp().toBuffer();
    const { thumb } = (await (await upload(photo, server.bearer(operator))).json()) as { thumb: string };
    const bodies = await Promise.all(Array.from({ length: 8 }, async () => Buffer.from(await (await fetch(`${server.url}${thumb}`, { headers: WEBP })).arrayBuffer())));
    expect(new Set(bodies.map((body) => body.toString('base64'))).size).toBe(1);
    // Not cropped: the wide photo sits inside the square on white.
    expect(await sharp(bodies[0]!).metadata()).toMatchObject({ width: 240, height: 240 });
  });
});

describe('product images in GraphQL', () => {
  let server: AuthTestServer;
  beforeAll(async () => {
    server = await startAuthTestServer({ env: { PUBLIC_BASE_URL: 'https://bff.example.com/' } });
  });
  afterAll(async () => server?.close());

  const PRODUCT = `query($p: ID!) { storeProduct(storeId: "1", productId: $p) { image { thumb large } images { thumb large } } }`;

  it('every seeded product has a packshot whose thumbnail loads and fits the budget', { timeout: 240_000 }, async () => {
    const products: { id: string; image: { thumb: string } | null }[] = [];
    let after: string | null = null;
    do {
      const { data, errors }: GraphQLResponse = await server.gql(
        `query($after: String) { storeProducts(storeId: "1", first: 40, after: $after) { nodes { id image { thumb } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      products.push(...data!.storeProducts.nodes);
      after = data!.storeProducts.pageInfo.hasNextPage ? data!.storeProducts.pageInfo.endCursor : null;
    } while (after);
    const [{ count }] = (await server.db.pool.query('SELECT count(*)::int AS count FROM "Product"')).rows;
    expect(products).toHaveLength(count);

    // Two at a time: the machine has two cores, and each first request draws the packshot.
    const queue = [...products];
    const load = async () => {
      for (let product = queue.shift(); product; product = queue.shift()) {
        const path = product.image!.thumb.replace('https://bff.example.com', '');
        const response = await fetch(`${server.url}${path}`, { headers: WEBP });
        expect(response.status, product.id).toBe(200);
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.length, product.id).toBeLessThanOrEqual(THUMB_MAX_BYTES);
        expect(await sharp(bytes).metadata(), product.id).toMatchObject({ format: 'webp', width: 240, height: 240 });
      }
    };
    await Promise.all([load(), load()]);
  });

  it('gives absolute URLs under PUBLIC_BASE_URL, and null for a product without an image', async () => {
    const [{ imageIds }] = (await server.db.pool.query('SELECT "imageIds" FROM "Product" WHERE id = 1')).rows;
    const { data } = await server.gql(PRODUCT, { p: '1' });
    expect(data!.storeProduct.image).toEqual({
      thumb: `https://bff.example.com/images/${imageIds[0]}/thumb-240`,
      large: `https://bff.example.com/images/${imageIds[0]}/large-750`,
    });
    expect(data!.storeProduct.images).toEqual([data!.storeProduct.image]);

    await server.db.pool.query(`UPDATE "Product" SET "imageIds" = '{}' WHERE id = 2`);
    const { data: bare } = await server.gql(PRODUCT, { p: '2' });
    expect(bare!.storeProduct).toEqual({ image: null, images: [] });
  });
});
