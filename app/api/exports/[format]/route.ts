import 'server-only';
import { z } from 'zod';
import { currentActor } from '@/app/_auth/current-actor';
import { exportRegistrations } from '@/lib/exports';
import { exportScope } from '@/lib/permissions';
import { fieldErrorsOf } from '@/lib/validation/common';
import { csvDelimiterSchema, EXPORT_FORMATS, exportFilterSchema, filterInput } from '@/lib/validation/exports';
import { transportSecured } from '@/lib/http';

export const dynamic = 'force-dynamic';

function problem(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * `GET /api/exports/{csv|xlsx|geojson}?year=&status=&city=&province=&kind=`
 * (and `sep=semicolon` for CSV): the registrations the filter selects, within
 * what the signed-in user may export. Checks the user itself: the page that
 * links here protects nothing.
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
  if (!filter.success || !sep.success) {
    const fields = { ...(filter.success ? {} : fieldErrorsOf(filter.error)), ...(sep.success ? {} : { sep: fieldErrorsOf(sep.error).form ?? [] }) };
    return problem(400, { error: 'invalid', fields });
  }
  const file = await exportRegistrations(actor, format.data, filter.data, { delimiter: sep.data === 'semicolon' ? ';' : ',' });
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
