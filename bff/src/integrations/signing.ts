import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** How far a request's timestamp may be from the server's clock, either way; nonces are kept this long (twice). */
export const SIGNATURE_WINDOW_SECONDS = 300;

export const HEADERS = {
  key: 'x-corner-key',
  timestamp: 'x-corner-timestamp',
  nonce: 'x-corner-nonce',
  signature: 'x-corner-signature',
  idempotencyKey: 'idempotency-key',
} as const;

export interface SignedParts {
  method: string;
  /** the path with its query string, exactly as sent */
  path: string;
  /** unix seconds */
  timestamp: string;
  nonce: string;
  body: Uint8Array;
}

export const sha256Hex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * The string a client signs: method, path with query, timestamp, nonce and the body's SHA-256, one a
 * line. The nonce is signed too, so a captured request cannot be replayed under a fresh nonce.
 */
export function canonicalRequest(parts: SignedParts): string {
  return [parts.method.toUpperCase(), parts.path, parts.timestamp, parts.nonce, sha256Hex(parts.body)].join('\n');
}

/** Lower-case hex HMAC-SHA256 of the canonical request under the key's secret. */
export function sign(secret: string, parts: SignedParts): string {
  return createHmac('sha256', secret).update(canonicalRequest(parts)).digest('hex');
}

export function signatureMatches(secret: string, parts: SignedParts, signature: string): boolean {
  const expected = Buffer.from(sign(secret, parts), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function newKeyPair(): { keyId: string; secret: string } {
  return { keyId: `ck_${randomBytes(12).toString('hex')}`, secret: randomBytes(32).toString('base64url') };
}

/**
 * Secrets at rest. HMAC needs the secret itself on the server (a hash would not verify anything), so
 * it is kept encrypted with AES-256-GCM under a key derived from TOKEN_SIGNING_KEY: a database dump
 * alone signs nothing. Older signing keys (TOKEN_PREVIOUS_SIGNING_KEYS) still decrypt, so rotating
 * the BFF's key does not strand the clients.
 */
export class SecretBox {
  private readonly keys: Buffer[];

  constructor(signingKey: string, previousKeys: readonly string[] = []) {
    this.keys = [signingKey, ...previousKeys].map((key) => Buffer.from(hkdfSync('sha256', key, 'corner-integrations', 'integration key secrets', 32)));
  }

  seal(secret: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0]!, iv);
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Uint8Array): string | null {
    const data = Buffer.from(sealed);
    for (const key of this.keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
        decipher.setAuthTag(data.subarray(12, 28));
        return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        // sealed under another of the keys
      }
    }
    return null;
  }
}
