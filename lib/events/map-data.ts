/**
 * Partners' events in the public map data (lib/lights/map-data.ts): the same
 * in every language, like the buildings (titles, organisations and cities in
 * every language they have, chosen in the browser), in columns, so that the
 * map's own script draws them from the one document it downloads anyway and
 * the page does not carry them in its map settings. Safe for the browser:
 * plain functions, no server imports (the island bundles this).
 */
import { EVENT_KINDS, type EventApprovedVersion, type NamesByLocale } from '@/lib/constants';
import { languageOf } from '@/lib/languages';
import { cityName } from '@/lib/localized';
import { foldForSearch } from '@/lib/lights/view';
import { allEventTitles, eventTitle, partnerName } from './localized';
import type { ShownEvent } from './public-view';

/** An approved event as the map data is made from it (the open data's read has all of this). */
export type MapEventSource = Pick<
  EventApprovedVersion,
  'kind' | 'title' | 'titles' | 'lat' | 'lng' | 'startsAt' | 'endsAt' | 'timeZone'
> & {
  id: number;
  /** The place's local day of its start, `YYYY-MM-DD`. */
  day: string;
  partner: { id: number; name: string; names: NamesByLocale };
  city: { id: number; name: string; names: NamesByLocale };
};

/**
 * Columns, as for the buildings: instants in whole minutes from the event
 * date's midnight UTC, positions in millionths of a degree, organisations and
 * cities once each (indexes into `partners` and `cities`).
 */
export type MapDataEvents = {
  id: number[];
  title: string[];
  /** Titles in other languages, where the partner gave them, by index into these columns. */
  titles: Record<number, NamesByLocale>;
  /** Index into EVENT_KINDS. */
  kind: number[];
  partner: number[];
  city: number[];
  lat: number[];
  lng: number[];
  start: number[];
  end: number[];
  day: string[];
  zone: string[];
  partners: { name: string; names: NamesByLocale }[];
  cities: { id: number; name: string; names: NamesByLocale }[];
};

const MINUTE = 60_000;
const MICRO = 1e6;

function indexer<K, V>(list: V[]): (key: K, value: () => V) => number {
  const seen = new Map<K, number>();
  return (key, value) => {
    let index = seen.get(key);
    if (index === undefined) {
      index = list.length;
      seen.set(key, index);
      list.push(value());
    }
    return index;
  };
}

/** The events' columns (in any order given: sorted here by start and id, so the same events make the same bytes). */
export function toMapEvents(events: readonly MapEventSource[], base: number): MapDataEvents {
  const doc: MapDataEvents = { id: [], title: [], titles: {}, kind: [], partner: [], city: [], lat: [], lng: [], start: [], end: [], day: [], zone: [], partners: [], cities: [] };
  const partnerIndex = indexer<number, MapDataEvents['partners'][number]>(doc.partners);
  const cityIndex = indexer<number, MapDataEvents['cities'][number]>(doc.cities);
  for (const e of [...events].sort((a, b) => a.startsAt - b.startsAt || a.id - b.id)) {
    if (Object.values(e.titles).some((t) => t?.trim())) doc.titles[doc.id.length] = e.titles;
    doc.id.push(e.id);
    doc.title.push(e.title);
    doc.kind.push(EVENT_KINDS.indexOf(e.kind));
    doc.partner.push(partnerIndex(e.partner.id, () => ({ name: e.partner.name, names: e.partner.names })));
    doc.city.push(cityIndex(e.city.id, () => ({ id: e.city.id, name: e.city.name, names: e.city.names })));
    doc.lat.push(Math.round(e.lat * MICRO));
    doc.lng.push(Math.round(e.lng * MICRO));
    doc.start.push(Math.round((e.startsAt - base) / MINUTE));
    doc.end.push(Math.round((e.endsAt - base) / MINUTE));
    doc.day.push(e.day);
    doc.zone.push(e.timeZone);
  }
  return doc;
}

// As lib/dates' formatClockTime ("21:43" on the place's clock), without its server-side neighbours.
const clocks = new Map<string, Intl.DateTimeFormat>();
function clock(instant: number, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let format = clocks.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(languageOf(locale).dateLocale, { timeStyle: 'short', timeZone, hourCycle: 'h23' });
    clocks.set(key, format);
  }
  return format.format(new Date(instant));
}

/** The events in `locale`, in the list's order (day, city as the reader names it, start, title). */
export function mapEventsFor(doc: MapDataEvents | undefined, base: number, locale: string): ShownEvent[] {
  if (!doc) return [];
  const list: ShownEvent[] = [];
  for (let i = 0; i < doc.id.length; i++) {
    const titled = { title: doc.title[i]!, titles: doc.titles[i] ?? {} };
    const partner = doc.partners[doc.partner[i]!] ?? { name: '', names: {} };
    const place = doc.cities[doc.city[i]!] ?? { id: 0, name: '', names: {} };
    const startsAt = base + doc.start[i]! * MINUTE;
    const endsAt = base + doc.end[i]! * MINUTE;
    const timeZone = doc.zone[i]!;
    const title = eventTitle(titled, locale);
    const partnerShown = partnerName(partner, locale);
    const city = { id: place.id, name: cityName(place, locale) };
    const shown = new Set([title, partnerShown, city.name]);
    const other = [...allEventTitles(titled), partner.name, ...Object.values(partner.names), place.name, ...Object.values(place.names)].filter(
      (n): n is string => Boolean(n) && !shown.has(n!),
    );
    const names = foldForSearch([...new Set(other)].join(' '));
    list.push({
      id: doc.id[i]!,
      lat: Math.round((doc.lat[i]! / MICRO) * 1e5) / 1e5,
      lng: Math.round((doc.lng[i]! / MICRO) * 1e5) / 1e5,
      kind: EVENT_KINDS[doc.kind[i]!] ?? 'other',
      title,
      partner: partnerShown,
      city,
      day: doc.day[i]!,
      times: `${clock(startsAt, locale, timeZone)}–${clock(endsAt, locale, timeZone)}`,
      startsAt,
      endsAt,
      timeZone,
      ...(names ? { names } : {}),
    });
  }
  const collator = new Intl.Collator(locale);
  return list.sort(
    (a, b) => a.day.localeCompare(b.day) || collator.compare(a.city.name, b.city.name) || a.startsAt - b.startsAt || collator.compare(a.title, b.title) || a.id - b.id,
  );
}
