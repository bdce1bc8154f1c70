import { describe, expect, it } from 'vitest';
import { deliversTo, distanceM, insidePolygon } from './geo.ts';

const peoplesSquare = { lat: 31.2304, lng: 121.4737 };

describe('distanceM', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceM(peoplesSquare, peoplesSquare)).toBe(0);
    const bund = { lat: 31.2397, lng: 121.4906 };
    expect(distanceM(peoplesSquare, bund)).toBeCloseTo(distanceM(bund, peoplesSquare), 6);
  });

  it('matches known distances: 0.01° of latitude ≈ 1112 m, 人民广场 → 陆家嘴 ≈ 2.6 km', () => {
    expect(distanceM({ lat: 31, lng: 121 }, { lat: 31.01, lng: 121 })).toBeCloseTo(1111.95, 0);
    // One degree of longitude shrinks with cos(latitude).
    expect(distanceM({ lat: 31, lng: 121 }, { lat: 31, lng: 121.01 })).toBeCloseTo(1111.95 * Math.cos((31 * Math.PI) / 180), 0);
    expect(distanceM(peoplesSquare, { lat: 31.2397, lng: 121.4998 })).toBeGreaterThan(2500);
    expect(distanceM(peoplesSquare, { lat: 31.2397, lng: 121.4998 })).toBeLessThan(2700);
  });
});

describe('delivery coverage', () => {
  const store = { lat: 31.23, lng: 121.47 };
  const radius = { kind: 'RADIUS' as const, radiusM: 1000, polygon: null };
  // 1000 m north of the store is 0.008993° of latitude.
  const north = (m: number) => ({ lat: store.lat + m / 111_195, lng: store.lng });

  it('radius: inside, exactly on the edge, and just outside', () => {
    expect(deliversTo(store, radius, north(500))).toBe(true);
    expect(deliversTo(store, radius, north(999.9))).toBe(true);
    expect(deliversTo(store, radius, north(1001))).toBe(false);
  });

  it('radius: a store without a radius delivers nowhere', () => {
    expect(deliversTo(store, { kind: 'RADIUS', radiusM: null, polygon: null }, store)).toBe(false);
  });

  // A concave "L": the notch (upper right) is outside although it is within the bounding box.
  const ring: [number, number][] = [
    [31.2, 121.4],
    [31.2, 121.5],
    [31.25, 121.5],
    [31.25, 121.45],
    [31.3, 121.45],
    [31.3, 121.4],
  ];
  const polygon = { kind: 'POLYGON' as const, radiusM: null, polygon: ring };

  it('polygon: inside, in the concave notch, and outside', () => {
    expect(deliversTo(store, polygon, { lat: 31.22, lng: 121.42 })).toBe(true);
    expect(deliversTo(store, polygon, { lat: 31.28, lng: 121.48 })).toBe(false);
    expect(deliversTo(store, polygon, { lat: 31.35, lng: 121.42 })).toBe(false);
  });

  it('polygon: points on an edge or a vertex count as inside', () => {
    expect(insidePolygon({ lat: 31.2, lng: 121.45 }, ring)).toBe(true);
    expect(insidePolygon({ lat: 31.275, lng: 121.45 }, ring)).toBe(true);
    expect(insidePolygon({ lat: 31.25, lng: 121.5 }, ring)).toBe(true);
  });

  it('polygon: the distance does not matter, only the shape', () => {
    // Far from the store's own position but inside the area.
    expect(deliversTo({ lat: 0, lng: 0 }, polygon, { lat: 31.29, lng: 121.41 })).toBe(true);
  });

  it('polygon: a malformed polygon (fewer than 3 points, not an array) delivers nowhere', () => {
    expect(deliversTo(store, { kind: 'POLYGON', radiusM: 5000, polygon: ring.slice(0, 2) }, { lat: 31.2, lng: 121.45 })).toBe(false);
    expect(deliversTo(store, { kind: 'POLYGON', radiusM: 5000, polygon: { not: 'a ring' } }, store)).toBe(false);
  });
});
