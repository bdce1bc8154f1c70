/**
 * The floor: the same data as the BFF's home and search queries, fetched with hand-written SQL through
 * `pg` and returned by bare express handlers (no GraphQL, no Prisma, no auth). Derived fields (opening
 * label, delivery coverage, badges, tier) come from the BFF's own pure functions, so the two return
 * identical JSON and the bench checks that before it measures. Run as a child process, like the BFF.
 */
import express from 'express';
import pg from 'pg';
import { createServer } from 'node:http';
import { badgesOf, encodeCursor } from '../bff/src/catalog/service.ts';
import { likePattern } from '../bff/src/db/like.ts';
import { createPool } from '../bff/src/db/database.ts';
import { listen } from '../bff/src/server.ts';
import { deliversTo, distanceM, type LatLng } from '../bff/src/stores/geo.ts';
import { openingState } from '../bff/src/stores/hours.ts';
import { slotBookingsColumn } from '../bff/src/stores/sql.ts';
import { promiseMinutes } from '../bff/src/orders/slots.ts';
import { TIER_NAMES, tierForSpend } from '../bff/src/members/service.ts';
import { loadConfig } from '../bff/src/config.ts';

export const NEARBY_FIRST = 10;
export const PAGE_SIZE = 20;
const RADIUS_M = 5_000;
const YEAR_MS = 365 * 86_400_000;

/**
 * KNN straight off the GiST index: the nearest stores by `<->` (chord distance, same order as the
 * great-circle one), then the radius applied to those few. The BFF's statement also bounds the scan
 * with earth_box; the planner then estimates a handful of rows and picks a bitmap scan of every store
 * in the box plus a sort, which is much slower in dense districts. Both return the same stores.
 * The limit is a literal so that the prepared statement keeps one generic plan, as in the BFF.
 */
const NEARBY_SQL = `
SELECT s.id, s.name, s.address, s.district, s.lat, s.lng, s."is24h", s."deliveryEnabled", s."pickupEnabled",
       s."deliveryAreaKind", s."deliveryRadiusM", s."deliveryPolygon", s."deliveryFeeFen", s."minOrderFen", s."slotMinutes", s."pickingCapacity",
       ${slotBookingsColumn('$4')},
       (SELECT coalesce(json_agg(json_build_object('weekday', h.weekday, 'openMinute', h."openMinute", 'closeMinute', h."closeMinute")), '[]')
          FROM "StoreHours" h WHERE h."storeId" = s.id) AS hours,
       (SELECT coalesce(json_agg(to_char(c.date, 'YYYY-MM-DD')), '[]')
          FROM "StoreClosure" c WHERE c."storeId" = s.id AND c.date >= $4::timestamptz - interval '1 day') AS "closedDates"
  FROM (SELECT * FROM "Store" WHERE active ORDER BY geo_point(lat, lng) <-> geo_point($1, $2) LIMIT ${NEARBY_FIRST}) s
 WHERE geo_metres(geo_point(s.lat, s.lng), geo_point($1, $2)) <= $3
 ORDER BY geo_point(s.lat, s.lng) <-> geo_point($1, $2)`;

const PRODUCT_COLUMNS = `p.id, p.name, p.unit,
       COALESCE(sp."priceFen", p."basePriceFen") AS "priceFen",
       CASE WHEN sp."storeId" IS NULL THEN p."memberPriceFen" ELSE sp."memberPriceFen" END AS "memberPriceFen",
       i."onHand" - i.reserved AS available, i."lowStockThreshold"
  FROM "Product" p
  JOIN "Inventory" i ON i."storeId" = $1 AND i."productId" = p.id
  LEFT JOIN "StorePrice" sp ON sp."storeId" = $1 AND sp."productId" = p.id`;

const PAGE_SQL = `SELECT ${PRODUCT_COLUMNS} WHERE p.active ORDER BY p.id LIMIT $2`;
const SEARCH_SQL = `SELECT ${PRODUCT_COLUMNS} WHERE p.active AND (p.name ILIKE $3 OR p.barcode = $4) ORDER BY p.id LIMIT $2`;

const CARD_SQL = `
SELECT m.id, m."cardNo", m."pointsBalance", m."storedValueFen",
       (COALESCE((SELECT SUM("payableFen" - "refundedFen") FROM "Order"
                   WHERE "memberId" = m.id AND status = 'COMPLETED' AND "completedAt" >= $2), 0)
      + COALESCE((SELECT SUM("amountFen") FROM "TillReceipt" WHERE "memberId" = m.id AND "createdAt" >= $2), 0))::int AS spend,
       (SELECT COALESCE(SUM(e.amount + COALESCE(r.reversed, 0)), 0)::int
          FROM "PointsEntry" e
          LEFT JOIN LATERAL (SELECT SUM(x.amount) AS reversed FROM "PointsEntry" x
                              WHERE x."memberId" = e."memberId" AND x.type = 'REVERSE' AND x."refType" = e."refType" AND x."refId" = e."refId") r ON true
         WHERE e."memberId" = m.id AND e.type = 'EARN' AND e."frozenUntil" > $3) AS frozen,
       (SELECT count(*)::int FROM "UserCoupon" uc JOIN "Coupon" c ON c.id = uc."couponId"
         WHERE uc."userId" = m."userId" AND uc.status = 'AVAILABLE' AND c."validFrom" <= $3 AND c."validTo" > $3) AS coupons
  FROM "Member" m WHERE m."userId" = $1`;

interface ProductRow {
  id: number;
  name: string;
  unit: string;
  priceFen: number;
  memberPriceFen: number | null;
  available: number;
  lowStockThreshold: number;
}

function productPage(rows: ProductRow[]) {
  const nodes = rows.slice(0, PAGE_SIZE).map((row) => ({
    id: String(row.id),
    name: row.name,
    unit: row.unit,
    priceFen: row.priceFen,
    memberPriceFen: row.memberPriceFen,
    available: Math.max(0, row.available),
    badges: badgesOf(row),
  }));
  const last = rows[Math.min(rows.length, PAGE_SIZE) - 1];
  return { nodes, pageInfo: { hasNextPage: rows.length > PAGE_SIZE, endCursor: last ? encodeCursor(last.id) : null } };
}

export function createFloorApp(pool: pg.Pool, rules = loadConfig({})) {
  const app = express();
  app.disable('x-powered-by');

  async function nearby(at: LatLng, now: Date) {
    const { rows } = await pool.query(NEARBY_SQL, [at.lat, at.lng, RADIUS_M, now]);
    return rows.map((store) => {
      const opening = openingState({ is24h: store.is24h, hours: store.hours, closedDates: store.closedDates }, now);
      const delivers =
        store.deliveryEnabled && deliversTo(store, { kind: store.deliveryAreaKind, radiusM: store.deliveryRadiusM, polygon: store.deliveryPolygon }, at);
      return {
        distanceM: Math.round(distanceM(at, store)),
        deliversHere: delivers,
        deliveryEstimateMinutes: delivers ? promiseMinutes(store, now) : null,
        pickupAvailable: store.pickupEnabled,
        store: {
          id: String(store.id),
          name: store.name,
          address: store.address,
          district: store.district,
          openingStatus: { isOpen: opening.isOpen, label: opening.label },
          deliveryFeeFen: store.deliveryFeeFen,
          minOrderFen: store.minOrderFen,
        },
      };
    });
  }

  async function memberCard(userId: string, now: Date) {
    const { rows } = await pool.query(CARD_SQL, [userId, new Date(now.getTime() - YEAR_MS), now]);
    const card = rows[0];
    if (!card) return null;
    const tier = tierForSpend(card.spend, rules);
    const next = tier === 'REGULAR' ? 'SILVER' : tier === 'SILVER' ? 'GOLD' : null;
    const available = Math.max(0, card.pointsBalance - Math.max(0, card.frozen));
    return {
      id: card.id,
      cardNo: card.cardNo,
      tier,
      tierName: TIER_NAMES[tier],
      nextTier: next && {
        name: TIER_NAMES[next],
        remainingFen: Math.max(0, (next === 'GOLD' ? rules.TIER_GOLD_SPEND_FEN : rules.TIER_SILVER_SPEND_FEN) - card.spend),
      },
      memberPriceEligible: true,
      points: { total: card.pointsBalance, available, frozen: card.pointsBalance - available, availableValueFen: available * rules.POINT_VALUE_FEN },
      storedValueFen: card.storedValueFen,
      usableCouponCount: card.coupons,
    };
  }

  // GET /home?lat=&lng=&storeId=&userId=  (the GraphQL home query's three fields, in parallel)
  app.get('/home', async (req, res, next) => {
    try {
      const now = new Date();
      const at = { lat: Number(req.query.lat), lng: Number(req.query.lng) };
      const storeId = Number(req.query.storeId);
      const [nearbyStores, page, myMemberCard] = await Promise.all([
        nearby(at, now),
        pool.query<ProductRow>(PAGE_SQL, [storeId, PAGE_SIZE + 1]),
        memberCard(String(req.query.userId), now),
      ]);
      res.json({ nearbyStores, storeProducts: productPage(page.rows), myMemberCard });
    } catch (error) {
      next(error);
    }
  });

  // GET /search?storeId=&q=
  app.get('/search', async (req, res, next) => {
    try {
      const text = String(req.query.q).trim();
      const { rows } = await pool.query<ProductRow>(SEARCH_SQL, [Number(req.query.storeId), PAGE_SIZE + 1, likePattern(text), text]);
      res.json({ searchStoreProducts: productPage(rows) });
    } catch (error) {
      next(error);
    }
  });

  return app;
}

if (process.argv[1] === import.meta.filename) {
  const pool = createPool(process.env.DATABASE_URL!, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  const url = await listen(createServer(createFloorApp(pool)), '127.0.0.1', 0);
  process.send?.({ type: 'listening', url });
  process.on('SIGTERM', () => process.exit(0));
}
