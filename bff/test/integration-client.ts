import { randomUUID } from 'node:crypto';
import { HEADERS, sign } from '../src/integrations/signing.ts';

/** An integration client's key as createIntegrationClient answers it. */
export interface Credential {
  keyId: string;
  secret: string;
  client: { id: string };
}

export const CREATE_INTEGRATION_CLIENT = `mutation($name: String!, $storeId: ID) { createIntegrationClient(name: $name, storeId: $storeId) { keyId secret client { id storeId keys { id active } } } }`;

export interface SendOptions {
  idempotencyKey?: string;
  timestamp?: string;
  nonce?: string;
  secret?: string;
  /** sent instead of the signed body */
  tamperedBody?: string;
}

/** A signed POST to /integrations/v1`path`, as the chain's ERP or a till would send it. */
export async function signedPost(baseUrl: string, cred: Credential, path: string, body: unknown, options: SendOptions = {}) {
  const raw = Buffer.from(JSON.stringify(body));
  const fullPath = `/integrations/v1${path}`;
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? randomUUID().replaceAll('-', '');
  const signature = sign(options.secret ?? cred.secret, { method: 'POST', path: fullPath, timestamp, nonce, body: raw });
  const response = await fetch(`${baseUrl}${fullPath}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [HEADERS.key]: cred.keyId,
      [HEADERS.timestamp]: timestamp,
      [HEADERS.nonce]: nonce,
      [HEADERS.signature]: signature,
      [HEADERS.idempotencyKey]: options.idempotencyKey ?? `k-${randomUUID()}`,
    },
    body: options.tamperedBody ?? raw,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any>, replayed: response.headers.get('idempotent-replayed') === 'true' };
}
