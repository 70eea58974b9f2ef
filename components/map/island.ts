/**
 * The public map's own script, bundled apart from the page's React code
 * (scripts/build-map-client.mjs) and loaded with it in parallel: it draws the
 * map as soon as Leaflet and the map data are here, whatever React is still
 * doing. The page's explorer then finds the map (see public-map-client.ts)
 * and drives it.
 */
import { isMapDocument, mapDataFor } from '@/lib/lights/map-data';
import type { MapData } from '@/lib/lights/view';
import { PublicMap, type MapWords } from './public-map';
import { PUBLIC_MAP, type PublicMapConfig, type PublicMapHandle } from './public-map-client';

async function loadData(config: PublicMapConfig): Promise<MapData> {
  const res = await fetch(config.dataPath);
  if (!res.ok) throw new Error(`map data: status ${res.status}`);
  const doc: unknown = await res.json();
  if (!isMapDocument(doc)) throw new Error('unknown map data');
  const all = mapDataFor(doc, config.words.locale);
  const city = config.onlyCityId;
  return city === null ? all : { cities: all.cities.filter((c) => c.id === city), lights: all.lights.filter((l) => l.cityId === city) };
}

function start(host: HTMLElement): void {
  const config = JSON.parse(host.dataset.publicMap ?? '') as PublicMapConfig;
  // Leaflet owns an element of its own inside the host, which React leaves alone.
  const element = document.createElement('div');
  element.className = 'lights-map';
  host.append(element);
  const map = new PublicMap(element, {
    tileUrl: config.tileUrl,
    tileAttribution: config.tileAttribution,
    words: config.words as MapWords,
    linkTarget: config.linkTarget,
  });
  const data = loadData(config);
  const handle: PublicMapHandle = { dataPath: config.dataPath, map, data };
  (globalThis as Record<symbol, unknown>)[PUBLIC_MAP] = handle;
  document.dispatchEvent(new Event(PUBLIC_MAP.description!));
  data.then((d) => map.setData(d)).catch((error: unknown) => console.error('The map data could not be loaded', error));
}

function boot(): void {
  const host = document.querySelector<HTMLElement>('[data-public-map]');
  if (host) start(host);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot, { once: true });
else boot();
