import { z } from 'zod';
import { BUILDING_KINDS, ILLUMINATION_STATUSES } from '@/lib/constants';
import { CAMPAIGN_LIMITS } from './campaigns';
import { LIMITS } from './common';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An empty form field means "any". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/**
 * The registrations filter, as the query string of the registrations page,
 * the press list and the export routes carries it (one definition, so that
 * an export holds exactly what the page shows).
 */
export const exportFilterSchema = z.object({
  year: optional(z.coerce.number({ error: 'year' }).int({ error: 'year' }).min(CAMPAIGN_LIMITS.YEAR_MIN, { error: 'year' }).max(CAMPAIGN_LIMITS.YEAR_MAX, { error: 'year' })),
  status: optional(z.enum(ILLUMINATION_STATUSES, { error: 'choice' })),
  city: optional(z.coerce.number({ error: 'choice' }).int({ error: 'choice' }).positive({ error: 'choice' })),
  province: optional(z.string().trim().max(LIMITS.PROVINCE_MAX, { error: 'tooLong' })),
  kind: optional(z.enum(BUILDING_KINDS, { error: 'choice' })),
});

export type ExportFilter = z.infer<typeof exportFilterSchema>;

export const csvDelimiterSchema = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(['comma', 'semicolon'], { error: 'choice' }).default('comma'));

/** The filter's fields from a query string (unknown parameters are ignored). */
export function filterInput(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  return { year: get('year'), status: get('status'), city: get('city'), province: get('province'), kind: get('kind') };
}

/** The query string of a filter (only the fields set), e.g. `year=2025&status=approved`. */
export function filterQuery(filter: ExportFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') q.set(k, String(v));
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}
