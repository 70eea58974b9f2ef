import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import '@/components/results/results.css';
import { signedInActor } from '@/app/_auth/guard';
import { Link } from '@/i18n/navigation';
import { getCampaignByYear, getWorkspaceCampaign, listCampaignYears } from '@/lib/campaigns/workspace';
import { parseYear } from '@/lib/ids';
import { cityName } from '@/lib/localized';
import { isOrganiser } from '@/lib/permissions';
import { toolkitCities } from '@/lib/posters/data';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Toolkit' });
  return { title: t('title') };
}

/**
 * Posters (A4, A3) and share images, per city and per approved building of a
 * campaign: a coordinator sees their cities, an organiser every city.
 */
export default async function ToolkitPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ year?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { year: rawYear } = await searchParams;
  const actor = await signedInActor(locale, `/coordinate/toolkit${typeof rawYear === 'string' ? `?year=${encodeURIComponent(rawYear)}` : ''}`);
  const t = await getTranslations('Toolkit');
  const languages = await getTranslations('Press.languages');
  const asked = typeof rawYear === 'string' ? parseYear(rawYear) : null;
  const campaign = asked !== null ? await getCampaignByYear(asked) : await getWorkspaceCampaign();
  const toolkit = campaign ? await toolkitCities(actor, campaign.year) : undefined;
  const years = await listCampaignYears();

  return (
    <main id="main" className="page narrow toolkit-page">
      <p>
        <Link href="/coordinate">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      {years.length > 1 ? (
        <nav aria-label={t('yearsLabel')}>
          <ul className="results-links">
            {years.map((y) => (
              <li key={y}>
                {y === campaign?.year ? (
                  <strong aria-current="page">{y}</strong>
                ) : (
                  <Link href={`/coordinate/toolkit?year=${y}`}>{y}</Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {!toolkit ? (
        <p>{t('noCampaign')}</p>
      ) : (
        <>
          <p>{t('intro', { year: toolkit.campaign.year })}</p>
          {toolkit.campaign.published ? null : <p className="note">{t('notPublished')}</p>}
          {toolkit.cities.length === 0 ? <p>{t('empty', { year: toolkit.campaign.year })}</p> : null}
          {toolkit.cities.map(({ city, lights }) => {
            const name = cityName(city, locale);
            const posterBase = `/api/posters/${toolkit.campaign.year}/city/${city.id}`;
            return (
              <section key={city.id} aria-labelledby={`city-${city.id}`} className="card">
                <h2 id={`city-${city.id}`}>{name}</h2>
                <p>
                  {t('languages', { languages: city.locales.map((l) => languages(l)).join(', ') })}{' '}
                  {isOrganiser(actor) ? <Link href="/organise/cities">{t('changeLanguages')}</Link> : null}
                </p>
                <ul className="results-links">
                  <li>
                    <a href={`${posterBase}?size=A4`} download>
                      {t('cityPoster', { city: name, size: 'A4' })}
                    </a>
                  </li>
                  <li>
                    <a href={`${posterBase}?size=A3`} download>
                      {t('cityPoster', { city: name, size: 'A3' })}
                    </a>
                  </li>
                  {toolkit.campaign.published ? (
                    <li>
                      <a href={`/api/cards/${toolkit.campaign.year}/cities/${city.id}?lang=${locale}`}>{t('cityCard', { city: name })}</a>
                    </li>
                  ) : null}
                </ul>
                <table className="data">
                  <caption>{t('buildingsCaption', { city: name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('building')}</th>
                      <th scope="col">{t('lightsOn')}</th>
                      <th scope="col">{t('posters')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {lights.map((l) => (
                      <tr key={l.buildingId} id={`building-${l.buildingId}`}>
                        <th scope="row">{l.name}</th>
                        <td data-label={t('lightsOn')}>{l.lightsOn.time ?? '—'}</td>
                        <td data-label={t('posters')}>
                          <a href={`/api/posters/${toolkit.campaign.year}/building/${l.buildingId}?size=A4`} download>
                            {t('buildingPoster', { building: l.name, size: 'A4' })}
                          </a>
                          <br />
                          <a href={`/api/posters/${toolkit.campaign.year}/building/${l.buildingId}?size=A3`} download>
                            {t('buildingPoster', { building: l.name, size: 'A3' })}
                          </a>
                          {toolkit.campaign.published ? (
                            <>
                              <br />
                              <Link href={`/buildings/${l.buildingId}`}>{t('publicPage', { building: l.name })}</Link>
                            </>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })}
        </>
      )}
    </main>
  );
}
