/**
 * Where the page's explorer meets the map its own script started
 * (island.ts): a handle on `globalThis`, announced by an event of the same
 * name. Types and names only, so the explorer's bundle stays free of Leaflet.
 */
import { inlineJson } from '@/lib/http/inline-json';
import type { MapData } from '@/lib/lights/view';
import type { MapWords, PublicMap, PublicMapOptions } from './public-map';

export const PUBLIC_MAP = Symbol.for('blue-lights:public-map');

const MAP_DOCUMENT_KEY = 'blue-lights:map-document';

/**
 * The few bytes of script the page runs inline, as the parser meets them:
 * they fetch and parse the map data at once, so that the data is ready when
 * Leaflet arrives instead of waiting behind React's hydration for its turn on
 * a phone's main thread. The path is the server's own versioned URL.
 */
export function mapDocumentScript(dataPath: string): string {
  const path = inlineJson(dataPath);
  return `globalThis[Symbol.for(${inlineJson(MAP_DOCUMENT_KEY)})]={path:${path},doc:fetch(${path}).then(function(r){return r.ok?r.json():null}).catch(function(){return null})};`;
}

/** The map data document: the one the page's inline script fetched, else fetched here. */
export async function mapDocument(dataPath: string): Promise<unknown> {
  const early = (globalThis as Record<symbol, { path: string; doc: Promise<unknown> } | undefined>)[Symbol.for(MAP_DOCUMENT_KEY)];
  if (early && early.path === dataPath) {
    const doc = await early.doc;
    if (doc !== null) return doc;
  }
  const res = await fetch(dataPath);
  if (!res.ok) throw new Error(`map data: status ${res.status}`);
  return res.json();
}

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
  helpCentres?: PublicMapOptions['helpCentres'];
  events?: PublicMapOptions['events'];
  hideLights?: boolean;
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
