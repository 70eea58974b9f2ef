/**
 * On a phone's connection every script a page names at once shares the same
 * thin pipe: the map's script (Leaflet and the markers) then arrives with the
 * framework's 150 kB, not before them, and the markers wait for both. On a
 * slowed phone (see scripts/bench/phone.ts) the public map's first markers
 * came ~0.6 s sooner once the framework's scripts were asked for only when
 * the map's script was in.
 *
 * This rewrites a rendered page so: the framework's script tags (and its
 * low-priority preloads of them) are taken out, and a small inline script
 * placed after the map's tag adds them, in the same order, as soon as the
 * map's script starts to run (it calls the loader first thing, so they
 * download while it draws), or when it has loaded or failed, or after
 * SAFETY_MS whatever happens. The page is visible from its HTML meanwhile; it
 * becomes interactive a little later, after the map. Pages without the map's
 * script, or whose markup is not what the framework writes today, are
 * returned unchanged.
 */

import { inlineJson } from './inline-json';

/** Where the framework's own scripts live. */
const FRAMEWORK_SCRIPTS = '/_next/static/';
/**
 * The global (a Symbol.for key) under which the loader leaves its start: the
 * map's script calls it first thing, so that the framework's scripts download
 * while the map's script runs rather than after.
 */
export const MAP_ARRIVED_KEY = 'blue-lights:map-arrived';
/** However the map's script fares, the page is made interactive by then. */
export const SAFETY_MS = 4000;

const SCRIPT_TAG = /<script\b([^>]*)><\/script>/g;
const PRELOAD_TAG = /<link\b([^>]*)\/?>/g;

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) found.set(m[1]!.toLowerCase(), m[2] ?? '');
  return found;
}

function loader(mapScript: string, scripts: string[], nonce: string): string {
  const code =
    `(function(){var s=${inlineJson(scripts)},m=document.querySelector('script[src='+JSON.stringify(${inlineJson(mapScript)})+']'),` +
    `n=document.currentScript&&document.currentScript.nonce,d=false;` +
    `function go(){if(d)return;d=true;s.forEach(function(u){var e=document.createElement('script');e.src=u;e.async=true;if(n)e.nonce=n;document.head.appendChild(e)})}` +
    `window[Symbol.for(${inlineJson(MAP_ARRIVED_KEY)})]=go;` +
    // Already in (from the cache, before this ran): at once.
    `if(!m||performance.getEntriesByName(m.src).length)go();` +
    `else{m.addEventListener('load',go);m.addEventListener('error',go);setTimeout(go,${SAFETY_MS})}})()`;
  return `<script nonce="${nonce}">${code}</script>`;
}

/**
 * `html` with the framework's scripts asked for after `mapScript` (a path as
 * the page names it), the inline loader carrying `nonce`.
 */
export function scriptsAfterMap(html: string, mapScript: string, nonce: string): string {
  const found: { mapTag?: string } = {};
  const scripts: string[] = [];
  const rest = html.replace(SCRIPT_TAG, (tag, attrs: string) => {
    const a = attributes(attrs);
    const src = a.get('src') ?? '';
    if (src === mapScript) found.mapTag = tag;
    // Only plain async scripts: a module-less fallback (nomodule) or an ordered script stays as written.
    if (!src.startsWith(FRAMEWORK_SCRIPTS) || !a.has('async') || a.has('nomodule') || a.has('type')) return tag;
    scripts.push(src);
    return '';
  });
  const { mapTag } = found;
  if (mapTag === undefined || scripts.length === 0) return html;
  const wanted = new Set(scripts);
  const withoutPreloads = rest.replace(PRELOAD_TAG, (tag, attrs: string) => {
    const a = attributes(attrs);
    return a.get('rel') === 'preload' && a.get('as') === 'script' && wanted.has(a.get('href') ?? '') ? '' : tag;
  });
  return withoutPreloads.replace(mapTag, () => `${mapTag}${loader(mapScript, scripts, nonce)}`);
}
