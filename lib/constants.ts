/**
 * The shared words of the domain: languages (from lib/languages.ts), kinds, statuses, the default
 * time zone, the time pattern. Plain values only, so that server code, client
 * components, the database schema and the configuration all take them from
 * here; nothing in this file may import a library that the browser would
 * then have to download.
 */

import { DEFAULT_LOCALE, LOCALES, type Locale } from './languages';

export { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, type Locale, type LocalizedText } from './languages';
/** The languages, alternated for regular expressions: `en|fr|nl|de`. */
export const LOCALE_ALTERNATION = LOCALES.join('|');
/** The languages with a prefix in URLs (`/fr/…`), alternated: `fr|nl|de`. */
export const PREFIXED_LOCALE_ALTERNATION = LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|');

export const BUILDING_KINDS = ['town_hall', 'monument', 'bridge', 'church', 'tower', 'embassy', 'museum', 'other'] as const;
export type BuildingKind = (typeof BUILDING_KINDS)[number];

export const ILLUMINATION_STATUSES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type IlluminationStatus = (typeof ILLUMINATION_STATUSES)[number];

export const LIGHTS_ON_MODES = ['sunset', 'time'] as const;
export type LightsOnMode = (typeof LIGHTS_ON_MODES)[number];

/**
 * Organisers run the campaign; coordinators act for their cities' buildings;
 * partners act for their organisations' events (stands, launches, talks).
 */
export const USER_ROLES = ['organiser', 'coordinator', 'partner'] as const;

/** What a partner organisation is. */
export const PARTNER_KINDS = ['ngo', 'company', 'sports_club', 'institution', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** What a partner's event is. */
export const EVENT_KINDS = ['information_stand', 'launch', 'talk', 'walk', 'projection', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** An event goes through the same review as a building's registration. */
export const EVENT_STATUSES = ILLUMINATION_STATUSES;
export type EventStatus = IlluminationStatus;

/** A mail in the outbox: waiting to be sent (or retried), sent, or given up after its last attempt. */
export const OUTBOX_STATUSES = ['waiting', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Days before the registration deadline that invited cities with nothing registered are reminded. */
export const DEFAULT_DEADLINE_REMINDER_DAYS = [7, 1];
/** The Blue Heart Campaign's own hashtags, without `#`; organisers may change them per campaign. */
export const DEFAULT_CAMPAIGN_HASHTAGS = ['BlueHeart', 'EndHumanTrafficking'];
/** The most reminders a campaign may have, and the furthest ahead one may be. */
export const DEADLINE_REMINDER_LIMITS = { COUNT_MAX: 5, DAYS_MAX: 60 } as const;
export type UserRole = (typeof USER_ROLES)[number];

/**
 * The campaign's home time zone: the national team works in Brussels, so
 * deadlines, the day's countdown and the audit log are told in Brussels time,
 * and a place whose zone cannot be told falls back to it.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

/** A local wall-clock time, `HH:MM` on the 24-hour clock. */
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** A place's or building's names in other languages, only where they differ from its own name. */
export type NamesByLocale = Partial<Record<Locale, string>>;

/** What the public sees of an approved illumination, frozen at approval. */
export type ApprovedVersion = {
  name: string;
  /** Its names in other languages (versions approved before there were any have none). */
  names?: NamesByLocale;
  kind: BuildingKind;
  address: string;
  description: string;
  lat: number;
  lng: number;
  lightsOnMode: LightsOnMode;
  lightsOnTime: string | null;
  lightsOffTime: string | null;
  photo: string | null;
};

/** What the public sees of an approved event, frozen at approval (an edit awaits review while the public keeps this). */
export type EventApprovedVersion = {
  title: string;
  /** Its titles in other languages, only where they differ. */
  titles: NamesByLocale;
  description: string;
  descriptions: NamesByLocale;
  kind: EventKind;
  cityId: number;
  address: string;
  lat: number;
  lng: number;
  /** Start and end as instants (ms since 1970), told in `timeZone`, the place's zone. */
  startsAt: number;
  endsAt: number;
  timeZone: string;
  link: string;
  accessibility: string;
};
