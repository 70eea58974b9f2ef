import 'server-only';
import type { CalendarDownload } from '@/lib/calendar/files';

/** A calendar file as a download; `cache` says who may keep it. */
export function calendarResponse({ body, filename }: CalendarDownload, cache: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': cache,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function plainResponse(status: 401 | 403 | 404, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
}
