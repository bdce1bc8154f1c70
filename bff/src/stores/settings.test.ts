import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_MANAGER_A } from '../../../prisma/seed/demo-accounts.ts';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { expectBadInput } from '../../test/refusal.ts';
import { findInconsistencies } from '../consistency/service.ts';
import { StoreService } from './service.ts';
import { StoreSettingsService } from './settings.ts';

// Wednesday 2026-11-25 12:00 in Shanghai.
const NOW = new Date('2026-11-25T04:00:00Z');
const STORE = 1;
const ACTOR = DEMO_MANAGER_A.id;

let db: TestDatabase;
let settings: StoreSettingsService;
let stores: StoreService;
let home: { lat: number; lng: number };

beforeAll(async () => {
  db = await createTestDatabase();
  settings = new StoreSettingsService({ pool: db.pool, now: () => NOW });
  stores = new StoreService(db.pool, () => NOW);
  const { rows } = await db.pool.query(`SELECT lat, lng FROM "Store" WHERE id = $1`, [STORE]);
  home = rows[0];
});
afterAll(() => db?.drop());

const storeRow = async () => (await db.pool.query(`SELECT * FROM "Store" WHERE id = $1`, [STORE])).rows[0];
const hoursRows = async () =>
  (await db.pool.query(`SELECT weekday, "openMinute", "closeMinute" FROM "StoreHours" WHERE "storeId" = $1 ORDER BY weekday`, [STORE])).rows;
const seen = async () => (await stores.storesByIds([STORE]))[0] as Exclude<Awaited<ReturnType<StoreService['storesByIds']>>[number], Error>;

const auditCount = async () => Number((await db.pool.query(`SELECT count(*) FROM "AuditEntry"`)).rows[0].count);
const lastAudit = async () =>
  (await db.pool.query(`SELECT "actorUserId", "storeId", kind, subject, before, after FROM "AuditEntry" ORDER BY id DESC LIMIT 1`)).rows[0];

/** The refusal `work` ends in, checked to be BAD_USER_INPUT with `reason`, and that neither `state` nor the audit trail changed. */
const refused = (work: () => Promise<unknown>, reason: string, state: () => Promise<unknown> = storeRow) =>
  expectBadInput(work, reason, async () => [await state(), await auditCount()]);

describe('opening hours', () => {
  it('stores hours crossing midnight as StoreHours rows past 1440, and the store then opens and closes by them', async () => {
    const week = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '07:00', closes: '02:00' }));
    await settings.setHours(ACTOR, STORE, false, week);
    expect(await hoursRows()).toEqual(week.map((h) => ({ weekday: h.weekday, openMinute: 420, closeMinute: 1560 })));
    expect((await storeRow()).is24h).toBe(false);
    const store = await seen();
    const { openingState } = await import('./hours.ts');
    expect(openingState(store, new Date('2026-11-25T17:30:00Z')).isOpen).toBe(true); // 01:30 Thursday
    expect(openingState(store, new Date('2026-11-25T19:00:00Z')).isOpen).toBe(false); // 03:00 Thursday
  });

  it('24 hours clears the weekly rows', async () => {
    await settings.setHours(ACTOR, STORE, true, []);
    expect(await hoursRows()).toEqual([]);
    expect((await storeRow()).is24h).toBe(true);
  });

  it.each([
    [[{ weekday: 1, opens: '08:00', closes: '03:00' }, { weekday: 2, opens: '02:00', closes: '22:00' }], 'HOURS_OVERLAP'],
    [[{ weekday: 1, opens: '08:00', closes: '22:00' }, { weekday: 1, opens: '09:00', closes: '21:00' }], 'HOURS_INVALID'],
    [[{ weekday: 7, opens: '08:00', closes: '22:00' }], 'HOURS_INVALID'],
    [[{ weekday: 1, opens: '8点', closes: '22:00' }], 'TIME_INVALID'],
    [[{ weekday: 1, opens: '08:00', closes: '24:30' }], 'TIME_INVALID'],
    [[{ weekday: 1, opens: '08:00', closes: '08:00' }], 'HOURS_INVALID'],
    [[], 'HOURS_EMPTY'],
  ])('refuses %j (%s) and keeps the hours it had', async (hours, reason) => {
    await settings.setHours(ACTOR, STORE, false, [{ weekday: 3, opens: '08:00', closes: '22:00' }]);
    await refused(() => settings.setHours(ACTOR, STORE, false, hours), reason, async () => [await storeRow(), await hoursRows()]);
  });
});

describe('closures', () => {
  it('adds a holiday with its reason, lists it from today on, closes the store that day, and removes it', async () => {
    await settings.setHours(ACTOR, STORE, true, []);
    const added = await settings.addClosure(ACTOR, STORE, '2026-11-26', ' 盘点 ');
    expect(added.closures).toContainEqual({ date: '2026-11-26', reason: '盘点' });
    const { openingState } = await import('./hours.ts');
    expect(openingState(await seen(), new Date('2026-11-26T04:00:00Z')).isOpen).toBe(false);
    const removed = await settings.removeClosure(ACTOR, STORE, '2026-11-26');
    expect(removed.closures.map((c) => c.date)).not.toContain('2026-11-26');
    expect(openingState(await seen(), new Date('2026-11-26T04:00:00Z')).isOpen).toBe(true);
  });

  it('refuses a past, malformed, far or repeated date and an empty reason', async () => {
    const closures = async () => (await db.pool.query(`SELECT * FROM "StoreClosure" WHERE "storeId" = $1 ORDER BY date`, [STORE])).rows;
    await refused(() => settings.addClosure(ACTOR, STORE, '2026-11-24', '节假日'), 'DATE_IN_PAST', closures);
    await refused(() => settings.addClosure(ACTOR, STORE, '2026-02-30', '节假日'), 'DATE_INVALID', closures);
    await refused(() => settings.addClosure(ACTOR, STORE, '2028-01-01', '节假日'), 'DATE_TOO_FAR', closures);
    await refused(() => settings.addClosure(ACTOR, STORE, '2026-12-01', '  '), 'REASON_REQUIRED', closures);
    await settings.addClosure(ACTOR, STORE, '2026-12-01', '装修');
    await refused(() => settings.addClosure(ACTOR, STORE, '2026-12-01', '又装修'), 'CLOSURE_EXISTS', closures);
    await expect(settings.removeClosure(ACTOR, STORE, '2026-12-02')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('delivery, fees and slots', () => {
  const valid = { deliveryEnabled: true, pickupEnabled: true, deliveryFeeFen: 400, freeDeliveryFromFen: 3900, minOrderFen: 1500, slotMinutes: 20, pickingCapacity: 8 };

  it('saves the whole form', async () => {
    await settings.setDelivery(ACTOR, STORE, valid);
    expect(await storeRow()).toMatchObject(valid);
    await settings.setDelivery(ACTOR, STORE, { ...valid, freeDeliveryFromFen: null });
    expect((await storeRow()).freeDeliveryFromFen).toBeNull();
  });

  it.each([
    [{ deliveryEnabled: false, pickupEnabled: false }, 'NO_FULFILMENT'],
    [{ slotMinutes: 25 }, 'OUT_OF_RANGE'],
    [{ pickingCapacity: 0 }, 'OUT_OF_RANGE'],
    [{ deliveryFeeFen: -1 }, 'OUT_OF_RANGE'],
    [{ deliveryFeeFen: 5001 }, 'OUT_OF_RANGE'],
    [{ minOrderFen: 1.5 }, 'OUT_OF_RANGE'],
    [{ freeDeliveryFromFen: 0 }, 'OUT_OF_RANGE'],
  ])('refuses %j (%s) and changes nothing', async (change, reason) => {
    await refused(() => settings.setDelivery(ACTOR, STORE, { ...valid, ...change }), reason);
  });
});

describe('a new slot length', () => {
  const form = { deliveryEnabled: true, pickupEnabled: true, deliveryFeeFen: 400, freeDeliveryFromFen: null, minOrderFen: 1500, pickingCapacity: 8 };
  /** Orders booked into slots (Shanghai clock times today), with the slots' load as checkout books it. */
  const book = async (slots: string[]) => {
    for (const slot of slots) {
      const start = new Date(`2026-11-25T${slot}:00+08:00`);
      await db.pool.query(
        `INSERT INTO "Order" (id, "orderNo", "userId", "storeId", "placedByUserId", fulfilment, status, "idempotencyKey", "requestHash",
           "itemsTotalFen", "payableFen", pricing, "promiseStart", "promiseEnd", "slotStart")
         VALUES (gen_random_uuid(), 'S' || substr(md5(random()::text), 1, 16), $1, $2, $1, 'PICKUP', 'PAID', gen_random_uuid()::text, 'h', 1000, 1000, '{}', $3, $3, $3)`,
        [ACTOR, STORE, start],
      );
      await db.pool.query(
        `INSERT INTO "StoreSlot" ("storeId", "slotStart", booked) VALUES ($1, $2, 1) ON CONFLICT ("storeId", "slotStart") DO UPDATE SET booked = "StoreSlot".booked + 1`,
        [STORE, start],
      );
    }
  };
  const load = async () =>
    (await db.pool.query(`SELECT to_char("slotStart" AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') AS slot, booked FROM "StoreSlot" WHERE "storeId" = $1 AND booked > 0 ORDER BY 1`, [STORE])).rows;

  it('moves the bookings from the current slot on onto the new grid, so each slot counts its orders', async () => {
    await db.pool.query(`DELETE FROM "StoreSlot"`);
    await settings.setDelivery(ACTOR, STORE, { ...form, slotMinutes: 30 });
    // 12:00 is now: the 11:30 slot is over and keeps its orders.
    await book(['11:30', '12:00', '12:30', '12:30', '13:00', '13:30']);
    await settings.setDelivery(ACTOR, STORE, { ...form, slotMinutes: 60 });
    expect(await load()).toEqual([{ slot: '11:30', booked: 1 }, { slot: '12:00', booked: 3 }, { slot: '13:00', booked: 2 }]);
    await settings.setDelivery(ACTOR, STORE, { ...form, slotMinutes: 20 });
    expect(await load()).toEqual([{ slot: '11:30', booked: 1 }, { slot: '12:00', booked: 3 }, { slot: '13:00', booked: 2 }]);
    expect((await findInconsistencies(db.pool, { now: NOW, refundOverdueHours: 24 })).filter((f) => f.check === 'slot-bookings')).toEqual([]);
    // Saving the same length again moves nothing.
    await settings.setDelivery(ACTOR, STORE, { ...form, slotMinutes: 20, pickingCapacity: 9 });
    expect(await load()).toEqual([{ slot: '11:30', booked: 1 }, { slot: '12:00', booked: 3 }, { slot: '13:00', booked: 2 }]);
  });
});

describe('delivery area', () => {
  /** A square of ±0.01° around the store, [lat, lng]. */
  const square = () => [
    [home.lat - 0.01, home.lng - 0.01],
    [home.lat - 0.01, home.lng + 0.01],
    [home.lat + 0.01, home.lng + 0.01],
    [home.lat + 0.01, home.lng - 0.01],
  ];
  const far = () => ({ lat: home.lat + 0.015, lng: home.lng });

  it('a radius', async () => {
    await settings.setDeliveryArea(ACTOR, STORE, { radiusM: 2500 });
    expect(await storeRow()).toMatchObject({ deliveryAreaKind: 'RADIUS', deliveryRadiusM: 2500, deliveryPolygon: null });
  });

  it('a list of points, open or closed, becomes the open ring shoppers are checked against', async () => {
    await settings.setDeliveryArea(ACTOR, STORE, { polygon: [...square(), square()[0]!] });
    expect(await storeRow()).toMatchObject({ deliveryAreaKind: 'POLYGON', deliveryRadiusM: null, deliveryPolygon: square() });
    const [inside] = await stores.nearbyStores({ lat: home.lat + 0.005, lng: home.lng }, { radiusM: 1000, first: 1, now: NOW });
    expect(inside).toMatchObject({ store: { id: STORE }, deliversHere: true });
    const outside = (await stores.nearbyStores(far(), { radiusM: 5000, first: 50, now: NOW })).find((row) => row.store.id === STORE);
    expect(outside?.deliversHere).toBe(false);
  });

  it('GeoJSON, in its [lng, lat] order, as a Polygon or a Feature', async () => {
    const ring = [...square(), square()[0]!].map(([lat, lng]) => [lng, lat]);
    await settings.setDeliveryArea(ACTOR, STORE, { geoJson: JSON.stringify({ type: 'Polygon', coordinates: [ring] }) });
    expect((await storeRow()).deliveryPolygon).toEqual(square());
    await settings.setDeliveryArea(ACTOR, STORE, { radiusM: 3000 });
    await settings.setDeliveryArea(ACTOR, STORE, { geoJson: JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }) });
    expect((await storeRow()).deliveryPolygon).toEqual(square());
  });

  it('refuses bad areas and keeps the one it had', async () => {
    await settings.setDeliveryArea(ACTOR, STORE, { radiusM: 3000 });
    const ring = [...square(), square()[0]!].map(([lat, lng]) => [lng, lat]);
    const cases: Array<[Parameters<StoreSettingsService['setDeliveryArea']>[2], string]> = [
      [{}, 'AREA_ONE_OF'],
      [{ radiusM: 3000, polygon: square() }, 'AREA_ONE_OF'],
      [{ radiusM: 50 }, 'OUT_OF_RANGE'],
      [{ polygon: square().slice(0, 2) }, 'TOO_FEW_POINTS'],
      [{ polygon: [...square().slice(0, 2), square()[0]!] }, 'TOO_FEW_POINTS'],
      [{ polygon: [[95, 121], ...square().slice(1)] }, 'COORDINATE_OUT_OF_RANGE'],
      // Latitude and longitude swapped: a square in the Indian Ocean.
      [{ polygon: square().map(([lat, lng]) => [lng!, lat!]) }, 'COORDINATE_OUT_OF_RANGE'],
      [{ polygon: square().map(([lat, lng]) => [lat! + 1, lng!]) }, 'TOO_FAR_FROM_STORE'],
      [{ polygon: square().map(([lat, lng]) => [lat! + 0.03, lng!]) }, 'STORE_OUTSIDE_AREA'],
      [{ polygon: [[home.lat, home.lng]] }, 'TOO_FEW_POINTS'],
      [{ geoJson: '{"type":"Polygon"' }, 'GEOJSON_INVALID'],
      [{ geoJson: JSON.stringify({ type: 'LineString', coordinates: ring }) }, 'GEOJSON_INVALID'],
      [{ geoJson: JSON.stringify({ type: 'Polygon', coordinates: [ring, ring] }) }, 'GEOJSON_INVALID'],
      [{ geoJson: JSON.stringify({ type: 'Polygon', coordinates: [ring.slice(0, -1)] }) }, 'RING_NOT_CLOSED'],
      [{ geoJson: JSON.stringify({ type: 'Polygon', coordinates: [[...ring.slice(0, 1), ['x', 1], ...ring.slice(1)]] }) }, 'POINT_INVALID'],
    ];
    for (const [area, reason] of cases) await refused(() => settings.setDeliveryArea(ACTOR, STORE, area), reason);
  });
});

describe('the busy switch', () => {
  beforeEach(async () => {
    await db.pool.query(`DELETE FROM "StoreSlot"`);
    await settings.setDeliveryArea(ACTOR, STORE, { radiusM: 3000 });
    await settings.setDelivery(ACTOR, STORE, { deliveryEnabled: true, pickupEnabled: true, deliveryFeeFen: 500, freeDeliveryFromFen: null, minOrderFen: 2000, slotMinutes: 30, pickingCapacity: 6 });
    await settings.setHours(ACTOR, STORE, true, []);
    await settings.setBusy(ACTOR, STORE, { deliveryPaused: false, extraPromiseMinutes: 0 });
  });
  const estimate = async () => (await stores.nearbyStores(home, { radiusM: 1000, first: 1, now: NOW }))[0]!;

  it('a longer promise adds its minutes to the very next estimate, and taking it off takes them away', async () => {
    expect((await estimate()).deliveryEstimateMinutes).toBe(30);
    await settings.setBusy(ACTOR, STORE, { deliveryPaused: false, extraPromiseMinutes: 25 });
    expect((await estimate()).deliveryEstimateMinutes).toBe(55);
    await settings.setBusy(ACTOR, STORE, { deliveryPaused: false, extraPromiseMinutes: 0 });
    expect((await estimate()).deliveryEstimateMinutes).toBe(30);
  });

  it('暂停外送 stops delivery at once and leaves pickup', async () => {
    await settings.setBusy(ACTOR, STORE, { deliveryPaused: true, extraPromiseMinutes: 0 });
    expect(await estimate()).toMatchObject({ deliversHere: false, deliveryEstimateMinutes: null, pickupAvailable: true, store: { deliveryPaused: true } });
  });

  it.each([[-5], [121], [2.5]])('refuses %d extra minutes', async (extraPromiseMinutes) => {
    await refused(() => settings.setBusy(ACTOR, STORE, { deliveryPaused: true, extraPromiseMinutes }), 'OUT_OF_RANGE');
  });

  it('an unknown store is NOT_FOUND', async () => {
    await expect(settings.setBusy(ACTOR, 99_999, { deliveryPaused: true, extraPromiseMinutes: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the audit trail', () => {
  it('records each change with who, where, what and the changed fields before and after; an unchanged save records nothing', async () => {
    await settings.setBusy(ACTOR, STORE, { deliveryPaused: false, extraPromiseMinutes: 0 });
    await settings.setBusy(ACTOR, STORE, { deliveryPaused: true, extraPromiseMinutes: 15 });
    expect(await lastAudit()).toEqual({
      actorUserId: ACTOR,
      storeId: STORE,
      kind: 'store.settings',
      subject: String(STORE),
      before: { deliveryPaused: false, extraPromiseMinutes: 0 },
      after: { deliveryPaused: true, extraPromiseMinutes: 15 },
    });
    const count = await auditCount();
    await settings.setBusy(ACTOR, STORE, { deliveryPaused: true, extraPromiseMinutes: 15 });
    expect(await auditCount()).toBe(count);

    await settings.setHours(ACTOR, STORE, true, []);
    await settings.setHours(ACTOR, STORE, false, [{ weekday: 1, opens: '07:00', closes: '01:00' }]);
    expect(await lastAudit()).toMatchObject({
      kind: 'store.hours',
      before: { is24h: true, hours: [] },
      after: { is24h: false, hours: [{ weekday: 1, openMinute: 420, closeMinute: 1500 }] },
    });

    await settings.addClosure(ACTOR, STORE, '2026-12-24', '平安夜盘点');
    expect(await lastAudit()).toMatchObject({ kind: 'store.closure', before: null, after: { date: '2026-12-24', reason: '平安夜盘点' } });
    await settings.removeClosure(ACTOR, STORE, '2026-12-24');
    expect(await lastAudit()).toMatchObject({ kind: 'store.closure', before: { date: '2026-12-24', reason: '平安夜盘点' }, after: null });

    await settings.setDeliveryArea(ACTOR, STORE, { radiusM: 1200 });
    await settings.setDeliveryArea(ACTOR, STORE, { radiusM: 1500 });
    expect(await lastAudit()).toMatchObject({ kind: 'store.settings', before: { deliveryRadiusM: 1200 }, after: { deliveryRadiusM: 1500 } });
  });

  it('two managers flipping the switch at once: both saves land, one after the other, and the trail chains them', async () => {
    await settings.setBusy(ACTOR, STORE, { deliveryPaused: false, extraPromiseMinutes: 0 });
    const since = await auditCount();
    await Promise.all([
      settings.setBusy(ACTOR, STORE, { deliveryPaused: true, extraPromiseMinutes: 0 }),
      settings.setBusy(ACTOR, STORE, { deliveryPaused: false, extraPromiseMinutes: 30 }),
    ]);
    const { rows } = await db.pool.query(`SELECT before, after FROM "AuditEntry" ORDER BY id OFFSET $1`, [since]);
    expect(rows).toHaveLength(2);
    // Each change was decided against what the other left (the row lock): the second's before is the
    // state after the first, and the store ends as the second left it.
    const afterFirst = { deliveryPaused: false, extraPromiseMinutes: 0, ...rows[0].after };
    for (const key of Object.keys(rows[1].before)) expect(rows[1].before[key]).toEqual(afterFirst[key]);
    const state = await storeRow();
    expect({ deliveryPaused: state.deliveryPaused, extraPromiseMinutes: state.extraPromiseMinutes }).toMatchObject(rows[1].after);
  });
});
