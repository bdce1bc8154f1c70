import type pg from 'pg';
import type { LatLng } from './geo.ts';

/**
 * KNN over the GiST index on ll_to_earth(lat, lng) ("Store_earth_gist_idx"): the index hands back the
 * nearest stores in distance order and stops after `limit`; only then is the radius applied. Bounding
 * the scan with earth_box instead made the planner read every store in the box and sort them, 5-10x
 * slower in dense districts (measured by `npm run bench`). Prisma cannot express this.
 */
export async function nearestStoreIds(pool: pg.Pool, at: LatLng, radiusM: number, limit: number) {
  const { rows } = await pool.query<{ id: number; distanceM: number }>(
    `SELECT id, "distanceM"
       FROM (SELECT id, earth_distance(ll_to_earth(lat, lng), ll_to_earth($1, $2)) AS "distanceM"
               FROM "Store"
              WHERE active
              ORDER BY ll_to_earth(lat, lng) <-> ll_to_earth($1, $2)
              LIMIT $4) AS nearest
      WHERE "distanceM" <= $3
      ORDER BY "distanceM"`,
    [at.lat, at.lng, radiusM, limit],
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
