import { enterLocale } from '@/app/_lib/locale';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cachedMapView, cachedPublicCampaignYear, onlyCity } from '@/app/_data/public';
import { LightsExplorer } from '@/components/lights/LightsExplorer';
import { getPathname } from '@/i18n/navigation';
import { env } from '@/lib/env';
import { parseId } from '@/lib/ids';
import { EMBED_CITY_ATTRIBUTE } from '@/lib/http';
import { formatEventDate } from '@/lib/lights';
import { ClientMessages } from '@/app/_lib/client-messages';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ city?: string | string[] }>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Embed' });
  // Partners' pages are the place to find this map; search engines should list the site itself.
  return { title: t('title'), robots: { index: false } };
}

/** The map and a compact list alone, for partner websites: `/embed`, `/fr/embed?city=12`. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { locale } = await params;
  enterLocale(locale);
  const { city } = await searchParams;
  const t = await getTranslations('Embed');
  const common = await getTranslations('Common');
  const home = await getTranslations('Home');
  const year = await cachedPublicCampaignYear();
  const view = year === null ? null : await cachedMapView(year, locale);
  if (!view) {
    return (
      <main id="main" className="embed">
        <h1>{home('noCampaign')}</h1>
      </main>
    );
  }
  const cityId = typeof city === 'string' ? parseId(city) : null;
  const map = cityId === null ? view.map : onlyCity(view.map, cityId);
  const date = formatEventDate(view.campaign.eventDate, locale);
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  const cityName = map.cities.length === 1 && cityId !== null ? map.cities[0]?.name : undefined;
  // Says which city this page shows: the public page cache keeps an embed of
  // one city only when the page says so (an unknown id is not kept once per id).
  const shows = cityName && cityId !== null ? { [EMBED_CITY_ATTRIBUTE]: String(cityId) } : {};
  return (
    <ClientMessages namespaces={['Finder', 'Home', 'Kinds', 'Provinces', 'Lights', 'Share', 'PublicDay', 'MapControls']}>
      <main id="main" className="embed" {...shows}>
        <div className="embed__head">
          <h1>
            {cityName
              ? t('headingCity', { year: view.campaign.year, city: cityName })
              : home('title', { year: view.campaign.year })}
          </h1>
          <p className="embed__date">{date}</p>
          <p className="embed__hotline">
            {common('hotlineLabel')} <a href="tel:+3278055800">{common('hotlineNumber')}</a>
          </p>
        </div>
        {map.lights.length === 0 ? (
          <p>{home('noLights')}</p>
        ) : (
          <LightsExplorer
            data={map}
            year={view.campaign.year}
            eventDate={view.campaign.eventDate}
            dateText={date}
            timeline={view.timeline}
            tileUrl={TILE_URL}
            tileAttribution={TILE_ATTRIBUTION}
            embedded
          />
        )}
        <p className="embed__more">
          <a href={getPathname({ href: '/', locale })} target="_blank" rel="noopener">
            {t('openFull')}
          </a>
        </p>
      </main>
    </ClientMessages>
  );
}
