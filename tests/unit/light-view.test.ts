import { describe, expect, it } from 'vitest';
import { countLights, groupByCity } from '@/lib/light-view';

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
