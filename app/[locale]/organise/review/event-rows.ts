import 'server-only';
import { getTranslations } from 'next-intl/server';
import { LOCALES, type EventApprovedVersion } from '@/lib/constants';
import { formatCalendarDate, formatClockTime, formatDateTime, zoneInWords } from '@/lib/dates';
import type { EventQueueItem } from '@/lib/events/review-queue';
import { cityName, languageName } from '@/lib/localized';
import { localDate } from '@/lib/time';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import type { EventReviewRow } from './event-forms';

type When = Pick<EventApprovedVersion, 'timeZone'> & { startsAt: Date; endsAt: Date };

/**
 * The events of the queue as the review page shows them, in the reader's
 * language: when in the place's own zone (said as such), where, what the
 * partner sent, and for an edit of an approved event what differs from the
 * version the public sees.
 */
export async function eventReviewRows(queue: EventQueueItem[], locale: string): Promise<EventReviewRow[]> {
  const t = await getTranslations('Review.events');
  const kinds = await getTranslations('events.kinds');

  /** "Thursday 30 July 2026, 14:00–18:00", or both ends in full when it spans days; in the place's zone. */
  const whenOf = ({ startsAt, endsAt, timeZone }: When) => {
    const day = localDate(startsAt, timeZone);
    // British English writes no comma after the weekday (as formatDeadline in lib/dates).
    const full = formatCalendarDate(day, locale, 'full');
    const date = locale === 'en' ? full.replace(/^(\p{L}+), /u, '$1 ') : full;
    return day === localDate(endsAt, timeZone)
      ? t('whenSameDay', { date, start: formatClockTime(startsAt, locale, timeZone), end: formatClockTime(endsAt, locale, timeZone) })
      : t('whenRange', { start: formatDateTime(startsAt, locale, timeZone), end: formatDateTime(endsAt, locale, timeZone) });
  };

  return queue.map((q) => {
    const e = q.event;
    const city = cityName(q.city, locale);
    const changes: string[] = [];
    const a = e.approved;
    if (a) {
      if (a.title !== e.title) changes.push(t('changedTitle', { before: a.title }));
      for (const l of LOCALES) {
        const before = a.titles?.[l] ?? '';
        if (before !== (e.titles[l] ?? '')) changes.push(t('changedOtherTitle', { language: languageName(l, locale), before: before || '—' }));
      }
      if (a.kind !== e.kind) changes.push(t('changedKind', { before: kinds(a.kind) }));
      if (a.cityId !== e.cityId) changes.push(t('changedCity', { before: q.approvedCity ? cityName(q.approvedCity, locale) : '—' }));
      if (a.address !== e.address) changes.push(t('changedAddress', { before: a.address || '—' }));
      if (a.lat !== e.lat || a.lng !== e.lng) changes.push(t('changedPlace'));
      if (a.startsAt !== e.startsAt.getTime() || a.endsAt !== e.endsAt.getTime() || a.timeZone !== e.timeZone)
        changes.push(t('changedTimes', { before: whenOf({ startsAt: new Date(a.startsAt), endsAt: new Date(a.endsAt), timeZone: a.timeZone }) }));
      if (a.description !== e.description) changes.push(t('changedDescription'));
      for (const l of LOCALES) if ((a.descriptions?.[l] ?? '') !== (e.descriptions[l] ?? '')) changes.push(t('changedOtherDescription', { language: languageName(l, locale) }));
      if (a.link !== e.link) changes.push(t('changedLink', { before: a.link || '—' }));
      if (a.accessibility !== e.accessibility) changes.push(t('changedAccessibility'));
    }
    return {
      id: e.id,
      year: q.year,
      version: q.version,
      title: e.title,
      otherTitles: LOCALES.flatMap((l) => (e.titles[l] ? [{ lang: l, language: languageName(l, locale), text: e.titles[l] }] : [])),
      kind: kinds(e.kind),
      organisation: q.partner.name,
      description: e.description,
      otherDescriptions: LOCALES.flatMap((l) => (e.descriptions[l] ? [{ lang: l, language: languageName(l, locale), text: e.descriptions[l] }] : [])),
      when: whenOf(e),
      zone: t('localTime', { zone: zoneInWords(e.timeZone, locale, e.startsAt) }),
      city,
      address: e.address,
      lat: e.lat,
      lng: e.lng,
      // Only a web address is a link; anything else is shown as text.
      link: e.link,
      linkIsWeb: /^https?:\/\//i.test(e.link),
      accessibility: e.accessibility,
      contact: e.contact,
      submittedBy: q.submittedBy ? (q.submittedBy.name ? `${q.submittedBy.name} <${q.submittedBy.email}>` : q.submittedBy.email) : null,
      updatedAt: formatDateTime(e.updatedAt, locale, DEFAULT_TIME_ZONE, 'medium'),
      isEdit: a !== null,
      changes,
    };
  });
}
