/**
 * The calendar feed of a campaign's events (`/api/events/{year}.ics`), in the
 * reader's language: one VEVENT per approved event, in the place's own time
 * zone (TZID with its VTIMEZONE, lib/calendar/ics.ts), with a UID that stays
 * the same for ever (`event-<id>@<host>`), so that a subscribed calendar
 * updates an event instead of adding it twice.
 */
import type { Locale } from '@/lib/constants';
import { formatClockTime, zoneInWords } from '@/lib/dates';
import { calendarFile, type CalendarEvent } from '@/lib/calendar/ics';
import { mailTranslator, siteLink } from '@/lib/mail/compose';
import type { OpenEvent } from './open-data';

/** A subscribed calendar fetches the feed again after this long. */
export const FEED_REFRESH = 'PT6H';

/** A text in `locale` where it differs, else the text itself. */
export function inLanguage(text: string, texts: Partial<Record<Locale, string>> | null | undefined, locale: Locale): string {
  return texts?.[locale] || text;
}

/** The UID of an event in every calendar file the site makes of it. */
export function eventUid(eventId: number, host: string): string {
  return `event-${eventId}@${host}`;
}

/** One event as a calendar event, in `locale`. */
export function feedEvent(event: OpenEvent, locale: Locale, host: string): CalendarEvent {
  const t = mailTranslator(locale, 'openData.events');
  const kinds = mailTranslator(locale, 'events.kinds');
  const common = mailTranslator(locale, 'Common');
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const url = siteLink(`/events/${event.id}`, locale);
  const description = inLanguage(event.description, event.descriptions, locale);
  const city = inLanguage(event.city.name, event.city.names, locale);
  return {
    uid: eventUid(event.id, host),
    start,
    end,
    timeZone: event.timeZone,
    summary: inLanguage(event.title, event.titles, locale),
    description: [
      t('calendarBy', { kind: kinds(event.kind as never), partner: inLanguage(event.partner.name, event.partner.names, locale) }),
      // The place's clock, named in words: a calendar may show the event in another zone.
      t('calendarWhen', { from: formatClockTime(start, locale, event.timeZone), to: formatClockTime(end, locale, event.timeZone), zone: zoneInWords(event.timeZone, locale, start) }),
      ...(description ? [description] : []),
      ...(event.accessibility ? [t('calendarAccessibility', { text: event.accessibility })] : []),
      ...(event.link ? [t('calendarLink', { link: event.link })] : []),
      `${common('hotlineLabel')} ${common('hotlineNumber')} · ${common('hotlineWebsite')}`,
      url,
    ].join('\n'),
    location: [event.address, city].filter(Boolean).join(', '),
    url,
    geo: { lat: event.lat, lng: event.lng },
    lastModified: new Date(event.lastModified),
  };
}

/** The whole feed of a year in `locale` (an empty calendar when it has no event yet: a subscription stays valid). */
export function eventsCalendar(year: number, events: OpenEvent[], locale: Locale, host: string): string {
  const t = mailTranslator(locale, 'openData.events');
  return calendarFile(
    events.map((e) => feedEvent(e, locale, host)),
    { name: t('calendarName', { year }), refresh: FEED_REFRESH, now: new Date(Math.max(0, ...events.map((e) => e.lastModified))) },
  );
}
