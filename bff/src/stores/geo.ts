/** WGS-84 point. */
export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). Accurate to well under 0.5% at city scale. */
export function distanceM(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Ray casting on the lat/lng plane; a delivery polygon spans a few kilometres, where the plane is a
 * fine approximation. Points on an edge count as inside.
 */
export function insidePolygon(point: LatLng, ring: ReadonlyArray<readonly [number, number]>): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [latI, lngI] = ring[i]!;
    const [latJ, lngJ] = ring[j]!;
    if (onSegment(point, [latI, lngI], [latJ, lngJ])) return true;
    const crosses = lngI > point.lng !== lngJ > point.lng;
    if (crosses && point.lat < ((latJ - latI) * (point.lng - lngI)) / (lngJ - lngI) + latI) inside = !inside;
  }
  return inside;
}

function onSegment(p: LatLng, a: readonly [number, number], b: readonly [number, number]): boolean {
  const cross = (b[0] - a[0]) * (p.lng - a[1]) - (b[1] - a[1]) * (p.lat - a[0]);
  if (Math.abs(cross) > 1e-12) return false;
  return (
    p.lat >= Math.min(a[0], b[0]) && p.lat <= Math.max(a[0], b[0]) && p.lng >= Math.min(a[1], b[1]) && p.lng <= Math.max(a[1], b[1])
  );
}

export interface DeliveryArea {
  kind: 'RADIUS' | 'POLYGON';
  radiusM: number | null;
  polygon: unknown;
}

/** Whether a store at `origin` delivers to `point`. */
export function deliversTo(origin: LatLng, area: DeliveryArea, point: LatLng): boolean {
  if (area.kind === 'POLYGON') {
    return Array.isArray(area.polygon) && area.polygon.length >= 3 && insidePolygon(point, area.polygon as [number, number][]);
  }
  return area.radiusM !== null && distanceM(origin, point) <= area.radiusM;
}
