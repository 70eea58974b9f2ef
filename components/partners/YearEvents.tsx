import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/constants';
import type { OpenEvent } from '@/lib/events/open-data';
import { localePath } from '@/lib/localized';
import { PartnerEventList } from './PartnerEventList';
import './partners-page.css';

/**
 * A year's page: the way to its partners, and its partners' events and stands
 * in a short list when the map's own list (which holds them beside the
 * buildings) is not shown, for a year with events but no lit building.
 */
export async function YearEvents({ year, locale, events, partners, withList }: { year: number; locale: string; events: OpenEvent[]; partners: number; withList: boolean }) {
  if ((events.length === 0 || !withList) && partners === 0) return null;
  const t = await getTranslations({ locale, namespace: 'partnersPage' });
  return (
    <section className="page narrow year-events" aria-labelledby="year-events-heading" data-testid="year-events">
      <h2 id="year-events-heading">{t('yearEventsHeading')}</h2>
      {withList && events.length > 0 ? (
        <>
          <p>{t('eventsIntro', { count: events.length })}</p>
          <PartnerEventList events={events} locale={locale as Locale} showPartner />
        </>
      ) : null}
      {partners > 0 ? (
        <p>
          <a href={localePath(`/years/${year}/partners`, locale)} data-testid="year-partners-link">
            {t('yearLink', { year })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
