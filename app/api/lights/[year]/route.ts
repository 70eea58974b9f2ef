import { cachedFeed, feedHeaders } from '@/app/_data/public';
import { parseYear } from '@/lib/ids';
import { type FeedFormat } from '@/lib/lights/open-data';
import { transportSecured } from '@/lib/http/transport-security';
import { encodedResponse } from '@/lib/http/compression';

/**
 * Open data: a published campaign's approved lights as RFC 7946 GeoJSON
 * (default) or, with `?format=csv`, as CSV (UTF-8 with BOM, formulas
 * neutralised); compressed (brotli or gzip) when the request accepts it.
 * Once made, the same answer is also given without Next.js (see
 * app/_data/public.ts).
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year: raw } = await params;
  const year = parseYear(raw);
  if (year === null) {
    return Response.json({ error: 'The year must be four digits, e.g. 2026.' }, { status: 400 });
  }
  const requested = new URL(request.url).searchParams.get('format') ?? 'geojson';
  if (requested !== 'geojson' && requested !== 'csv') {
    return Response.json({ error: 'The format must be "geojson" or "csv".' }, { status: 400 });
  }
  const format: FeedFormat = requested;
  const feed = await cachedFeed(year, format);
  if (!feed) {
    return Response.json({ error: `No published campaign for ${year}.` }, { status: 404 });
  }
  return encodedResponse(request, feed.encoded, feedHeaders(year, format));
});
