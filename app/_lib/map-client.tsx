import 'server-only';
import { headers } from 'next/headers';
import { preload } from 'react-dom';
import { mapDocumentScript } from '@/components/map/public-map-client';
import { mapClientScript } from './map-client-script';

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
