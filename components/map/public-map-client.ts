/**
 * Where the page's explorer meets the map its own script started
 * (island.ts): a handle on `globalThis`, announced by an event of the same
 * name. Types and names only, so the explorer's bundle stays free of Leaflet.
 */
import type { MapData } from '@/lib/lights/view';
import type { MapWords, PublicMap } from './public-map';

export const PUBLIC_MAP = Symbol.for('blue-lights:public-map');

/** What the page tells the map's script, in the host element's `data-public-map`. */
export type PublicMapConfig = {
  dataPath: string;
  onlyCityId: number | null;
  tileUrl: string;
  tileAttribution: string;
  /** The night view's tiles (TILE_URL_DARK), or null: the day's, darkened. */
  darkTileUrl: string | null;
  darkTileAttribution: string;
  words: MapWords;
  linkTarget?: '_blank';
};

export type PublicMapHandle = { dataPath: string; map: PublicMap; data: Promise<MapData> };

/** The map, once its script has started it. */
export function publicMapHandle(): PublicMapHandle | undefined {
  return (globalThis as Record<symbol, unknown>)[PUBLIC_MAP] as PublicMapHandle | undefined;
}

/** Calls `listener` when the map's script has started it; returns the unsubscribe. */
export function onPublicMap(listener: () => void): () => void {
  const name = PUBLIC_MAP.description!;
  document.addEventListener(name, listener);
  return () => document.removeEventListener(name, listener);
}
