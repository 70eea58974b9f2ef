import { cachedFeed } from '@/app/_data/public';
import { parseYear } from '@/lib/ids';
import { type FeedFormat } from '@/lib/lights';
import { transportSecured } from '@/lib/http';
import { encodedResponse } from '@/lib/http/compression';

// Served from cache at the edge for 5 minutes, then revalidated in the background for up to a day.
const CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

/**
 * Open data: a published campaign's approved lights as RFC 7946 GeoJSON
 * (default) or, with `?format=csv`, as CSV (UTF-8 with BOM, formulas
 * neutralised); compressed (brotli or gzip) when the request accepts it.
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
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[format],
    'Cache-Control': CACHE_CONTROL,
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag',
  };
  if (format === 'csv') headers['Content-Disposition'] = `attachment; filename="blue-lights-${year}.csv"`;
  return encodedResponse(request, feed.encoded, headers);
});
