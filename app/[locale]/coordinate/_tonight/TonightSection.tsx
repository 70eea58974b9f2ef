import './tonight.css';
import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/registration/StatusBadge';
import { zoneName } from '@/lib/dates';
import { cityName } from '@/lib/localized';
import { photoRightsOf, type StoredRights } from '@/lib/photos/rights';
import { photoUrl } from '@/lib/photos/photos';
import type { Tonight, TonightBuilding } from '@/lib/registrations/night';
import { LitForm } from '../_forms/LitForm';
import { formatters } from '../shared';
import { Confirmed } from './Confirmed';

type T = Awaited<ReturnType<typeof getTranslations<'Coordinate'>>>;
type Formatters = Awaited<ReturnType<typeof formatters>>;

/**
 * The evening itself: each of the coordinator's buildings for tonight as a
 * card with its times on its own clock and one big "Lights are on"; once
 * confirmed, the time, the photo and what may be done with it, in words.
 * A card is `#building-{id}`: the reminders' links land on it.
 */
export async function TonightSection({ tonight, locale, notPublished }: { tonight: Tonight; locale: string; notPublished: boolean }) {
  const t = await getTranslations('Coordinate');
  const statuses = await getTranslations('RegistrationStatus');
  const f = await formatters();
  const rights = await photoRightsOf(tonight.buildings.flatMap((b) => (b.litPhoto ? [{ name: b.litPhoto, role: 'night' as const }] : [])));
  return (
    <section aria-labelledby="tonight-heading" className="tonight">
      <h2 id="tonight-heading">{t(tonight.morningAfter ? 'tonightHeadingAfter' : 'tonightHeading', { date: f.day(tonight.campaign.eventDate) })}</h2>
      <p>{tonight.morningAfter ? t('tonightIntroAfter', closing(tonight.buildings[0]!, locale, f)) : t('tonightIntro', { count: tonight.buildings.length })}</p>
      {notPublished ? (
        <p className="warning" role="note">
          {t('notPublished')}
        </p>
      ) : null}
      <ul className="tonight__cards">
        {tonight.buildings.map((b) => (
          <li key={b.illuminationId}>
            <TonightCard
              building={b}
              city={cityName(b.city, locale)}
              status={b.status === 'approved' ? null : statuses(b.status)}
              rights={b.litPhoto ? rights.get(b.litPhoto) : undefined}
              locale={locale}
              t={t}
              f={f}
            />
          </li>
        ))}
      </ul>
      <p>
        <a href="#campaign-heading">{t('tonightRest')}</a>
      </p>
    </section>
  );
}

/** When confirming closes, on the (first) building's clock: "12:00", "Central European Time". */
function closing(b: TonightBuilding, locale: string, f: Formatters) {
  return { time: f.time(b.closesAt, b.timeZone), zone: zoneName(b.closesAt, locale, b.timeZone) };
}

function TonightCard({ building: b, city, status, rights, locale, t, f }: { building: TonightBuilding; city: string; status: string | null; rights?: StoredRights; locale: string; t: T; f: Formatters }) {
  const headingId = `tonight-${b.illuminationId}`;
  const { lighting } = b;
  return (
    <article id={`building-${b.buildingId}`} aria-labelledby={headingId} className={b.litAt ? 'tonight-card is-lit' : 'tonight-card'} data-testid={`tonight-${b.illuminationId}`}>
      <h3 id={headingId}>{b.name}</h3>
      <p className="tonight-card__city">
        {city} {status ? <StatusBadge status={b.status} label={status} /> : null}
      </p>
      {lighting.onAt ? (
        <p className="tonight-card__times">
          <span className="tonight-card__on">{t('tonightOn', { time: f.time(lighting.onAt, b.timeZone), sunset: lighting.mode === 'sunset' ? 'yes' : 'no' })}</span>
          {lighting.offAt ? <span> · {t('tonightOff', { time: f.time(lighting.offAt, b.timeZone) })}</span> : null}
          <br />
          <span className="tonight-card__zone">{t('tonightZone', { zone: zoneName(lighting.onAt, locale, b.timeZone) })}</span>
        </p>
      ) : null}
      {b.litAt ? (
        <Confirmed illuminationId={b.illuminationId} photo={b.litPhoto}>
          <p className="tonight-card__confirmed" data-testid="confirmed">
            <span aria-hidden="true">✓ </span>
            {t('tonightConfirmedAt', { time: f.time(b.litAt, b.timeZone) })}
          </p>
          {b.litPhoto && rights ? (
            <figure className="tonight-card__photo">
              {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves it, already resized */}
              <img src={photoUrl(b.litPhoto)} alt={t('litPhotoAlt', { name: b.name })} width={128} />
              <figcaption>
                {rights.publish ? t('tonightPhotoPublic') : t('tonightPhotoPrivate')}
                {rights.credit ? (
                  <>
                    <br />
                    {t('tonightCredit', { credit: rights.credit })}
                  </>
                ) : null}
              </figcaption>
            </figure>
          ) : (
            <details className="tonight-card__add">
              <summary>{t('tonightAddPhoto')}</summary>
              <LitForm variant="card" addPhoto illuminationId={b.illuminationId} building={b.name} />
            </details>
          )}
        </Confirmed>
      ) : (
        <LitForm variant="card" illuminationId={b.illuminationId} building={b.name} />
      )}
    </article>
  );
}
