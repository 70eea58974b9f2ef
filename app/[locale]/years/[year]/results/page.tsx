import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import '@/components/results/results.css';
import { cachedResults } from '@/app/_data/results';
import { enterLocale } from '@/app/_lib/locale';
import { countryName, resultsSentences } from '@/app/_lib/press-sentence';
import { ByTheDay } from '@/components/results/ByTheDay';
import { GrowthChart } from '@/components/results/GrowthChart';
import { EventResults } from '@/components/results/EventResults';
import { Link } from '@/i18n/navigation';
import { LOCALES } from '@/lib/constants';
import { parseYear } from '@/lib/ids';
import { formatEventDate } from '@/lib/lights/day';
import { dayTimeline } from '@/lib/lights/day';
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
  const { campaign, figures, growth, events, partners } = view;
  const t = await getTranslations('Results');
  const p = await getTranslations('partnersPage');
  const provinces = await getTranslations('Provinces');
  const languages = await getTranslations('Press.languages');
  const provinceName = (p: string) => {
    if (!p) return t('noProvince');
    const key = p.normalize('NFD').replace(/[^A-Za-z]/g, '');
    return key && provinces.has(key as never) ? provinces(key as never) : p;
  };
  const sentences = await resultsSentences(campaign.eventDate, figures, events);
  const number = new Intl.NumberFormat(locale);
  const growthSummary = growth.map((g) => t('growthSummaryYear', { year: g.year, buildings: g.buildings, cities: g.cities })).join(' ');
  const timeline = dayTimeline(campaign.eventDate, []);
  const heading = (
    <>
      <h1>{t('title', { year: campaign.year })}</h1>
      <p>
        {formatEventDate(campaign.eventDate, locale)} · {localize(campaign.theme, locale)}
      </p>
    </>
  );

  // No building: no figures of zeros and no press sentence about nothing, one sentence true for the moment.
  if (figures.buildings === 0) {
    return (
      <main id="main" className="page results-page">
        {heading}
        <p data-testid="results-empty">
          <ByTheDay timeline={timeline} before={t('comeBackAfter', { year: campaign.year })} after={t('noneTookPart', { year: campaign.year })} />
        </p>
      </main>
    );
  }

  return (
    <main id="main" className="page results-page">
      {heading}

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
        <FiguresTable
          id="province-heading"
          heading={t('byProvinceHeading')}
          caption={t('byProvinceCaption', { year: campaign.year })}
          labels={{ place: t('province'), buildings: t('buildings'), cities: t('cities'), lit: t('lit'), none: t('none') }}
          rows={figures.byProvince.map((p) => ({ key: p.province, name: provinceName(p.province), ...p }))}
        />
        <FiguresTable
          id="country-heading"
          heading={t('byCountryHeading')}
          caption={t('byCountryCaption', { year: campaign.year })}
          labels={{ place: t('country'), buildings: t('buildings'), cities: t('cities'), lit: t('lit'), none: t('none') }}
          rows={figures.byCountry.map((c) => ({ key: c.country, name: countryName(c.country, locale), ...c }))}
        />
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
                    <td data-label={t('buildings')}>{g.buildings}</td>
                    <td data-label={t('cities')}>{g.cities}</td>
                    <td data-label={t('countries')}>{g.countries}</td>
                    <td data-label={t('lit')}>{g.lit}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </section>

      <EventResults year={campaign.year} locale={locale} figures={events} partners={partners} />

      <section aria-labelledby="press-heading">
        <h2 id="press-heading">{t('pressHeading')}</h2>
        {/* Written in the past tense: only once the day is over. */}
        <ByTheDay
          timeline={timeline}
          before={<p data-testid="press-after-the-day">{t('pressAfterTheDay')}</p>}
          after={
            <>
              <p className="field__hint">{t('pressHint')}</p>
              <div className="press-sentences">
                {LOCALES.map((l) => (
                  <blockquote key={l} lang={l} data-testid={`press-sentence-${l}`}>
                    <h3>{languages(l)}</h3>
                    <p>{sentences[l]}</p>
                  </blockquote>
                ))}
              </div>
            </>
          }
        />
      </section>

      <ul className="results-links">
        <li>
          <Link href={`/years/${campaign.year}/photos`}>{t('galleryLink', { year: campaign.year })}</Link>
        </li>
        <li>
          <Link href={`/years/${campaign.year}`}>{t('mapLink', { year: campaign.year })}</Link>
        </li>
        {partners.length > 0 ? (
          <li>
            <Link href={`/years/${campaign.year}/partners`}>{p('yearLink', { year: campaign.year })}</Link>
          </li>
        ) : null}
      </ul>
    </main>
  );
}

type FiguresRow = { key: string; name: string; buildings: number; cities: number; lit: number };

/** Buildings, cities and confirmed lit per place (province or country), as a table with its own heading. */
function FiguresTable({ id, heading, caption, labels, rows }: { id: string; heading: string; caption: string; labels: { place: string; buildings: string; cities: string; lit: string; none: string }; rows: FiguresRow[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.place}</th>
                <th scope="col">{labels.buildings}</th>
                <th scope="col">{labels.cities}</th>
                <th scope="col">{labels.lit}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.name}</th>
                  <td data-label={labels.buildings}>{r.buildings}</td>
                  <td data-label={labels.cities}>{r.cities}</td>
                  <td data-label={labels.lit}>{r.lit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{labels.none}</p>
      )}
    </section>
  );
}
