/**
 * An export as a download: the filtered rows the actor may see, in one
 * format, with the export written to the audit log (who exported what).
 */
import 'server-only';
import { writeTransaction } from '@/db';
import { recordAudit } from '@/lib/audit/record';
import { authorize, exportScope, type Actor } from '@/lib/permissions';
import type { ExportFilter, ExportFormat } from '@/lib/validation/exports';
import { registrationsCsv, registrationsGeoJson, registrationsXlsx, type ExportWords } from './formats';
import { listExportRows, type ExportRow } from './registrations';

export type ExportFile = { body: string | Buffer; contentType: string; fileName: string; rows: number };

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', xlsx: 'xlsx', geojson: 'geojson' };

/** A file name that says what is in it: `blue-lights-2025-approved.csv`. */
export function exportFileName(filter: ExportFilter, format: ExportFormat): string {
  const parts = ['blue-lights', filter.year, filter.status, filter.kind, filter.city ? `city-${filter.city}` : undefined, filter.province]
    .filter((p) => p !== undefined && p !== '')
    .map((p) => String(p).normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase());
  return `${parts.join('-')}.${EXTENSIONS[format]}`;
}

/** Records that `actor` exported (or printed) these rows: one audit row, in its own transaction. */
export function recordExport(actor: NonNullable<Actor>, format: string, filter: ExportFilter, rows: ExportRow[], options: Record<string, unknown> = {}): void {
  writeTransaction((tx) => {
    recordAudit(tx, {
      actorId: actor.id,
      action: 'export',
      entity: 'registrations',
      entityId: format,
      after: { format, filter, ...options, rows: rows.length, scope: exportScope(actor).kind },
    });
  });
}

/**
 * The export file. CSV and GeoJSON are for machines (stable names, codes);
 * the XLSX is for people, in `words`' language when given.
 */
export async function exportRegistrations(
  actor: Actor,
  format: ExportFormat,
  filter: ExportFilter,
  { delimiter = ',' as ',' | ';', words }: { delimiter?: ',' | ';'; words?: ExportWords } = {},
): Promise<ExportFile> {
  authorize(actor, exportScope(actor).kind !== 'public');
  const rows = await listExportRows(actor, filter);
  let file: Omit<ExportFile, 'fileName' | 'rows'>;
  if (format === 'csv') file = { body: registrationsCsv(rows, delimiter), contentType: 'text/csv; charset=utf-8' };
  else if (format === 'xlsx') file = { body: await registrationsXlsx(rows, words), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  else file = { body: JSON.stringify(registrationsGeoJson(rows)), contentType: 'application/geo+json; charset=utf-8' };
  recordExport(actor, format, filter, rows, format === 'csv' ? { delimiter } : format === 'xlsx' && words ? { language: words.locale } : {});
  return { ...file, fileName: exportFileName(filter, format), rows: rows.length };
}
