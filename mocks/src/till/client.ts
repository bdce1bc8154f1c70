import { randomBytes } from 'node:crypto';
import { HEADERS, sign } from '../../../bff/src/integrations/signing.ts';

/** One integration key as head office hands it out. */
export interface IntegrationCredential {
  keyId: string;
  secret: string;
}

export interface SignedAnswer<T = Record<string, any>> {
  status: number;
  body: T;
  replayed: boolean;
}

export interface SignedPostOptions {
  /** the clock the timestamp is read from (tests run the BFF on a fixed clock) */
  now?: () => Date;
  idempotencyKey?: string;
  /** What the signature tests send wrong on purpose: a set timestamp, a reused nonce, another secret, another body than the one signed. */
  timestamp?: string;
  nonce?: string;
  secret?: string;
  tamperedBody?: string;
}

/**
 * POSTs JSON to the BFF's integration API the way a till or the ERP does: signed (signing.ts), with a
 * fresh nonce and an Idempotency-Key (pass the same key to retry a request safely).
 */
export async function signedPost<T = Record<string, any>>(baseUrl: string, credential: IntegrationCredential, path: string, body: unknown, options: SignedPostOptions = {}): Promise<SignedAnswer<T>> {
  const raw = Buffer.from(JSON.stringify(body));
  const fullPath = `/integrations/v1${path}`;
  const timestamp = options.timestamp ?? String(Math.floor((options.now?.() ?? new Date()).getTime() / 1000));
  const nonce = options.nonce ?? randomBytes(16).toString('hex');
  const response = await fetch(`${baseUrl}${fullPath}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [HEADERS.key]: credential.keyId,
      [HEADERS.timestamp]: timestamp,
      [HEADERS.nonce]: nonce,
      [HEADERS.signature]: sign(options.secret ?? credential.secret, { method: 'POST', path: fullPath, timestamp, nonce, body: raw }),
      [HEADERS.idempotencyKey]: options.idempotencyKey ?? `req-${randomBytes(12).toString('hex')}`,
    },
    body: options.tamperedBody ?? raw,
  });
  return { status: response.status, body: (await response.json()) as T, replayed: response.headers.get('idempotent-replayed') === 'true' };
}

export interface TillLine {
  sku: string;
  quantity: number;
  amountFen: number;
}

export interface TillReceipt {
  receiptId: string;
  soldAt: string;
  lines: TillLine[];
  memberCardNo?: string;
}

/** A batch of till receipts for one store; `partial` so one bad row never holds back the rest of the day. */
export function postReceipts(baseUrl: string, credential: IntegrationCredential, storeId: number, receipts: readonly TillReceipt[], options: SignedPostOptions = {}) {
  return signedPost(baseUrl, credential, `/stores/${storeId}/receipts`, { policy: 'partial', receipts }, options);
}

export interface StockCount {
  sku: string;
  onHand: number;
  countedAt: string;
  reference?: string;
}

export function postStockCounts(baseUrl: string, credential: IntegrationCredential, storeId: number, counts: readonly StockCount[], options: SignedPostOptions = {}) {
  return signedPost(baseUrl, credential, `/stores/${storeId}/stock-counts`, { policy: 'partial', counts }, options);
}
