/**
 * The public's load, through nginx, with autocannon: visitors from many
 * addresses (each well under nginx's 20 requests a second per address)
 * asking for `/`, `/fr`, the map data and building pages at a steady rate;
 * and one client from one address sending made-up session cookies as fast
 * as it is set to.
 */
import crypto from 'node:crypto';
import autocannon from 'autocannon';
import type { Recorder, Stream } from './record';
import { hostFrom, installSourceAddresses, loopbackAddress } from './source-address';

export type Paths = { mapData: string; buildingIds: number[] };

export type Load = { stop: () => Promise<void> };

/** A visitor's next request: mostly the map page, the map data it loads, and a building's page. */
export function publicPath(paths: Paths, r = Math.random()): string {
  const building = paths.buildingIds[Math.floor(Math.random() * paths.buildingIds.length)];
  if (r < 0.35) return '/';
  if (r < 0.5) return '/fr';
  if (r < 0.8) return paths.mapData;
  return r < 0.9 ? `/buildings/${building}` : `/fr/buildings/${building}`;
}

/** What the made-up cookie is after: pages (the map data is never rendered per visitor). */
export function pagePath(paths: Paths, r = Math.random()): string {
  const building = paths.buildingIds[Math.floor(Math.random() * paths.buildingIds.length)];
  if (r < 0.4) return '/';
  if (r < 0.6) return '/fr';
  return `/buildings/${building}`;
}

type Client = { address: string; rate: number; connections: number; stream: Stream; cookie?: () => string; path: (paths: Paths) => string };

function run(nginxPort: number, client: Client, paths: Paths, recorder: Recorder): Load {
  const host = `127.0.0.1:${nginxPort}`;
  const headers = (): Record<string, string> => ({
    host,
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'en-GB,en;q=0.8',
    ...(client.cookie ? { cookie: client.cookie() } : {}),
  });
  let finished = () => {};
  const done = new Promise<void>((resolve) => (finished = resolve));
  const instance = autocannon({
    url: `http://${hostFrom(client.address)}:${nginxPort}`,
    connections: client.connections,
    overallRate: client.rate,
    // Stopped by the run, not by a duration.
    duration: 3600,
    timeout: 10,
    requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: client.path(paths), headers: headers() }) }],
  }, () => finished());
  instance.on('response', (_client, status, _bytes, ms) => recorder.answer(client.stream, status, ms));
  instance.on('reqError', () => recorder.failure(client.stream));
  return {
    stop: async () => {
      instance.stop();
      await done;
    },
  };
}

/** `visitors` addresses (127.0.1.x) sharing `rate` requests a second. */
export function startPublic(nginxPort: number, paths: Paths, recorder: Recorder, { rate, visitors }: { rate: number; visitors: number }): Load {
  installSourceAddresses();
  const loads = Array.from({ length: visitors }, (_, i) =>
    run(nginxPort, { address: loopbackAddress(1, i), rate: Math.max(1, Math.round(rate / visitors)), connections: 2, stream: 'public', path: (p) => publicPath(p) }, paths, recorder),
  );
  return { stop: async () => void (await Promise.all(loads.map((l) => l.stop()))) };
}

/** One address (127.0.2.1) asking for public pages with a new made-up session cookie each time. */
export function startFakeCookies(nginxPort: number, paths: Paths, recorder: Recorder, { rate }: { rate: number }): Load {
  installSourceAddresses();
  const cookie = () => `authjs.session-token=${crypto.randomBytes(32).toString('hex')}`;
  return run(nginxPort, { address: loopbackAddress(2, 0), rate, connections: 50, stream: 'fake-cookie', cookie, path: (p) => pagePath(p) }, paths, recorder);
}
