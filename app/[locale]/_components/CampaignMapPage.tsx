import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { PublicMapView } from '@/app/_data/public';
import { cachedPublishedYears } from '@/app/_data/public';
import 'leaflet/dist/leaflet.css';
import { MapClient } from '@/app/_lib/map-client';
import type { PublicMapConfig } from '@/components/map/public-map-client';
import { CampaignBanner } from '@/components/CampaignBanner';
import { LightsExplorer, type ListLocation } from '@/components/lights/LightsExplorer';
import { PastYearsNav } from '@/components/lights/PastYearsNav';
import { env } from '@/lib/env';
import { localePath, localize } from '@/lib/localized';
import { formatEventDate } from '@/lib/lights/day';
import { LIST_PAGE_SIZE, listPageCount, parseListPage, type MapData } from '@/lib/lights/view';
import { ClientMessages } from '@/app/_lib/client-messages';
import { ResultsLink } from '@/components/results/ResultsLink';
import { AboutLink } from '@/components/help/AboutLink';
import { LIST_PAGE_ATTRIBUTE } from '@/lib/http/page-cache';
import { cachedHelpCentres } from '@/app/_data/public';
import { cachedEvents } from '@/app/_data/events';
import { HelpCentresSection, HelpCentresToggleLabel } from '@/components/lights/HelpCentresSection';
import { mappedCentres, type PublicHelpCentre } from '@/lib/help-centres/public';
import { mapEvents } from './map-events';

/** The client parts of a map page and the messages they use. */
export const MAP_PAGE_MESSAGES = ['Finder', 'Home', 'Kinds', 'Provinces', 'Lights', 'PublicDay', 'events'];

/**
 * What the explorer gets from the server for one page of the list: the
 * counts, the page's rows and their cities, and where the whole data is.
 * A page past the end is a 404; a page number written another way is the
 * first page.
 */
export async function explorerProps(
  view: PublicMapView,
  map: MapData,
  locale: string,
  {
    page: raw,
    list,
    onlyCityId = null,
    embedded = false,
    helpCentres = [],
  }: {
    page: string | string[] | undefined;
    list: ListLocation;
    onlyCityId?: number | null;
    embedded?: boolean;
    /** Given on the campaign's map page: the help centres' layer. */
    helpCentres?: readonly PublicHelpCentre[];
  },
) {
  const pageCount = listPageCount(map.lights.length);
  const page = parseListPage(raw) ?? 1;
  if (page > pageCount) notFound();
  const rows = map.lights.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
  const cityIds = new Set(rows.map((l) => l.cityId));
  const { TILE_URL, TILE_ATTRIBUTION, TILE_URL_DARK, TILE_ATTRIBUTION_DARK } = env();
  const f = await getTranslations({ locale, namespace: 'Finder' });
  const zoom = await getTranslations({ locale, namespace: 'MapControls' });
  const h = await getTranslations({ locale, namespace: 'HelpCentresMap' });
  const mapped = mappedCentres(helpCentres);
  // The map's words before the page's code runs: placeholders filled in by the map's script.
  const mapConfig: PublicMapConfig = {
    dataPath: view.dataPath,
    onlyCityId,
    tileUrl: TILE_URL,
    tileAttribution: TILE_ATTRIBUTION,
    darkTileUrl: TILE_URL_DARK || null,
    darkTileAttribution: TILE_ATTRIBUTION_DARK || TILE_ATTRIBUTION,
    words: {
      locale,
      marker: f('markerLabel', { name: '{name}', city: '{city}' }),
      markerLit: f('markerLabelLit', { name: '{name}', city: '{city}' }),
      // Clusters hold two buildings or more: the plural form, with its number taken out.
      cluster: f('clusterLabel', { count: 7 }).replace('7', '{count}'),
      buildingHref: localePath('/buildings/{id}', locale),
      photoAlt: f('photoAlt', { name: '{name}' }),
      darkMap: f('darkMap'),
      zoomIn: zoom('zoomIn'),
      zoomOut: zoom('zoomOut'),
      closePopup: zoom('closePopup'),
    },
    ...(embedded ? { linkTarget: '_blank' as const } : {}),
    ...(mapped.length > 0
      ? {
          helpCentres: {
            centres: mapped,
            words: { marker: h('marker', { name: '{name}', city: '{city}' }), kind: h('kind'), helpLink: h('helpLink'), helpHref: localePath('/help', locale) },
          },
        }
      : {}),
  };
  return {
    summary: {
      year: view.campaign.year,
      eventDate: view.campaign.eventDate,
      dateText: formatEventDate(view.campaign.eventDate, locale),
      timeline: view.timeline,
      buildings: map.lights.length,
      cities: map.cities.length,
      confirmedLit: map === view.map ? view.confirmedLit : map.lights.filter((l) => l.litAt !== null).length,
    },
    rows,
    rowCities: map.cities.filter((c) => cityIds.has(c.id)),
    page,
    pageCount,
    list,
    dataPath: view.dataPath,
    onlyCityId,
    mapConfig,
    embedded,
  };
}

/**
 * One campaign's public page: banner, map and list, and links to the other
 * years. The HTML carries the first screen only (one page of the list); the
 * map data comes from its own cached URL, and the map from its own script,
 * both started from the page's head.
 */
export async function CampaignMapPage({
  view,
  locale,
  emptyText,
  path,
  page,
  share = null,
  after = null,
}: {
  view: PublicMapView;
  locale: string;
  emptyText: ReactNode;
  /** The page's own path, for the list's page links. */
  path: string;
  page: string | string[] | undefined;
  /** The share kit, under the banner. */
  share?: ReactNode;
  /** Shown after the map and list (a year's events and partners). */
  after?: ReactNode;
}) {
  const t = await getTranslations('Home');
  const { campaign, map } = view;
  const centres = await cachedHelpCentres(locale);
  const props = await explorerProps(view, map, locale, { page, list: { path, query: {} }, helpCentres: centres });
  const helpCentres =
    centres.length > 0
      ? { section: <HelpCentresSection centres={centres} locale={locale} />, toggle: <HelpCentresToggleLabel locale={locale} /> }
      : undefined;
  const events = await mapEvents(campaign.year, locale);
  const otherYears = (await cachedPublishedYears()).filter((y) => y !== campaign.year);
  const hasEvents = ((await cachedEvents(campaign.year)) ?? []).length > 0;
  // Says which page of the list this is: the public page cache keeps a later page only when the page says so.
  const shows = props.page > 1 ? { [LIST_PAGE_ATTRIBUTE]: String(props.page) } : {};
  return (
    <ClientMessages namespaces={MAP_PAGE_MESSAGES}>
      <main id="main" className="home" {...shows}>
        <CampaignBanner
          title={t('title', { year: campaign.year })}
          date={props.summary.dateText}
          theme={t('theme', { theme: localize(campaign.theme, locale) })}
        />
        <AboutLink />
        {share}
        {map.lights.length === 0 ? (
          <div className="page narrow">
            <p>{emptyText}</p>
            {helpCentres?.section}
          </div>
        ) : (
          <>
            <MapClient dataPath={view.dataPath} />
            <LightsExplorer {...props} helpCentres={helpCentres} events={events} />
          </>
        )}
        {after}
        <ResultsLink year={campaign.year} timeline={view.timeline} />
        <PastYearsNav years={otherYears} dataYear={campaign.year} eventsData={hasEvents} />
      </main>
    </ClientMessages>
  );
}
