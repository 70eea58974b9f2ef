/**
 * The results of a campaign, computed from its approved registrations: how
 * many buildings, cities and countries took part, how many were confirmed lit
 * on the night, by province and by country, and across the years. Pure
 * functions of the rows, so that every count can be tested without a
 * database.
 *
 * Countries: a building counts in the country of its city. An embassy or a
 * consulate is registered in the city where it stands (the Belgian embassy in
 * Tokyo belongs to a city whose country is JP), so it counts its host
 * country, as the campaign counts it: "Belgian embassies in 12 countries".
 */
import type { BuildingKind } from '@/lib/constants';

/** The campaign's home country: its provinces are counted one by one. */
export const HOME_COUNTRY = 'BE';

/** One approved registration, as the results need it. */
export type ResultRow = {
  cityId: number;
  /** ISO 3166-1 alpha-2 code of the city's country. */
  country: string;
  province: string;
  kind: BuildingKind;
  /** Confirmed lit on the night by its coordinator (or an organiser). */
  lit: boolean;
};

export type Tally = { buildings: number; cities: number; lit: number };

export type CampaignFigures = Tally & {
  countries: number;
  /** Embassies and consulates among the buildings. */
  embassies: number;
  /** Cities of the home country by province, most buildings first ('' is "no province"). */
  byProvince: (Tally & { province: string })[];
  /** Every country, most buildings first (the home country among them). */
  byCountry: (Tally & { country: string })[];
};

function tally(rows: ResultRow[]): Tally {
  return { buildings: rows.length, cities: new Set(rows.map((r) => r.cityId)).size, lit: rows.filter((r) => r.lit).length };
}

function groupBy<K extends string>(rows: ResultRow[], key: (r: ResultRow) => K): Map<K, ResultRow[]> {
  const groups = new Map<K, ResultRow[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/** Most buildings first, then by code or name, so the order is stable. */
const byBuildingsThen = <T extends Tally>(name: (t: T) => string) => (a: T, b: T) => b.buildings - a.buildings || name(a).localeCompare(name(b), 'en');

export function campaignFigures(rows: ResultRow[]): CampaignFigures {
  const countries = groupBy(rows, (r) => r.country.toUpperCase());
  const home = rows.filter((r) => r.country.toUpperCase() === HOME_COUNTRY);
  return {
    ...tally(rows),
    countries: countries.size,
    embassies: rows.filter((r) => r.kind === 'embassy').length,
    byProvince: [...groupBy(home, (r) => r.province.trim()).entries()]
      .map(([province, list]) => ({ province, ...tally(list) }))
      .sort(byBuildingsThen((t) => t.province)),
    byCountry: [...countries.entries()].map(([country, list]) => ({ country, ...tally(list) })).sort(byBuildingsThen((t) => t.country)),
  };
}

export type YearFigures = Tally & { year: number; countries: number };

/** One line per campaign, oldest first: the growth across the years. */
export function growth(campaigns: { year: number; rows: ResultRow[] }[]): YearFigures[] {
  return campaigns
    .map(({ year, rows }) => ({ year, ...tally(rows), countries: new Set(rows.map((r) => r.country.toUpperCase())).size }))
    .sort((a, b) => a.year - b.year);
}
