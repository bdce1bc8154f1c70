import type pg from 'pg';
import type { Store } from '../generated/prisma/client.ts';
import { SLOT_HORIZON_HOURS } from '../orders/slots.ts';
import type { LatLng } from './geo.ts';
import { likePattern } from '../db/like.ts';
import type { Queryable } from '../db/transaction.ts';
import { SHELF_SEARCH_SQL, STORE_PRICE_COLUMNS, searchParams } from '../catalog/sql.ts';

/**
 * A store with what opening, delivery and promise answers need: its weekly hours, closed days from
 * yesterday on, and the load of its slots from the current one to the booking horizon.
 */
export type StoreWithSchedule = Store & {
  hours: Array<{ weekday: number; openMinute: number; closeMinute: number }>;
  /** Shanghai dates, YYYY-MM-DD. */
  closedDates: string[];
  /** [slot start in epoch ms, orders booked], for the capacity rule in orders/slots.ts */
  slotBookings: Array<[number, number]>;
};

/**
 * The booked slots of store `s` that can still take an order at `now` (the current one up to the
 * horizon), for every store of the statement at once: the store list and checkout both read a
 * store's load through this, with the store, so each decides from one read at one instant.
 */
export const slotBookingsColumn = (now: string) => `(SELECT coalesce(json_agg(json_build_array((extract(epoch FROM b."slotStart") * 1000)::int8, b.booked)), '[]')
          FROM "StoreSlot" b
         WHERE b."storeId" = s.id AND b.booked > 0
           AND b."slotStart" > ${now}::timestamptz - make_interval(mins => s."slotMinutes")
           AND b."slotStart" <= ${now}::timestamptz + interval '${SLOT_HORIZON_HOURS} hours') AS "slotBookings"`;

/**
 * The store columns plus its hours, closures and slot load aggregated in the same statement (one
 * round trip for any number of stores, where Prisma's include took three). Expects the store as `s`
 * and the clock as the parameter `$now`.
 */
const scheduleColumns = (now: string) => `s.*,
       (SELECT coalesce(json_agg(json_build_object('weekday', h.weekday, 'openMinute', h."openMinute", 'closeMinute', h."closeMinute")
                                 ORDER BY h.weekday, h."openMinute"), '[]')
          FROM "StoreHours" h WHERE h."storeId" = s.id) AS hours,
       (SELECT coalesce(json_agg(to_char(c.date, 'YYYY-MM-DD') ORDER BY c.date), '[]')
          FROM "StoreClosure" c WHERE c."storeId" = s.id AND c.date >= ${now}::timestamptz - interval '1 day') AS "closedDates",
       ${slotBookingsColumn(now)}`;

export async function storesWithSchedule(db: Pick<pg.Pool, 'query'>, ids: readonly number[], now: Date): Promise<StoreWithSchedule[]> {
  const { rows } = await db.query<StoreWithSchedule>(`SELECT ${scheduleColumns('$2')} FROM "Store" s WHERE s.id = ANY($1::int[])`, [ids, now]);
  return rows;
}

/**
 * One store, for checkout. Not storesWithSchedule with one id: for an array of unknown length the
 * prepared statement's generic plan looks costlier, so PostgreSQL planned it afresh on every order.
 */
export async function storeWithSchedule(db: Pick<pg.Pool, 'query'>, id: number, now: Date): Promise<StoreWithSchedule | undefined> {
  const { rows } = await db.query<StoreWithSchedule>(`SELECT ${scheduleColumns('$2')} FROM "Store" s WHERE s.id = $1`, [id, now]);
  return rows[0];
}

/**
 * The nearest active stores within `radiusM`, nearest first, with their schedules. KNN over the GiST
 * index on geo_point(lat, lng) ("Store_earth_gist_idx"): the index hands back the nearest stores in
 * distance order and stops after `limit`; only then is the radius applied. Bounding the scan with
 * earth_box instead made the planner read every store in the box and sort them, 5-10x slower in dense
 * districts (measured by `npm run bench`). Prisma cannot express this.
 *
 * The limit is written into the statement: with LIMIT as a parameter, the prepared statement's
 * generic plan assumes a tenth of all stores and PostgreSQL plans the statement afresh on every call
 * (half its cost); with the number in the text, it reuses the generic plan. One statement per limit.
 */
export async function nearestStores(pool: Pick<pg.Pool, 'query'>, at: LatLng, radiusM: number, limit: number, now: Date) {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError(`nearest-store limit out of range: ${limit}`);
  const { rows } = await pool.query<StoreWithSchedule & { distanceM: number }>(
    `SELECT ${scheduleColumns('$4')}
       FROM (SELECT *, geo_metres(geo_point(lat, lng), geo_point($1, $2)) AS "distanceM"
               FROM "Store"
              WHERE active
              ORDER BY geo_point(lat, lng) <-> geo_point($1, $2)
              LIMIT ${limit}) AS s
      WHERE s."distanceM" <= $3
      ORDER BY s."distanceM"`,
    [at.lat, at.lng, radiusM, now],
  );
  return rows;
}

/** Every district with active stores, located at the centroid of its stores so it leads to them. */
export async function districtCentroids(pool: pg.Pool) {
  const { rows } = await pool.query<{ district: string; lat: number; lng: number }>(
    `SELECT district, avg(lat) AS lat, avg(lng) AS lng FROM "Store" WHERE active GROUP BY district ORDER BY count(*) DESC, district`,
  );
  return rows;
}

/** Active stores whose name or address contains `text` literally (wildcards in it match only themselves). */
export async function storesContaining(pool: pg.Pool, text: string, limit: number): Promise<Store[]> {
  const { rows } = await pool.query<Store>(
    `SELECT * FROM "Store" WHERE active AND (name LIKE $1 OR address LIKE $1) ORDER BY id LIMIT $2`,
    [likePattern(text), limit],
  );
  return rows;
}

// ---------------------------------------------------------------- settings (staff mode 门店设置)

export interface ClosureRow {
  /** Shanghai date, YYYY-MM-DD */
  date: string;
  reason: string;
}

/** The store row, locked: a settings change reads what it replaces (for the audit) under the lock it writes with. */
export async function lockStore(db: Queryable, id: number): Promise<Store | undefined> {
  const { rows } = await db.query<Store>(`SELECT * FROM "Store" WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

/** Sets the named Store columns (names from the settings service, never from input). */
export async function updateStore(db: Queryable, id: number, fields: Partial<Store>): Promise<void> {
  const names = Object.keys(fields);
  const sets = names.map((name, i) => `"${name}" = $${i + 2}${name === 'deliveryPolygon' ? '::jsonb' : ''}`);
  const values = names.map((name) => {
    const value = fields[name as keyof Store];
    return name === 'deliveryPolygon' && value !== null ? JSON.stringify(value) : value;
  });
  await db.query(`UPDATE "Store" SET ${sets.join(', ')} WHERE id = $1`, [id, ...values]);
}

export async function storeHours(db: Queryable, storeId: number): Promise<Array<{ weekday: number; openMinute: number; closeMinute: number }>> {
  const { rows } = await db.query<{ weekday: number; openMinute: number; closeMinute: number }>(
    `SELECT weekday, "openMinute", "closeMinute" FROM "StoreHours" WHERE "storeId" = $1 ORDER BY weekday`,
    [storeId],
  );
  return rows;
}

export async function replaceStoreHours(db: Queryable, storeId: number, hours: ReadonlyArray<{ weekday: number; openMinute: number; closeMinute: number }>): Promise<void> {
  await db.query(`DELETE FROM "StoreHours" WHERE "storeId" = $1`, [storeId]);
  await db.query(
    `INSERT INTO "StoreHours" ("storeId", weekday, "openMinute", "closeMinute")
     SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[])`,
    [storeId, hours.map((h) => h.weekday), hours.map((h) => h.openMinute), hours.map((h) => h.closeMinute)],
  );
}

/** Closures on or after a Shanghai date, earliest first. */
export async function closuresFrom(db: Queryable, storeId: number, fromDate: string): Promise<ClosureRow[]> {
  const { rows } = await db.query<ClosureRow>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, reason FROM "StoreClosure" WHERE "storeId" = $1 AND date >= $2::date ORDER BY date`,
    [storeId, fromDate],
  );
  return rows;
}

/** False when the store already closes that day. */
export async function insertClosure(db: Queryable, storeId: number, closure: ClosureRow): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO "StoreClosure" ("storeId", date, reason) VALUES ($1, $2::date, $3) ON CONFLICT DO NOTHING`,
    [storeId, closure.date, closure.reason],
  );
  return rowCount === 1;
}

/** The closure removed, or undefined when there was none that day. */
export async function deleteClosure(db: Queryable, storeId: number, date: string): Promise<ClosureRow | undefined> {
  const { rows } = await db.query<ClosureRow>(
    `DELETE FROM "StoreClosure" WHERE "storeId" = $1 AND date = $2::date RETURNING to_char(date, 'YYYY-MM-DD') AS date, reason`,
    [storeId, date],
  );
  return rows[0];
}

// ---------------------------------------------------------------- the shelf (staff mode 货架)

/** A product the store stocks, as its shelf shows it: on sale or not, its prices and head office's band. */
export interface ShelfRow {
  productId: number;
  name: string;
  barcode: string;
  imageIds: string[];
  basePriceFen: number;
  priceBandMinFen: number | null;
  priceBandMaxFen: number | null;
  /** the store's price and member price by the chain's one price rule (catalog/sql.ts) */
  priceFen: number;
  memberPriceFen: number | null;
  onSale: boolean;
  lowStockThreshold: number;
  onHand: number;
  available: number;
}

/** Expects the product as `p`, its inventory row at the store as `i` and price there as `sp` (shelfJoins). */
const SHELF_COLUMNS = `p.id AS "productId", p.name, p.barcode, p."imageIds", p."basePriceFen",
       p."priceBandMinFen", p."priceBandMaxFen", ${STORE_PRICE_COLUMNS},
       i."onSale", i."lowStockThreshold", i."onHand", i."onHand" - i.reserved AS available`;

const shelfJoins = (storeParam: string) => `JOIN "Inventory" i ON i."storeId" = ${storeParam} AND i."productId" = p.id
  LEFT JOIN "StorePrice" sp ON sp."storeId" = i."storeId" AND sp."productId" = i."productId"`;

/** Search over the store's shelf (catalog's search, off-sale products included), by id after `afterId`. */
export async function searchShelf(db: Queryable, storeId: number, terms: string[], query: string, afterId: number, limit: number): Promise<ShelfRow[]> {
  const { rows } = await db.query<ShelfRow>(
    `SELECT ${SHELF_COLUMNS} FROM (${SHELF_SEARCH_SQL}) p ${shelfJoins('$5')} ORDER BY p.id`,
    searchParams(terms, query, afterId, limit, storeId),
  );
  return rows;
}

/** One shelf line, its inventory row locked when `forUpdate` (a change reads what it replaces under it). */
export async function shelfLine(db: Queryable, storeId: number, productId: number, options: { forUpdate?: boolean } = {}): Promise<ShelfRow | undefined> {
  const { rows } = await db.query<ShelfRow>(
    `SELECT ${SHELF_COLUMNS} FROM "Product" p ${shelfJoins('$1')} WHERE p.id = $2${options.forUpdate ? ' FOR UPDATE OF i' : ''}`,
    [storeId, productId],
  );
  return rows[0];
}

export async function setShelfFlags(db: Queryable, storeId: number, productId: number, fields: { onSale: boolean; lowStockThreshold: number }): Promise<void> {
  await db.query(`UPDATE "Inventory" SET "onSale" = $3, "lowStockThreshold" = $4, "updatedAt" = now() WHERE "storeId" = $1 AND "productId" = $2`, [
    storeId,
    productId,
    fields.onSale,
    fields.lowStockThreshold,
  ]);
}

export async function setStorePrice(db: Queryable, storeId: number, productId: number, prices: { priceFen: number; memberPriceFen: number | null }): Promise<void> {
  await db.query(
    `INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") VALUES ($1, $2, $3, $4)
     ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = EXCLUDED."priceFen", "memberPriceFen" = EXCLUDED."memberPriceFen"`,
    [storeId, productId, prices.priceFen, prices.memberPriceFen],
  );
}

export interface PriceBandRow {
  id: number;
  name: string;
  basePriceFen: number;
  memberPriceFen: number | null;
  priceBandMinFen: number | null;
  priceBandMaxFen: number | null;
}

export async function lockProductBand(db: Queryable, productId: number): Promise<PriceBandRow | undefined> {
  const { rows } = await db.query<PriceBandRow>(
    `SELECT id, name, "basePriceFen", "memberPriceFen", "priceBandMinFen", "priceBandMaxFen" FROM "Product" WHERE id = $1 FOR UPDATE`,
    [productId],
  );
  return rows[0];
}

export async function setProductBand(db: Queryable, productId: number, band: { priceBandMinFen: number | null; priceBandMaxFen: number | null }): Promise<void> {
  await db.query(`UPDATE "Product" SET "priceBandMinFen" = $2, "priceBandMaxFen" = $3 WHERE id = $1`, [productId, band.priceBandMinFen, band.priceBandMaxFen]);
}

/**
 * After the slot length changed: the store's bookings from `from` (a slot start on the new grid) on
 * move onto the new grid. Each order goes to the new slot its old one started in (its promise stays
 * as given) and the slots' load is counted again from the orders, as the consistency check counts it.
 */
export async function regridSlots(db: Queryable, storeId: number, from: Date, slotMinutes: number): Promise<void> {
  await db.query(
    `UPDATE "Order" SET "slotStart" = to_timestamp(floor(extract(epoch FROM "slotStart") / $3) * $3)
      WHERE "storeId" = $1 AND "slotStart" >= $2`,
    [storeId, from, slotMinutes * 60],
  );
  await db.query(`DELETE FROM "StoreSlot" WHERE "storeId" = $1 AND "slotStart" >= $2`, [storeId, from]);
  await db.query(
    `INSERT INTO "StoreSlot" ("storeId", "slotStart", booked)
     SELECT o."storeId", o."slotStart", count(*) FROM "Order" o
      WHERE o."storeId" = $1 AND o."slotStart" >= $2
        AND NOT EXISTS (SELECT 1 FROM "OrderEvent" e WHERE e."orderId" = o.id AND e."toStatus" = 'CANCELLED' AND e."fromStatus" IN ('PENDING_PAYMENT', 'PAID'))
      GROUP BY 1, 2`,
    [storeId, from],
  );
}
