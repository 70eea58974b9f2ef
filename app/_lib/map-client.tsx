import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { headers } from 'next/headers';
import { preload } from 'react-dom';
import { mapDocumentScript } from '@/components/map/public-map-client';

let script: string | null | undefined;

/**
 * The public map's own script (scripts/build-map-client.mjs), as named by
 * the manifest the build wrote; null where there is none (then the explorer
 * shows the list alone).
 */
function mapClientScript(): string | null {
  if (script === undefined) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'map-client', 'manifest.json'), 'utf8')) as { script?: string };
      script = manifest.script ?? null;
    } catch {
      script = null;
    }
  }
  return script;
}

/**
 * Starts the map's script and the map data at once, from the page's head,
 * alongside the page's own scripts: on a phone's connection the markers then
 * wait for Leaflet and the data, not for React.
 */
export async function MapClient({ dataPath }: { dataPath: string }) {
  // `crossOrigin` so that the preload matches the scripts' fetch() of it (same mode, same credentials).
  preload(dataPath, { as: 'fetch', crossOrigin: 'anonymous', fetchPriority: 'high' });
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const src = mapClientScript();
  return (
    <>
      {/* Server-made text (a versioned path as a JSON string), no visitor's. */}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: mapDocumentScript(dataPath) }} />
      {/* React puts an async script in the head, where the browser finds it at once.
          High priority: async scripts are fetched at low priority, level with the
          page's own chunks, and on a phone's connection the map would then arrive
          last; first, it runs before hydration takes the main thread. */}
      {src && <script src={src} async nonce={nonce} fetchPriority="high" />}
    </>
  );
}
