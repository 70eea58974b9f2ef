import 'server-only';
import { z } from 'zod';
import { currentActor } from '@/app/_auth/current-actor';
import { LOCALES, type Locale } from '@/lib/constants';
import { exportRegistrations } from '@/lib/exports/download';
import { exportScope } from '@/lib/permissions';
import { fieldErrorsOf } from '@/lib/validation/common';
import { csvDelimiterSchema, EXPORT_FORMATS, exportFilterSchema, filterInput } from '@/lib/validation/exports';
import { transportSecured } from '@/lib/http/transport-security';
import { exportWords } from '../words';

export const dynamic = 'force-dynamic';

function problem(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * `GET /api/exports/{csv|xlsx|geojson}?year=&status=&city=&province=&kind=`
 * (and `sep=semicolon` for CSV, `lang=fr` for XLSX): the registrations the
 * filter selects, within what the signed-in user may export. CSV and GeoJSON
 * are for machines (stable column names and codes, as the README documents);
 * the XLSX is for people, in `lang` (the page's language; English by
 * default). Checks the user itself: the page that links here protects nothing.
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format: rawFormat } = await params;
  const format = z.enum(EXPORT_FORMATS).safeParse(rawFormat);
  if (!format.success) return problem(404, { error: 'not_found' });
  const actor = await currentActor();
  if (!actor) return problem(401, { error: 'unauthenticated' });
  if (exportScope(actor).kind === 'public') return problem(403, { error: 'forbidden' });

  const query = new URL(request.url).searchParams;
  const filter = exportFilterSchema.safeParse(filterInput(query));
  const sep = csvDelimiterSchema.safeParse(query.get('sep') ?? undefined);
  const lang = query.get('lang') || 'en';
  const langValid = (LOCALES as readonly string[]).includes(lang);
  if (!filter.success || !sep.success || !langValid) {
    const fields = {
      ...(filter.success ? {} : fieldErrorsOf(filter.error)),
      ...(sep.success ? {} : { sep: fieldErrorsOf(sep.error).form ?? [] }),
      ...(langValid ? {} : { lang: ['choice'] }),
    };
    return problem(400, { error: 'invalid', fields });
  }
  const words = format.data === 'xlsx' ? await exportWords(lang as Locale) : undefined;
  const file = await exportRegistrations(actor, format.data, filter.data, { delimiter: sep.data === 'semicolon' ? ';' : ',', words });
  const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
  return new Response(body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Export-Rows': String(file.rows),
    },
  });
});
