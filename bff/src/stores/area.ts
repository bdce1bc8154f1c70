import { badInput } from '../graphql/errors.ts';
import { distanceM, insidePolygon, type LatLng } from './geo.ts';

export const MIN_RADIUS_M = 100;
export const MAX_RADIUS_M_DELIVERY = 20_000;
export const MAX_POLYGON_POINTS = 500;
/** No vertex of a delivery area lies further from its store: catches latitude and longitude swapped. */
export const MAX_AREA_REACH_M = 30_000;

export type Ring = [number, number][];

export interface AreaInput {
  radiusM?: number | null;
  /** [lat, lng] points, the ring closed or not */
  polygon?: ReadonlyArray<ReadonlyArray<number>> | null;
  /** a GeoJSON Polygon (or a Feature holding one), [lng, lat] positions, the ring closed */
  geoJson?: string | null;
}

export type DeliveryAreaSetting = { deliveryAreaKind: 'RADIUS'; deliveryRadiusM: number; deliveryPolygon: null } | { deliveryAreaKind: 'POLYGON'; deliveryRadiusM: null; deliveryPolygon: Ring };

const refuse = (message: string, reason: string, details: Record<string, unknown> = {}) => badInput(message, { field: 'area', reason, ...details });

/**
 * The delivery area a manager gave, as the Store columns it becomes: exactly one of a radius, a list
 * of points or GeoJSON. A polygon must have at least 3 distinct points with sane coordinates, lie near
 * the store and contain it; it is kept as an open [lat, lng] ring (the form geo.ts reads).
 */
export function parseDeliveryArea(input: AreaInput, store: LatLng): DeliveryAreaSetting {
  const given = [input.radiusM, input.polygon, input.geoJson].filter((value) => value != null);
  if (given.length !== 1) throw refuse('请选择一种配送范围：半径、坐标点或 GeoJSON', 'AREA_ONE_OF');
  if (input.radiusM != null) {
    const radius = input.radiusM;
    if (!Number.isInteger(radius) || radius < MIN_RADIUS_M || radius > MAX_RADIUS_M_DELIVERY) {
      throw badInput(`配送半径必须是 ${MIN_RADIUS_M} 到 ${MAX_RADIUS_M_DELIVERY} 米之间的整数，收到 ${radius}`, { field: 'radiusM', reason: 'OUT_OF_RANGE' });
    }
    return { deliveryAreaKind: 'RADIUS', deliveryRadiusM: radius, deliveryPolygon: null };
  }
  const ring = input.polygon != null ? pointsRing(input.polygon) : geoJsonRing(input.geoJson!);
  return { deliveryAreaKind: 'POLYGON', deliveryRadiusM: null, deliveryPolygon: checkRing(ring, store) };
}

function pointsRing(points: ReadonlyArray<ReadonlyArray<number>>): Ring {
  return points.map((point, i) => {
    if (point.length !== 2) throw refuse(`第${i + 1}个点应为 [纬度, 经度]`, 'POINT_INVALID', { index: i });
    return [point[0]!, point[1]!];
  });
}

function geoJsonRing(text: string): Ring {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse('GeoJSON 格式不正确，无法解析', 'GEOJSON_INVALID');
  }
  const object = parsed as { type?: unknown; geometry?: unknown; coordinates?: unknown } | null;
  const geometry = (object?.type === 'Feature' ? object.geometry : object) as { type?: unknown; coordinates?: unknown } | null;
  if (geometry?.type !== 'Polygon' || !Array.isArray(geometry.coordinates)) {
    throw refuse('GeoJSON 需为 Polygon（或含一个 Polygon 的 Feature）', 'GEOJSON_INVALID');
  }
  if (geometry.coordinates.length !== 1) throw refuse('配送范围只能是一个不带洞的多边形', 'GEOJSON_INVALID');
  const positions = geometry.coordinates[0];
  if (!Array.isArray(positions)) throw refuse('GeoJSON 的坐标格式不正确', 'GEOJSON_INVALID');
  const ring = positions.map((position: unknown, i: number): [number, number] => {
    if (!Array.isArray(position) || position.length < 2 || !position.slice(0, 2).every((n) => typeof n === 'number')) {
      throw refuse(`GeoJSON 第${i + 1}个坐标应为 [经度, 纬度]`, 'POINT_INVALID', { index: i });
    }
    return [position[1], position[0]];
  });
  const [first, last] = [ring[0], ring.at(-1)];
  if (ring.length < 2 || first![0] !== last![0] || first![1] !== last![1]) {
    throw refuse('GeoJSON 多边形须闭合：最后一个坐标应与第一个相同', 'RING_NOT_CLOSED');
  }
  return ring;
}

function checkRing(given: Ring, store: LatLng): Ring {
  const closed = given.length > 1 && given[0]![0] === given.at(-1)![0] && given[0]![1] === given.at(-1)![1];
  const ring = closed ? given.slice(0, -1) : given;
  ring.forEach(([lat, lng], i) => {
    if (!Number.isFinite(lat) || lat < -90 || lat > 90 || !Number.isFinite(lng) || lng < -180 || lng > 180) {
      throw refuse(`第${i + 1}个点的坐标超出范围（纬度 -90～90，经度 -180～180）`, 'COORDINATE_OUT_OF_RANGE', { index: i });
    }
  });
  const distinct = new Set(ring.map(([lat, lng]) => `${lat},${lng}`)).size;
  if (distinct < 3) throw refuse(`配送范围至少需要3个不同的点，收到 ${distinct} 个`, 'TOO_FEW_POINTS');
  if (ring.length > MAX_POLYGON_POINTS) throw refuse(`配送范围最多${MAX_POLYGON_POINTS}个点，收到 ${ring.length} 个`, 'TOO_MANY_POINTS');
  const far = ring.findIndex(([lat, lng]) => distanceM(store, { lat, lng }) > MAX_AREA_REACH_M);
  if (far >= 0) {
    throw refuse(`第${far + 1}个点离门店超过${MAX_AREA_REACH_M / 1000}公里，请检查是否把经纬度写反了`, 'TOO_FAR_FROM_STORE', { index: far });
  }
  if (!insidePolygon(store, ring)) throw refuse('配送范围没有包含门店本身，请检查坐标', 'STORE_OUTSIDE_AREA');
  return ring;
}
