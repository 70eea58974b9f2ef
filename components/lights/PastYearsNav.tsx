import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/localized';
import { EventsOpenDataLinks } from './EventsOpenDataLinks';

/** Links to the other published campaigns and to the open data of the year shown (its partners' events too, when it has any). */
export async function PastYearsNav({ years, dataYear, eventsData = false }: { years: number[]; dataYear: number; eventsData?: boolean }) {
  const t = await getTranslations('Years');
  const locale = await getLocale();
  return (
    <nav className="years-nav page" aria-label={t('navLabel')}>
      {years.length > 0 ? (
        <p>
          <span className="years-nav__label">{t('otherYears')}</span>{' '}
          {years.map((y, i) => (
            <span key={y}>
              {i > 0 ? ' · ' : ''}
              <Link href={localePath(`/years/${y}`, locale)}>{t('linkLabel', { year: y })}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <p>
        <span className="years-nav__label">{t('openData', { year: dataYear })}</span>{' '}
        <a href={`/api/lights/${dataYear}`} type="application/geo+json">
          GeoJSON
        </a>{' '}
        ·{' '}
        <a href={`/api/lights/${dataYear}?format=csv`} type="text/csv">
          CSV
        </a>
      </p>
      {eventsData ? <EventsOpenDataLinks year={dataYear} locale={locale} /> : null}
    </nav>
  );
}
