import type pg from 'pg';
import type { PrismaClient } from '../db/prisma.ts';
import type { Product } from '../generated/prisma/client.ts';
import { badInput, notFound } from '../graphql/errors.ts';
import { parseId } from '../graphql/ids.ts';
import { searchTerm } from './pinyin.ts';
import {
  availableCountsByCategory,
  nearestStoresWithStock,
  productPage,
  hotWords,
  searchProducts,
  stockedProducts,
  stockFor,
  suggestedProducts,
  type ElsewhereRow,
  type ProductWithStock,
  type StockKey,
  type StockRow,
} from './sql.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** How many other stores a product page lists as "not here, but nearby". */
export const MAX_ELSEWHERE = 3;
export const MAX_SEARCH_LENGTH = 50;
export const MAX_SUGGESTIONS = 6;
export const MAX_HOT_WORDS = 8;

export type ProductBadge = 'LOW_STOCK' | 'OUT_OF_STOCK' | 'MEMBER_PRICE';

/** A product as one store sells it; price and stock come with a page, or else through a DataLoader. */
export interface StoreProductModel {
  storeId: number;
  product: Product;
  stock?: StockRow;
}

export interface CategoryNode {
  id: number;
  name: string;
  icon: string | null;
  availableCount: number;
  children: CategoryNode[];
}

export interface ProductPage {
  nodes: StoreProductModel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A search's page; `firstPage` says whether a page without hits means the search found nothing. */
export interface SearchPage extends ProductPage {
  storeId: number;
  firstPage: boolean;
}

export const parseProductId = (raw: string, field = 'productId') => parseId(raw, '商品', field);
export const parseCategoryId = (raw: string, field = 'categoryId') => parseId(raw, '分类', field);

const CURSOR_PREFIX = 'product:';

export function encodeCursor(productId: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${productId}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const text = Buffer.from(cursor, 'base64url').toString();
  const id = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(id) || id <= 0) {
    throw badInput(`分页游标无效: ${cursor}`, { field: 'after' });
  }
  return id;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size <= 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`每页数量必须是 1 到 ${MAX_PAGE_SIZE} 之间的整数，收到 ${size}`, { field: 'first' });
  }
  return size;
}

export function badgesOf(stock: Pick<StockRow, 'available' | 'lowStockThreshold' | 'priceFen' | 'memberPriceFen'>): ProductBadge[] {
  const badges: ProductBadge[] = [];
  if (stock.available <= 0) badges.push('OUT_OF_STOCK');
  else if (stock.available <= stock.lowStockThreshold) badges.push('LOW_STOCK');
  if (stock.memberPriceFen !== null && stock.memberPriceFen < stock.priceFen) badges.push('MEMBER_PRICE');
  return badges;
}

/** A row read with its price and stock as the StoreProduct it is, so no DataLoader reads them again. */
export const storeProductOf = (storeId: number, { stock, ...product }: ProductWithStock): StoreProductModel => ({
  storeId,
  product,
  stock: { storeId, productId: product.id, ...stock },
});

function toPage(storeId: number, rows: ProductWithStock[], size: number): ProductPage {
  const nodes = rows.slice(0, size).map((row) => storeProductOf(storeId, row));
  const last = nodes.at(-1);
  return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last.product.id) : null } };
}

/** A product search as typed: its whole text (a barcode) and its distinct terms, for SEARCH_PRODUCTS_SQL. */
export function searchQuery(query: string): { text: string; terms: string[] } {
  const text = query.trim();
  if (!text) throw badInput('请输入商品名称或条码', { field: 'query' });
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(`搜索词最多 ${MAX_SEARCH_LENGTH} 个字，收到 ${text.length} 个字`, { field: 'query' });
  }
  return { text, terms: [...new Set(text.split(/\s+/).map(searchTerm))] };
}

const stockKey = (key: StockKey) => `${key.storeId}:${key.productId}`;

/** Catalog of one store: its category tree, products, prices and stock. The store is validated by the caller. */
export class CatalogService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly pool: pg.Pool,
  ) {}

  /** Each product's main image id (null without one), in the order asked: the cart's and order lines' thumbnails. */
  async mainImageIds(productIds: readonly number[]): Promise<(string | null)[]> {
    const rows = await this.prisma.product.findMany({ where: { id: { in: [...productIds] } }, select: { id: true, imageIds: true } });
    const main = new Map(rows.map((row) => [row.id, row.imageIds[0] ?? null]));
    return productIds.map((id) => main.get(id) ?? null);
  }

  /** Names by id, in the order asked; null for an id that names no product. */
  async productNames(productIds: readonly number[]): Promise<(string | null)[]> {
    const rows = await this.prisma.product.findMany({ where: { id: { in: [...productIds] } }, select: { id: true, name: true } });
    const names = new Map(rows.map((row) => [row.id, row.name]));
    return productIds.map((id) => names.get(id) ?? null);
  }

  async categoryTree(storeId: number): Promise<CategoryNode[]> {
    const [categories, counts] = await Promise.all([
      this.prisma.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
      availableCountsByCategory(this.pool, storeId),
    ]);
    const own = new Map(counts.map((row) => [row.categoryId, row.count]));
    const node = (id: number): CategoryNode => {
      const category = categories.find((c) => c.id === id)!;
      const children = categories.filter((c) => c.parentId === id).map((c) => node(c.id));
      const availableCount = (own.get(id) ?? 0) + children.reduce((sum, child) => sum + child.availableCount, 0);
      return { id, name: category.name, icon: category.icon, availableCount, children };
    };
    return categories.filter((c) => c.parentId === null).map((c) => node(c.id));
  }

  /** Products of a category (its subcategories included), or the featured ones, by id. */
  async products(
    storeId: number,
    options: { categoryId?: number | null; featured?: boolean | null; first?: number | null; after?: string | null },
  ): Promise<ProductPage> {
    const size = pageSize(options.first);
    const afterId = decodeCursor(options.after);
    let categoryIds: number[] | undefined;
    if (options.categoryId != null) {
      const category = await this.prisma.category.findUnique({ where: { id: options.categoryId }, include: { children: true } });
      if (!category) throw notFound(`分类 ${options.categoryId} 不存在`, { categoryId: String(options.categoryId) });
      categoryIds = [category.id, ...category.children.map((child) => child.id)];
    }
    // A store lists what it stocks: a product without an inventory row is not part of its range.
    const rows = await productPage(this.pool, storeId, { afterId, categoryIds: categoryIds ?? null, featured: options.featured ?? null, limit: size + 1 });
    return toPage(storeId, rows, size);
  }

  async product(storeId: number, productId: number): Promise<StoreProductModel> {
    const product = await this.prisma.product.findFirst({ where: { id: productId, active: true } });
    if (!product) throw notFound(`商品 ${productId} 不存在`, { productId: String(productId) });
    return { storeId, product };
  }

  /** Of the given products, those the store sells (active and stocked), in the order given: a campaign's featured ones. */
  async productsAt(storeId: number, productIds: number[]): Promise<StoreProductModel[]> {
    if (productIds.length === 0) return [];
    return (await stockedProducts(this.pool, storeId, productIds)).map((row) => storeProductOf(storeId, row));
  }

  async search(storeId: number, query: string, options: { first?: number | null; after?: string | null }): Promise<SearchPage> {
    const { text, terms } = searchQuery(query);
    const size = pageSize(options.first);
    const rows = await searchProducts(this.pool, storeId, terms, text, decodeCursor(options.after), size + 1);
    return { ...toPage(storeId, rows, size), storeId, firstPage: options.after == null };
  }

  /** Products to offer instead of a search without hits; nothing when it had some. */
  async suggestions(page: SearchPage): Promise<StoreProductModel[]> {
    if (page.nodes.length > 0 || !page.firstPage) return [];
    return toPage(page.storeId, await suggestedProducts(this.pool, page.storeId, MAX_SUGGESTIONS), MAX_SUGGESTIONS).nodes;
  }

  hotWords(storeId: number): Promise<string[]> {
    return hotWords(this.pool, storeId, MAX_HOT_WORDS);
  }

  /** DataLoader batch: price and stock, in the order of `keys`. */
  async stock(keys: readonly StockKey[]): Promise<StockRow[]> {
    const rows = new Map((await stockFor(this.pool, keys)).map((row) => [stockKey(row), row]));
    return keys.map((key) => rows.get(stockKey(key)) ?? { ...key, priceFen: 0, memberPriceFen: null, available: 0, lowStockThreshold: 0, onSale: false });
  }

  /** DataLoader batch: nearest other stores with stock, in the order of `keys`. */
  async elsewhere(keys: readonly StockKey[]): Promise<ElsewhereRow[][]> {
    const grouped = new Map<string, ElsewhereRow[]>();
    for (const row of await nearestStoresWithStock(this.pool, keys, MAX_ELSEWHERE)) {
      const list = grouped.get(stockKey(row)) ?? [];
      list.push(row);
      grouped.set(stockKey(row), list);
    }
    return keys.map((key) => grouped.get(stockKey(key)) ?? []);
  }
}
