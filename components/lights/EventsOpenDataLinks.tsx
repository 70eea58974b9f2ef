import { getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE } from '@/lib/constants';

/** "Events and stands 2023: calendar to subscribe to · GeoJSON · CSV": the partners' events as open data, beside the buildings'. */
export async function EventsOpenDataLinks({ year, locale }: { year: number; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'openData.events' });
  const lang = locale === DEFAULT_LOCALE ? '' : `?lang=${locale}`;
  return (
    <p data-testid="events-open-data">
      <span className="years-nav__label">{t('linksLabel', { year })}</span>{' '}
      <a href={`/api/events/${year}.ics${lang}`} type="text/calendar">
        {t('calendar')}
      </a>{' '}
      ·{' '}
      <a href={`/api/events/${year}.geojson`} type="application/geo+json">
        GeoJSON
      </a>{' '}
      ·{' '}
      <a href={`/api/events/${year}.csv`} type="text/csv">
        CSV
      </a>
    </p>
  );
}
