import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { Link } from '@/i18n/navigation';
import { listCities } from '@/lib/cities/cities';
import { zoneInWords } from '@/lib/dates';
import { defaultPosterLocales } from '@/lib/cities/poster-languages';
import { GAZETTEER_QUERY_MAX, searchPlaces } from '@/lib/cities/gazetteer';
import { canManageCities } from '@/lib/permissions';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { provinceNamer } from '../_lib/names';
import { CityForm, type CityValues } from './forms';
import { ClientMessages } from '@/app/_lib/client-messages';
import { Field } from '@/components/forms/Field';
import type { SearchPageProps } from '../_lib/page-props';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Cities' });
  return { title: t('title') };
}

export default async function CitiesPage({ params, searchParams }: SearchPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/cities');
  const t = await getTranslations('Cities');
  requireRight(canManageCities(actor));
  const search = await searchParams;
  // A parameter given twice (`?q=a&q=b`) comes as a list: only one value is a search.
  const one = (name: string) => {
    const value = search[name];
    return typeof value === 'string' ? value : undefined;
  };
  const query = (one('q') ?? '').slice(0, GAZETTEER_QUERY_MAX);
  const pick = one('pick');
  const places = query ? searchPlaces(query) : [];
  const picked = pick !== undefined ? places[Number(pick)] : undefined;
  const cities = await listCities();
  const province = await provinceNamer(locale);
  const provinces = [...new Set(cities.map((c) => c.province).filter(Boolean))].sort();
  const fresh: CityValues = picked
    ? { name: picked.name, names: {}, country: picked.country, province: picked.province, lat: String(picked.lat), lng: String(picked.lng), timeZone: picked.timeZone, posterLocales: [] }
    : { name: '', names: {}, country: 'BE', province: '', lat: '', lng: '', timeZone: '', posterLocales: [] };
  const posterDefault = (c: { name: string; country: string; province: string }) => defaultPosterLocales(c).map((l) => t(`posterLanguage.${l}`)).join(', ');
  return (
    <ClientMessages namespaces={['Cities']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="cities" />
        <p>
          <Link href="/organise/help-centres">{t('helpCentresLink')}</Link>
        </p>
        <section aria-labelledby="find-heading">
          <h2 id="find-heading">{t('findHeading')}</h2>
          <form method="get" className="filter-form" role="search">
            <Field name="q" id="gazetteer-q" type="search" label={t('findLabel')} defaultValue={query} maxLength={GAZETTEER_QUERY_MAX} aria-describedby="gazetteer-hint" />
            <button type="submit" className="button secondary">
              {t('find')}
            </button>
          </form>
          <p className="field__hint" id="gazetteer-hint">
            {t('findHint')}
          </p>
          {query ? (
            places.length ? (
              <table className="data gazetteer-results">
                <caption>{t('resultsCaption', { query })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('country')}</th>
                    <th scope="col">{t('province')}</th>
                    <th scope="col">{t('population')}</th>
                    <th scope="col">{t('coordinates')}</th>
                    <th scope="col">{t('timeZone')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('use')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {places.map((p, i) => (
                    <tr key={`${p.name}-${p.lat}-${p.lng}`}>
                      <th scope="row">{p.name}</th>
                      <td data-label={t('country')}>{p.country}</td>
                      <td data-label={t('province')}>{p.province ? province(p.province) : '—'}</td>
                      <td className="num" data-label={t('population')}>{p.population ? t('inhabitants', { count: p.population }) : '—'}</td>
                      <td data-label={t('coordinates')}>
                        {p.lat.toFixed(4)}, {p.lng.toFixed(4)}
                      </td>
                      <td data-label={t('timeZone')}>{zoneInWords(p.timeZone, locale)}</td>
                      <td>
                        <Link href={`/organise/cities?q=${encodeURIComponent(query)}&pick=${i}#new-heading`}>{t('useThis', {
                            name: p.name,
                            // Region and size tell apart the places of one name (seven Washingtons in the US).
                            details: [p.province && province(p.province), p.country, p.population && t('inhabitants', { count: p.population })].filter(Boolean).join(', '),
                          })}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p role="status">{t('noResults', { query })}</p>
            )
          ) : null}
        </section>
        <section aria-labelledby="new-heading">
          <h2 id="new-heading">{t('newHeading')}</h2>
          {picked ? <p role="status">{t('picked', { name: picked.name })}</p> : null}
          <CityForm key={picked ? `${picked.name}-${picked.lat}` : 'empty'} initial={fresh} provinces={provinces} legend={t('newHeading')} />
        </section>
        <section aria-labelledby="cities-heading">
          <h2 id="cities-heading">{t('listHeading', { count: cities.length })}</h2>
          <table className="data">
            <caption>{t('listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('province')}</th>
                <th scope="col">{t('coordinates')}</th>
                <th scope="col">{t('timeZone')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cities.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.name} <span className="muted">({c.country})</span>
                    {Object.values(c.names).length ? <span className="muted"> · {[...new Set(Object.values(c.names))].join(' · ')}</span> : null}
                  </th>
                  <td data-label={t('province')}>{province(c.province)}</td>
                  <td data-label={t('coordinates')}>
                    {c.lat.toFixed(4)}, {c.lng.toFixed(4)}
                  </td>
                  <td data-label={t('timeZone')}>{zoneInWords(c.timeZone, locale)}</td>
                  <td>
                    <details>
                      <summary>{t('editOne', { name: c.name })}</summary>
                      <CityForm
                        initial={{ id: c.id, name: c.name, names: c.names, country: c.country, province: c.province, lat: String(c.lat), lng: String(c.lng), timeZone: c.timeZone, posterLocales: c.posterLocales ?? [] }}
                        posterDefault={posterDefault(c)}
                        provinces={provinces}
                        legend={t('editOne', { name: c.name })}
                      />
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <p className="muted">{t('attribution')}</p>
      </main>
    </ClientMessages>
  );
}
