import type pg from 'pg';
import { recordAudit } from '../audit/service.ts';
import { decodeCursor, encodeCursor, pageSize, searchQuery } from '../catalog/service.ts';
import { withTransaction } from '../db/transaction.ts';
import { badInput, DomainError, notFound } from '../graphql/errors.ts';
import { lockProductBand, searchShelf, setProductBand, setShelfFlags, setStorePrice, shelfLine, type ShelfRow } from './sql.ts';

/** ¥10,000: no convenience-store product costs more; a larger figure is a typing slip. */
export const MAX_PRICE_FEN = 1_000_000;
export const MAX_LOW_STOCK_THRESHOLD = 9_999;

export interface ShelfItemInput {
  onSale: boolean;
  priceFen: number;
  /** null: no member price at this store */
  memberPriceFen: number | null;
  lowStockThreshold: number;
}

export interface ShelfPage {
  nodes: ShelfRow[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

function checkFen(value: number, field: string, label: string): number {
  if (!Number.isInteger(value) || value <= 0 || value > MAX_PRICE_FEN) {
    throw badInput(`${label}必须在 ¥0.01 到 ${yuan(MAX_PRICE_FEN)} 之间`, { field, reason: 'OUT_OF_RANGE', min: 1, max: MAX_PRICE_FEN });
  }
  return value;
}

/**
 * A price and a member price (null: none) each from ¥0.01 to MAX_PRICE_FEN, the member price the lower:
 * the rule for every price a store or the chain sells at, whoever sets it (the shelf, the integration API).
 */
export function checkPrices(input: { priceFen: number; memberPriceFen: number | null }, labels = { price: '门店价', member: '会员价' }) {
  const priceFen = checkFen(input.priceFen, 'priceFen', labels.price);
  const memberPriceFen = input.memberPriceFen === null ? null : checkFen(input.memberPriceFen, 'memberPriceFen', labels.member);
  if (memberPriceFen !== null && memberPriceFen >= priceFen) {
    throw badInput(`${labels.member}须低于${labels.price} ${yuan(priceFen)}`, { field: 'memberPriceFen', reason: 'MEMBER_PRICE_NOT_LOWER' });
  }
  return { priceFen, memberPriceFen };
}

/** A price outside head office's band for the product; the band comes with the refusal so the page can show it. */
export function checkInBand(
  value: number,
  band: { priceBandMinFen: number | null; priceBandMaxFen: number | null },
  field: string,
  label: string,
  reason = 'PRICE_OUT_OF_BAND',
): void {
  const { priceBandMinFen: min, priceBandMaxFen: max } = band;
  if ((min !== null && value < min) || (max !== null && value > max)) {
    const range = min !== null && max !== null ? `${yuan(min)} 到 ${yuan(max)} 之间` : min !== null ? `不低于 ${yuan(min)}` : `不高于 ${yuan(max!)}`;
    throw badInput(`${label}须在总部设定的价格带内（${range}），收到 ${yuan(value)}`, { field, reason, minFen: min, maxFen: max });
  }
}

const notSoldHere = (productId: number) => new DomainError('PRODUCT_NOT_SOLD_HERE', '本店没有该商品的库存记录', { productId: String(productId) });

/**
 * A store's shelf: which of the products it stocks are on sale there, at what price and member price
 * (within the band head office sets per product), and below what stock it warns. The store's price
 * is one price: the shopper's app, checkout and the till all read StorePrice by the same rule.
 */
export class ShelfService {
  constructor(private readonly deps: { pool: pg.Pool }) {}

  async search(storeId: number, query: string, options: { first?: number | null; after?: string | null }): Promise<ShelfPage> {
    const { text, terms } = searchQuery(query);
    const size = pageSize(options.first);
    const rows = await searchShelf(this.deps.pool, storeId, terms, text, decodeCursor(options.after), size + 1);
    const nodes = rows.slice(0, size);
    return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor(nodes.at(-1)!.productId) : null } };
  }

  async line(storeId: number, productId: number): Promise<ShelfRow> {
    const row = await shelfLine(this.deps.pool, storeId, productId);
    if (!row) throw notSoldHere(productId);
    return row;
  }

  async setItem(actorUserId: string, storeId: number, productId: number, input: ShelfItemInput): Promise<ShelfRow> {
    const { priceFen, memberPriceFen } = checkPrices(input);
    const lowStockThreshold = input.lowStockThreshold;
    if (!Number.isInteger(lowStockThreshold) || lowStockThreshold < 0 || lowStockThreshold > MAX_LOW_STOCK_THRESHOLD) {
      throw badInput(`库存预警线必须是 0 到 ${MAX_LOW_STOCK_THRESHOLD} 之间的整数`, { field: 'lowStockThreshold', reason: 'OUT_OF_RANGE', min: 0, max: MAX_LOW_STOCK_THRESHOLD });
    }
    await withTransaction(this.deps.pool, async (client) => {
      const row = await shelfLine(client, storeId, productId, { forUpdate: true });
      if (!row) throw notSoldHere(productId);
      const pricesChanged = priceFen !== row.priceFen || memberPriceFen !== row.memberPriceFen;
      // A price the store already has may stay where a narrowed band left it; a new one must be within.
      if (pricesChanged) {
        checkInBand(priceFen, row, 'priceFen', '门店价');
        if (memberPriceFen !== null) checkInBand(memberPriceFen, row, 'memberPriceFen', '会员价');
      }
      const before = { onSale: row.onSale, priceFen: row.priceFen, memberPriceFen: row.memberPriceFen, lowStockThreshold: row.lowStockThreshold };
      const after = { onSale: input.onSale, priceFen, memberPriceFen, lowStockThreshold };
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
      if (changed.length === 0) return;
      if (pricesChanged) await setStorePrice(client, storeId, productId, { priceFen, memberPriceFen });
      if (input.onSale !== row.onSale || lowStockThreshold !== row.lowStockThreshold) await setShelfFlags(client, storeId, productId, { onSale: input.onSale, lowStockThreshold });
      const pick = (source: typeof after) => Object.fromEntries(changed.map((key) => [key, source[key]]));
      await recordAudit(client, { actorUserId, storeId, kind: 'shelf.product', subject: String(productId), before: pick(before), after: pick(after) });
    });
    return this.line(storeId, productId);
  }

  /** Head office's band for a product's store prices; null leaves that side open. */
  async setPriceBand(actorUserId: string, productId: number, band: { minFen: number | null; maxFen: number | null }) {
    const min = band.minFen === null ? null : checkFen(band.minFen, 'minFen', '价格带下限');
    const max = band.maxFen === null ? null : checkFen(band.maxFen, 'maxFen', '价格带上限');
    if (min !== null && max !== null && min > max) throw badInput(`价格带下限 ${yuan(min)} 高于上限 ${yuan(max)}`, { field: 'minFen', reason: 'BAND_INVALID' });
    const after = { priceBandMinFen: min, priceBandMaxFen: max };
    return withTransaction(this.deps.pool, async (client) => {
      const product = await lockProductBand(client, productId);
      if (!product) throw notFound(`商品 ${productId} 不存在`, { productId: String(productId) });
      // Stores without their own price sell at the chain's prices, so those must be inside the band.
      checkInBand(product.basePriceFen, after, 'minFen', '商品基础价', 'BASE_PRICE_OUT_OF_BAND');
      if (product.memberPriceFen !== null) checkInBand(product.memberPriceFen, after, 'minFen', '商品基础会员价', 'BASE_PRICE_OUT_OF_BAND');
      const before = { priceBandMinFen: product.priceBandMinFen, priceBandMaxFen: product.priceBandMaxFen };
      if (before.priceBandMinFen !== min || before.priceBandMaxFen !== max) {
        await setProductBand(client, productId, after);
        await recordAudit(client, { actorUserId, storeId: null, kind: 'product.price_band', subject: String(productId), before, after });
      }
      return { ...product, ...after };
    });
  }
}
