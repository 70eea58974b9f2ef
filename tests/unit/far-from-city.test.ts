import { describe, expect, it } from 'vitest';
import { distanceMeters, FAR_FROM_CITY_KM, farFromCity } from '@/lib/geo/far-from-city';

const GHENT = { lat: 51.0543, lng: 3.7174 };
const KORTRIJK = { lat: 50.828, lng: 3.265 };
const ARLON = { lat: 49.6838, lng: 5.8165 };

describe('distance (haversine)', () => {
  it('measures known distances', () => {
    // Brussels Town Hall to Antwerp City Hall: about 41 km as the crow flies.
    expect(distanceMeters({ lat: 50.8467, lng: 4.3524 }, { lat: 51.2211, lng: 4.3997 }) / 1000).toBeCloseTo(41.8, 0);
    expect(distanceMeters(GHENT, GHENT)).toBe(0);
    // A degree of latitude is about 111 km anywhere.
    expect(distanceMeters({ lat: 10, lng: 20 }, { lat: 11, lng: 20 }) / 1000).toBeCloseTo(111.2, 0);
    // Across the antimeridian, the short way round.
    expect(distanceMeters({ lat: 0, lng: 179.9 }, { lat: 0, lng: -179.9 }) / 1000).toBeCloseTo(22.2, 0);
  });
});

describe('a position far from its city', () => {
  it('looks right within 15 km of the centre, in the same country', () => {
    expect(farFromCity({ lat: 51.0547, lng: 3.7253 }, GHENT)).toBeNull();
    // 14 km east of Ghent's centre.
    expect(farFromCity({ lat: 51.0543, lng: 3.9176 }, GHENT)).toBeNull();
    // Arlon Town Hall, 3 km from Luxembourg's border: still in Belgium.
    expect(farFromCity({ lat: 49.6838, lng: 5.8165 }, ARLON)).toBeNull();
  });

  it('is pointed out beyond 15 km, with the distance in whole kilometres', () => {
    expect(FAR_FROM_CITY_KM).toBe(15);
    // Bruges City Hall (the wrong city chosen): 38 km from Ghent's centre.
    expect(farFromCity({ lat: 51.2079, lng: 3.226 }, GHENT)).toEqual({ reason: 'distance', km: 38 });
    // 16 km north.
    expect(farFromCity({ lat: 51.2, lng: 3.7174 }, GHENT)).toEqual({ reason: 'distance', km: 16 });
    // Latitude and longitude swapped: thousands of kilometres.
    expect(farFromCity({ lat: 3.7253, lng: 51.0547 }, GHENT)).toMatchObject({ reason: 'distance' });
  });

  it('is pointed out across a border even when near: Halluin in France is 11 km from Kortrijk', () => {
    const halluin = { lat: 50.783, lng: 3.125 };
    expect(Math.round(distanceMeters(halluin, KORTRIJK) / 1000)).toBeLessThan(FAR_FROM_CITY_KM);
    expect(farFromCity(halluin, KORTRIJK)).toEqual({ reason: 'border', km: 11 });
    // Menen, on the Belgian side of the same border: fine.
    expect(farFromCity({ lat: 50.796, lng: 3.122 }, KORTRIJK)).toBeNull();
    // Steinfort, Luxembourg, 8 km from Arlon.
    expect(farFromCity({ lat: 49.66, lng: 5.92 }, ARLON)).toMatchObject({ reason: 'border' });
  });
});
