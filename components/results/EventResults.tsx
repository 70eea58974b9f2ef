import { getTranslations } from 'next-intl/server';
import type { EventFigures } from '@/lib/events/figures';
import { cityName, localePath } from '@/lib/localized';
import type { PartnerWithEvents } from '@/lib/partners/public';
import { EventsOpenDataLinks } from '@/components/lights/EventsOpenDataLinks';

/**
 * The partners' events in a year's results: how many in how many cities, by
 * kind and by city, the partners with their logos (in the organisers'
 * order), a link to the partners' page and the events as open data.
 */
export async function EventResults({ year, locale, figures, partners }: { year: number; locale: string; figures: EventFigures; partners: PartnerWithEvents[] }) {
  if (figures.events === 0 && partners.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'results.events' });
  const kinds = await getTranslations({ locale, namespace: 'events.kinds' });
  const number = new Intl.NumberFormat(locale);
  return (
    <section aria-labelledby="events-heading" data-testid="results-events">
      <h2 id="events-heading">{t('heading')}</h2>
      {figures.events > 0 ? (
        <>
          <p data-testid="results-events-intro">{t('intro', { count: figures.events, cities: figures.cities })}</p>
          <div className="results-tables">
            <div className="table-scroll">
              <table className="data" data-testid="results-events-by-kind">
                <caption>{t('byKindCaption', { year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('kind')}</th>
                    <th scope="col">{t('events')}</th>
                    <th scope="col">{t('cities')}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.byKind.map((k) => (
                    <tr key={k.kind}>
                      <th scope="row">{kinds(k.kind)}</th>
                      <td data-label={t('events')}>{number.format(k.events)}</td>
                      <td data-label={t('cities')}>{number.format(k.cities)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-scroll">
              <table className="data" data-testid="results-events-by-city">
                <caption>{t('byCityCaption', { year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('city')}</th>
                    <th scope="col">{t('events')}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.byCity.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{cityName(c, locale)}</th>
                      <td data-label={t('events')}>{number.format(c.events)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      ) : null}
      {partners.length > 0 ? (
        <>
          <h3>{t('partnersHeading')}</h3>
          <ul className="results-partners" data-testid="results-partners">
            {partners.map(({ partner }) => {
              const name = partner.names[locale as keyof typeof partner.names] || partner.name;
              return (
                <li key={partner.id}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a logo re-encoded on upload, served by our own route */}
                  {partner.logoUrl ? <img src={partner.logoUrl} alt={name} loading="lazy" /> : <span>{name}</span>}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <p>
        <a href={localePath(`/years/${year}/partners`, locale)} data-testid="results-partners-link">
          {t('partnersLink', { year })}
        </a>
      </p>
      <EventsOpenDataLinks year={year} locale={locale} />
    </section>
  );
}
