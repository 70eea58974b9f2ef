import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import '@/components/partners/partners-page.css';
import '@/components/results/results.css';
import { cachedYearPartners } from '@/app/_data/events';
import { enterLocale } from '@/app/_lib/locale';
import { EventsOpenDataLinks } from '@/components/lights/EventsOpenDataLinks';
import { PartnerEventList } from '@/components/partners/PartnerEventList';
import { Link } from '@/i18n/navigation';
import { parseYear } from '@/lib/ids';
import { inLanguage } from '@/lib/events/feed';
import type { Locale } from '@/lib/constants';

type Params = Promise<{ locale: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, year } = await params;
  const t = await getTranslations({ locale, namespace: 'partnersPage' });
  return { title: t('title', { year }) };
}

/** The host of a website, as a person reads it in a link ("pag-asa.be"). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * A campaign's partners: the listed organisations in the organisers' order,
 * each with its approved logo, its description in the reader's language, its
 * website, and its approved events of the year.
 */
export default async function PartnersPage({ params }: { params: Params }) {
  const { locale, year: raw } = await params;
  enterLocale(locale);
  const year = parseYear(raw);
  const partners = year === null ? null : await cachedYearPartners(year);
  if (year === null || !partners) notFound();
  const t = await getTranslations('partnersPage');
  const lang = locale as Locale;
  return (
    <main id="main" className="page partners-page">
      <h1>{t('title', { year })}</h1>
      <p>{t('intro', { year })}</p>
      {partners.length === 0 ? (
        <p data-testid="partners-none">{t('none', { year })}</p>
      ) : (
        <ol className="partners-list" data-testid="partners-list">
          {partners.map(({ partner, events }) => {
            const name = inLanguage(partner.name, partner.names, lang);
            const description = inLanguage(partner.description, partner.descriptions, lang);
            return (
              <li key={partner.id} className="partner-card" data-testid="partner">
                <div className="partner-card__head">
                  {partner.logoUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a logo re-encoded on upload, served by our own route
                    <img className="partner-card__logo" src={partner.logoUrl} alt={name} loading="lazy" />
                  ) : null}
                  <h2>{name}</h2>
                </div>
                {description ? <p>{description}</p> : null}
                {/^https?:\/\//i.test(partner.website) ? (
                  <p>
                    {t('websiteLabel')}{' '}
                    <a href={partner.website} rel="noopener">
                      {hostOf(partner.website)}
                    </a>
                  </p>
                ) : null}
                <h3>{t('eventsHeading', { name, year })}</h3>
                {events.length === 0 ? <p>{t('noEvents', { year })}</p> : <PartnerEventList events={events} locale={lang} />}
              </li>
            );
          })}
        </ol>
      )}
      <ul className="results-links partners-links">
        <li>
          <Link href={`/years/${year}`}>{t('mapLink', { year })}</Link>
        </li>
        <li>
          <Link href={`/years/${year}/results`}>{t('resultsLink', { year })}</Link>
        </li>
      </ul>
      <EventsOpenDataLinks year={year} locale={locale} />
    </main>
  );
}
