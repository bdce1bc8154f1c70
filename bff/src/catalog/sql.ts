import type pg from 'pg';
import type { Prisma, Product } from '../generated/prisma/client.ts';
import { likePattern } from '../db/like.ts';

export interface StockKey {
  storeId: number;
  productId: number;
}

/**
 * A product's price and stock in one store. A product without an inventory row has none there; one
 * taken off sale there has none to sell (its stock is kept for the shelf).
 */
export interface StockRow extends StockKey {
  priceFen: number;
  memberPriceFen: number | null;
  available: number;
  lowStockThreshold: number;
  onSale: boolean;
}

/**
 * The chain's one price rule, for every query that prices a product at a store (catalog, checkout):
 * a StorePrice row overrides both prices, and its null member price means the store offers none.
 * Expects the product as `p` and the store's StorePrice row (LEFT JOINed) as `sp`.
 */
export const STORE_PRICE_COLUMNS = `COALESCE(sp."priceFen", p."basePriceFen") AS "priceFen",
            CASE WHEN sp."storeId" IS NULL THEN p."memberPriceFen" ELSE sp."memberPriceFen" END AS "memberPriceFen"`;

/**
 * Price and availability for many (store, product) pairs in one statement, so a page of products
 * costs the same number of queries whatever its size.
 */
export async function stockFor(pool: pg.Pool, keys: readonly StockKey[]): Promise<StockRow[]> {
  const { rows } = await pool.query<StockRow>(
    `SELECT k."storeId", k."productId",
            ${STORE_PRICE_COLUMNS},
            CASE WHEN i."onSale" THEN GREATEST(i."onHand" - i.reserved, 0) ELSE 0 END AS available,
            COALESCE(i."lowStockThreshold", 0) AS "lowStockThreshold",
            i."onSale" IS TRUE AS "onSale"
       FROM unnest($1::int[], $2::int[]) AS k("storeId", "productId")
       JOIN "Product" p ON p.id = k."productId"
       LEFT JOIN "StorePrice" sp ON sp."storeId" = k."storeId" AND sp."productId" = k."productId"
       LEFT JOIN "Inventory" i ON i."storeId" = k."storeId" AND i."productId" = k."productId"`,
    [keys.map((k) => k.storeId), keys.map((k) => k.productId)],
  );
  return rows;
}

export interface ElsewhereRow extends StockKey {
  otherStoreId: number;
  distanceM: number;
  available: number;
}

/**
 * For each (store, product): the nearest other active stores, by KNN on Store_earth_gist_idx from the
 * asking store, that can sell the product now. One statement for any number of products.
 */
export async function nearestStoresWithStock(pool: pg.Pool, keys: readonly StockKey[], limit: number): Promise<ElsewhereRow[]> {
  const { rows } = await pool.query<ElsewhereRow>(
    `SELECT k."storeId", k."productId", near.id AS "otherStoreId", near."distanceM", near.available
       FROM unnest($1::int[], $2::int[]) AS k("storeId", "productId")
       JOIN "Store" here ON here.id = k."storeId"
       CROSS JOIN LATERAL (
         SELECT s.id, GREATEST(i."onHand" - i.reserved, 0) AS available,
                geo_metres(geo_point(s.lat, s.lng), geo_point(here.lat, here.lng)) AS "distanceM"
           FROM "Store" s
           JOIN "Inventory" i ON i."storeId" = s.id AND i."productId" = k."productId"
          WHERE s.active AND s.id <> here.id AND i."onSale" AND i."onHand" - i.reserved > 0
          ORDER BY geo_point(s.lat, s.lng) <-> geo_point(here.lat, here.lng)
          LIMIT $3
       ) near
      ORDER BY k."storeId", k."productId", near."distanceM"`,
    [keys.map((k) => k.storeId), keys.map((k) => k.productId), limit],
  );
  return rows;
}

/** Available-to-sell product counts per category in one store (leaf categories; parents add up children). */
export async function availableCountsByCategory(pool: pg.Pool, storeId: number) {
  const { rows } = await pool.query<{ categoryId: number; count: number }>(
    `SELECT p."categoryId", count(*)::int AS count
       FROM "Inventory" i JOIN "Product" p ON p.id = i."productId"
      WHERE i."storeId" = $1 AND p.active AND i."onSale" AND i."onHand" - i.reserved > 0
      GROUP BY p."categoryId"`,
    [storeId],
  );
  return rows;
}

/** What a search term is matched against: the name and its pinyin keys, space-separated. */
const SEARCH_TEXT = `(name || ' ' || "namePinyin" || ' ' || "nameInitials")`;

/**
 * Every term (any order, each a substring of any length, ignoring case) in the name or its pinyin keys,
 * or the whole query as an exact barcode (via its unique index), keyset-paginated by id. The terms go
 * through Product_search_grams_idx: every character and character pair of every term must be among the
 * search text's (an index lookup that also works for 1- and 2-character terms, which trigrams cannot
 * serve), and ILIKE ALL keeps only the products that really contain each term. $1: the terms' LIKE
 * patterns; $2: the whole query; $6: the terms as typed. Exported so the EXPLAIN test checks it.
 */
const searchSql = (stocked: string) => `SELECT * FROM "Product"
  WHERE active
    AND ((product_name_grams(${SEARCH_TEXT}) @> ARRAY(SELECT unnest(product_name_grams(t)) FROM unnest($6::text[]) t)
          AND ${SEARCH_TEXT} ILIKE ALL ($1::text[]))
         OR barcode = $2)
    AND id > $3
    AND EXISTS (SELECT 1 FROM "Inventory" i WHERE i."storeId" = $5 AND i."productId" = "Product".id${stocked})
  ORDER BY id
  LIMIT $4`;
export const SEARCH_PRODUCTS_SQL = searchSql(' AND i."onSale"');
/** The same search over everything the store stocks, on sale or not: its shelf, as staff manage it. */
export const SHELF_SEARCH_SQL = searchSql('');

/** The parameters of SEARCH_PRODUCTS_SQL. */
export const searchParams = (terms: string[], query: string, afterId: number, limit: number, storeId: number) => [
  terms.map(likePattern),
  query,
  afterId,
  limit,
  storeId,
  terms,
];

/**
 * Units of each product the store sold in the last 30 days (orders that were paid and not cancelled
 * or refunded), as the CTE `sold` ("productId", qty). Expects the store as $1.
 */
const RECENT_SALES = `sold AS (
  SELECT oi."productId", sum(oi.quantity) AS qty
    FROM "Order" o JOIN "OrderItem" oi ON oi."orderId" = o.id
   WHERE o."storeId" = $1 AND o."createdAt" > now() - interval '30 days'
     AND o.status NOT IN ('PENDING_PAYMENT', 'CANCELLED', 'REFUNDED')
   GROUP BY oi."productId")`;

/** A product as a page lists it: with its price and stock at the store, read in the same statement. */
export type ProductWithStock = Product & { stock: Omit<StockRow, 'storeId' | 'productId'> };

/**
 * Wraps a statement that selects "Product" rows stocked by the store `storeParam` so that each row
 * comes with its price and stock there (as `stock`): a page of products is one statement, where a
 * page and then its DataLoader batch took two.
 */
const withStock = (products: string, storeParam: string, orderBy = 'p.id') => `SELECT p.*, to_json(st) AS stock
  FROM (${products}) p
  CROSS JOIN LATERAL (
    SELECT ${STORE_PRICE_COLUMNS}, GREATEST(i."onHand" - i.reserved, 0) AS available, i."lowStockThreshold", i."onSale"
      FROM "Inventory" i
      LEFT JOIN "StorePrice" sp ON sp."storeId" = i."storeId" AND sp."productId" = i."productId"
     WHERE i."storeId" = ${storeParam} AND i."productId" = p.id
  ) st
  ORDER BY ${orderBy}`;

export async function searchProducts(pool: pg.Pool, storeId: number, terms: string[], query: string, afterId: number, limit: number): Promise<ProductWithStock[]> {
  const { rows } = await pool.query<ProductWithStock>(withStock(SEARCH_PRODUCTS_SQL, '$5'), searchParams(terms, query, afterId, limit, storeId));
  return rows;
}

/**
 * What the store can sell now instead of a search without hits: its best sellers of the last 30 days,
 * then the chain's featured products, with price and stock.
 */
export async function suggestedProducts(pool: pg.Pool, storeId: number, limit: number): Promise<ProductWithStock[]> {
  const products = `WITH ${RECENT_SALES}
    SELECT p.*, COALESCE(s.qty, 0) AS "soldRecently"
      FROM "Product" p
      JOIN "Inventory" i ON i."storeId" = $1 AND i."productId" = p.id AND i."onSale" AND i."onHand" - i.reserved > 0
      LEFT JOIN sold s ON s."productId" = p.id
     WHERE p.active
     ORDER BY "soldRecently" DESC, p.featured DESC, p.id
     LIMIT $2`;
  const { rows } = await pool.query<ProductWithStock>(withStock(products, '$1', 'p."soldRecently" DESC, p.featured DESC, p.id'), [storeId, limit]);
  return rows;
}

/**
 * The search page's hot words at a store: the first word of product names (the brand, e.g. 可口可乐),
 * ranked by the store's units sold in the last 30 days, then the featured products it stocks.
 */
export async function hotWords(pool: pg.Pool, storeId: number, limit: number): Promise<string[]> {
  const { rows } = await pool.query<{ word: string }>(
    `WITH ${RECENT_SALES}
     SELECT split_part(p.name, ' ', 1) AS word
       FROM "Product" p
       LEFT JOIN sold s ON s."productId" = p.id
      WHERE p.active AND (s.qty IS NOT NULL OR p.featured)
        AND EXISTS (SELECT 1 FROM "Inventory" i WHERE i."storeId" = $1 AND i."productId" = p.id AND i."onSale")
      GROUP BY word
      ORDER BY COALESCE(sum(s.qty), 0) DESC, bool_or(p.featured) DESC, min(p.id)
      LIMIT $2`,
    [storeId, limit],
  );
  return rows.map((row) => row.word);
}

/**
 * Products to add to a basket short of `gapFen`: active, in stock at the store, not in `excludeIds`,
 * those at or above the gap first, each group nearest the gap first. Prices as the shopper pays them
 * (the member price for a member, when lower), since that is what fills the gap.
 */
export async function addOnCandidates(
  pool: pg.Pool,
  storeId: number,
  filter: { excludeIds: number[]; gapFen: number; memberPrices: boolean; limit: number },
): Promise<ProductWithStock[]> {
  const products = `SELECT p.*, paid.fen AS "paidFen"
      FROM "Product" p
      JOIN "Inventory" i ON i."storeId" = $1 AND i."productId" = p.id AND i."onSale" AND i."onHand" - i.reserved > 0
      LEFT JOIN "StorePrice" sp ON sp."storeId" = $1 AND sp."productId" = p.id
      CROSS JOIN LATERAL (SELECT ${STORE_PRICE_COLUMNS}) price
      CROSS JOIN LATERAL (
        SELECT CASE WHEN $4 AND price."memberPriceFen" < price."priceFen" THEN price."memberPriceFen" ELSE price."priceFen" END AS fen
      ) paid
     WHERE p.active AND p."maxPerOrder" > 0 AND p.id <> ALL($2::int[])
     ORDER BY paid.fen >= $3 DESC, abs(paid.fen - $3), p.id
     LIMIT $5`;
  const { rows } = await pool.query<ProductWithStock>(withStock(products, '$1', 'p."paidFen" >= $3 DESC, abs(p."paidFen" - $3), p.id'), [
    storeId,
    filter.excludeIds,
    filter.gapFen,
    filter.memberPrices,
    filter.limit,
  ]);
  return rows;
}

/** Active products the store stocks, by id after `afterId`, optionally of some categories or (not) featured. */
export async function productPage(
  pool: pg.Pool,
  storeId: number,
  filter: { afterId: number; categoryIds: number[] | null; featured: boolean | null; limit: number },
): Promise<ProductWithStock[]> {
  const products = `SELECT * FROM "Product"
    WHERE active AND id > $2
      AND ($3::int[] IS NULL OR "categoryId" = ANY($3::int[]))
      AND ($4::boolean IS NULL OR featured = $4)
      AND EXISTS (SELECT 1 FROM "Inventory" i WHERE i."storeId" = $1 AND i."productId" = "Product".id AND i."onSale")
    ORDER BY id
    LIMIT $5`;
  const { rows } = await pool.query<ProductWithStock>(withStock(products, '$1'), [storeId, filter.afterId, filter.categoryIds, filter.featured, filter.limit]);
  return rows;
}


/** Of the given products, the active ones the store stocks, with price and stock, in the order given. */
export async function stockedProducts(pool: pg.Pool, storeId: number, productIds: number[]): Promise<ProductWithStock[]> {
  const products = `SELECT *, array_position($2::int[], id) AS "listPosition" FROM "Product"
    WHERE active AND id = ANY($2::int[])
      AND EXISTS (SELECT 1 FROM "Inventory" i WHERE i."storeId" = $1 AND i."productId" = "Product".id)`;
  const { rows } = await pool.query<ProductWithStock>(withStock(products, '$1', 'p."listPosition"'), [storeId, productIds]);
  return rows;
}

/** Active or not, the products whose pinyin keys are empty: rows older than the keys, or a writer that left them so. */
export async function productsWithoutPinyin(pool: pg.Pool): Promise<{ id: number; name: string }[]> {
  const { rows } = await pool.query<{ id: number; name: string }>(`SELECT id, name FROM "Product" WHERE "namePinyin" = '' AND name <> '' ORDER BY id`);
  return rows;
}

export async function setPinyinKeys(pool: pg.Pool, rows: { id: number; namePinyin: string; nameInitials: string }[]): Promise<void> {
  await pool.query(
    `UPDATE "Product" p SET "namePinyin" = k."namePinyin", "nameInitials" = k."nameInitials"
       FROM unnest($1::int[], $2::text[], $3::text[]) AS k(id, "namePinyin", "nameInitials")
      WHERE p.id = k.id`,
    [rows.map((r) => r.id), rows.map((r) => r.namePinyin), rows.map((r) => r.nameInitials)],
  );
}

/** The product's row, locked until the transaction ends: edits of one product take turns. */
export async function lockProduct(tx: Prisma.TransactionClient, id: number): Promise<Product | undefined> {
  const [product] = await tx.$queryRaw<Product[]>`SELECT * FROM "Product" WHERE id = ${id} FOR UPDATE`;
  return product;
}
