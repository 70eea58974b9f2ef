import { describe, expect, it } from 'vitest';
import { countLights, filterLights, foldForSearch, groupByCity, groupByProvinceAndCity, sortByDistance, sortByPlace, type MapCity, type MapLight } from '@/lib/lights/view';
import { ifNoneMatchHits } from '@/lib/lights/open-data';

const city = (id: number, name: string) => ({ id, name, names: {}, province: '', country: 'BE', timeZone: 'Europe/Brussels' });

describe('grouping lights by city', () => {
  const lights = [
    { id: 1, city: city(1, 'Brussels') },
    { id: 2, city: city(1, 'Brussels') },
    { id: 3, city: city(2, 'Ghent') },
  ];

  it('counts buildings and distinct cities', () => {
    expect(countLights(lights)).toEqual({ buildings: 3, cities: 2 });
    expect(countLights([])).toEqual({ buildings: 0, cities: 0 });
  });

  it('keeps the order in which cities first appear', () => {
    const groups = groupByCity(lights);
    expect(groups.map((g) => [g.city.name, g.lights.map((l) => l.id)])).toEqual([
      ['Brussels', [1, 2]],
      ['Ghent', [3]],
    ]);
  });
});

const mapCity = (id: number, name: string, province: string, other: string[] = []): MapCity => ({
  id,
  name,
  province,
  country: 'BE',
  timeZone: 'Europe/Brussels',
  search: foldForSearch([name, ...other].join(' ')),
});
const mapLight = (id: number, name: string, cityId: number, kind: MapLight['kind'], lat = 50.8, lng = 4.3): MapLight => ({
  id,
  name,
  kind,
  cityId,
  lat,
  lng,
  on: { mode: 'sunset', time: '21:30' },
  offTime: '00:00',
  onAt: null,
  offAt: null,
  litAt: null,
  photo: null,
});

describe('finding lights', () => {
  const cities = new Map(
    [mapCity(1, 'Liège', 'Liège', ['Luik', 'Lüttich']), mapCity(2, 'Ghent', 'East Flanders', ['Gand', 'Gent']), mapCity(3, 'Aalst', 'East Flanders')].map(
      (c) => [c.id, c],
    ),
  );
  const lights = [
    mapLight(1, 'Prince-Bishops’ Palace', 1, 'monument', 50.6455, 5.5734),
    mapLight(2, 'City Hall', 2, 'town_hall', 51.0547, 3.7253),
    mapLight(3, 'Belfry', 3, 'tower', 50.938, 4.039),
  ];

  it('searches building and city names in any language, ignoring accents, case and apostrophe style', () => {
    expect(filterLights(lights, cities, { query: 'LIEGE', kind: '' }).map((l) => l.id)).toEqual([1]);
    expect(filterLights(lights, cities, { query: 'lüttich', kind: '' }).map((l) => l.id)).toEqual([1]);
    expect(filterLights(lights, cities, { query: "bishops' palace", kind: '' }).map((l) => l.id)).toEqual([1]);
    expect(filterLights(lights, cities, { query: 'gand hall', kind: '' }).map((l) => l.id)).toEqual([2]);
    expect(filterLights(lights, cities, { query: '', kind: 'tower' }).map((l) => l.id)).toEqual([3]);
    expect(filterLights(lights, cities, { query: 'gent', kind: 'tower' })).toEqual([]);
    expect(filterLights(lights, cities, { query: '  ', kind: '' })).toBe(lights);
  });

  it('orders by province, city and name, and groups in that order', () => {
    const sorted = sortByPlace(lights, cities, 'en');
    expect(sorted.map((l) => l.id)).toEqual([3, 2, 1]);
    const groups = groupByProvinceAndCity(sorted, cities);
    expect(groups.map((g) => [g.province, g.cities.map((c) => c.city.name)])).toEqual([
      ['East Flanders', ['Aalst', 'Ghent']],
      ['Liège', ['Liège']],
    ]);
  });

  it('sorts nearest first', () => {
    const fromBrussels = sortByDistance(lights, { lat: 50.8467, lng: 4.3524 });
    expect(fromBrussels.map((d) => d.light.id)).toEqual([3, 2, 1]);
    expect(fromBrussels[0]!.km).toBeGreaterThan(20);
    expect(fromBrussels[0]!.km).toBeLessThan(30);
  });
});

describe('If-None-Match', () => {
  it('matches the tag, a list holding it, its weak form and *', () => {
    expect(ifNoneMatchHits('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"x", W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('*', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abd"', '"abc"')).toBe(false);
    expect(ifNoneMatchHits(null, '"abc"')).toBe(false);
  });
});
