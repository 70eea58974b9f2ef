import { getTranslations } from 'next-intl/server';
import type { PublicHelpCentre } from '@/lib/help-centres/public';
import { localePath } from '@/lib/localized';
import { HelpCentreMark } from './HelpCentreMark';
import './help-centres.css';

/**
 * "Where to get help": every help centre, mapped or not, with its phone and
 * website, and the way to the help page. Rendered by the server, so it is in
 * the page without JavaScript; the explorer's "Help centres" switch hides it
 * with the map's layer.
 */
export async function HelpCentresSection({ centres, locale }: { centres: readonly PublicHelpCentre[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'HelpCentresMap' });
  return (
    <section className="help-centres" id="help-centres" aria-labelledby="help-centres-heading">
      <h2 id="help-centres-heading">
        <HelpCentreMark />
        {t('heading')}
      </h2>
      <p className="help-centres__intro">
        {t('intro')} <a href={localePath('/help', locale)}>{t('helpLink')}</a>
      </p>
      <ul className="help-centres__list">
        {centres.map((c) => (
          <li key={c.id} className="help-centre" data-testid={`help-centre-${c.id}`}>
            <h3>{c.name}</h3>
            <p className="help-centre__city">{c.city}</p>
            {c.address ? <p>{c.address}</p> : null}
            {c.tel ? (
              <p>
                <span className="help-centre__label">{t('phone')}</span> <a href={c.tel}>{c.phone}</a>
              </p>
            ) : null}
            {c.website ? (
              <p>
                <span className="help-centre__label">{t('website')}</span>{' '}
                <a href={c.website} rel="noopener">
                  {c.site}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The switch's words, with the centres' sign, for the explorer. */
export async function HelpCentresToggleLabel({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'HelpCentresMap' });
  return (
    <>
      <HelpCentreMark />
      {t('toggle')}
    </>
  );
}
