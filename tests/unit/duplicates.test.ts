import { describe, expect, it } from 'vitest';
import { boundingBox, distanceMeters, DUPLICATE_RADIUS_M, findDuplicates, normaliseName } from '@/lib/registrations/duplicates';

const townHall = { id: 1, cityId: 1, name: 'Brussels Town Hall', lat: 50.8467, lng: 4.3524 };
const egmont = { id: 2, cityId: 1, name: 'Egmont Palace', lat: 50.8389, lng: 4.356 };
const ghent = { id: 3, cityId: 2, name: 'Hôtel de Ville', lat: 51.0547, lng: 3.7253 };

describe('distance', () => {
  it('measures great-circle distances in metres', () => {
    expect(distanceMeters(townHall, townHall)).toBe(0);
    // Brussels Town Hall to Egmont Palace: about 910 m.
    expect(distanceMeters(townHall, egmont)).toBeGreaterThan(880);
    expect(distanceMeters(townHall, egmont)).toBeLessThan(940);
    // One thousandth of a degree of latitude is about 111 m.
    expect(distanceMeters({ lat: 0, lng: 0 }, { lat: 0.001, lng: 0 })).toBeCloseTo(111.2, 0);
  });

  it('gives a box that holds every point within the radius', () => {
    const box = boundingBox(townHall, DUPLICATE_RADIUS_M);
    const north = { lat: box.maxLat, lng: townHall.lng };
    const east = { lat: townHall.lat, lng: box.maxLng };
    expect(distanceMeters(townHall, north)).toBeCloseTo(DUPLICATE_RADIUS_M, 0);
    expect(distanceMeters(townHall, east)).toBeCloseTo(DUPLICATE_RADIUS_M, 0);
  });
});

describe('names', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseName('Hôtel  de Ville')).toBe(normaliseName('hotel-de-ville'));
    expect(normaliseName('LIÈGE Prince-Bishops’ Palace')).toBe(normaliseName('liege prince bishops palace'));
    expect(normaliseName('Town hall')).not.toBe(normaliseName('Town hall 2'));
  });
});

describe('near-duplicates', () => {
  it('finds a building within 50 m, in any city, but not one 60 m away', () => {
    const at40m = { cityId: 9, name: 'Something else', lat: townHall.lat + 40 / 111_200, lng: townHall.lng };
    const at60m = { ...at40m, lat: townHall.lat + 60 / 111_200 };
    expect(findDuplicates(at40m, [townHall, egmont])).toEqual([{ building: townHall, reason: 'nearby', distance: 40 }]);
    expect(findDuplicates(at60m, [townHall, egmont])).toEqual([]);
  });

  it('finds the same name in the same city, whatever the case and accents, however far', () => {
    const far = { cityId: 2, name: 'HOTEL DE VILLE', lat: 51.1, lng: 3.8 };
    const matches = findDuplicates(far, [townHall, ghent]);
    expect(matches.map((m) => [m.building.id, m.reason])).toEqual([[3, 'name']]);
    // The same name in another city is another building.
    expect(findDuplicates({ ...far, cityId: 1 }, [ghent])).toEqual([]);
  });

  it('lists the nearest first', () => {
    const between = { cityId: 1, name: 'Egmont palace', lat: townHall.lat, lng: townHall.lng + 0.0003 };
    expect(findDuplicates(between, [egmont, townHall]).map((m) => m.building.id)).toEqual([1, 2]);
  });
});
