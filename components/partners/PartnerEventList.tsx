import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/constants';
import { formatCalendarDate, formatClockTime, zoneInWords } from '@/lib/dates';
import { inLanguage } from '@/lib/events/feed';
import type { OpenEvent } from '@/lib/events/open-data';
import { localePath } from '@/lib/localized';
import { localDate } from '@/lib/time';

/**
 * Events as a short list, in the HTML: each one's title (a link to its page),
 * city and kind, day and times in the place's own zone (said as such).
 */
export async function PartnerEventList({ events, locale, showPartner = false }: { events: OpenEvent[]; locale: Locale; showPartner?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'partnersPage' });
  const kinds = await getTranslations({ locale, namespace: 'events.kinds' });
  return (
    <ul className="event-list" data-testid="event-list">
      {events.map((e) => {
        const start = new Date(e.startsAt);
        const end = new Date(e.endsAt);
        return (
          <li key={e.id} data-testid="event-item">
            <a href={localePath(`/events/${e.id}`, locale)} className="event-list__title">
              {inLanguage(e.title, e.titles, locale)}
            </a>
            <span className="event-list__meta">
              <strong>{inLanguage(e.city.name, e.city.names, locale)}</strong> · {kinds(e.kind)}
              {showPartner ? ` · ${inLanguage(e.partner.name, e.partner.names, locale)}` : ''}
            </span>
            <span className="event-list__when">
              <time dateTime={start.toISOString()}>
                {t('when', {
                  date: formatCalendarDate(localDate(start, e.timeZone), locale, 'full'),
                  from: formatClockTime(start, locale, e.timeZone),
                  to: formatClockTime(end, locale, e.timeZone),
                })}
              </time>{' '}
              ({zoneInWords(e.timeZone, locale, start)})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
