import { cachedLights } from '@/app/_data/public';
import { toFeatureCollection } from '@/lib/geojson';
import { parseYear } from '@/lib/ids';

/** Open data: a published campaign's approved lights as RFC 7946 GeoJSON. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year: raw } = await params;
  const year = parseYear(raw);
  if (year === null) {
    return Response.json({ error: 'The year must be four digits, e.g. 2026.' }, { status: 400 });
  }
  const data = await cachedLights(year);
  if (!data) {
    return Response.json({ error: `No published campaign for ${year}.` }, { status: 404 });
  }
  return new Response(JSON.stringify(toFeatureCollection(data.campaign, data.lights)), {
    headers: {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Cache-Control': 'public, max-age=60, s-maxage=300, stale-while-revalidate=3600',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
