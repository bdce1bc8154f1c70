-- Store distances on the trusted `cube` extension alone. `earthdistance` is not trusted, so a database
-- owned by an ordinary role (managed PostgreSQL) could not create it and the first migration failed.
-- The same math as earthdistance 1.2 (ll_to_earth, earth_distance), operation for operation, so
-- distances and the order of stores are unchanged. geo_point is IMMUTABLE and its body is inlined, in
-- queries and in the stored index expression alike, so `geo_point(lat, lng) <-> geo_point($1, $2)`
-- matches the GiST index below and stays a KNN index scan.

-- A point on the sphere of earthdistance's radius (6378168 m), as a 3-D cube.
CREATE FUNCTION geo_point(lat float8, lng float8) RETURNS cube
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN cube(cube(cube(
    '6378168'::float8 * cos(radians(lat)) * cos(radians(lng))),
    '6378168'::float8 * cos(radians(lat)) * sin(radians(lng))),
    '6378168'::float8 * sin(radians(lat)));

-- Great-circle metres between two geo_points, from their straight-line distance (earthdistance's
-- sec_to_gc; least() only keeps rounding at the antipode inside asin's domain).
CREATE FUNCTION geo_metres(a cube, b cube) RETURNS float8
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN '2'::float8 * '6378168'::float8 * asin(least('1'::float8, cube_distance(a, b) / ('2'::float8 * '6378168'::float8)));

-- Databases migrated before this one indexed earthdistance's ll_to_earth; the first migration no
-- longer creates that index (nor the extension), so here it only exists on those.
DROP INDEX IF EXISTS "Store_earth_gist_idx";

-- KNN over stores: ORDER BY geo_point(lat, lng) <-> geo_point($1, $2) uses this index.
CREATE INDEX "Store_earth_gist_idx" ON "Store" USING GIST (geo_point("lat", "lng"));

-- earthdistance is no longer used. It goes when it is ours to drop and nothing else depends on it; an
-- extension a superuser created, or one that other objects use, stays as it is.
DO $$
BEGIN
  DROP EXTENSION IF EXISTS earthdistance;
EXCEPTION WHEN insufficient_privilege OR dependent_objects_still_exist THEN
  RAISE NOTICE 'earthdistance kept: %', SQLERRM;
END $$;
