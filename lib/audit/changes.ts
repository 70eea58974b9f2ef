/**
 * What an audit entry changed, field by field, for people to read: the
 * top-level fields of both before and after whose value differs (a theme or
 * names per language as one field per language). Snapshots kept for the
 * record (the approved public version) and ids are left to the raw details.
 */

export type AuditChange = { field: string; before: unknown; after: unknown };

/** Fields too technical to show as words; they stay in the raw details. */
const HIDDEN = new Set(['approved', 'campaignId', 'buildingId', 'illuminationIds', 'registrations', 'skippedRows']);
/** Fields holding one value per language: shown per language (`theme.fr`). */
const PER_LANGUAGE = new Set(['theme', 'names']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The changed fields of an entry that has both a before and an after; none otherwise. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const changes: AuditChange[] = [];
  // Only what both sides describe: a field on one side only (a digest's "since" and "until") is no change of it.
  const fields = Object.keys(after).filter((field) => field in before);
  for (const field of fields) {
    if (HIDDEN.has(field)) continue;
    const b = before[field];
    const a = after[field];
    if (same(b, a)) continue;
    if (PER_LANGUAGE.has(field) && (isRecord(b) || isRecord(a))) {
      const bb = isRecord(b) ? b : {};
      const aa = isRecord(a) ? a : {};
      for (const lang of [...new Set([...Object.keys(bb), ...Object.keys(aa)])]) {
        if (!same(bb[lang] || null, aa[lang] || null)) changes.push({ field: `${field}.${lang}`, before: bb[lang] || null, after: aa[lang] || null });
      }
      continue;
    }
    if (isRecord(b) || isRecord(a)) continue;
    changes.push({ field, before: b ?? null, after: a ?? null });
  }
  return changes;
}

/** The reason given with a rejection, if the entry has one. */
export function auditReason(after: unknown): string | null {
  return isRecord(after) && typeof after.reviewReason === 'string' && after.reviewReason ? after.reviewReason : null;
}
