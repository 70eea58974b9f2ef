/**
 * The public map's own script, bundled apart from the page's React code
 * (scripts/build-map-client.mjs) and loaded with it in parallel: it draws the
 * map as soon as Leaflet and the map data are here, whatever React is still
 * doing. The page's explorer then finds the map (see public-map-client.ts)
 * and drives it.
 */
import './arrived';
import { isMapDocument, mapDataFor } from '@/lib/lights/map-data';
import type { MapData } from '@/lib/lights/view';
import { PublicMap, type MapWords } from './public-map';
import { initialTheme, THEME_STORAGE_KEY, type MapTheme } from './map-theme';
import { mapDocument, PUBLIC_MAP, type PublicMapConfig, type PublicMapHandle } from './public-map-client';

async function loadData(config: PublicMapConfig): Promise<MapData> {
  const doc = await mapDocument(config.dataPath);
  if (!isMapDocument(doc)) throw new Error('unknown map data');
  const all = mapDataFor(doc, config.words.locale);
  const city = config.onlyCityId;
  return city === null
    ? all
    : { cities: all.cities.filter((c) => c.id === city), lights: all.lights.filter((l) => l.cityId === city), events: all.events?.filter((e) => e.city.id === city) };
}

/** The system's dark mode; the map follows it until the visitor chooses a theme on the map. */
const night = window.matchMedia('(prefers-color-scheme: dark)');

function storedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null; // storage refused (private mode, embedded without storage access)
  }
}

function rememberTheme(theme: MapTheme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // the choice then lasts for this page only
  }
}

night.addEventListener('change', () => {
  if (storedTheme() !== null) return;
  for (const { map } of started.values()) map.setTheme(night.matches ? 'dark' : 'light');
});

/** The maps this script started, by host, with the settings each was started with. */
const started = new Map<HTMLElement, { settings: string; element: HTMLElement; map: PublicMap }>();

function start(host: HTMLElement, settings: string): void {
  const config = JSON.parse(settings) as PublicMapConfig;
  // Leaflet owns an element of its own inside the host, which React leaves alone.
  const element = document.createElement('div');
  element.className = 'lights-map';
  host.append(element);
  const map = new PublicMap(element, {
    tileUrl: config.tileUrl,
    tileAttribution: config.tileAttribution,
    darkTileUrl: config.darkTileUrl,
    darkTileAttribution: config.darkTileAttribution,
    theme: initialTheme(storedTheme(), night.matches),
    onThemeChange: rememberTheme,
    words: config.words as MapWords,
    linkTarget: config.linkTarget,
    helpCentres: config.helpCentres,
    events: config.events,
    hideLights: config.hideLights,
  });
  started.set(host, { settings, element, map });
  const data = loadData(config);
  const handle: PublicMapHandle = { dataPath: config.dataPath, map, data };
  (globalThis as Record<symbol, unknown>)[PUBLIC_MAP] = handle;
  document.dispatchEvent(new Event(PUBLIC_MAP.description!));
  performance.mark('map:created');
  data
    .then((d) => {
      performance.mark('map:data');
      map.setData(d);
      performance.mark('map:drawn');
    })
    .catch((error: unknown) => console.error('The map data could not be loaded', error));
}

/**
 * Draws a map in every host that has none yet, and a new one where the
 * settings changed. The script runs once per visit, but a navigation inside
 * the site (another year, another language) brings a new host without a new
 * visit: a mutation observer notices it.
 */
function sync(): void {
  for (const [host, { settings, element, map }] of started) {
    if (host.isConnected && host.dataset.publicMap === settings) continue;
    // The page's code must not reach a map that is gone (another page's, after a navigation).
    const global = globalThis as Record<symbol, { map?: unknown } | undefined>;
    if (global[PUBLIC_MAP]?.map === map) delete global[PUBLIC_MAP];
    map.destroy();
    element.remove();
    started.delete(host);
  }
  for (const host of document.querySelectorAll<HTMLElement>('[data-public-map]')) {
    const settings = host.dataset.publicMap;
    if (settings && !started.has(host)) start(host, settings);
  }
}

// Marks for the phone benchmark's waterfall (scripts/bench/waterfall.ts).
performance.mark('map:script');

// Not waiting for DOMContentLoaded: on a phone the page's other scripts hold
// that back by a second or more. The script starts from the head, often
// before the parser has reached the map; the observer then sees the map's
// host arrive, already styled (the stylesheets block rendering, not scripts).
sync();
new MutationObserver(sync).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-public-map'] });
