/**
 * The partners' events in a campaign's results: how many, in how many
 * cities, by kind and by city. Pure functions of the approved events, so
 * that every count is tested without a database.
 */
import { EVENT_KINDS, type EventKind, type NamesByLocale } from '@/lib/constants';

/** What the figures need of an approved event. */
export type EventFigureRow = { kind: EventKind; city: { id: number; name: string; names: NamesByLocale } };

export type KindFigures = {
  kind: EventKind;
  events: number;
  cities: number;
  /** The one city, when all of this kind's events are in one ("1 launch event in Liège"). */
  onlyCity: { name: string; names: NamesByLocale } | null;
};
export type CityFigures = { id: number; name: string; names: NamesByLocale; events: number; byKind: Partial<Record<EventKind, number>> };

export type EventFigures = {
  events: number;
  cities: number;
  /** In the order of EVENT_KINDS (stands first), kinds without an event left out. */
  byKind: KindFigures[];
  /** Most events first, then by name. */
  byCity: CityFigures[];
};

export function eventFigures(rows: EventFigureRow[]): EventFigures {
  const byCity = new Map<number, CityFigures>();
  for (const r of rows) {
    const city = byCity.get(r.city.id) ?? { id: r.city.id, name: r.city.name, names: r.city.names, events: 0, byKind: {} };
    city.events++;
    city.byKind[r.kind] = (city.byKind[r.kind] ?? 0) + 1;
    byCity.set(r.city.id, city);
  }
  const byKind: KindFigures[] = [];
  for (const kind of EVENT_KINDS) {
    const ofKind = rows.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    const cities = new Set(ofKind.map((r) => r.city.id));
    const only = cities.size === 1 ? ofKind[0]!.city : null;
    byKind.push({ kind, events: ofKind.length, cities: cities.size, onlyCity: only && { name: only.name, names: only.names } });
  }
  return {
    events: rows.length,
    cities: byCity.size,
    byKind,
    byCity: [...byCity.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name, 'en')),
  };
}
