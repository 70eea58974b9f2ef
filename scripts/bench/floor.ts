/**
 * The floor of the phone benchmark: the fastest page that could show the same
 * map. Only the map's own script (the island the app serves), the same map
 * data from the same URL (fetched early by the same few bytes of inline
 * script the app's page has), Leaflet's stylesheet inlined and the map's host
 * with the app's own settings: no React, no page styles, no other content.
 * The benchmark serves it as a static file from the same server, in the same
 * run, so the app's first markers can be given as a ratio to it, which holds
 * on any machine where the absolute seconds do not.
 */
import { mapDocumentScript } from '@/components/map/public-map-client';

/** What the floor page takes from the app's own page, so both load exactly the same script and data. */
export type FloorParts = { island: string; dataPath: string; settings: string };

/** The island's URL, the map data's URL and the map host's settings (HTML-escaped, as the page has them). */
export function floorParts(appHtml: string): FloorParts {
  const island = appHtml.match(/<script src="(\/map-client\/island-[A-Za-z0-9_-]+\.js)"/)?.[1];
  const dataPath = appHtml.match(/\/api\/lights\/\d{4}\/map\/[A-Za-z0-9_-]+\.json/)?.[0];
  const settings = appHtml.match(/data-public-map="([^"]*)"/)?.[1];
  if (!island) throw new Error('The map page names no map script');
  if (!dataPath) throw new Error('The map page names no map data');
  if (!settings) throw new Error('The map page has no map');
  return { island, dataPath, settings };
}

/**
 * The floor page: the map filling the screen, as on the app's phone layout.
 * `leafletCss` is Leaflet's own stylesheet, the least it needs to lay out its
 * panes, tiles and markers.
 */
export function floorPage({ island, dataPath, settings }: FloorParts, leafletCss: string): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Map floor</title>',
    `<script>${mapDocumentScript(dataPath)}</script>`,
    `<script src="${island}" async fetchpriority="high"></script>`,
    `<style>${leafletCss.replace(/<\//g, '<\\/')}\nhtml,body{margin:0;height:100%}.lights-map-host,.lights-map{height:100%;width:100%}</style>`,
    '</head><body>',
    `<div class="lights-map-host" data-public-map="${settings}"></div>`,
    '</body></html>',
  ].join('');
}

/** The app's time over the floor's, to two decimals; null when either is missing. */
export function floorRatio(app: number, floor: number): number | null {
  if (!(app > 0) || !(floor > 0)) return null;
  return Math.round((app / floor) * 100) / 100;
}

/** The goal: the app's first markers within this many times the floor's. */
export const FLOOR_RATIO_GOAL = 1.3;

/** A ratio as printed: "1.12×", with a mark when it misses the goal. */
export function ratioText(ratio: number | null, goal = FLOOR_RATIO_GOAL): string {
  if (ratio === null) return '–';
  return `${ratio.toFixed(2)}×${ratio > goal ? ' (over goal)' : ''}`;
}
