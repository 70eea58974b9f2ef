/**
 * The first thing the map's script runs (island.ts imports it before
 * Leaflet): tells a stored page that the map's bytes are in, so that the
 * page's other scripts download while the map is drawn (see
 * lib/http/scripts-after-map.ts).
 */
import { MAP_ARRIVED_KEY } from '@/lib/http/scripts-after-map';

const start = (globalThis as Record<symbol, unknown>)[Symbol.for(MAP_ARRIVED_KEY)];
if (typeof start === 'function') start();
