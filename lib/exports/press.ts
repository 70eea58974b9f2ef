/**
 * The press list: the filtered registrations grouped by province and city,
 * with names in the chosen language, and the counts its ready sentence needs.
 * Only approved buildings are listed and counted: the press is told what the
 * public map shows, never a building still waiting or turned down.
 */
import type { BuildingKind, Locale } from '@/lib/constants';
import { buildingName, cityName } from '@/lib/localized';
import type { ExportRow } from './registrations';

export type PressCity = { id: number; name: string; buildings: { id: number; name: string; kind: BuildingKind; address: string; lightsOn: string | null }[] };
export type PressProvince = { province: string; key: string; name: string; cities: PressCity[] };
export type PressList = { year: number | null; eventDate: string | null; buildings: number; cities: number; provinces: PressProvince[] };

export function pressList(allRows: ExportRow[], locale: Locale, provinceName: (p: string) => string): PressList {
  const rows = allRows.filter((r) => r.status === 'approved');
  const provinces = new Map<string, Map<number, PressCity>>();
  for (const r of rows) {
    const cities = provinces.get(r.province) ?? new Map<number, PressCity>();
    const city = cities.get(r.cityId) ?? { id: r.cityId, name: cityName({ name: r.city, names: r.cityNames }, locale), buildings: [] };
    city.buildings.push({ id: r.illuminationId, name: buildingName(r, locale), kind: r.kind, address: r.address, lightsOn: r.lightsOn });
    cities.set(r.cityId, city);
    provinces.set(r.province, cities);
  }
  const collator = new Intl.Collator(locale);
  const grouped = [...provinces.entries()]
    .map(([province, cities], i) => ({
      province,
      key: String(i),
      name: provinceName(province),
      cities: [...cities.values()]
        .map((c) => ({ ...c, buildings: c.buildings.sort((a, b) => collator.compare(a.name, b.name)) }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const years = new Set(rows.map((r) => r.year));
  const dates = new Set(rows.map((r) => r.eventDate));
  return {
    year: years.size === 1 ? rows[0]!.year : null,
    // The sentence names the day only when every building lights up on the same one.
    eventDate: dates.size === 1 ? rows[0]!.eventDate : null,
    buildings: rows.length,
    cities: new Set(rows.map((r) => r.cityId)).size,
    provinces: grouped,
  };
}
