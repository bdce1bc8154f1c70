import type pg from 'pg';
import { badInput, notFound } from '../graphql/errors.ts';
import { parseId } from '../graphql/ids.ts';
import { deliversTo, distanceM, type LatLng } from './geo.ts';
import { promiseMinutes } from '../orders/slots.ts';
import { LANDMARKS, MAX_PLACES, type PlaceModel as Place } from './places.ts';
import { districtCentroids, nearestStores, storesContaining, storesWithSchedule, type StoreWithSchedule } from './sql.ts';

export const DEFAULT_RADIUS_M = 5_000;
export const MAX_RADIUS_M = 50_000;
export const MAX_NEARBY = 50;

export function validateLocation(location: LatLng): void {
  const { lat, lng } = location;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) throw badInput(`纬度必须在 -90 到 90 之间，收到 ${lat}`, { field: 'lat' });
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) throw badInput(`经度必须在 -180 到 180 之间，收到 ${lng}`, { field: 'lng' });
}

export const parseStoreId = (raw: string, field = 'id') => parseId(raw, '门店', field);

export type { StoreWithSchedule };
export type NearbyStoreResult = Awaited<ReturnType<StoreService['nearbyStores']>>[number];

export class StoreService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date,
  ) {}

  /** DataLoader batch: one statement for every store asked for in a request; unknown ids are NOT_FOUND. */
  async storesByIds(ids: readonly number[]): Promise<Array<StoreWithSchedule | Error>> {
    const found = new Map((await storesWithSchedule(this.pool, ids, this.now())).map((store) => [store.id, store]));
    return ids.map((id) => found.get(id) ?? notFound(`门店 ${id} 不存在`, { storeId: String(id) }));
  }

  async nearbyStores(location: LatLng, options: { radiusM?: number | null; first?: number | null; now: Date }) {
    validateLocation(location);
    const radiusM = options.radiusM ?? DEFAULT_RADIUS_M;
    if (!Number.isInteger(radiusM) || radiusM <= 0 || radiusM > MAX_RADIUS_M) {
      throw badInput(`搜索半径必须是 1 到 ${MAX_RADIUS_M} 米之间的整数，收到 ${radiusM}`, { field: 'radiusM' });
    }
    const first = options.first ?? 20;
    if (!Number.isInteger(first) || first <= 0 || first > MAX_NEARBY) {
      throw badInput(`数量必须是 1 到 ${MAX_NEARBY} 之间的整数，收到 ${first}`, { field: 'first' });
    }
    const stores = await nearestStores(this.pool, location, radiusM, first, options.now);
    return stores.map((store) => storeAsSeenFrom(store, location, options.now));
  }

  /** One store however far from the location; a store no longer active is NOT_FOUND, as if gone. */
  seenFrom(store: StoreWithSchedule, location: LatLng, now: Date) {
    validateLocation(location);
    if (!store.active) throw notFound(`门店 ${store.id} 已停止营业`, { storeId: String(store.id) });
    return storeAsSeenFrom(store, location, now);
  }

  /** Where a shopper who refused location can say they are; every place leads to stores. */
  async places(keyword: string | null | undefined): Promise<Place[]> {
    const districts: Place[] = (await districtCentroids(this.pool)).map((row) => ({
      kind: 'DISTRICT',
      name: row.district,
      district: row.district,
      location: { lat: row.lat, lng: row.lng },
    }));
    const text = keyword?.trim() ?? '';
    if (!text) return districts;
    if (text.length > 30) throw badInput(`搜索地址最多30个字，收到 ${text.length} 个字`, { field: 'keyword' });
    const stores = await storesContaining(this.pool, text, MAX_PLACES);
    const storePlaces: Place[] = stores.map((store) => ({
      kind: 'STORE',
      name: `${store.address}（${store.name}）`,
      district: store.district,
      location: { lat: store.lat, lng: store.lng },
    }));
    const matches = (place: Place) => place.name.includes(text) || place.district.includes(text);
    return [...districts.filter(matches), ...LANDMARKS.filter(matches), ...storePlaces].slice(0, MAX_PLACES);
  }
}

function storeAsSeenFrom(store: StoreWithSchedule, location: LatLng, now: Date) {
  const delivers =
    store.deliveryEnabled &&
    !store.deliveryPaused &&
    deliversTo(store, { kind: store.deliveryAreaKind, radiusM: store.deliveryRadiusM, polygon: store.deliveryPolygon }, location);
  return {
    store,
    // Haversine, like the coverage check below, so a store 2999 m away with a 3000 m radius delivers.
    distanceM: Math.round(distanceM(location, store)),
    deliversHere: delivers,
    // What checkout would promise at this instant, from the slot load read with the store.
    deliveryEstimateMinutes: delivers ? promiseMinutes(store, now) : null,
    pickupAvailable: store.pickupEnabled,
  };
}
