import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import '@/components/results/results.css';
import { cachedResults } from '@/app/_data/results';
import { enterLocale } from '@/app/_lib/locale';
import { countryName, resultsSentences } from '@/app/_lib/press-sentence';
import { GrowthChart } from '@/components/results/GrowthChart';
import { Link } from '@/i18n/navigation';
import { LOCALES } from '@/lib/constants';
import { parseYear } from '@/lib/ids';
import { formatEventDate } from '@/lib/lights';
import { localize } from '@/lib/localized';

type Params = Promise<{ locale: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, year } = await params;
  const t = await getTranslations({ locale, namespace: 'Results' });
  return { title: t('title', { year }) };
}

/**
 * A published campaign's results: buildings, cities and countries taking
 * part (approved registrations), confirmed lit, by province and by country,
 * the growth across the campaigns, and a ready sentence for the press.
 */
export default async function ResultsPage({ params }: { params: Params }) {
  const { locale, year: raw } = await params;
  enterLocale(locale);
  const year = parseYear(raw);
  const view = year === null ? null : await cachedResults(year);
  if (!view) notFound();
  const { campaign, figures, growth } = view;
  const t = await getTranslations('Results');
  const provinces = await getTranslations('Provinces');
  const languages = await getTranslations('Press.languages');
  const provinceName = (p: string) => {
    if (!p) return t('noProvince');
    const key = p.normalize('NFD').replace(/[^A-Za-z]/g, '');
    return key && provinces.has(key as never) ? provinces(key as never) : p;
  };
  const sentences = await resultsSentences(campaign.eventDate, figures);
  const number = new Intl.NumberFormat(locale);
  const growthSummary = growth.map((g) => t('growthSummaryYear', { year: g.year, buildings: g.buildings, cities: g.cities })).join(' ');

  return (
    <main id="main" className="page results-page">
      <h1>{t('title', { year: campaign.year })}</h1>
      <p>
        {formatEventDate(campaign.eventDate, locale)} · {localize(campaign.theme, locale)}
      </p>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('figuresHeading')}</h2>
        <dl className="results-figures" data-testid="results-figures">
          <div>
            <dt>{t('buildings')}</dt>
            <dd>{number.format(figures.buildings)}</dd>
          </div>
          <div>
            <dt>{t('cities')}</dt>
            <dd>{number.format(figures.cities)}</dd>
          </div>
          <div>
            <dt>{t('countries')}</dt>
            <dd>{number.format(figures.countries)}</dd>
          </div>
          <div>
            <dt>{t('lit')}</dt>
            <dd>{number.format(figures.lit)}</dd>
          </div>
        </dl>
        <p className="field__hint">{t('countsNote', { embassies: figures.embassies })}</p>
      </section>

      <div className="results-tables">
        <section aria-labelledby="province-heading">
          <h2 id="province-heading">{t('byProvinceHeading')}</h2>
          {figures.byProvince.length ? (
            <div className="table-scroll">
              <table className="data">
                <caption className="visually-hidden">{t('byProvinceCaption', { year: campaign.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('province')}</th>
                    <th scope="col">{t('buildings')}</th>
                    <th scope="col">{t('cities')}</th>
                    <th scope="col">{t('lit')}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.byProvince.map((p) => (
                    <tr key={p.province}>
                      <th scope="row">{provinceName(p.province)}</th>
                      <td>{p.buildings}</td>
                      <td>{p.cities}</td>
                      <td>{p.lit}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('none')}</p>
          )}
        </section>
        <section aria-labelledby="country-heading">
          <h2 id="country-heading">{t('byCountryHeading')}</h2>
          {figures.byCountry.length ? (
            <div className="table-scroll">
              <table className="data">
                <caption className="visually-hidden">{t('byCountryCaption', { year: campaign.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('country')}</th>
                    <th scope="col">{t('buildings')}</th>
                    <th scope="col">{t('cities')}</th>
                    <th scope="col">{t('lit')}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.byCountry.map((c) => (
                    <tr key={c.country}>
                      <th scope="row">{countryName(c.country, locale)}</th>
                      <td>{c.buildings}</td>
                      <td>{c.cities}</td>
                      <td>{c.lit}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('none')}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="growth-heading">
        <h2 id="growth-heading">{t('growthHeading')}</h2>
        <div className="results-growth">
          <figure className="growth-figure">
            <GrowthChart years={growth} labels={{ buildings: t('buildings'), cities: t('cities'), title: t('growthChartTitle'), summary: growthSummary }} />
            <figcaption>
              <ul className="growth-legend">
                <li>
                  <span className="is-buildings" aria-hidden="true" />
                  {t('buildings')}
                </li>
                <li>
                  <span className="is-cities" aria-hidden="true" />
                  {t('cities')}
                </li>
              </ul>
            </figcaption>
          </figure>
          <div className="table-scroll">
            <table className="data" data-testid="growth-table">
              <caption>{t('growthCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('year')}</th>
                  <th scope="col">{t('buildings')}</th>
                  <th scope="col">{t('cities')}</th>
                  <th scope="col">{t('countries')}</th>
                  <th scope="col">{t('lit')}</th>
                </tr>
              </thead>
              <tbody>
                {growth.map((g) => (
                  <tr key={g.year}>
                    <th scope="row">{g.year}</th>
                    <td>{g.buildings}</td>
                    <td>{g.cities}</td>
                    <td>{g.countries}</td>
                    <td>{g.lit}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </section>

      <section aria-labelledby="press-heading">
        <h2 id="press-heading">{t('pressHeading')}</h2>
        <p className="field__hint">{t('pressHint')}</p>
        <div className="press-sentences">
          {LOCALES.map((l) => (
            <blockquote key={l} lang={l} data-testid={`press-sentence-${l}`}>
              <h3>{languages(l)}</h3>
              <p>{sentences[l]}</p>
            </blockquote>
          ))}
        </div>
      </section>

      <ul className="results-links">
        <li>
          <Link href={`/years/${campaign.year}/photos`}>{t('galleryLink', { year: campaign.year })}</Link>
        </li>
        <li>
          <Link href={`/years/${campaign.year}`}>{t('mapLink', { year: campaign.year })}</Link>
        </li>
      </ul>
    </main>
  );
}
