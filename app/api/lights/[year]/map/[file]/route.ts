import { cachedMapData, MAP_DATA_HEADERS } from '@/app/_data/public';
import { parseYear } from '@/lib/ids';
import { transportSecured } from '@/lib/http/transport-security';
import { encodedResponse } from '@/lib/http/compression';

const FILE = /^([A-Za-z0-9_-]{1,64})\.json$/;

/**
 * The public map's data for a year (lib/lights/map-data.ts) at a version:
 * `/api/lights/2026/map/{version}.json`, compressed when the request accepts
 * it. The map page names the current version. A version that is no longer
 * current (a page opened before a change) is redirected to the current one,
 * and the redirect is kept by no cache: the same version may become current
 * again (an approval withdrawn), and a kept redirect could then loop. Once
 * made, a version is also served without Next.js (see app/_data/public.ts).
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ year: string; file: string }> }) {
  const { year: raw, file } = await params;
  const year = parseYear(raw);
  const version = FILE.exec(file)?.[1];
  if (year === null || !version) {
    return Response.json({ error: 'Not a map data address: /api/lights/{year}/map/{version}.json' }, { status: 404 });
  }
  const data = await cachedMapData(year);
  if (!data) {
    return Response.json({ error: `No published campaign for ${year}.` }, { status: 404 });
  }
  if (version !== data.version) {
    return new Response(null, { status: 307, headers: { Location: data.path, 'Cache-Control': 'no-store' } });
  }
  return encodedResponse(request, data.encoded, MAP_DATA_HEADERS);
});
