import { z } from 'zod';

export const AUDIT_PAGE_SIZE = 50;
const TEXT_MAX = 64;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' }).refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()), { error: 'date' });

/** The audit log filter, from the query string. `actor=system` means changes made by no user. */
export const auditFilterSchema = z.object({
  entity: optional(z.string().trim().max(TEXT_MAX)),
  action: optional(z.string().trim().max(TEXT_MAX)),
  actor: optional(z.string().trim().max(TEXT_MAX)),
  from: optional(day),
  to: optional(day),
  page: optional(z.coerce.number().int().min(1).max(100_000)).transform((v) => v ?? 1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
