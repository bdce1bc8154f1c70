import type pg from 'pg';
import type { Store } from '../generated/prisma/client.ts';
import { SLOT_HORIZON_HOURS } from '../orders/slots.ts';
import type { LatLng } from './geo.ts';
import { likePattern } from '../db/like.ts';

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
