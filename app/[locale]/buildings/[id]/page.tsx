import { enterLocale } from '@/app/_lib/locale';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { publicBuilding } from '@/app/_data/public';
import { LightTimes } from '@/components/lights/LightTimes';
import { ShareKit } from '@/components/share/ShareKit';
import { buildingSharePost } from '@/app/_lib/share-posts';
import { BuildingDayStatus } from '@/components/building/BuildingDayStatus';
import { BuildingMap } from '@/components/building/BuildingMap';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { zoneInWords } from '@/lib/dates';
import { Link } from '@/i18n/navigation';
import { parseId } from '@/lib/ids';
import { buildingName, cityName, localePath, provinceKey } from '@/lib/localized';
import { formatEventDate } from '@/lib/lights/day';
import { ClientMessages } from '@/app/_lib/client-messages';

type Params = Promise<{ locale: string; id: string }>;

async function load(id: string) {
  const buildingId = parseId(id);
  return buildingId === null ? undefined : publicBuilding(buildingId);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, locale } = await params;
  const found = await load(id);
  if (!found) return {};
  const title = `${buildingName(found.light, locale)}, ${cityName(found.light.city, locale)}`;
  return {
    title,
    description: found.light.description,
    openGraph: { title, description: found.light.description || undefined, type: 'website' },
    twitter: { card: 'summary_large_image', title },
  };
}

export default async function BuildingPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  enterLocale(locale);
  const found = await load(id);
  if (!found) notFound();
  const t = await getTranslations('Building');
  const kinds = await getTranslations('Kinds');
  const provinces = await getTranslations('Provinces');
  const { campaign, years } = found;
  // Its name in the reader's language where it has one ("Stadhuis van Brussel" in Dutch).
  const light = { ...found.light, name: buildingName(found.light, locale) };
  const city = cityName(light.city, locale);
  const date = formatEventDate(campaign.eventDate, locale);
  // The province in the reader's language where we have it ("Anvers"), else as stored.
  const key = provinceKey(light.city.province);
  const province = key && provinces.has(key as never) ? provinces(key as never) : light.city.province;
  // The zone's name at the moment the lights go on ("Central European Summer Time"), not today's.
  const zoneAt = new Date(light.lightsOn.at ?? `${campaign.eventDate}T12:00:00Z`);
  return (
    <ClientMessages namespaces={['Lights', 'BuildingDay']}>
      <main id="main" className="page narrow building">
        <p>
          <Link href="/">← {t('backToMap')}</Link>
        </p>
        <h1>{light.name}</h1>
        <p className="building__city">
          {city}
          {province ? `, ${province}` : ''}
        </p>
        <BuildingDayStatus
          year={campaign.year}
          eventDate={campaign.eventDate}
          onAt={light.lightsOn.at}
          offAt={light.lightsOff.at}
          litAt={light.litAt}
          timeZone={light.city.timeZone}
          calendar={
            light.lightsOn.time ? (
              <a className="button" href={localePath(`/buildings/${light.id}/calendar`, locale)} download>
                {t('addToCalendar')}
              </a>
            ) : null
          }
          share={<ShareKit post={await buildingSharePost(light, campaign, locale)} />}
        >
          <p className="building-when">
            <time dateTime={campaign.eventDate}>{date}</time>
            <br />
            <LightTimes
              value={{ on: light.lightsOn, offTime: light.lightsOff.time, timeZone: light.city.timeZone }}
            />
            {light.city.timeZone === DEFAULT_TIME_ZONE ? (
              <>
                <br />
                <span className="building-when__zone">{t('timeZone', { zone: zoneInWords(light.city.timeZone, locale, zoneAt) })}</span>
              </>
            ) : null}
          </p>
        </BuildingDayStatus>
        {light.photos.length > 0 ? (
          <section aria-labelledby="photos-heading" className="building__photos">
            <h2 id="photos-heading">{t('photos')}</h2>
            {light.photos.map((photo) => (
              <figure key={photo.url}>
                {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves it, already resized */}
                <img src={photo.url} alt={photo.role === 'night' ? t('photoNightAlt', { name: light.name }) : t('photoAlt', { name: light.name })} loading="lazy" />
                <figcaption>
                  {photo.role === 'night' ? t('photoNight', { date }) : t('photoRegistration')}
                  {photo.credit ? <span className="building__credit">{t('photoCredit', { credit: photo.credit })}</span> : null}
                </figcaption>
              </figure>
            ))}
          </section>
        ) : null}
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{t('whereTitle')}</h2>
          <BuildingMap lat={light.lat} lng={light.lng} label={t('mapLabel', { name: light.name, city })} linkText={t('openMap')} />
        </section>
        <dl className="facts">
          <dt>{t('kind')}</dt>
          <dd>{kinds(light.kind)}</dd>
          <dt>{t('address')}</dt>
          <dd>{light.address || t('notSet')}</dd>
          <dt>{t('years')}</dt>
          <dd>
            {years.map((y, i) => (
              <span key={y}>
                {i > 0 ? ', ' : ''}
                <Link href={`/years/${y}`}>{y}</Link>
              </span>
            ))}
          </dd>
        </dl>
        {light.description ? (
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('about')}</h2>
            <p className="building__description">{light.description}</p>
          </section>
        ) : null}
      </main>
    </ClientMessages>
  );
}
