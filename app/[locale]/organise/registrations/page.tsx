import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { RegistrationFilter } from '@/components/organise/RegistrationFilter';
import { Link } from '@/i18n/navigation';
import { listExportRows } from '@/lib/exports/registrations';
import { cityName } from '@/lib/localized';
import { exportScope, isOrganiser } from '@/lib/permissions';
import { filterQuery } from '@/lib/validation/exports';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { pageFilter } from '../_lib/filter';
import { provinceNamer } from '../_lib/names';
import type { SearchPageProps } from '../_lib/page-props';

/** The page shows this many rows; the exports always hold every row of the filter. */
const SHOWN_MAX = 1000;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Exports' });
  return { title: t('title') };
}

export default async function RegistrationsPage({ params, searchParams }: SearchPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/registrations');
  const t = await getTranslations('Exports');
  requireRight(exportScope(actor).kind !== 'public');
  const { filter, options } = await pageFilter(actor, await searchParams, locale);
  const rows = await listExportRows(actor, filter);
  const kinds = await getTranslations('Kinds');
  const statuses = await getTranslations('Exports.statuses');
  const province = await provinceNamer(locale);
  // The press list has a default year of its own (the latest): "any" is said explicitly. It lists
  // approved buildings only, so the status is not passed on.
  const pressQuery = filterQuery({ ...filter, status: undefined }, filter.year ? {} : { year: '' });
  const href = (format: string, extra: Record<string, string> = {}) => `/api/exports/${format}?${filterQuery(filter, extra)}`;
  return (
    <main id="main" className="page">
      <h1>{t('title')}</h1>
      {isOrganiser(actor) ? <OrganiseNav current="registrations" /> : <p>{t('ownCitiesOnly')}</p>}
      <RegistrationFilter filter={filter} options={options} />
      <p role="status" data-testid="registrations-count">
        {t('count', { count: rows.length })}
      </p>
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <ul className="export-links" aria-labelledby="export-heading">
        <li>
          <a className="button secondary" href={href('csv')} download>
            {t('csvComma')}
          </a>
        </li>
        <li>
          <a className="button secondary" href={href('csv', { sep: 'semicolon' })} download>
            {t('csvSemicolon')}
          </a>
        </li>
        <li>
          <a className="button secondary" href={href('xlsx', { lang: locale })} download>
            {t('xlsx')}
          </a>
        </li>
        <li>
          <a className="button secondary" href={href('geojson')} download>
            {t('geojson')}
          </a>
        </li>
        <li>
          <Link className="button secondary" href={`/organise/press?${pressQuery}`}>
            {t('pressList')}
          </Link>
        </li>
      </ul>
      {rows.length ? (
        <table className="data">
          <caption>{rows.length > SHOWN_MAX ? t('captionFirst', { shown: SHOWN_MAX, count: rows.length }) : t('caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('building')}</th>
              <th scope="col">{t('city')}</th>
              <th scope="col">{t('province')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('year')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('lights')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_MAX).map((r) => (
              <tr key={r.illuminationId}>
                <th scope="row">
                  {/* Organisers may edit or withdraw any registration there, at any time. */}
                  <Link href={`/coordinate/${r.illuminationId}`}>{r.name}</Link>
                </th>
                <td data-label={t('city')}>{cityName({ name: r.city, names: r.cityNames }, locale)}</td>
                <td data-label={t('province')}>{province(r.province)}</td>
                <td data-label={t('kind')}>{kinds(r.kind)}</td>
                <td data-label={t('year')}>{r.year}</td>
                <td data-label={t('status')}>
                  {statuses(r.status)}
                  {r.reviewReason ? <span className="muted"> — {r.reviewReason}</span> : null}
                </td>
                <td data-label={t('lights')}>
                  {r.lightsOn ?? '—'}–{r.lightsOff ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
