import { cachedEventsFeed, eventsFeedHeaders } from '@/app/_data/events';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/constants';
import { EVENT_FEED_FORMATS, type EventFeedFormat } from '@/lib/events/open-data-formats';
import { encodedResponse } from '@/lib/http/compression';
import { transportSecured } from '@/lib/http/transport-security';
import { parseYear } from '@/lib/ids';
import { isLocale } from '@/lib/languages';

const FILE = /^(\d{4})\.([a-z]+)$/;

/**
 * Open data: a published campaign's approved events (information stands,
 * launches…) as `{year}.ics` (a calendar to subscribe to, in `?lang=`),
 * `{year}.geojson` or `{year}.csv`; compressed when the request accepts it,
 * with an ETag per encoding, cached like the buildings' feed.
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = FILE.exec(file);
  const year = match ? parseYear(match[1]!) : null;
  if (!match || year === null) {
    return Response.json({ error: 'Ask for {year}.ics, {year}.geojson or {year}.csv, e.g. 2026.ics.' }, { status: 404 });
  }
  if (!(EVENT_FEED_FORMATS as readonly string[]).includes(match[2]!)) {
    return Response.json({ error: 'The format must be "ics", "geojson" or "csv".' }, { status: 404 });
  }
  const format = match[2] as EventFeedFormat;
  const lang = new URL(request.url).searchParams.get('lang') ?? DEFAULT_LOCALE;
  if (!isLocale(lang)) {
    return Response.json({ error: `The language must be one of ${LOCALES.join(', ')}.` }, { status: 400 });
  }
  const feed = await cachedEventsFeed(year, format, lang);
  if (!feed) {
    return Response.json({ error: `No published campaign for ${year}.` }, { status: 404 });
  }
  return encodedResponse(request, feed, eventsFeedHeaders(year, format));
});
