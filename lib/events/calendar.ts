/**
 * "Add to calendar" on an event's page: the event as a calendar file in the
 * reader's language, its times in the place's own zone (with a VTIMEZONE, so
 * that a calendar elsewhere shows it right), its address and a link to its
 * page. The UID is stable, so importing it again updates it.
 */
import type { Locale } from '@/lib/constants';
import { formatClockTime, zoneInWords } from '@/lib/dates';
import { env } from '@/lib/env';
import { calendarFileName } from '@/lib/calendar/events';
import type { CalendarDownload } from '@/lib/calendar/files';
import { calendarFile, type CalendarEvent } from '@/lib/calendar/ics';
import { mailTranslator } from '@/lib/mail/compose';
import type { PublicEvent } from './public-view';

export function partnerEventCalendarEntry(event: PublicEvent, year: number, locale: Locale, url: string): CalendarEvent {
  const t = mailTranslator(locale, 'events.calendar');
  const kinds = mailTranslator(locale, 'events.kinds');
  const common = mailTranslator(locale, 'Common');
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  return {
    uid: `blue-lights-${year}-event-${event.id}@${env().siteUrl.hostname}`,
    start,
    end,
    timeZone: event.timeZone,
    summary: t('summary', { title: event.title, organisation: event.partner.name }),
    description: [
      `${kinds(event.kind)}. ${t('by', { organisation: event.partner.name })}`,
      t('when', {
        start: formatClockTime(start, locale, event.timeZone),
        end: formatClockTime(end, locale, event.timeZone),
        zone: zoneInWords(event.timeZone, locale, start),
      }),
      event.description,
      event.accessibility,
      `${common('hotlineLabel')} ${common('hotlineNumber')} · ${common('hotlineWebsite')}`,
      url,
    ]
      .filter(Boolean)
      .join('\n'),
    location: [event.address, event.city.name].filter(Boolean).join(', '),
    url,
    geo: { lat: event.lat, lng: event.lng },
  };
}

/** The event's calendar file and its download name. */
export function partnerEventCalendar(event: PublicEvent, year: number, locale: Locale, url: string, now: Date = new Date()): CalendarDownload {
  const body = calendarFile([partnerEventCalendarEntry(event, year, locale, url)], { now });
  return { body, filename: calendarFileName(year, event.title) };
}
