/**
 * A building's evening as a calendar event, in the reader's language: from
 * lights-on to lights-off in the building's own time zone, with its address
 * and a link to its page.
 */
import type { LightsOnMode, Locale, LocalizedText, NamesByLocale } from '@/lib/constants';
import { formatClockTime, zoneInWords } from '@/lib/dates';
import { env } from '@/lib/env';
import { localDayEnd } from '@/lib/lights/day';
import { lightingWindow } from '@/lib/lights/window';
import { buildingName, cityName, localize } from '@/lib/localized';
import { mailTranslator } from '@/lib/mail/compose';
import { calendarFile, type CalendarEvent } from './ics';

export type LightFacts = {
  buildingId: number;
  year: number;
  eventDate: string;
  theme: LocalizedText;
  name: string;
  /** Its names in other languages, where it has them. */
  names?: NamesByLocale;
  address: string;
  city: { name: string; names: Partial<Record<Locale, string>>; timeZone: string };
  lat: number;
  lng: number;
  lightsOnMode: LightsOnMode;
  lightsOnTime: string | null;
  lightsOffTime: string | null;
};

/** The event, or null where the lights-on time is unknown (no sunset that day). */
export function lightEvent(locale: Locale, facts: LightFacts, url: string): CalendarEvent | null {
  const timeZone = facts.city.timeZone;
  const window = lightingWindow({ ...facts, timeZone });
  if (!window.onAt) return null;
  const t = mailTranslator(locale, 'Calendar');
  const common = mailTranslator(locale, 'Common');
  const city = cityName(facts.city, locale);
  const building = buildingName(facts, locale);
  // To the minute, as every page and mail shows it (a sunset has seconds).
  const minute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000);
  return {
    // The same for a building's evening wherever the file comes from, so that a second import updates the first.
    uid: `blue-lights-${facts.year}-building-${facts.buildingId}@${env().siteUrl.hostname}`,
    start: minute(window.onAt),
    // Without a lights-off time, a building shines until the end of the day.
    end: minute(window.offAt ?? new Date(localDayEnd(facts.eventDate, timeZone))),
    timeZone,
    summary: t('summary', { building }),
    description: [
      t('description', { building, city }),
      // The building's own clock, named in words: a calendar may show the event in another zone.
      t('when', { on: formatClockTime(window.onAt, locale, timeZone), zone: zoneInWords(timeZone, locale, window.onAt) }),
      t('theme', { year: facts.year, theme: localize(facts.theme, locale) }),
      `${common('hotlineLabel')} ${common('hotlineNumber')} · ${common('hotlineWebsite')}`,
      url,
    ].join('\n'),
    location: [facts.address, city].filter(Boolean).join(', '),
    url,
    geo: { lat: facts.lat, lng: facts.lng },
  };
}

/** The calendar file of one or more evenings, in `locale`; null when no evening has a known time. */
export function lightsCalendar(locale: Locale, items: { facts: LightFacts; url: string }[], now: Date = new Date()): string | null {
  const events = items.map((i) => lightEvent(locale, i.facts, i.url)).filter((e): e is CalendarEvent => e !== null);
  if (events.length === 0) return null;
  const year = items[0]?.facts.year;
  return calendarFile(events, { now, name: year ? mailTranslator(locale, 'Calendar')('name', { year }) : undefined });
}

/** A download's file name: ASCII only, so that every browser keeps it. */
export function calendarFileName(year: number, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `blue-lights-${year}${slug ? `-${slug}` : ''}.ics`;
}
