/**
 * Partners' events as the public sees them, shaped for one language: the
 * page, the map's layer and the list's "Events and stands" all read this.
 * Pure and safe in the browser (the map's own script and the explorer use
 * it); the database read is lib/events/public.ts.
 */
import type { EventApprovedVersion, EventKind, NamesByLocale } from '@/lib/constants';
import { foldForSearch } from '@/lib/lights/view';
import { cityName } from '@/lib/localized';
import { localDate } from '@/lib/time';
import { allEventTitles, eventDescription, eventTitle, partnerName } from './localized';

/** An approved event as read from the database: only its approved version, never the live columns or `contact`. */
export type ApprovedEventRow = {
  id: number;
  approved: EventApprovedVersion;
  partner: { id: number; name: string; names: NamesByLocale; website: string; logo: string | null };
  city: { id: number; name: string; names: NamesByLocale };
};

/** One event in the reader's language. */
/** Of the approved version: `link` is an http(s) link, or ''. */
export type PublicEvent = Pick<
  EventApprovedVersion,
  'kind' | 'title' | 'description' | 'accessibility' | 'address' | 'lat' | 'lng' | 'startsAt' | 'endsAt' | 'timeZone' | 'link'
> & {
  id: number;
  /** The place's local day, `YYYY-MM-DD`. */
  day: string;
  partner: { id: number; name: string; website: string; logo: string | null };
  city: { id: number; name: string };
  /** Every title, organisation name and city name, folded for search. */
  search: string;
  /** Those of them the reader does not see (other languages'), folded; '' when none. */
  otherNames: string;
};

/** `url` when it is an http or https address, else '' (a `javascript:` link never reaches a page). */
export function safeLink(url: string): string {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return '';
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '';
  } catch {
    return '';
  }
}

/** The event in `locale`; `logoUrl` turns a stored logo's name into its address. */
export function toPublicEvent(row: ApprovedEventRow, locale: string, logoUrl: (name: string) => string): PublicEvent {
  const event = shapeEvent(row, locale, logoUrl);
  const shown = new Set([event.title, event.partner.name, event.city.name]);
  const other = [...allEventTitles(row.approved), row.partner.name, ...Object.values(row.partner.names), row.city.name, ...Object.values(row.city.names)].filter(
    (n): n is string => Boolean(n) && !shown.has(n!),
  );
  return { ...event, otherNames: foldForSearch([...new Set(other)].join(' ')) };
}

function shapeEvent(row: ApprovedEventRow, locale: string, logoUrl: (name: string) => string): PublicEvent {
  const v = row.approved;
  const names = [
    ...allEventTitles(v),
    row.partner.name,
    ...Object.values(row.partner.names),
    row.city.name,
    ...Object.values(row.city.names),
  ].filter((n): n is string => Boolean(n));
  return {
    id: row.id,
    kind: v.kind,
    title: eventTitle(v, locale),
    description: eventDescription(v, locale),
    accessibility: v.accessibility,
    address: v.address,
    lat: v.lat,
    lng: v.lng,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    timeZone: v.timeZone,
    day: localDate(new Date(v.startsAt), v.timeZone),
    link: safeLink(v.link),
    partner: {
      id: row.partner.id,
      name: partnerName(row.partner, locale),
      website: safeLink(row.partner.website),
      logo: row.partner.logo ? logoUrl(row.partner.logo) : null,
    },
    city: { id: row.city.id, name: cityName(row.city, locale) },
    search: foldForSearch([...new Set(names)].join(' ')),
    otherNames: '',
  };
}

/** Events in the order the list shows them: by day, then city (as the reader names it), then start and title. */
export function sortEvents(events: readonly PublicEvent[], locale: string): PublicEvent[] {
  const collator = new Intl.Collator(locale);
  return [...events].sort(
    (a, b) => a.day.localeCompare(b.day) || collator.compare(a.city.name, b.city.name) || a.startsAt - b.startsAt || collator.compare(a.title, b.title) || a.id - b.id,
  );
}

export type EventDay<E = PublicEvent> = { day: string; cities: { id: number; name: string; events: E[] }[] };

/** The list's groups: each day, then each city of that day, in the order of `sortEvents`. */
export function groupEvents<E extends { day: string; city: { id: number; name: string } }>(sorted: readonly E[]): EventDay<E>[] {
  const days: EventDay<E>[] = [];
  for (const event of sorted) {
    let day = days.at(-1);
    if (!day || day.day !== event.day) {
      day = { day: event.day, cities: [] };
      days.push(day);
    }
    let city = day.cities.at(-1);
    if (!city || city.id !== event.city.id) {
      city = { id: event.city.id, name: event.city.name, events: [] };
      day.cities.push(city);
    }
    city.events.push(event);
  }
  return days;
}

/** Where an event stands at `now`: on now, later today (with the time left), over, or another day. */
export type EventMoment = { state: 'on' } | { state: 'soon'; msLeft: number } | { state: 'over' } | { state: 'other-day' };

export function eventMoment(event: Pick<PublicEvent, 'startsAt' | 'endsAt' | 'timeZone'>, now: number): EventMoment {
  if (now >= event.startsAt && now < event.endsAt) return { state: 'on' };
  if (now >= event.endsAt) return { state: 'over' };
  const today = localDate(new Date(now), event.timeZone);
  if (today === localDate(new Date(event.startsAt), event.timeZone)) return { state: 'soon', msLeft: event.startsAt - now };
  return { state: 'other-day' };
}

/** The events matching a search (title, organisation or city, any language, accents ignored); `haystack` gives an event's folded words. */
export function filterEvents<T>(events: readonly T[], query: string, haystack: (event: T) => string): T[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...events];
  return events.filter((e) => {
    const text = haystack(e);
    return words.every((w) => text.includes(w));
  });
}

/** What the map page's search looks through for an event: what the reader sees, and its names in other languages. */
export function shownEventWords(e: Pick<ShownEvent, 'title' | 'partner' | 'city' | 'names'>): string {
  return foldForSearch(`${e.title} ${e.partner} ${e.city.name} ${e.names ?? ''}`);
}

/** Which layers an embed shows: `?layers=lights,events,help`; all by default, unknown names ignored. */
export const MAP_LAYERS = ['lights', 'events', 'help'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export function parseLayers(value: string | string[] | undefined): ReadonlySet<MapLayer> {
  const raw = Array.isArray(value) ? value.join(',') : value;
  if (raw === undefined) return new Set(MAP_LAYERS);
  const chosen = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s): s is MapLayer => (MAP_LAYERS as readonly string[]).includes(s));
  return new Set(chosen.length > 0 ? chosen : MAP_LAYERS);
}


/**
 * An event as the map and the page's search use it, its words in the page's
 * language: read from the map data (lib/events/map-data.ts), which carries
 * the events with the buildings.
 */
export type ShownEvent = {
  id: number;
  lat: number;
  lng: number;
  /** Its word is in the layer's words (`kinds`), as each day's is (`days`): said once, not per event. */
  kind: EventKind;
  title: string;
  partner: string;
  city: { id: number; name: string };
  day: string;
  /** "13:00–18:00", in the place's zone. */
  times: string;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  /** Its titles, organisation and city in other languages, folded for search; left out when none. */
  names?: string;
};

export function toShownEvent(event: PublicEvent, clock: (instant: Date, timeZone: string) => string): ShownEvent {
  const { id, ...listed } = toListedEvent(event, clock);
  return {
    id,
    // To the metre: enough for a marker, and fewer bytes in the page.
    lat: Math.round(event.lat * 1e5) / 1e5,
    lng: Math.round(event.lng * 1e5) / 1e5,
    ...listed,
    ...(event.otherNames ? { names: event.otherNames } : {}),
  };
}

/**
 * What the list's "Events and stands" shows of an event: the page carries
 * this much for its HTML (readable without JavaScript); the position and the
 * names in other languages (the map, "near me", search) come with the map data.
 */
export type ListedEvent = Omit<ShownEvent, 'lat' | 'lng' | 'names'>;

export function toListedEvent(event: PublicEvent, clock: (instant: Date, timeZone: string) => string): ListedEvent {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    partner: event.partner.name,
    city: event.city,
    day: event.day,
    times: `${clock(new Date(event.startsAt), event.timeZone)}–${clock(new Date(event.endsAt), event.timeZone)}`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
  };
}
