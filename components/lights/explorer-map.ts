'use client';

/**
 * The explorer's ties to the map data and to the map its own script drew
 * (components/map/island.ts): where the list's pages are, the data in the
 * page's language, and the map kept in step with the explorer.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { isMapDocument, mapDataFor } from '@/lib/lights/map-data';
import type { MapData, MapLight } from '@/lib/lights/view';
import type { PopupContent } from '@/components/map/public-map';
import { mapDocument, onPublicMap, publicMapHandle, type PublicMapHandle } from '@/components/map/public-map-client';
import type { ListLocation } from './LightsExplorer';

export function pageHref({ path, query }: ListLocation, page: number): string {
  const params = new URLSearchParams(query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The map its own script started (components/map/island.ts), once it has. */
export function usePublicMap(dataPath: string): PublicMapHandle | null {
  const handle = useSyncExternalStore(onPublicMap, publicMapHandle, () => undefined);
  return handle && handle.dataPath === dataPath ? handle : null;
}

function onlyCity(all: MapData, cityId: number | null): MapData {
  return cityId === null
    ? all
    : { cities: all.cities.filter((c) => c.id === cityId), lights: all.lights.filter((l) => l.cityId === cityId), events: all.events?.filter((e) => e.city.id === cityId) };
}

/**
 * The whole year's map data in the page's language, as the map's script
 * read it, or as the page's inline script fetched it when that script has
 * not started; null until then.
 */
export function useMapData(dataPath: string, locale: string, onlyCityId: number | null, handle: PublicMapHandle | null): { data: MapData | null; failed: boolean } {
  const [state, setState] = useState<{ data: MapData | null; failed: boolean }>({ data: null, failed: false });
  const shared = handle?.data ?? null;
  useEffect(() => {
    let live = true;
    const load = async (): Promise<MapData> => {
      if (shared) return shared;
      const doc = await mapDocument(dataPath);
      if (!isMapDocument(doc)) throw new Error('unknown map data');
      return onlyCity(mapDataFor(doc, locale), onlyCityId);
    };
    load().then(
      (data) => {
        if (live) setState({ data, failed: false });
      },
      () => {
        if (live) setState((s) => (s.data ? s : { data: null, failed: true }));
      },
    );
    return () => {
      live = false;
    };
  }, [dataPath, locale, onlyCityId, shared]);
  return state;
}

type MapFollows = {
  ready: boolean;
  visibleIds: number[];
  litIds: ReadonlySet<number>;
  focus: { id: number } | null;
  origin: { lat: number; lng: number } | null;
  onSelect: (id: number) => void;
  popupContent: (light: MapLight) => PopupContent;
};

/** Keeps the map in step with the explorer: what the filters let through, lit hearts, the chosen building, "near me". */
export function useMapFollows(handle: PublicMapHandle | null, { ready, visibleIds, litIds, focus, origin, onSelect, popupContent }: MapFollows): void {
  const map = handle?.map;
  useEffect(() => {
    map?.setHooks({ onSelect, popupContent });
  }, [map, onSelect, popupContent]);
  useEffect(() => {
    if (map && ready) map.show(visibleIds, { fit: origin === null });
  }, [map, ready, visibleIds, origin]);
  useEffect(() => {
    map?.setLit(litIds);
  }, [map, litIds]);
  useEffect(() => {
    if (map && focus) map.focus(focus.id);
  }, [map, focus]);
  // (The nearest buildings when the position arrives; not again as the list changes.)
  const nearest = useMemo(() => (origin ? visibleIds.slice(0, 3) : []), [origin]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    map?.setOrigin(origin, nearest);
  }, [map, origin, nearest]);
}
