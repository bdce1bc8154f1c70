import type pg from 'pg';
import type { Product } from '../generated/prisma/client.ts';
import { likePattern } from '../db/like.ts';

export interface StockKey {
  storeId: number;
  productId: number;
}

/** A product's price and stock in one store. A product without an inventory row has none there. */
export interface StockRow extends StockKey {
  priceFen: number;
  memberPriceFen: number | null;
  available: number;
  lowStockThreshold: number;
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
            COALESCE(i."onHand" - i.reserved, 0) AS available,
            COALESCE(i."lowStockThreshold", 0) AS "lowStockThreshold"
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
         SELECT s.id, i."onHand" - i.reserved AS available,
                geo_metres(geo_point(s.lat, s.lng), geo_point(here.lat, here.lng)) AS "distanceM"
           FROM "Store" s
           JOIN "Inventory" i ON i."storeId" = s.id AND i."productId" = k."productId"
          WHERE s.active AND s.id <> here.id AND i."onHand" - i.reserved > 0
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
      WHERE i."storeId" = $1 AND p.active AND i."onHand" - i.reserved > 0
      GROUP BY p."categoryId"`,
    [storeId],
  );
  return rows;
}

/**
 * Name (substring of any length, ignoring case) or exact barcode (via its unique index), keyset-paginated
 * by id. The name goes through Product_name_grams_idx: every character and character pair of the term must
 * be among the name's (an index lookup that works for 1- and 2-character terms, which trigrams cannot
 * serve), and ILIKE keeps only the names that really contain the term; for terms of 3+ characters the
 * planner may find the trigram index Product_name_trgm_idx on the ILIKE cheaper. Exported so the EXPLAIN
 * test checks the statement we run.
 */
export const SEARCH_PRODUCTS_SQL = `SELECT * FROM "Product"
  WHERE active
    AND ((product_name_grams(name) @> product_name_grams($2) AND name ILIKE $1) OR barcode = $2)
    AND id > $3
    AND EXISTS (SELECT 1 FROM "Inventory" i WHERE i."storeId" = $5 AND i."productId" = "Product".id)
  ORDER BY id
  LIMIT $4`;

/** A product as a page lists it: with its price and stock at the store, read in the same statement. */
export type ProductWithStock = Product & { stock: Omit<StockRow, 'storeId' | 'productId'> };

/**
 * Wraps a statement that selects "Product" rows stocked by the store `storeParam` so that each row
 * comes with its price and stock there (as `stock`): a page of products is one statement, where a
 * page and then its DataLoader batch took two.
 */
const withStock = (products: string, storeParam: string) => `SELECT p.*, to_json(st) AS stock
  FROM (${products}) p
  CROSS JOIN LATERAL (
    SELECT ${STORE_PRICE_COLUMNS}, i."onHand" - i.reserved AS available, i."lowStockThreshold"
      FROM "Inventory" i
      LEFT JOIN "StorePrice" sp ON sp."storeId" = i."storeId" AND sp."productId" = i."productId"
     WHERE i."storeId" = ${storeParam} AND i."productId" = p.id
  ) st
  ORDER BY p.id`;

export async function searchProducts(pool: pg.Pool, storeId: number, text: string, afterId: number, limit: number): Promise<ProductWithStock[]> {
  const { rows } = await pool.query<ProductWithStock>(withStock(SEARCH_PRODUCTS_SQL, '$5'), [likePattern(text), text, afterId, limit, storeId]);
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
      AND EXISTS (SELECT 1 FROM "Inventory" i WHERE i."storeId" = $1 AND i."productId" = "Product".id)
    ORDER BY id
    LIMIT $5`;
  const { rows } = await pool.query<ProductWithStock>(withStock(products, '$1'), [storeId, filter.afterId, filter.categoryIds, filter.featured, filter.limit]);
  return rows;
}

