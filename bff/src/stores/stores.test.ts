import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { distanceM } from './geo.ts';
import { MAX_RADIUS_M } from './service.ts';
import { nearestStores } from './sql.ts';

// Wednesday 2026-11-25 12:00 in Shanghai: ordinary stores are open.
const NOON = new Date('2026-11-25T12:00:00+08:00');
const PEOPLES_SQUARE = { lat: 31.2304, lng: 121.4737 };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => NOON });
});
afterAll(async () => {
  await server?.close();
});

const NEARBY_STORE_FIELDS = `distanceM deliversHere deliveryEstimateMinutes pickupAvailable
    store { id name location { lat lng } deliveryAreaKind deliveryRadiusM deliveryFeeFen minOrderFen
            openingStatus { isOpen nextChangeAt label } }`;
const NEARBY = `query($location: LocationInput!, $radiusM: Int, $first: Int) {
  nearbyStores(location: $location, radiusM: $radiusM, first: $first) { ${NEARBY_STORE_FIELDS} }
}`;

describe('nearbyStores on the seeded chain', () => {
  it('returns stores nearest first with correct distances, coverage and fees', async () => {
    const { data, errors } = await server.gql(NEARBY, { location: PEOPLES_SQUARE, first: 10 });
    expect(errors).toBeUndefined();
    const rows = data!.nearbyStores;
    expect(rows.length).toBe(10);
    expect(rows[0].store.name).toContain('人民广场');
    const distances = rows.map((r: any) => r.distanceM);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const row of rows) {
      expect(Math.abs(row.distanceM - distanceM(PEOPLES_SQUARE, row.store.location))).toBeLessThanOrEqual(2);
      if (row.store.deliveryAreaKind === 'RADIUS') expect(row.deliversHere).toBe(row.distanceM <= row.store.deliveryRadiusM);
    }
    // Store 1 (24h, radius 3 km, fee ¥5, minimum ¥20) is ~250 m away.
    expect(rows[0]).toMatchObject({
      deliversHere: true,
      deliveryEstimateMinutes: 30,
      pickupAvailable: true,
      store: { deliveryFeeFen: 500, minOrderFen: 2000, openingStatus: { isOpen: true, nextChangeAt: null, label: '24小时营业' } },
    });
  });

  it('reports a closed store with its opening time and a later estimate', async () => {
    const late = await startTestServer({ now: () => new Date('2026-11-25T03:00:00+08:00') });
    try {
      // 南京西路店 (store 2) is open 07:00–02:00.
      const { data } = await late.gql(NEARBY, { location: { lat: 31.2283, lng: 121.4505 }, first: 1 });
      const [nearest] = data!.nearbyStores;
      expect(nearest.store.name).toContain('南京西路');
      expect(nearest.store.openingStatus).toEqual({ isOpen: false, nextChangeAt: '2026-11-24T23:00:00.000Z', label: '已打烊 · 07:00开门' });
      expect(nearest.deliveryEstimateMinutes).toBe(4 * 60 + 30);
    } finally {
      await late.close();
    }
  });

  it('decides coverage of polygon stores by the polygon, not by distance', async () => {
    const { rows } = await server.db.pool.query(
      `SELECT id, lat, lng, "deliveryPolygon" AS ring FROM "Store" WHERE "deliveryAreaKind" = 'POLYGON' ORDER BY id LIMIT 1`,
    );
    const { id, lat, lng, ring } = rows[0];
    // The polygon's first vertex is on the edge (inside); a point 3× further out is not.
    const [vLat, vLng] = ring[0];
    const outside = { lat: lat + (vLat - lat) * 3, lng: lng + (vLng - lng) * 3 };
    const find = async (location: { lat: number; lng: number }) =>
      (await server.gql(NEARBY, { location, first: 50, radiusM: 20_000 })).data!.nearbyStores.find((r: any) => r.store.id === String(id));
    expect((await find({ lat, lng })).deliversHere).toBe(true);
    expect((await find({ lat: vLat, lng: vLng })).deliversHere).toBe(true);
    expect((await find(outside)).deliversHere).toBe(false);
  });

  it('stays within the radius', async () => {
    const { data } = await server.gql(NEARBY, { location: PEOPLES_SQUARE, radiusM: 1000, first: 50 });
    expect(data!.nearbyStores.length).toBeGreaterThan(0);
    for (const row of data!.nearbyStores) expect(row.distanceM).toBeLessThanOrEqual(1000);
  });

  it.each([
    [{ location: { lat: 91, lng: 121 } }, /纬度/, 'lat'],
    [{ location: { lat: -90.5, lng: 121 } }, /纬度/, 'lat'],
    [{ location: { lat: 31, lng: 181 } }, /经度/, 'lng'],
    [{ location: PEOPLES_SQUARE, radiusM: 0 }, /搜索半径/, 'radiusM'],
    [{ location: PEOPLES_SQUARE, radiusM: -5 }, /搜索半径/, 'radiusM'],
    [{ location: PEOPLES_SQUARE, radiusM: MAX_RADIUS_M + 1 }, /50000/, 'radiusM'],
    [{ location: PEOPLES_SQUARE, first: 51 }, /数量/, 'first'],
  ])('rejects %j with BAD_USER_INPUT', async (variables, message, field) => {
    const { errors } = await server.gql(NEARBY, variables);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(errors?.[0]?.message).toMatch(message);
  });

  // GraphQL's own Float coercion would answer these in English; the Latitude/Longitude scalars and
  // locationOf answer in Chinese, naming the field. A JavaScript NaN travels as JSON null.
  it.each([
    [{ lat: 'NaN', lng: 121.47 }, 'lat', '纬度必须是数字，收到 "NaN"'],
    [{ lat: 'abc', lng: 121.47 }, 'lat', '纬度必须是数字，收到 "abc"'],
    [{ lat: '31.23', lng: 121.47 }, 'lat', '纬度必须是数字，收到 "31.23"'],
    [{ lat: true, lng: 121.47 }, 'lat', '纬度必须是数字，收到 true'],
    [{ lat: [31.23], lng: 121.47 }, 'lat', '纬度必须是数字，收到 [31.23]'],
    [{ lat: null, lng: 121.47 }, 'lat', '纬度必须是数字，收到 null'],
    [{ lng: 121.47 }, 'lat', '纬度必须是数字，收到 null'],
    [{ lat: 31.23, lng: 'Infinity' }, 'lng', '经度必须是数字，收到 "Infinity"'],
    [{ lat: 31.23, lng: { value: 121 } }, 'lng', '经度必须是数字，收到 {"value":121}'],
    [{ lat: 31.23, lng: null }, 'lng', '经度必须是数字，收到 null'],
  ])('rejects the location %j with BAD_USER_INPUT and a Chinese message naming %s', async (location, field, message) => {
    const { data, errors } = await server.gql(NEARBY, { location });
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
  });

  it.each([
    ['{ lat: "31.23", lng: 121.47 }', 'lat', '纬度必须是数字，收到 "31.23"'],
    ['{ lat: 31.23, lng: true }', 'lng', '经度必须是数字，收到 true'],
    ['{ lat: null, lng: 121.47 }', 'lat', '纬度必须是数字，收到 null'],
    ['{ lat: 31.23 }', 'lng', '经度必须是数字，收到 null'],
    ['{ lat: 95, lng: 121.47 }', 'lat', '纬度必须在 -90 到 90 之间，收到 95'],
  ])('rejects the literal location %s the same way', async (literal, field, message) => {
    const { errors } = await server.gql(`{ nearbyStores(location: ${literal}) { distanceM } }`);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
  });
});

describe('storeSeenFrom (a store the shopper chose, however far)', () => {
  const SEEN_FROM = `query($id: ID!, $location: LocationInput!) {
    storeSeenFrom(id: $id, location: $location) { ${NEARBY_STORE_FIELDS} }
  }`;

  it('answers for a near store exactly as nearbyStores does', async () => {
    const [nearest] = (await server.gql(NEARBY, { location: PEOPLES_SQUARE, first: 1 })).data!.nearbyStores;
    const { data, errors } = await server.gql(SEEN_FROM, { id: nearest.store.id, location: PEOPLES_SQUARE });
    expect(errors).toBeUndefined();
    expect(data!.storeSeenFrom).toEqual(nearest);
  });

  it('answers for the farthest store of the chain, far outside any nearby search, with its distance and no delivery', async () => {
    const { rows } = await server.db.pool.query(
      `SELECT id FROM "Store" WHERE active ORDER BY geo_metres(geo_point(lat, lng), geo_point($1, $2)) DESC LIMIT 1`,
      [PEOPLES_SQUARE.lat, PEOPLES_SQUARE.lng],
    );
    const { data, errors } = await server.gql(SEEN_FROM, { id: String(rows[0].id), location: PEOPLES_SQUARE });
    expect(errors).toBeUndefined();
    const seen = data!.storeSeenFrom;
    expect(seen.store.id).toBe(String(rows[0].id));
    expect(seen.distanceM).toBeGreaterThan(20_000);
    expect(Math.abs(seen.distanceM - distanceM(PEOPLES_SQUARE, seen.store.location))).toBeLessThanOrEqual(2);
    expect(seen).toMatchObject({ deliversHere: false, deliveryEstimateMinutes: null });
    const nearby = (await server.gql(NEARBY, { location: PEOPLES_SQUARE, first: 50 })).data!.nearbyStores;
    expect(nearby.map((row: any) => row.store.id)).not.toContain(seen.store.id);
  });

  it('is NOT_FOUND for a store closed down or unknown, BAD_USER_INPUT for a malformed id or location', async () => {
    const { rows } = await server.db.pool.query(
      `INSERT INTO "Store" (code, name, city, district, address, phone, lat, lng, "deliveryFeeFen", "minOrderFen", active)
       VALUES ('CLOSED1', '街角便利 已关闭店', '上海市', '黄浦区', '测试路1号', '021-00000000', 31.231, 121.474, 500, 2000, false)
       RETURNING id`,
    );
    const closed = await server.gql(SEEN_FROM, { id: String(rows[0].id), location: PEOPLES_SQUARE });
    expect(closed.errors?.[0]).toMatchObject({ message: `门店 ${rows[0].id} 已停止营业`, extensions: { code: 'NOT_FOUND' } });
    const unknown = await server.gql(SEEN_FROM, { id: '99999', location: PEOPLES_SQUARE });
    expect(unknown.errors?.[0]).toMatchObject({ message: '门店 99999 不存在', extensions: { code: 'NOT_FOUND' } });
    const malformed = await server.gql(SEEN_FROM, { id: 'x', location: PEOPLES_SQUARE });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badLocation = await server.gql(SEEN_FROM, { id: '1', location: { lat: 31.23, lng: 200 } });
    expect(badLocation.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'lng' } });
    const nanLocation = await server.gql(SEEN_FROM, { id: '1', location: { lat: null, lng: 121.47 } });
    expect(nanLocation.errors?.[0]).toMatchObject({ message: '纬度必须是数字，收到 null', extensions: { code: 'BAD_USER_INPUT', field: 'lat' } });
  });
});

describe('store', () => {
  it('returns a store, and NOT_FOUND / BAD_USER_INPUT for unknown or malformed ids', async () => {
    expect((await server.gql(`{ store(id: "2") { name } }`)).data!.store.name).toContain('南京西路');
    const unknown = await server.gql(`{ store(id: "99999") { name } }`);
    expect(unknown.errors?.[0]).toMatchObject({ message: '门店 99999 不存在', extensions: { code: 'NOT_FOUND' } });
    const malformed = await server.gql(`{ store(id: "abc") { name } }`);
    expect(malformed.errors?.[0]).toMatchObject({ message: '门店编号不正确: abc', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('places (fallback when location is refused)', () => {
  it('lists every district with stores, each leading to stores in that district', async () => {
    const { data } = await server.gql(`{ places { kind name district location { lat lng } } }`);
    const districts = data!.places;
    const { rows } = await server.db.pool.query(`SELECT DISTINCT district FROM "Store" WHERE active`);
    expect(districts.map((p: any) => p.name).sort()).toEqual(rows.map((r) => r.district).sort());
    for (const place of districts.slice(0, 5)) {
      const nearby = await server.gql(NEARBY, { location: place.location, first: 1, radiusM: 20_000 });
      expect(nearby.data!.nearbyStores).toHaveLength(1);
    }
  });

  it('finds landmarks and seeded store addresses by keyword', async () => {
    const landmark = await server.gql(`{ places(keyword: "外滩") { kind name } }`);
    expect(landmark.data!.places).toContainEqual({ kind: 'LANDMARK', name: '外滩' });
    const address = await server.gql(`{ places(keyword: "南京西路1266") { kind name location { lat } } }`);
    expect(address.data!.places).toEqual([{ kind: 'STORE', name: '南京西路1266号（街角便利 南京西路店）', location: { lat: 31.2283 } }]);
    expect((await server.gql(`{ places(keyword: "不存在的地方") { name } }`)).data!.places).toEqual([]);
  });

  it('takes LIKE wildcards in a keyword literally instead of matching every store', async () => {
    for (const keyword of ['%', '_', '\\', '南京%路', '南京_路']) {
      const result = await server.gql(`query($k: String) { places(keyword: $k) { kind name } }`, { k: keyword });
      expect([keyword, result.errors, result.data!.places]).toEqual([keyword, undefined, []]);
    }
    // A name that really holds the character is still found by it.
    await server.db.pool.query(`UPDATE "Store" SET address = '淮海中路100%便利广场' WHERE id = 2`);
    const literal = await server.gql(`{ places(keyword: "100%") { kind name } }`);
    expect(literal.data!.places).toEqual([{ kind: 'STORE', name: expect.stringContaining('淮海中路100%便利广场') }]);
  });
});

describe('the KNN query is index-backed', () => {
  it('uses Store_earth_gist_idx and never scans Store sequentially, on a realistically large chain', async () => {
    // 36 stores fit in one page, where a sequential scan is the planner's right choice; with a few
    // thousand the index must win on its own merits, so no planner switches are touched.
    await server.db.pool.query(`
      INSERT INTO "Store" (code, name, city, district, address, phone, lat, lng, "deliveryFeeFen", "minOrderFen")
      SELECT 'X' || g, '测试店' || g, '上海市', '测试区', '测试路' || g || '号', '021-00000000',
             30.7 + random() * 0.9, 121.0 + random() * 0.9, 500, 2000
        FROM generate_series(1, 5000) g`);
    await server.db.pool.query('ANALYZE "Store"');
    const client = await server.db.pool.connect();
    try {
      // Same statement as nearestStores, made EXPLAIN-able by capturing its text.
      let sql = '';
      let params: unknown[] = [];
      await nearestStores(
        {
          query: async (text: string, values: unknown[]) => {
            sql = text;
            params = values;
            return { rows: [] };
          },
        } as never,
        PEOPLES_SQUARE,
        5000,
        20,
        new Date(),
      );
      const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      const plan = JSON.stringify(rows[0]['QUERY PLAN']);
      expect(plan).toContain('Store_earth_gist_idx');
      // KNN: the index itself returns stores in distance order.
      expect(plan).toMatch(/"Node Type":"Index Scan"[^{}]*"Index Name":"Store_earth_gist_idx"[^{}]*"Order By":/);
      // Only Store itself matters: the planner may read the few rows of StoreHours of each listed store
      // either way, depending on when autovacuum last analysed it.
      expect(plan).not.toMatch(/"Node Type":"Seq Scan"[^{}]*"Relation Name":"Store"[,}]/);
    } finally {
      client.release();
    }
    const { data } = await server.gql(NEARBY, { location: PEOPLES_SQUARE, first: 3 });
    expect(data!.nearbyStores).toHaveLength(3);
  });
});
