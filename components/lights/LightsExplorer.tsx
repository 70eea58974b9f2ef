'use client';

import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { BUILDING_KINDS, type BuildingKind, DEFAULT_TIME_ZONE } from '@/lib/constants';
import { getPathname } from '@/i18n/navigation';
import { filterLights, sortByDistance, type MapData, type MapLight } from '@/lib/lights/view';
import { isLitNow, type DayTimeline } from '@/lib/lights/day';
import type { PopupContent } from '@/components/map/LightsMap';
import { useLightTimesText } from './LightTimes';
import { LightsList } from './LightsList';
import { PublicDayStatus } from './PublicDayStatus';
import { useNow } from './use-now';

// Leaflet needs `window`: the map is rendered in the browser only.
const LightsMap = dynamic(() => import('@/components/map/LightsMap'), {
  ssr: false,
  loading: () => <MapPlaceholder />,
});

function MapPlaceholder() {
  const t = useTranslations('Home');
  return <div className="map-placeholder">{t('mapLoading')}</div>;
}

/** How many buildings the list shows at first and adds per "show more": never 10,000 rows at once. */
export const PAGE_SIZE = 50;

type NearMe =
  | { state: 'off' }
  | { state: 'locating' }
  | { state: 'on'; lat: number; lng: number }
  | { state: 'unavailable' };

/**
 * The public map and, beside it, the same buildings as a list, both following
 * the search, the kind filter and "near me". Choosing a building in the list
 * shows it on the map.
 */
export function LightsExplorer({
  data,
  year,
  eventDate,
  dateText,
  timeline,
  tileUrl,
  tileAttribution,
  embedded = false,
}: {
  /** Already in list order (province, city, name). */
  data: MapData;
  year: number;
  eventDate: string;
  /** The event date formatted for the reader. */
  dateText: string;
  timeline: DayTimeline;
  tileUrl: string;
  tileAttribution: string;
  embedded?: boolean;
}) {
  const t = useTranslations('Home');
  const f = useTranslations('Finder');
  const kinds = useTranslations('Kinds');
  const locale = useLocale();
  const timesText = useLightTimesText();
  const now = useNow();

  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<BuildingKind | ''>('');
  const [near, setNear] = useState<NearMe>({ state: 'off' });
  const [paging, setPaging] = useState({ key: '', pages: 1 });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // A new object each time, so that choosing the same building again re-focuses it.
  const [focus, setFocus] = useState<{ id: number } | null>(null);
  // Typing stays responsive with 10,000 buildings: the list and map follow a moment later.
  const deferredQuery = useDeferredValue(query);

  const cities = useMemo(() => new Map(data.cities.map((c) => [c.id, c])), [data.cities]);
  const filtered = useMemo(
    () => filterLights(data.lights, cities, { query: deferredQuery, kind }),
    [data.lights, cities, deferredQuery, kind],
  );
  const origin = near.state === 'on' ? { lat: near.lat, lng: near.lng } : null;
  const byDistance = useMemo(() => (origin ? sortByDistance(filtered, origin) : null), [filtered, origin?.lat, origin?.lng]); // eslint-disable-line react-hooks/exhaustive-deps
  const ordered = useMemo(() => byDistance?.map((d) => d.light) ?? filtered, [byDistance, filtered]);
  const visibleIds = useMemo(() => ordered.map((l) => l.id), [ordered]);
  const distances = useMemo(() => new Map(byDistance?.map((d) => [d.light.id, d.km]) ?? []), [byDistance]);

  // Each new filter starts the list again at its first page.
  const pagingKey = `${deferredQuery}|${kind}|${near.state}`;
  const pages = paging.key === pagingKey ? paging.pages : 1;
  const shown = ordered.slice(0, pages * PAGE_SIZE);

  const litIds = useMemo(() => {
    const lit = new Set<number>();
    if (now === null) return lit;
    for (const l of data.lights) {
      const timeZone = cities.get(l.cityId)?.timeZone ?? DEFAULT_TIME_ZONE;
      if (isLitNow(eventDate, { onAt: l.onAt, offAt: l.offAt, litAt: l.litAt, timeZone }, now)) lit.add(l.id);
    }
    return lit;
  }, [now, data.lights, cities, eventDate]);

  const cityOf = useCallback((light: MapLight) => cities.get(light.cityId), [cities]);
  const timesOf = useCallback(
    (light: MapLight) =>
      timesText({ on: light.on, offTime: light.offTime, timeZone: cityOf(light)?.timeZone ?? DEFAULT_TIME_ZONE }),
    [timesText, cityOf],
  );
  const hrefOf = useCallback(
    (light: MapLight) => getPathname({ href: `/buildings/${light.id}`, locale }),
    [locale],
  );
  const markerLabel = useCallback(
    (light: MapLight, lit: boolean) => {
      const city = cityOf(light)?.name ?? '';
      return lit ? f('markerLabelLit', { name: light.name, city }) : f('markerLabel', { name: light.name, city });
    },
    [cityOf, f],
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

  const showOnMap = useCallback((id: number) => {
    setSelectedId(id);
    setFocus({ id });
    document.getElementById('lights-map')?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, []);

  const toggleNearMe = () => {
    if (near.state === 'on' || near.state === 'locating') {
      setNear({ state: 'off' });
      return;
    }
    // Only when the visitor asks: the browser then asks them for permission.
    if (!('geolocation' in navigator)) {
      setNear({ state: 'unavailable' });
      return;
    }
    setNear({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => setNear({ state: 'on', lat: position.coords.latitude, lng: position.coords.longitude }),
      () => setNear({ state: 'unavailable' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  const filtering = deferredQuery.trim() !== '' || kind !== '';
  const resultCities = useMemo(() => new Set(filtered.map((l) => l.cityId)).size, [filtered]);

  const confirmedLit = useMemo(() => data.lights.filter((l) => l.litAt !== null).length, [data.lights]);

  return (
    <div className={embedded ? 'explorer explorer--embedded' : 'explorer'}>
      <PublicDayStatus
        year={year}
        date={dateText}
        timeline={timeline}
        buildings={data.lights.length}
        cities={data.cities.length}
        confirmedLit={confirmedLit}
        litNow={litIds.size}
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
        <p className="finder__status" role="status">
          {near.state === 'locating' ? f('locating') : near.state === 'unavailable' ? f('locationUnavailable') : ''}
        </p>
      </form>

      <div className="explorer__map" id="lights-map" role="region" aria-label={t('mapLabel')}>
        <LightsMap
          lights={data.lights}
          cities={cities}
          visibleIds={visibleIds}
          litIds={litIds}
          focus={focus}
          origin={origin}
          onSelect={setSelectedId}
          popupContent={popupContent}
          markerLabel={markerLabel}
          linkTarget={embedded ? '_blank' : undefined}
          tileUrl={tileUrl}
          tileAttribution={tileAttribution}
        />
      </div>

      <div className="explorer__list">
        <section className="lights-list" aria-labelledby="lights-list-heading">
          <h2 id="lights-list-heading">{t('listHeading')}</h2>
          <p className="lights-list__counts" data-testid="counts" aria-live="polite">
            {t('counts', { buildings: filtered.length, cities: resultCities })}
            {filtering ? ` ${f('ofTotal', { total: data.lights.length })}` : ''}
          </p>
          {ordered.length === 0 ? (
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
          {shown.length < ordered.length ? (
            <p className="lights-list__more">
              <span>{f('shownOf', { shown: shown.length, total: ordered.length })}</span>{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => setPaging({ key: pagingKey, pages: pages + 1 })}
              >
                {f('showMore', { count: Math.min(PAGE_SIZE, ordered.length - shown.length) })}
              </button>
            </p>
          ) : null}
        </section>
      </div>
    </div>
  );
}
