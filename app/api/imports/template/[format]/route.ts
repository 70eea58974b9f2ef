import 'server-only';
import { importColumnWords } from '@/app/_lib/import-columns';
import { getTranslations } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/constants';
import { transportSecured } from '@/lib/http/transport-security';
import { IMPORT_COLUMNS } from '@/lib/imports/columns';
import { templateCsv, templateXlsx } from '@/lib/imports/template';
import { canImportRegistrations } from '@/lib/permissions';

export const dynamic = 'force-dynamic';

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * `GET /api/imports/template/{csv|xlsx}?lang=fr`: the file to fill in for an
 * import, for organisers. The XLSX explains each column in `lang`.
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (format !== 'csv' && format !== 'xlsx') return problem(404, 'not_found');
  const actor = await currentActor();
  if (!actor) return problem(401, 'unauthenticated');
  if (!canImportRegistrations(actor)) return problem(403, 'forbidden');

  const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
  if (format === 'csv') {
    return new Response(templateCsv(), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="blue-lights-import.csv"' },
    });
  }
  const lang = new URL(request.url).searchParams.get('lang') ?? '';
  const locale: Locale = (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'Import' });
  const help = IMPORT_COLUMNS.map((column) => ({ column, ...importColumnWords(t as never, column, locale) }));
  const body = await templateXlsx(help, { sheetName: t('templateSheet'), helpName: t('templateHelp') });
  return new Response(new Uint8Array(body), {
    headers: {
      ...headers,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="blue-lights-import.xlsx"',
    },
  });
});
