import { enterLocale } from '@/app/_lib/locale';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cachedMapView, cachedPublicCampaignYear, onlyCity } from '@/app/_data/public';
import { LightsExplorer } from '@/components/lights/LightsExplorer';
import { parseId } from '@/lib/ids';
import { EMBED_CITY_ATTRIBUTE, LIST_PAGE_ATTRIBUTE } from '@/lib/http/page-cache';
import { ClientMessages } from '@/app/_lib/client-messages';
import 'leaflet/dist/leaflet.css';
import { MapClient } from '@/app/_lib/map-client';
import { explorerProps, MAP_PAGE_MESSAGES } from '../_components/CampaignMapPage';
import { localePath } from '@/lib/localized';
import { ByTheDay } from '@/components/results/ByTheDay';
import { cachedHelpCentres } from '@/app/_data/public';
import { parseLayers } from '@/lib/events/public-view';
import { mappedCentres } from '@/lib/help-centres/public';
import { HelpCentresToggleLabel } from '@/components/lights/HelpCentresSection';
import { mapEvents } from '../_components/map-events';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ city?: string | string[]; page?: string | string[]; layers?: string | string[] }>;
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
  const { city, page, layers: layersParam } = await searchParams;
  // `?layers=lights,events,help`: all three by default; unknown names are ignored.
  const layers = parseLayers(layersParam);
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
  const cityName = map.cities.length === 1 && cityId !== null ? map.cities[0]?.name : undefined;
  const centres = layers.has('help') ? await cachedHelpCentres(locale) : [];
  // In an embed the help centres are on the map with their switch; the list stays compact.
  const helpCentres = mappedCentres(centres).length > 0 ? { section: null, toggle: <HelpCentresToggleLabel locale={locale} /> } : undefined;
  const props = await explorerProps(view, map, locale, {
    page,
    list: { path: localePath('/embed', locale), query: cityName ? { city: String(cityId) } : {} },
    onlyCityId: cityName ? cityId : null,
    embedded: true,
    helpCentres: centres,
  });
  if (!layers.has('lights')) props.mapConfig.hideLights = true;
  const events = layers.has('events') ? await mapEvents(view.campaign.year, locale, cityName ? cityId : null) : undefined;
  // Says which city and which page of the list this page shows: the public
  // page cache keeps an embed of one city, or a later page, only when the
  // page says so (an unknown id is not kept once per id).
  const shows = {
    ...(cityName && cityId !== null ? { [EMBED_CITY_ATTRIBUTE]: String(cityId) } : {}),
    ...(props.page > 1 ? { [LIST_PAGE_ATTRIBUTE]: String(props.page) } : {}),
  };
  return (
    <ClientMessages namespaces={MAP_PAGE_MESSAGES}>
      <main id="main" className="embed" {...shows}>
        <div className="embed__head">
          <h1>
            {cityName
              ? t('headingCity', { year: view.campaign.year, city: cityName })
              : home('title', { year: view.campaign.year })}
          </h1>
          <p className="embed__date">{props.summary.dateText}</p>
        </div>
        {/* Outside the head, so that it can stay in view while the list scrolls (globals.css). */}
        <p className="embed__hotline">
          {common('hotlineLabel')} <a href="tel:+3278055800">{common('hotlineNumber')}</a>
        </p>
        {map.lights.length === 0 ? (
          <p>
            <ByTheDay timeline={view.timeline} before={home('noLights')} after={home('noLightsAfter', { year: view.campaign.year })} />
          </p>
        ) : (
          <>
            <MapClient dataPath={view.dataPath} />
            <LightsExplorer {...props} events={events} helpCentres={helpCentres} />
          </>
        )}
        <p className="embed__more">
          <a href={localePath('/', locale)} target="_blank" rel="noopener">
            {t('openFull')}
          </a>
        </p>
      </main>
    </ClientMessages>
  );
}
