import type pg from 'pg';
import { recordAudit } from '../audit/service.ts';
import { withTransaction } from '../db/transaction.ts';
import { badInput, notFound } from '../graphql/errors.ts';
import { pointsForPayment, type MemberService } from '../members/service.ts';
import type { Logger } from '../logger.ts';
import { deliverDue } from './outbox.ts';
import { newKeyPair, SecretBox, sha256Hex, SIGNATURE_WINDOW_SECONDS, signatureMatches, type SignedParts } from './signing.ts';
import {
  allClients,
  applyStock,
  claimIdempotencyKey,
  clientById,
  deliveriesOf,
  countContext,
  deleteOldNonces,
  deleteOldRequests,
  expireLiveKeys,
  insertClient,
  insertKey,
  insertReceipts,
  deleteReceipt,
  earnForTillReceipts,
  keysOfClients,
  lockStock,
  lastCountTimes,
  lockMembersByCardNo,
  productsByReference,
  receiptHashes,
  revokeKey,
  setWebhookUrl,
  shortLinesOfOrders,
  signingKey,
  spendNonce,
  storeAnswer,
  storedAnswer,
  type ClientRow,
  type DeliveryRow,
  type KeyRow,
  type MovementInput,
} from './sql.ts';

/** A refusal of the integration API: HTTP status, machine-readable code, Chinese message. */
export class IntegrationError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Who a verified request comes from: the chain's ERP (storeId null) or one store's till. */
export interface IntegrationCaller {
  clientId: string;
  keyId: string;
  storeId: number | null;
  /** what stock movements name as their source; by default ERP or TILL after the key's scope */
  source?: 'IMPORT';
}

export interface ClientModel extends ClientRow {
  keys: KeyRow[];
}

export const MAX_BATCH_ROWS = 1_000;

function checkWebhookUrl(raw: string | null): string | null {
  if (raw === null || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput('回调地址须为 http(s) 网址', { field: 'webhookUrl' });
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.href.length > 500) {
    throw badInput('回调地址须为 http(s) 网址，不含账号密码', { field: 'webhookUrl' });
  }
  return url.href;
}
const MAX_LINES_PER_RECEIPT = 200;
const MAX_QUANTITY = 100_000;
const MAX_COUNT = 1_000_000;
const MAX_AMOUNT_FEN = 100_000_000;
const DEFAULT_OVERLAP_HOURS = 24;
const MAX_OVERLAP_HOURS = 24 * 30;
/** How long a stored answer serves a retry with the same Idempotency-Key. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
const REFERENCE = /^[A-Za-z0-9_.:-]{1,64}$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

export type ErrorPolicy = 'atomic' | 'partial';

export interface RowResult {
  index: number;
  /** the receipt id, or the product reference of a count */
  ref: string;
  status: 'APPLIED' | 'SCHEDULED' | 'ALREADY_APPLIED' | 'SKIPPED_STALE' | 'FAILED';
  code?: string;
  message?: string;
  [key: string]: unknown;
}

export interface BatchAnswer {
  status: number;
  body: { policy: ErrorPolicy; applied: number; failed: number; rows: RowResult[] };
}

export class RowError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const fail = (index: number, ref: string, error: RowError): RowResult => ({ index, ref, status: 'FAILED', code: error.code, message: error.message });

/** A product named by the chain's SKU (Product.sku, else a barcode: what a till scans) or by our product id. */
export interface ProductRef {
  sku?: string;
  productId?: number;
}

export function productRef(raw: Record<string, unknown>): ProductRef {
  if (typeof raw.sku === 'string' && /^[A-Za-z0-9-]{1,32}$/.test(raw.sku)) return { sku: raw.sku };
  if (Number.isSafeInteger(raw.productId) && (raw.productId as number) > 0) return { productId: raw.productId as number };
  throw new RowError('INVALID_PRODUCT', '请提供商品 sku（条码）或 productId');
}

const sourceOf = (caller: IntegrationCaller) => caller.source ?? (caller.storeId === null ? 'ERP' : 'TILL');

export const refText = (ref: ProductRef) => (ref.sku !== undefined ? `sku:${ref.sku}` : `productId:${ref.productId}`);

export function timeOf(raw: unknown, field: string, now: Date): Date {
  const at = typeof raw === 'string' ? new Date(raw) : new Date(NaN);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d\d-\d\dT/.test(raw as string)) throw new RowError('INVALID_TIME', `${field} 须为 ISO 8601 时间`);
  if (at.getTime() > now.getTime() + SIGNATURE_WINDOW_SECONDS * 1000) throw new RowError('TIME_IN_FUTURE', `${field} 晚于当前时间`);
  return at;
}

function intIn(raw: unknown, min: number, max: number, code: string, message: string): number {
  if (!Number.isSafeInteger(raw) || (raw as number) < min || (raw as number) > max) throw new RowError(code, message);
  return raw as number;
}

interface ReceiptLine {
  ref: ProductRef;
  quantity: number;
  amountFen: number;
}

interface Receipt {
  index: number;
  receiptId: string;
  soldAt: Date;
  lines: ReceiptLine[];
  memberCardNo: string | null;
  amountFen: number;
  contentHash: string;
}

function parseReceipt(raw: unknown, index: number, now: Date): Receipt {
  if (typeof raw !== 'object' || raw === null) throw new RowError('INVALID_ROW', '每行须为对象');
  const row = raw as Record<string, unknown>;
  if (typeof row.receiptId !== 'string' || !REFERENCE.test(row.receiptId)) throw new RowError('INVALID_RECEIPT_ID', 'receiptId 须为1到64位字母、数字或 _.:-');
  const soldAt = timeOf(row.soldAt, 'soldAt', now);
  if (!Array.isArray(row.lines) || row.lines.length === 0 || row.lines.length > MAX_LINES_PER_RECEIPT) {
    throw new RowError('INVALID_LINES', `lines 须有1到${MAX_LINES_PER_RECEIPT}行`);
  }
  const lines = row.lines.map((line: unknown) => {
    if (typeof line !== 'object' || line === null) throw new RowError('INVALID_LINES', '每个商品行须为对象');
    const l = line as Record<string, unknown>;
    return {
      ref: productRef(l),
      quantity: intIn(l.quantity, 1, MAX_QUANTITY, 'INVALID_QUANTITY', `quantity 须为1到${MAX_QUANTITY}的整数`),
      amountFen: intIn(l.amountFen, 0, MAX_AMOUNT_FEN, 'INVALID_AMOUNT', 'amountFen 须为不小于0的整数（分）'),
    };
  });
  let memberCardNo: string | null = null;
  if (row.memberCardNo !== undefined && row.memberCardNo !== null) {
    if (typeof row.memberCardNo !== 'string' || !/^\d{16}$/.test(row.memberCardNo)) throw new RowError('INVALID_MEMBER', 'memberCardNo 须为16位会员卡号');
    memberCardNo = row.memberCardNo;
  }
  const amountFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
  const contentHash = sha256Hex(JSON.stringify({ soldAt: soldAt.toISOString(), lines, memberCardNo }));
  return { index, receiptId: row.receiptId, soldAt, lines, memberCardNo, amountFen, contentHash };
}

interface Count {
  index: number;
  ref: ProductRef;
  onHand: number;
  countedAt: Date;
  reference: string;
}

function parseCount(raw: unknown, index: number, now: Date): Count {
  if (typeof raw !== 'object' || raw === null) throw new RowError('INVALID_ROW', '每行须为对象');
  const row = raw as Record<string, unknown>;
  const reference = row.reference === undefined ? `count-${index}` : row.reference;
  if (typeof reference !== 'string' || !REFERENCE.test(reference)) throw new RowError('INVALID_REFERENCE', 'reference 须为1到64位字母、数字或 _.:-');
  return {
    index,
    ref: productRef(row),
    onHand: intIn(row.onHand, 0, MAX_COUNT, 'INVALID_COUNT', `onHand 须为0到${MAX_COUNT}的整数`),
    countedAt: timeOf(row.countedAt, 'countedAt', now),
    reference,
  };
}

export function batchOf(body: unknown, field: string): { policy: ErrorPolicy; rows: unknown[] } {
  if (typeof body !== 'object' || body === null) throw new IntegrationError(400, 'INVALID_BODY', '请求体须为 JSON 对象');
  const { policy = 'atomic', [field]: rows } = body as Record<string, unknown>;
  if (policy !== 'atomic' && policy !== 'partial') throw new IntegrationError(400, 'INVALID_POLICY', 'policy 须为 atomic 或 partial');
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_BATCH_ROWS) {
    throw new IntegrationError(400, 'INVALID_BATCH', `${field} 须有1到${MAX_BATCH_ROWS}行`, { maxRows: MAX_BATCH_ROWS });
  }
  return { policy, rows };
}

/** Runs `apply` inside a savepoint; under `atomic`, any failed row undoes every row. */
export async function underPolicy(client: pg.PoolClient, policy: ErrorPolicy, apply: () => Promise<RowResult[]>): Promise<BatchAnswer> {
  await client.query('SAVEPOINT batch');
  const rows = (await apply()).sort((a, b) => a.index - b.index);
  const failed = rows.filter((row) => row.status === 'FAILED').length;
  if (policy === 'atomic' && failed > 0) {
    await client.query('ROLLBACK TO SAVEPOINT batch');
    const rejected = rows.map((row) => (row.status === 'FAILED' ? row : { index: row.index, ref: row.ref, status: 'FAILED' as const, code: 'BATCH_REJECTED', message: '同批其他行有错误，整批未执行' }));
    return { status: 422, body: { policy, applied: 0, failed: rejected.length, rows: rejected } };
  }
  return { status: 200, body: { policy, applied: rows.filter((row) => row.status === 'APPLIED').length, failed, rows } };
}

/**
 * The integration API for the chain's ERP and the stores' tills: clients and their keys (managed by
 * head office), signed requests, and stock from outside: till receipts and absolute counts. Every
 * stock change is an InventoryMovement naming its source and the source's reference.
 */
export class IntegrationService {
  private readonly box: SecretBox;

  constructor(
    private readonly deps: { pool: pg.Pool; members: MemberService; signingKey: string; previousSigningKeys: readonly string[]; now: () => Date; logger: Logger },
  ) {
    this.box = new SecretBox(deps.signingKey, deps.previousSigningKeys);
  }

  // ------------------------------------------------------------------ clients (head office)

  async clients(): Promise<ClientModel[]> {
    return this.withKeys(await allClients(this.deps.pool));
  }

  private async withKeys(clients: ClientRow[]): Promise<ClientModel[]> {
    const keys = await keysOfClients(this.deps.pool, clients.map((c) => c.id));
    return clients.map((client) => ({ ...client, keys: keys.filter((key) => key.clientId === client.id) }));
  }

  async createClient(actorUserId: string, input: { name: string; storeId: number | null; webhookUrl?: string | null }) {
    const name = input.name.trim();
    if (!name || name.length > 40) throw badInput('请填写接入方名称（40字以内）', { field: 'name' });
    const webhookUrl = checkWebhookUrl(input.webhookUrl ?? null);
    const at = this.deps.now();
    const pair = newKeyPair();
    const client = await withTransaction(this.deps.pool, async (tx) => {
      if (input.storeId !== null) {
        const { rowCount } = await tx.query(`SELECT 1 FROM "Store" WHERE id = $1`, [input.storeId]);
        if (!rowCount) throw notFound('门店不存在', { field: 'storeId' });
      }
      const created = await insertClient(tx, { name, storeId: input.storeId, webhookUrl, createdByUserId: actorUserId, at });
      await insertKey(tx, { id: pair.keyId, clientId: created.id, secretCipher: this.box.seal(pair.secret), at });
      await recordAudit(tx, {
        actorUserId,
        storeId: input.storeId,
        kind: 'integration.client_create',
        subject: created.id,
        before: null,
        after: { name, storeId: input.storeId, webhookUrl, keyId: pair.keyId },
      });
      return created;
    });
    return { client: (await this.withKeys([client]))[0]!, ...pair };
  }

  /** A new key; the client's other live keys keep working for `overlapHours`, then stop. */
  async rotateKey(actorUserId: string, clientId: string, overlapHours = DEFAULT_OVERLAP_HOURS) {
    if (!Number.isSafeInteger(overlapHours) || overlapHours < 0 || overlapHours > MAX_OVERLAP_HOURS) {
      throw badInput(`旧密钥保留时长须为0到${MAX_OVERLAP_HOURS}小时`, { field: 'overlapHours' });
    }
    const at = this.deps.now();
    const pair = newKeyPair();
    const client = await withTransaction(this.deps.pool, async (tx) => {
      const found = await clientById(tx, clientId, { forUpdate: true });
      if (!found) throw notFound('接入方不存在', { field: 'clientId' });
      const ending = await expireLiveKeys(tx, clientId, new Date(at.getTime() + overlapHours * 3_600_000), at);
      await insertKey(tx, { id: pair.keyId, clientId, secretCipher: this.box.seal(pair.secret), at });
      await recordAudit(tx, {
        actorUserId,
        storeId: found.storeId,
        kind: 'integration.key_rotate',
        subject: clientId,
        before: { liveKeyIds: ending.map((key) => key.id) },
        after: { keyId: pair.keyId, oldKeysExpireAt: ending.map((key) => key.expiresAt) },
      });
      return found;
    });
    return { client: (await this.withKeys([client]))[0]!, ...pair };
  }

  async revokeKey(actorUserId: string, keyId: string): Promise<KeyRow> {
    const at = this.deps.now();
    return withTransaction(this.deps.pool, async (tx) => {
      const revoked = await revokeKey(tx, keyId, at);
      if (!revoked) throw notFound('密钥不存在', { field: 'keyId' });
      if (!revoked.wasRevoked) {
        const client = (await clientById(tx, revoked.key.clientId))!;
        await recordAudit(tx, {
          actorUserId,
          storeId: client.storeId,
          kind: 'integration.key_revoke',
          subject: client.id,
          before: { keyId, revokedAt: null },
          after: { keyId, revokedAt: at.toISOString() },
        });
      }
      return revoked.key;
    });
  }

  /** Where the client's webhooks go; null stops them (pending deliveries then fail and retry until set again). */
  async setWebhook(actorUserId: string, clientId: string, rawUrl: string | null): Promise<ClientModel> {
    const webhookUrl = checkWebhookUrl(rawUrl);
    const client = await withTransaction(this.deps.pool, async (tx) => {
      const before = await setWebhookUrl(tx, clientId, webhookUrl);
      if (before === undefined) throw notFound('接入方不存在', { field: 'clientId' });
      const found = (await clientById(tx, clientId))!;
      await recordAudit(tx, { actorUserId, storeId: found.storeId, kind: 'integration.webhook', subject: clientId, before: { webhookUrl: before }, after: { webhookUrl } });
      return found;
    });
    return (await this.withKeys([client]))[0]!;
  }

  /** The delivery log of a client's webhooks, newest first. */
  async deliveries(clientId: string, status: DeliveryRow['status'] | null, first = 50): Promise<DeliveryRow[]> {
    if (!Number.isSafeInteger(first) || first < 1 || first > 200) throw badInput('first 须为1到200', { field: 'first' });
    if (!(await clientById(this.deps.pool, clientId))) throw notFound('接入方不存在', { field: 'clientId' });
    return deliveriesOf(this.deps.pool, clientId, status, first);
  }

  deliverWebhooks() {
    return deliverDue({ pool: this.deps.pool, box: this.box, now: this.deps.now, logger: this.deps.logger });
  }

  // ------------------------------------------------------------------ signed requests

  /** Verifies a request's signature, time and nonce; the nonce is spent even if the request then fails. */
  async verify(keyId: string | undefined, parts: Omit<SignedParts, 'timestamp' | 'nonce'> & { timestamp?: string; nonce?: string }, signature: string | undefined): Promise<IntegrationCaller> {
    if (!keyId || !parts.timestamp || !parts.nonce || !signature) {
      throw new IntegrationError(401, 'SIGNATURE_REQUIRED', '请求须带 X-Corner-Key、X-Corner-Timestamp、X-Corner-Nonce 与 X-Corner-Signature');
    }
    const now = this.deps.now();
    const seconds = /^\d{1,12}$/.test(parts.timestamp) ? Number(parts.timestamp) : NaN;
    if (!(Math.abs(now.getTime() / 1000 - seconds) <= SIGNATURE_WINDOW_SECONDS)) {
      throw new IntegrationError(401, 'TIMESTAMP_OUT_OF_WINDOW', `时间戳须为 Unix 秒，且与服务器时间相差不超过${SIGNATURE_WINDOW_SECONDS / 60}分钟`, {
        serverTime: Math.floor(now.getTime() / 1000),
      });
    }
    if (!NONCE.test(parts.nonce)) throw new IntegrationError(401, 'INVALID_NONCE', 'X-Corner-Nonce 须为16到64位字母、数字或 _-');
    const key = await signingKey(this.deps.pool, keyId);
    const secret = key && this.box.open(key.secretCipher);
    if (!key || !secret) throw new IntegrationError(401, 'UNKNOWN_KEY', '密钥不存在');
    if (key.revokedAt) throw new IntegrationError(401, 'KEY_REVOKED', '密钥已吊销');
    if (key.expiresAt && key.expiresAt <= now) throw new IntegrationError(401, 'KEY_EXPIRED', '密钥已过期（已轮换）');
    if (!signatureMatches(secret, parts as SignedParts, signature)) throw new IntegrationError(401, 'BAD_SIGNATURE', '签名不正确');
    if (!(await spendNonce(this.deps.pool, keyId, parts.nonce, now))) throw new IntegrationError(401, 'NONCE_REUSED', '该 nonce 已使用过（疑似重放）');
    return { clientId: key.clientId, keyId, storeId: key.storeId };
  }

  /** Whether this key pair would still be accepted now (known, live, and the secret is the key's). */
  async keyStillSigns(keyId: string, secret: string): Promise<boolean> {
    const key = await signingKey(this.deps.pool, keyId);
    const now = this.deps.now();
    return !!key && !key.revokedAt && !(key.expiresAt && key.expiresAt <= now) && this.box.open(key.secretCipher) === secret;
  }

  /** A till acts for its own store only; the ERP for any. */
  checkStore(caller: IntegrationCaller, storeId: number): void {
    if (caller.storeId !== null && caller.storeId !== storeId) {
      throw new IntegrationError(403, 'STORE_OUT_OF_SCOPE', '此密钥只能用于其所属门店', { storeId: caller.storeId });
    }
  }

  /** The chain's master data (products) is the ERP's alone. */
  checkChainWide(caller: IntegrationCaller): void {
    if (caller.storeId !== null) throw new IntegrationError(403, 'CHAIN_SCOPE_REQUIRED', '此密钥属于门店收银，只能用于其门店；商品资料须由总部 ERP 提交', { storeId: caller.storeId });
  }

  /**
   * Runs a write once per Idempotency-Key: the answer is stored in the same transaction as the work,
   * and a repeat (also a concurrent one) gets that answer back and changes nothing. The same key with
   * another request is refused.
   */
  async once(caller: IntegrationCaller, key: string | undefined, requestHash: string, work: (client: pg.PoolClient) => Promise<BatchAnswer>): Promise<BatchAnswer & { replayed: boolean }> {
    if (!key || !IDEMPOTENCY_KEY.test(key)) throw new IntegrationError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'Idempotency-Key 请求头须为8到128位字母、数字或 _.:-');
    const at = this.deps.now();
    return withTransaction(this.deps.pool, async (client) => {
      if (!(await claimIdempotencyKey(client, caller.clientId, key, requestHash, at))) {
        const stored = (await storedAnswer(client, caller.clientId, key))!;
        if (stored.requestHash !== requestHash) throw new IntegrationError(409, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一个请求');
        return { status: stored.status, body: stored.response as BatchAnswer['body'], replayed: true };
      }
      const answer = await work(client);
      await storeAnswer(client, caller.clientId, key, answer.status, answer.body);
      return { ...answer, replayed: false };
    });
  }

  async cleanup(): Promise<{ nonces: number; requests: number }> {
    const now = this.deps.now().getTime();
    return {
      nonces: await deleteOldNonces(this.deps.pool, new Date(now - 2 * SIGNATURE_WINDOW_SECONDS * 1000)),
      requests: await deleteOldRequests(this.deps.pool, new Date(now - IDEMPOTENCY_RETENTION_HOURS * 3_600_000)),
    };
  }

  // ------------------------------------------------------------------ stock

  /** The product ids a batch's references name, in one query (also for prices.ts, hence static). */
  static async resolveProducts(client: pg.PoolClient, refs: readonly ProductRef[]): Promise<(ref: ProductRef) => number | undefined> {
    const found = await productsByReference(
      client,
      refs.flatMap((ref) => (ref.sku !== undefined ? [ref.sku] : [])),
      refs.flatMap((ref) => (ref.productId !== undefined ? [ref.productId] : [])),
    );
    const bySku = new Map(found.map((p) => [p.ref, p.id]));
    const ids = new Set(found.map((p) => p.id));
    return (ref) => (ref.sku !== undefined ? bySku.get(ref.sku) : ids.has(ref.productId!) ? ref.productId : undefined);
  }

  /**
   * Till receipts. A sale is a fact: never refused for stock, on-hand only stops at zero; units open
   * orders had reserved are then short (shown to staff), and available stays at zero. Each receipt
   * applies once per store; one naming a member card earns its points through the till's own path.
   */
  async receipts(client: pg.PoolClient, caller: IntegrationCaller, storeId: number, body: unknown): Promise<BatchAnswer> {
    const { policy, rows } = batchOf(body, 'receipts');
    const now = this.deps.now();
    const results: RowResult[] = [];
    const parsed: Receipt[] = [];
    const seen = new Set<string>();
    rows.forEach((raw, index) => {
      try {
        const receipt = parseReceipt(raw, index, now);
        if (seen.has(receipt.receiptId)) throw new RowError('DUPLICATE_IN_BATCH', '同一批次中小票号重复');
        seen.add(receipt.receiptId);
        parsed.push(receipt);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        const ref = (raw as { receiptId?: unknown } | null)?.receiptId;
        results.push(fail(index, typeof ref === 'string' ? ref : '', error));
      }
    });
    return underPolicy(client, policy, async () => {
      const productOf = await IntegrationService.resolveProducts(client, parsed.flatMap((r) => r.lines.map((l) => l.ref)));
      const stock = new Map((await lockStock(client, storeId, [...new Set(parsed.flatMap((r) => r.lines.flatMap((l) => productOf(l.ref) ?? [])))])).map((s) => [s.productId, s.onHand]));
      const countedAt = await lastCountTimes(client, storeId, [...stock.keys()]);
      // Locked now, all in one order, like the stock: receipts are applied in sale order, and two
      // stores' batches naming the same members in other orders would otherwise deadlock.
      const members = new Map((await lockMembersByCardNo(client, parsed.flatMap((r) => (r.memberCardNo ? [r.memberCardNo] : [])))).map((m) => [m.cardNo, m.id]));
      const valid: Array<{ receipt: Receipt; lines: Array<ReceiptLine & { productId: number }>; memberId: string | undefined }> = [];
      // Sales apply in the order they happened, so each movement's from/to reads like the shelf did.
      for (const receipt of [...parsed].sort((a, b) => a.soldAt.getTime() - b.soldAt.getTime() || a.index - b.index)) {
        try {
          const lines = receipt.lines.map((line) => {
            const productId = productOf(line.ref);
            if (productId === undefined) throw new RowError('UNKNOWN_PRODUCT', `商品 ${refText(line.ref)} 不存在`);
            if (!stock.has(productId)) throw new RowError('PRODUCT_NOT_STOCKED', `商品 ${refText(line.ref)} 在本店没有库存记录`);
            return { ...line, productId };
          });
          const memberId = receipt.memberCardNo ? members.get(receipt.memberCardNo) : undefined;
          if (receipt.memberCardNo && !memberId) throw new RowError('UNKNOWN_MEMBER', '会员卡号不存在');
          valid.push({ receipt, lines, memberId });
        } catch (error) {
          if (!(error instanceof RowError)) throw error;
          results.push(fail(receipt.index, receipt.receiptId, error));
        }
      }
      // One statement for all the batch's receipt rows (a round trip each made big batches slow); the
      // ones the store already had are then compared with what was applied before.
      const inserted = await insertReceipts(client, storeId, now, valid.map(({ receipt }) => receipt));
      const before = await receiptHashes(client, storeId, valid.flatMap(({ receipt }) => (inserted.has(receipt.receiptId) ? [] : [receipt.receiptId])));
      // The members' earnings, all in one statement (a till scan's earning, set-based).
      const earnings = new Map(
        (
          await earnForTillReceipts(
            client,
            storeId,
            now,
            this.deps.members.earnedPointsFrozenUntil(),
            valid.flatMap(({ receipt, memberId }) =>
              memberId && inserted.has(receipt.receiptId)
                ? [{ receiptNo: receipt.receiptId, memberId, amountFen: receipt.amountFen, points: pointsForPayment(receipt.amountFen, this.deps.members.rules) }]
                : [],
            ),
          )
        ).map((earning) => [earning.receiptNo, earning]),
      );
      const onHand = new Map<number, number>();
      const movements: MovementInput[] = [];
      for (const { receipt, lines, memberId } of valid) {
        if (!inserted.has(receipt.receiptId)) {
          if (before.get(receipt.receiptId) === receipt.contentHash) results.push({ index: receipt.index, ref: receipt.receiptId, status: 'ALREADY_APPLIED' });
          else results.push(fail(receipt.index, receipt.receiptId, new RowError('RECEIPT_CONFLICT', '该小票号已以不同内容登记过')));
          continue;
        }
        const earning = earnings.get(receipt.receiptId);
        // Scanned at the till already: the same purchase keeps that one earning; another one under its number is refused.
        if (earning && !earning.inserted && (earning.memberId !== memberId || earning.amountFen !== receipt.amountFen)) {
          await deleteReceipt(client, storeId, receipt.receiptId);
          const message = `小票${receipt.receiptId}已在收银台登记过另一笔消费（¥${(earning.amountFen / 100).toFixed(2)}），请核对小票号`;
          results.push(fail(receipt.index, receipt.receiptId, new RowError('RECEIPT_CONFLICT', message)));
          continue;
        }
        const pointsEarned = earning?.pointsEarned;
        for (const line of lines) {
          const from = onHand.get(line.productId) ?? stock.get(line.productId)!;
          // Sold before the last count was taken (and only now received): the count already left it out.
          const counted = countedAt.get(line.productId);
          const inCount = counted !== undefined && receipt.soldAt <= counted;
          const to = inCount ? from : Math.max(0, from - line.quantity);
          onHand.set(line.productId, to);
          const shortBy = inCount ? 0 : line.quantity - (from - to);
          movements.push({
            productId: line.productId,
            kind: 'SALE',
            onHandFrom: from,
            onHandTo: to,
            reason: `门店收银 小票${receipt.receiptId} 售出${line.quantity}${inCount ? '（盘点时已计入）' : shortBy > 0 ? `（账面不足${shortBy}）` : ''}`,
            reference: receipt.receiptId,
            occurredAt: receipt.soldAt,
          });
        }
        results.push({ index: receipt.index, ref: receipt.receiptId, status: 'APPLIED', ...(pointsEarned !== undefined ? { pointsEarned } : {}) });
      }
      await applyStock(client, storeId, sourceOf(caller), now, onHand, movements);
      return results;
    });
  }

  /**
   * Absolute counts as of a source time. Movements that happened after that time (till sales, online
   * handovers) are replayed on top; a count older than the last count applied is skipped, so a
   * retried or reordered batch never rolls stock back.
   */
  async stockCounts(client: pg.PoolClient, caller: IntegrationCaller, storeId: number, body: unknown): Promise<BatchAnswer> {
    const { policy, rows } = batchOf(body, 'counts');
    const now = this.deps.now();
    const results: RowResult[] = [];
    const parsed: Count[] = [];
    rows.forEach((raw, index) => {
      try {
        parsed.push(parseCount(raw, index, now));
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        results.push(fail(index, '', error));
      }
    });
    return underPolicy(client, policy, async () => {
      const productOf = await IntegrationService.resolveProducts(client, parsed.map((c) => c.ref));
      const stock = new Map((await lockStock(client, storeId, [...new Set(parsed.flatMap((c) => productOf(c.ref) ?? []))])).map((s) => [s.productId, s.onHand]));
      const source = sourceOf(caller);
      // Oldest first, each applied on its own, so a later count of the same product sees the earlier one.
      for (const count of [...parsed].sort((a, b) => a.countedAt.getTime() - b.countedAt.getTime() || a.index - b.index)) {
        const ref = refText(count.ref);
        const productId = productOf(count.ref);
        if (productId === undefined) {
          results.push(fail(count.index, ref, new RowError('UNKNOWN_PRODUCT', `商品 ${ref} 不存在`)));
          continue;
        }
        if (!stock.has(productId)) {
          results.push(fail(count.index, ref, new RowError('PRODUCT_NOT_STOCKED', `商品 ${ref} 在本店没有库存记录`)));
          continue;
        }
        const { lastCountAt, deltaSince } = await countContext(client, storeId, productId, count.countedAt);
        if (lastCountAt && lastCountAt >= count.countedAt) {
          results.push({ index: count.index, ref, status: 'SKIPPED_STALE', code: 'STALE_COUNT', message: '已有更新的盘点，本行未执行', lastCountAt: lastCountAt.toISOString() });
          continue;
        }
        const from = stock.get(productId)!;
        const to = Math.max(0, count.onHand + deltaSince);
        stock.set(productId, to);
        await applyStock(client, storeId, source, now, new Map([[productId, to]]), [
          {
            productId,
            kind: 'COUNT',
            onHandFrom: from,
            onHandTo: to,
            reason: `盘点${count.onHand}（${count.countedAt.toISOString()}）${deltaSince ? `，其后变动${deltaSince > 0 ? '+' : ''}${deltaSince}` : ''}`,
            reference: count.reference,
            occurredAt: count.countedAt,
          },
        ]);
        results.push({ index: count.index, ref, status: 'APPLIED', onHand: to, replayed: deltaSince });
      }
      return results;
    });
  }

  /** Short units per order line of these orders (see shortLinesOfOrders), for the staff queue. */
  async shortLines(orderIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const byOrder = new Map<string, Map<string, number>>(orderIds.map((id) => [id, new Map()]));
    for (const row of await shortLinesOfOrders(this.deps.pool, orderIds)) byOrder.get(row.orderId)?.set(row.itemId, row.short);
    return byOrder;
  }
}
