'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { BUILDING_KINDS, type BuildingKind, DEFAULT_TIME_ZONE } from '@/lib/constants';
import { filterLights, LIST_PAGE_SIZE, sortByDistance, type MapCity, type MapLight } from '@/lib/lights/view';
import { isLitNow, type DayTimeline } from '@/lib/lights/day';
import { localePath } from '@/lib/localized';
import type { PopupContent } from '@/components/map/public-map';
import { type PublicMapConfig } from '@/components/map/public-map-client';
import { useLightTimesText } from './LightTimes';
import { LightsList } from './LightsList';
import { MapRegion } from './MapRegion';
import { PublicDayStatus } from './PublicDayStatus';
import { useNearMe } from './use-near-me';
import { useNow } from './use-now';
import { pageHref, useMapData, useMapFollows, usePublicMap } from './explorer-map';
import { filterEvents, shownEventWords, type ListedEvent } from '@/lib/events/public-view';
import type { EventWords } from '@/components/map/event-layer';
import { EventsSection } from './EventsSection';

const PAGE_SIZE = LIST_PAGE_SIZE;

/** What the page knows of the whole year without the map data: enough for the first screen. */
export type ExplorerSummary = {
  year: number;
  eventDate: string;
  /** The event date formatted for the reader. */
  dateText: string;
  timeline: DayTimeline;
  buildings: number;
  cities: number;
  confirmedLit: number;
};

/** Where the list's pages live: `path?…&page=N` (the embed keeps its `city`). */
export type ListLocation = { path: string; query: Record<string, string> };

/**
 * The public map and, beside it, the same buildings as a list, both following
 * the search, the kind filter and "near me". Choosing a building in the list
 * shows it on the map.
 *
 * The server renders the first screen: the counts and one page of the list,
 * with links to the next pages, so the list is complete without JavaScript.
 * The whole year's data then arrives from one cached URL, and the map, the
 * search and "show more" work on it.
 */
export function LightsExplorer({
  summary,
  rows,
  rowCities,
  page,
  pageCount,
  list,
  dataPath,
  onlyCityId = null,
  mapConfig,
  embedded = false,
  helpCentres,
  events,
}: {
  summary: ExplorerSummary;
  /** The server's page of the list, in list order (province, city, name). */
  rows: MapLight[];
  rowCities: MapCity[];
  /** Which page of the list `rows` is (from 1), of how many. */
  page: number;
  pageCount: number;
  list: ListLocation;
  /** The map data's versioned URL. */
  dataPath: string;
  /** An embed of one city: only its buildings. */
  onlyCityId?: number | null;
  /** What the map's own script needs, written into the page for it (see components/map/island.ts). */
  mapConfig: PublicMapConfig;
  embedded?: boolean;
  /** The help centres' section of the list and the words of its switch, made by the server. */
  helpCentres?: { section: ReactNode; toggle: ReactNode };
  /** The partners' events of the campaign, their map words and their sign, made by the server. */
  /** The list's part of each event (the rest, and the map's layer, come with the map data). */
  events?: { items: ListedEvent[]; words: EventWords; toggle: ReactNode; mark: ReactNode };
}) {
  const t = useTranslations('Home');
  const f = useTranslations('Finder');
  const kinds = useTranslations('Kinds');
  const locale = useLocale();
  const timesText = useLightTimesText();
  const now = useNow();
  const handle = usePublicMap(dataPath);
  const { data, failed } = useMapData(dataPath, locale, onlyCityId, handle);
  const ready = data !== null;

  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<BuildingKind | ''>('');
  const [near, toggleNearMe] = useNearMe();
  const [paging, setPaging] = useState({ key: '', pages: 1 });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // A new object each time, so that choosing the same building again re-focuses it.
  const [focus, setFocus] = useState<{ id: number } | null>(null);
  // Typing stays responsive with 10,000 buildings: the list and map follow a moment later.
  const deferredQuery = useDeferredValue(query);

  const lights = data?.lights ?? rows;
  const cities = useMemo(() => new Map((data?.cities ?? rowCities).map((c) => [c.id, c])), [data, rowCities]);
  const filtered = useMemo(
    () => (ready ? filterLights(lights, cities, { query: deferredQuery, kind }) : lights),
    [ready, lights, cities, deferredQuery, kind],
  );
  const origin = useMemo(() => (near.state === 'on' ? { lat: near.lat, lng: near.lng } : null), [near]);
  const byDistance = useMemo(() => (origin && ready ? sortByDistance(filtered, origin) : null), [filtered, origin, ready]);
  const ordered = useMemo(() => byDistance?.map((d) => d.light) ?? filtered, [byDistance, filtered]);
  const visibleIds = useMemo(() => (ready ? ordered.map((l) => l.id) : []), [ordered, ready]);
  const distances = useMemo(() => new Map(byDistance?.map((d) => [d.light.id, d.km]) ?? []), [byDistance]);

  const filtering = deferredQuery.trim() !== '' || kind !== '' || near.state === 'on';
  // Each new filter starts the list again at its first page; without one, at the page the visitor opened.
  const pagingKey = `${deferredQuery}|${kind}|${near.state}`;
  const pages = paging.key === pagingKey ? paging.pages : 1;
  const start = ready && !filtering ? (page - 1) * PAGE_SIZE : 0;
  const shown = ready ? ordered.slice(start, start + pages * PAGE_SIZE) : ordered;
  const total = ready ? ordered.length : summary.buildings;
  const firstRow = ready ? start : (page - 1) * PAGE_SIZE;
  const left = total - firstRow - shown.length;
  const more = ready ? left > 0 : page < pageCount;

  const litIds = useMemo(() => {
    const lit = new Set<number>();
    if (now === null) return lit;
    for (const l of lights) {
      const timeZone = cities.get(l.cityId)?.timeZone ?? DEFAULT_TIME_ZONE;
      if (isLitNow(summary.eventDate, { onAt: l.onAt, offAt: l.offAt, litAt: l.litAt, timeZone }, now)) lit.add(l.id);
    }
    return lit;
  }, [now, lights, cities, summary.eventDate]);

  const cityOf = useCallback((light: MapLight) => cities.get(light.cityId), [cities]);
  const timesOf = useCallback(
    (light: MapLight) =>
      timesText({ on: light.on, offTime: light.offTime, timeZone: cityOf(light)?.timeZone ?? DEFAULT_TIME_ZONE }),
    [timesText, cityOf],
  );
  const hrefOf = useCallback(
    (light: MapLight) => localePath(`/buildings/${light.id}`, locale),
    [locale],
  );
  const popupContent = useCallback(
    (light: MapLight): PopupContent => ({
      name: light.name,
      city: cityOf(light)?.name ?? '',
      times: timesOf(light),
      lit: litIds.has(light.id) ? f('litNow') : null,
      href: hrefOf(light),
    }),
    [cityOf, timesOf, litIds, f, hrefOf],
  );

  // The help centres' switch shows or hides their layer on the map and their section of the list.
  const [helpShown, setHelpShown] = useState(true);
  useEffect(() => handle?.map.showHelpCentres(helpShown), [handle, helpShown]);

  // The events' switch does the same for theirs; the search narrows them, "near me" orders them by distance.
  const [eventsShown, setEventsShown] = useState(true);
  useEffect(() => handle?.map.showEvents(eventsShown), [handle, eventsShown]);
  // The page's own rows until the map data is here; then the data's, with positions and names in every language.
  const dataEvents = events ? (data?.events ?? null) : null;
  const searchedEvents = useMemo(() => (dataEvents ? filterEvents(dataEvents, deferredQuery, shownEventWords) : null), [dataEvents, deferredQuery]);
  const eventItems = events?.items;
  const shownEvents: readonly ListedEvent[] = useMemo(
    () => searchedEvents ?? (eventItems ? filterEvents(eventItems, deferredQuery, shownEventWords) : []),
    [searchedEvents, eventItems, deferredQuery],
  );
  const eventsByDistance = useMemo(() => (origin && searchedEvents ? sortByDistance(searchedEvents, origin) : null), [searchedEvents, origin]);
  const eventDistances = useMemo(() => (eventsByDistance ? new Map(eventsByDistance.map((d) => [d.light.id, d.km])) : null), [eventsByDistance]);
  const eventsSearched = deferredQuery.trim() !== '';
  useEffect(() => handle?.map.onlyEvents(eventsSearched ? shownEvents.map((e) => e.id) : null), [handle, eventsSearched, shownEvents]);
  // The map's settings: the events' words only; the map's script reads the events from the map data.
  const mapSettings = useMemo(() => JSON.stringify(events ? { ...mapConfig, events: { words: events.words } } : mapConfig), [mapConfig, events]);

  // The map follows the explorer: what the filters let through, lit hearts, the chosen building, "near me".
  useMapFollows(handle, { ready, visibleIds, litIds, focus, origin, onSelect: setSelectedId, popupContent });

  const showOnMap = useCallback((id: number) => {
    setSelectedId(id);
    setFocus({ id });
    document.getElementById('lights-map')?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, []);

  const searching = deferredQuery.trim() !== '' || kind !== '';
  const resultCities = useMemo(() => new Set(filtered.map((l) => l.cityId)).size, [filtered]);
  const waiting = !ready && (searching || near.state === 'on');
  const status = near.state === 'locating'
    ? f('locating')
    : near.state === 'unavailable'
      ? f('locationUnavailable')
      : waiting && !failed
        ? f('loading')
        : '';

  return (
    <div className={['explorer', embedded ? 'explorer--embedded' : '', searching || near.state === 'on' ? 'explorer--results' : ''].filter(Boolean).join(' ')}>
      <PublicDayStatus
        year={summary.year}
        date={summary.dateText}
        timeline={summary.timeline}
        buildings={summary.buildings}
        cities={summary.cities}
        confirmedLit={summary.confirmedLit}
        litNow={ready ? litIds.size : null}
      />
      <form className="finder" role="search" aria-label={f('formLabel')} onSubmit={(e) => e.preventDefault()}>
        <div className="finder__field finder__field--search">
          <label htmlFor="finder-query">{f('searchLabel')}</label>
          <input
            id="finder-query"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={f('searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="finder__field">
          <label htmlFor="finder-kind">{f('kindLabel')}</label>
          <select id="finder-kind" value={kind} onChange={(e) => setKind(e.target.value as BuildingKind | '')}>
            <option value="">{f('allKinds')}</option>
            {BUILDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="finder__field finder__field--near">
          <button
            type="button"
            className="button-link"
            aria-pressed={near.state === 'on'}
            onClick={toggleNearMe}
          >
            {f('nearMe')}
          </button>
        </div>
        {events ? (
          <div className="finder__field finder__field--events">
            <button type="button" className="button-link events-toggle" aria-pressed={eventsShown} onClick={() => setEventsShown(!eventsShown)}>
              {events.toggle}
            </button>
          </div>
        ) : null}
        {helpCentres ? (
          <div className="finder__field finder__field--help">
            <button type="button" className="button-link help-toggle" aria-pressed={helpShown} onClick={() => setHelpShown(!helpShown)}>
              {helpCentres.toggle}
            </button>
          </div>
        ) : null}
        <p className="finder__status" role="status">
          {status}
        </p>
      </form>

      {/* On a phone the map fills the screen: the list is one tap away. */}
      <a className="explorer__to-list" href="#lights-list-heading">
        {f('toList')}
      </a>
      <MapRegion label={t('mapLabel')} handle={handle}>
        {/* The map's own script draws in here; React leaves what it adds alone. */}
        <div
          className="lights-map-host"
          data-public-map={mapSettings}
          data-loading={t('mapLoading')}
          dangerouslySetInnerHTML={NOTHING}
        />
      </MapRegion>

      <div className="explorer__list">
        <section className="lights-list" aria-labelledby="lights-list-heading" hidden={mapConfig.hideLights}>
          <h2 id="lights-list-heading">{t('listHeading')}</h2>
          <p className="lights-list__counts" data-testid="counts" aria-live="polite">
            {ready && searching
              ? t('counts', { buildings: filtered.length, cities: resultCities })
              : t('counts', { buildings: summary.buildings, cities: summary.cities })}
            {ready && searching ? ` ${f('ofTotal', { total: lights.length })}` : ''}
          </p>
          {ready && ordered.length === 0 ? (
            <p className="lights-list__empty">
              {f('noResults')}{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  setQuery('');
                  setKind('');
                }}
              >
                {f('clearFilters')}
              </button>
            </p>
          ) : (
            <LightsList
              lights={shown}
              cities={cities}
              grouped={origin === null}
              distances={distances}
              litIds={litIds}
              selectedId={selectedId}
              onShowOnMap={showOnMap}
              timesOf={timesOf}
              hrefOf={hrefOf}
              linkTarget={embedded ? '_blank' : undefined}
            />
          )}
          <nav className="lights-list__more" aria-label={f('pagesLabel')}>
            {firstRow > 0 ? (
              <a href={pageHref(list, page - 1)} className="button-link">
                {f('previous')}
              </a>
            ) : null}
            {shown.length > 0 && (more || firstRow > 0) ? (
              <span>{f('shownOf', { shown: shown.length, total })}</span>
            ) : null}
            {more && ready ? (
              // With the data at hand, the next rows join this page.
              <button type="button" className="button-link" onClick={() => setPaging({ key: pagingKey, pages: pages + 1 })}>
                {f('showMore', { count: Math.min(PAGE_SIZE, left) })}
              </button>
            ) : more ? (
              // Until then (and without JavaScript), the next page is a page of its own.
              <a href={pageHref(list, page + 1)} className="button-link">
                {f('showMore', { count: Math.min(PAGE_SIZE, left) })}
              </a>
            ) : null}
          </nav>
        </section>
        {events && eventsShown ? (
          <EventsSection
            events={eventsByDistance ? eventsByDistance.map((d) => d.light) : shownEvents}
            words={events.words}
            total={dataEvents?.length ?? events.items.length}
            distances={eventDistances}
            mark={events.mark}
            linkTarget={embedded ? '_blank' : undefined}
          />
        ) : null}
        {helpShown && helpCentres?.section}
      </div>
    </div>
  );
}

const NOTHING = { __html: '' };
