import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HQ_OPERATOR } from '../../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer } from '../../test/auth.ts';
import { s3ImageStore } from './store.ts';

const ACCESS_KEY_ID = 'AKIDEXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const REGION = 'cn-east-1';
const BUCKET = 'corner-images';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/**
 * Checks an AWS Signature Version 4 header the way S3 does, written here from the specification so
 * that the client's signing is tested against something other than itself.
 */
function signatureProblem(req: IncomingMessage, body: Buffer): string | null {
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
    req.headers.authorization ?? '',
  );
  if (!match) return 'no SigV4 authorization header';
  const [, keyId, date, region, signedHeaders, signature] = match as unknown as [string, string, string, string, string, string];
  if (keyId !== ACCESS_KEY_ID) return 'unknown access key';
  const amzDate = String(req.headers['x-amz-date']);
  if (!amzDate.startsWith(date)) return 'x-amz-date does not match the credential scope';
  const payloadHash = String(req.headers['x-amz-content-sha256']);
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) return 'payload hash does not match the body';
  const names = signedHeaders.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date')) return 'host and x-amz-date must be signed';
  const canonicalRequest = [
    req.method,
    req.url!.split('?')[0],
    '',
    ...names.map((name) => `${name}:${String(req.headers[name] ?? '').trim()}`),
    '',
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, date), region), 's3'), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign).digest('hex') === signature ? null : 'signature does not match';
}

/** A minimal S3: path-style GET and PUT Object in one bucket, kept in memory, SigV4 enforced. */
function fakeS3() {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push(`${req.method} ${req.url}`);
      const problem = signatureProblem(req, body);
      if (problem) {
        res.writeHead(403, { 'content-type': 'application/xml' }).end(`<Error><Code>SignatureDoesNotMatch</Code><Message>${problem}</Message></Error>`);
        return;
      }
      const prefix = `/${BUCKET}/`;
      if (!req.url!.startsWith(prefix)) {
        res.writeHead(404).end('<Error><Code>NoSuchBucket</Code></Error>');
        return;
      }
      const key = decodeURIComponent(req.url!.slice(prefix.length));
      if (req.method === 'PUT') {
        objects.set(key, { body, type: String(req.headers['content-type']) });
        res.writeHead(200, { etag: `"${sha256(body).slice(0, 32)}"` }).end();
      } else if (req.method === 'GET') {
        const object = objects.get(key);
        if (!object) res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
        else res.writeHead(200, { 'content-type': object.type }).end(object.body);
      } else {
        res.writeHead(405).end();
      }
    });
  });
  return {
    objects,
    requests,
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      return `http://127.0.0.1:${port}/${BUCKET}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('S3-compatible image store', () => {
  const s3 = fakeS3();
  let bucketUrl: string;
  beforeAll(async () => {
    bucketUrl = await s3.start();
  });
  afterAll(() => s3.close());

  it('puts and gets objects with SigV4-signed requests, and answers null for a missing key', async () => {
    const store = s3ImageStore({ bucketUrl, region: REGION, accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET });
    await store.put('originals/abc', Buffer.from('hello'), 'image/png');
    expect(s3.objects.get('originals/abc')).toEqual({ body: Buffer.from('hello'), type: 'image/png' });
    expect(await store.get('originals/abc')).toEqual(Buffer.from('hello'));
    expect(await store.get('originals/missing')).toBeNull();
  });

  it('fails loudly on credentials the bucket refuses, and never sends a bad key', async () => {
    const store = s3ImageStore({ bucketUrl, region: REGION, accessKeyId: ACCESS_KEY_ID, secretAccessKey: 'wrong-secret' });
    await expect(store.put('originals/x', Buffer.from('x'), 'image/png')).rejects.toThrow(/HTTP 403.*signature does not match/);
    await expect(store.get('originals/abc')).rejects.toThrow(/HTTP 403/);
    const before = s3.requests.length;
    await expect(store.get('../other-bucket/secret')).rejects.toThrow(RangeError);
    expect(s3.requests.length).toBe(before);
  });

  it('backs the BFF: an upload lands in the bucket and its renditions are served and kept there', async () => {
    const server = await startAuthTestServer({
      env: { IMAGE_STORE: 's3', S3_BUCKET_URL: bucketUrl, S3_REGION: REGION, S3_ACCESS_KEY_ID: ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: SECRET },
    });
    try {
      const operator = await server.signIn(DEMO_HQ_OPERATOR.openid);
      const photo = await sharp({ create: { width: 500, height: 500, channels: 3, background: '#36c' } }).png().toBuffer();
      const uploaded = await fetch(`${server.url}/images`, { method: 'POST', headers: { 'content-type': 'image/png', ...server.bearer(operator) }, body: photo });
      expect(uploaded.status).toBe(201);
      const { id, thumb } = (await uploaded.json()) as { id: string; thumb: string };
      expect(s3.objects.get(`originals/${id}`)?.body).toEqual(photo);

      const served = await fetch(`${server.url}${thumb}`, { headers: { accept: 'image/webp' } });
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(s3.objects.get(`renditions/${id}/thumb-240.webp`)).toEqual({ body: bytes, type: 'image/webp' });
      expect(await sharp(bytes).metadata()).toMatchObject({ width: 240, height: 240 });
    } finally {
      await server.close();
    }
  });
});
