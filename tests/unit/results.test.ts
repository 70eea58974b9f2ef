import { describe, expect, it } from 'vitest';
import { campaignFigures, growth, type ResultRow } from '@/lib/results/figures';

const row = (over: Partial<ResultRow> = {}): ResultRow => ({ cityId: 1, country: 'BE', province: 'Antwerp', kind: 'town_hall', lit: false, ...over });

describe('campaign figures', () => {
  it('counts buildings, distinct cities and countries, and those confirmed lit', () => {
    const figures = campaignFigures([
      row({ cityId: 1, lit: true }),
      row({ cityId: 1, kind: 'monument' }),
      row({ cityId: 2, province: 'Liège', lit: true }),
      row({ cityId: 3, country: 'NL', province: 'Noord-Holland' }),
    ]);
    expect(figures).toMatchObject({ buildings: 4, cities: 3, countries: 2, lit: 2, embassies: 0 });
  });

  it('counts an embassy abroad in its host country, and once per country however many there are', () => {
    const figures = campaignFigures([
      row({ cityId: 1 }),
      row({ cityId: 10, country: 'JP', province: 'Tokyo', kind: 'embassy' }),
      row({ cityId: 11, country: 'jp', province: 'Osaka', kind: 'embassy', lit: true }),
      row({ cityId: 12, country: 'US', province: '', kind: 'embassy' }),
    ]);
    expect(figures.countries).toBe(3);
    expect(figures.embassies).toBe(3);
    expect(figures.byCountry).toEqual([
      { country: 'JP', buildings: 2, cities: 2, lit: 1 },
      { country: 'BE', buildings: 1, cities: 1, lit: 0 },
      { country: 'US', buildings: 1, cities: 1, lit: 0 },
    ]);
    // Provinces are the home country's only: Tokyo is not a Belgian province.
    expect(figures.byProvince).toEqual([{ province: 'Antwerp', buildings: 1, cities: 1, lit: 0 }]);
  });

  it('groups Belgian cities by province, most buildings first, those without one together', () => {
    const figures = campaignFigures([
      row({ cityId: 1, province: 'Hainaut' }),
      row({ cityId: 2, province: 'West Flanders', lit: true }),
      row({ cityId: 3, province: 'West Flanders' }),
      row({ cityId: 4, province: '' }),
      row({ cityId: 5, province: ' ' }),
    ]);
    expect(figures.byProvince).toEqual([
      { province: '', buildings: 2, cities: 2, lit: 0 },
      { province: 'West Flanders', buildings: 2, cities: 2, lit: 1 },
      { province: 'Hainaut', buildings: 1, cities: 1, lit: 0 },
    ]);
  });

  it('is all zeros for a campaign without approved registrations', () => {
    expect(campaignFigures([])).toEqual({ buildings: 0, cities: 0, countries: 0, lit: 0, embassies: 0, byProvince: [], byCountry: [] });
  });
});

describe('growth', () => {
  it('gives one line per campaign, oldest first, zero for a year without buildings', () => {
    expect(
      growth([
        { year: 2023, rows: [row(), row({ cityId: 2, lit: true }), row({ cityId: 9, country: 'FR', kind: 'embassy' })] },
        { year: 2021, rows: [row()] },
        { year: 2022, rows: [] },
      ]),
    ).toEqual([
      { year: 2021, buildings: 1, cities: 1, countries: 1, lit: 0 },
      { year: 2022, buildings: 0, cities: 0, countries: 0, lit: 0 },
      { year: 2023, buildings: 3, cities: 3, countries: 2, lit: 1 },
    ]);
  });
});
