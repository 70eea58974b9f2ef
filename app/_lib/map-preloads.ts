import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { headers } from 'next/headers';
import { preload } from 'react-dom';

type LoadableManifest = Record<string, { files?: string[] }>;

const chunksByEntry = new Map<string, string[]>();

/**
 * The files of the code a page loads with `next/dynamic` (on the public
 * pages, the map: Leaflet and our marker layer), read from the build's
 * manifest once per process. Next.js preloads these itself only for
 * components it also renders on the server, which Leaflet cannot be; without
 * a preload the browser would ask for them only after the page's own code
 * had run. Empty where there is no build manifest (the development server).
 */
function dynamicChunks(entry: string): string[] {
  let files = chunksByEntry.get(entry);
  if (!files) {
    const dist = process.env.NEXT_DIST_DIR || '.next';
    const file = path.join(process.cwd(), dist, 'server', 'app', entry, 'react-loadable-manifest.json');
    try {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as LoadableManifest;
      files = [...new Set(Object.values(manifest).flatMap((m) => m.files ?? []))];
    } catch {
      files = [];
    }
    chunksByEntry.set(entry, files);
  }
  return files;
}

/**
 * Tells the browser, in the page's head, to fetch the map's code and the map
 * data at once, alongside the page's own scripts: on a phone's connection
 * the markers then wait for the slowest of them, not for all in a row.
 * `entry` is the page's folder under app/, e.g. `[locale]/page`.
 */
export async function preloadMap(entry: string, dataPath: string): Promise<void> {
  // `crossOrigin` so that the preload matches the page's own fetch() of it (same mode, same credentials).
  preload(dataPath, { as: 'fetch', crossOrigin: 'anonymous', fetchPriority: 'high' });
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  for (const file of dynamicChunks(entry)) {
    const href = `/_next/${file}`;
    if (file.endsWith('.js')) preload(href, { as: 'script', nonce });
    else if (file.endsWith('.css')) preload(href, { as: 'style' });
  }
}
