import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { badInput, DomainError } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';
import { checkInBand, checkPrices } from '../stores/shelf.ts';
import {
  batchOf,
  fail,
  IntegrationService,
  productRef,
  refText,
  RowError,
  timeOf,
  underPolicy,
  type BatchAnswer,
  type ErrorPolicy,
  type ProductRef,
  type RowResult,
} from './service.ts';
import {
  currentPriceChanges,
  duePriceKeys,
  existingStoreIds,
  insertPriceChanges,
  priceChangeLog,
  lockPricedProducts,
  priceChangesAt,
  setBasePrices,
  settlePriceChanges,
  statusesOfPriceChanges,
  storePricesOf,
  supersedeDuePriceChanges,
  upsertStorePrices,
  type PriceChangeInput,
  type PriceChangeLogRow,
  type PriceKey,
  type PricedProduct,
  type SettledChange,
} from './sql.ts';

/** Who sends prices: an integration client (a till: storeId set) or the import CLI (clientId null, chain-wide). */
export interface PriceCaller {
  clientId: string | null;
  storeId: number | null;
}

/**
 * A new price more than this many times the one selling now, or less than its this-many-th part,
 * is refused unless the row says `confirmLargeChange`: the usual slip is yuan sent as fen or back.
 */
export const LARGE_CHANGE_FACTOR = 10;
/** How far ahead a change may be scheduled. */
const MAX_SCHEDULE_DAYS = 366;
/** Scopes and products settled per transaction of the price job. */
const JOB_BATCH = 500;
// Any constant shared by every instance; one of them settles due prices at a time.
const PRICE_JOB_LOCK_KEY = 0x70726963; // "pric"

interface PriceRow extends PriceChangeInput {
  index: number;
  ref: ProductRef;
  confirmLargeChange: boolean;
}

function fen(raw: unknown, field: string): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    throw new RowError('PRICE_NOT_INTEGER_FEN', `${field} 须为整数（分），如 ¥3.50 写作 350；不接受小数或字符串`);
  }
  return raw;
}

/** The shelf's price rules, as a row's refusal: the shelf's reason is the row's code. */
function asRowError(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const reason = String(error.details.reason ?? error.code);
    throw new RowError(reason === 'OUT_OF_RANGE' ? 'PRICE_OUT_OF_RANGE' : reason, error.message);
  }
}

const labelsOf = (storeId: number | null) => (storeId === null ? { price: '基础价', member: '基础会员价' } : { price: '门店价', member: '会员价' });

function parsePriceRow(raw: unknown, index: number, now: Date): PriceRow {
  if (typeof raw !== 'object' || raw === null) throw new RowError('INVALID_ROW', '每行须为对象');
  const row = raw as Record<string, unknown>;
  const ref = productRef(row);
  if (row.storeId !== undefined && row.storeId !== null && !(Number.isSafeInteger(row.storeId) && (row.storeId as number) > 0)) {
    throw new RowError('INVALID_STORE', 'storeId 须为门店编号（整数），或省略/null 表示全链基础价');
  }
  const storeId = (row.storeId as number | null | undefined) ?? null;
  if (!('memberPriceFen' in row)) throw new RowError('MEMBER_PRICE_REQUIRED', 'memberPriceFen 须写明：整数（分），或 null 表示无会员价');
  const prices = { priceFen: fen(row.priceFen, 'priceFen'), memberPriceFen: row.memberPriceFen === null ? null : fen(row.memberPriceFen, 'memberPriceFen') };
  asRowError(() => checkPrices(prices, labelsOf(storeId)));
  const sourceUpdatedAt = timeOf(row.sourceUpdatedAt, 'sourceUpdatedAt', now);
  let effectiveAt = sourceUpdatedAt;
  if (row.effectiveAt !== undefined && row.effectiveAt !== null) {
    try {
      effectiveAt = timeOf(row.effectiveAt, 'effectiveAt', new Date(now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000));
    } catch (error) {
      if (error instanceof RowError && error.code === 'TIME_IN_FUTURE') throw new RowError('EFFECTIVE_TOO_FAR', `effectiveAt 最多提前${MAX_SCHEDULE_DAYS}天`);
      throw error;
    }
  }
  if (row.reference !== undefined && (typeof row.reference !== 'string' || !/^[A-Za-z0-9_.:-]{1,64}$/.test(row.reference))) {
    throw new RowError('INVALID_REFERENCE', 'reference 须为1到64位字母、数字或 _.:-');
  }
  if (row.confirmLargeChange !== undefined && typeof row.confirmLargeChange !== 'boolean') throw new RowError('INVALID_ROW', 'confirmLargeChange 须为 true 或 false');
  return {
    index,
    ref,
    storeId,
    productId: 0,
    ...prices,
    effectiveAt,
    sourceUpdatedAt,
    reference: (row.reference as string | undefined) ?? null,
    confirmLargeChange: row.confirmLargeChange === true,
  };
}

const keyOf = (k: PriceKey) => `${k.storeId ?? 'chain'}:${k.productId}`;
const yuan = (value: number) => `¥${(value / 100).toFixed(2)}`;

/** Checks a price against head office's band for the product; the chain's base prices must be inside it too. */
function checkBand(change: Pick<PriceChangeInput, 'storeId' | 'priceFen' | 'memberPriceFen'>, product: PricedProduct): void {
  const labels = labelsOf(change.storeId);
  const reason = change.storeId === null ? 'BASE_PRICE_OUT_OF_BAND' : 'PRICE_OUT_OF_BAND';
  checkInBand(change.priceFen, product, 'priceFen', labels.price, reason);
  if (change.memberPriceFen !== null) checkInBand(change.memberPriceFen, product, 'memberPriceFen', labels.member, reason);
}

type CurrentPrice = (key: PriceKey) => { priceFen: number; memberPriceFen: number | null };

/** What each scope sells each product at now: a store's own price, else the chain's. */
async function currentPrices(client: pg.PoolClient, keys: readonly PriceKey[], products: Map<number, PricedProduct>): Promise<CurrentPrice> {
  const stores = [...new Set(keys.flatMap((k) => (k.storeId === null ? [] : [k.storeId])))];
  const own = new Map((await storePricesOf(client, stores, [...new Set(keys.map((k) => k.productId))])).map((row) => [keyOf(row), row]));
  return (key) => own.get(keyOf(key)) ?? { priceFen: products.get(key.productId)!.basePriceFen, memberPriceFen: products.get(key.productId)!.memberPriceFen };
}

/**
 * Makes each scope's price of each product the due change that ranks highest (latest effective,
 * then latest source update), applying it if it is not already, and sets aside due changes it
 * outranks. A change that head office's band no longer allows (it narrowed after the change was
 * scheduled) is refused and the next one in rank is tried. The caller's transaction holds the
 * products' rows locked, so a concurrent batch or pass of the same product waits.
 */
async function settle(client: pg.PoolClient, keys: readonly PriceKey[], now: Date): Promise<number> {
  if (keys.length === 0) return 0;
  const products = new Map((await lockPricedProducts(client, [...new Set(keys.map((k) => k.productId))])).map((p) => [p.id, p]));
  let applied = 0;
  for (;;) {
    const due = (await currentPriceChanges(client, keys, now)).filter((change) => change.status === 'PENDING');
    if (due.length === 0) break;
    const priceOf = await currentPrices(client, due, products);
    const settled: SettledChange[] = [];
    const chain: Array<{ productId: number; priceFen: number; memberPriceFen: number | null }> = [];
    const stores: Array<{ storeId: number; productId: number; priceFen: number; memberPriceFen: number | null }> = [];
    for (const change of due) {
      const product = products.get(change.productId)!;
      const before = priceOf(change);
      try {
        checkBand(change, product);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        settled.push({ id: change.id, status: 'REFUSED', previousPriceFen: null, previousMemberPriceFen: null, note: error.message });
        continue;
      }
      settled.push({ id: change.id, status: 'APPLIED', previousPriceFen: before.priceFen, previousMemberPriceFen: before.memberPriceFen, note: null });
      if (change.storeId === null) {
        chain.push(change);
        Object.assign(product, { basePriceFen: change.priceFen, memberPriceFen: change.memberPriceFen });
      } else {
        stores.push({ ...change, storeId: change.storeId });
      }
    }
    if (chain.length) await setBasePrices(client, chain);
    if (stores.length) await upsertStorePrices(client, stores);
    await settlePriceChanges(client, settled, now);
    applied += chain.length + stores.length;
  }
  await supersedeDuePriceChanges(client, keys, now);
  return applied;
}

/**
 * Price rows from the ERP, a till or the import CLI, in the caller's transaction (a savepoint per
 * batch; under `atomic` a failed row undoes all). A row is the chain's base prices (no storeId) or a
 * store's, effective at once or at `effectiveAt` (the price job applies it then). A row received
 * before (same scope, product, effective time and prices) changes nothing; one that an applied change
 * outranks (effective earlier, or as effective and updated earlier at the source) is skipped and
 * reported, so a replayed or reordered batch never rolls a price back. Orders already placed keep
 * their figures: prices are read when an order is quoted and placed.
 */
export async function applyPriceRows(client: pg.PoolClient, caller: PriceCaller, rows: readonly unknown[], policy: ErrorPolicy, now: Date): Promise<BatchAnswer> {
  const results: RowResult[] = [];
  const parsed: PriceRow[] = [];
  rows.forEach((raw, index) => {
    try {
      const row = parsePriceRow(raw, index, now);
      if (caller.storeId !== null && row.storeId !== caller.storeId) throw new RowError('STORE_OUT_OF_SCOPE', '此密钥只能设置其所属门店的价格');
      parsed.push(row);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      results.push(fail(index, '', error));
    }
  });
  return underPolicy(client, policy, async () => {
    const productOf = await IntegrationService.resolveProducts(client, parsed.map((row) => row.ref));
    const stores = new Set(await existingStoreIds(client, [...new Set(parsed.flatMap((row) => (row.storeId === null ? [] : [row.storeId])))]));
    const accepted: PriceRow[] = [];
    const seen = new Set<string>();
    for (const row of parsed) {
      const ref = refText(row.ref);
      const productId = productOf(row.ref);
      if (productId === undefined) results.push(fail(row.index, ref, new RowError('UNKNOWN_PRODUCT', `商品 ${ref} 不存在`)));
      else if (row.storeId !== null && !stores.has(row.storeId)) results.push(fail(row.index, ref, new RowError('UNKNOWN_STORE', `门店 ${row.storeId} 不存在`)));
      else if (seen.has(`${keyOf({ ...row, productId })}@${row.effectiveAt.toISOString()}`)) {
        results.push(fail(row.index, ref, new RowError('DUPLICATE_IN_BATCH', '同一批次中同一商品、范围与生效时间重复')));
      } else {
        seen.add(`${keyOf({ ...row, productId })}@${row.effectiveAt.toISOString()}`);
        accepted.push({ ...row, productId });
      }
    }
    const products = new Map((await lockPricedProducts(client, [...new Set(accepted.map((row) => row.productId))])).map((p) => [p.id, p]));
    const priceOf = await currentPrices(client, accepted, products);
    const received = await priceChangesAt(client, accepted);
    const toInsert: PriceRow[] = [];
    for (const row of accepted) {
      const ref = refText(row.ref);
      const base = { index: row.index, ref, storeId: row.storeId, effectiveAt: row.effectiveAt.toISOString() };
      const sameTime = received.filter((r) => r.storeId === row.storeId && r.productId === row.productId && r.effectiveAt.getTime() === row.effectiveAt.getTime());
      if (sameTime.some((r) => r.status !== 'REFUSED' && r.priceFen === row.priceFen && r.memberPriceFen === row.memberPriceFen)) {
        results.push({ ...base, status: 'ALREADY_APPLIED' });
        continue;
      }
      const newer = sameTime.find((r) => r.status !== 'REFUSED' && r.sourceUpdatedAt >= row.sourceUpdatedAt);
      if (newer) {
        results.push({ ...base, status: 'SKIPPED_STALE', code: 'STALE_PRICE', message: '同一生效时间已有来源更新时间更晚的价格，本行未执行', sourceUpdatedAt: newer.sourceUpdatedAt.toISOString() });
        continue;
      }
      try {
        asRowError(() => checkBand(row, products.get(row.productId)!));
        const current = priceOf(row).priceFen;
        if (!row.confirmLargeChange && (row.priceFen > current * LARGE_CHANGE_FACTOR || row.priceFen * LARGE_CHANGE_FACTOR < current)) {
          throw new RowError(
            'LARGE_PRICE_CHANGE',
            `新价 ${yuan(row.priceFen)} 与现价 ${yuan(current)} 相差${LARGE_CHANGE_FACTOR}倍以上，疑似元与分混淆；确认无误请在该行加 "confirmLargeChange": true`,
          );
        }
        toInsert.push(row);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        const product = products.get(row.productId)!;
        const band = error.code.endsWith('OUT_OF_BAND') ? { minFen: product.priceBandMinFen, maxFen: product.priceBandMaxFen } : {};
        results.push({ ...fail(row.index, ref, error), storeId: row.storeId, ...band });
      }
    }
    const ids = await insertPriceChanges(client, caller.clientId, now, toInsert);
    await settle(client, toInsert, now);
    const statuses = await statusesOfPriceChanges(client, ids);
    toInsert.forEach((row, i) => {
      const base = { index: row.index, ref: refText(row.ref), storeId: row.storeId, effectiveAt: row.effectiveAt.toISOString() };
      const status = statuses.get(ids[i]!);
      if (status === 'APPLIED') results.push({ ...base, status: 'APPLIED' });
      else if (status === 'PENDING') results.push({ ...base, status: 'SCHEDULED' });
      else results.push({ ...base, status: 'SKIPPED_STALE', code: 'SUPERSEDED', message: '已有生效时间更晚的价格，本行不再生效' });
    });
    return results;
  });
}

/** POST /integrations/v1/prices: `{ policy?, prices: [...] }`. */
export function priceBatch(client: pg.PoolClient, caller: PriceCaller, body: unknown, now: Date): Promise<BatchAnswer> {
  const { policy, rows } = batchOf(body, 'prices');
  return applyPriceRows(client, caller, rows, policy, now);
}

export interface PriceJobResult {
  skipped: boolean;
  applied: number;
}

/**
 * The price job: applies the changes that have come due. Safe on several instances: a pass holds a
 * transaction-scoped advisory lock, so a concurrent pass elsewhere skips, and a change is applied
 * only from PENDING, in the transaction that marks it.
 */
export async function applyDuePrices(deps: { pool: pg.Pool; now: () => Date; logger?: Logger }): Promise<PriceJobResult> {
  let applied = 0;
  for (;;) {
    const pass = await withTransaction(deps.pool, async (tx) => {
      const { rows } = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [PRICE_JOB_LOCK_KEY]);
      if (!rows[0]!.locked) return undefined;
      const now = deps.now();
      const keys = await duePriceKeys(tx, now, JOB_BATCH);
      return { keys: keys.length, applied: await settle(tx, keys, now) };
    });
    if (!pass) return { skipped: true, applied };
    applied += pass.applied;
    if (pass.keys < JOB_BATCH) break;
  }
  if (applied) deps.logger?.info({ applied }, 'due price changes applied');
  return { skipped: false, applied };
}

/** Head office's view of the price changes received (staff GraphQL `priceChanges`). */
export async function priceChanges(
  pool: pg.Pool,
  filter: { productId: number | null; storeId: number | null; status: PriceChangeLogRow['status'] | null; first?: number },
): Promise<PriceChangeLogRow[]> {
  const first = filter.first ?? 50;
  if (!Number.isSafeInteger(first) || first < 1 || first > 200) throw badInput('first 须为1到200', { field: 'first' });
  return priceChangeLog(pool, { ...filter, first });
}
