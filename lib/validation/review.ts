import { z } from 'zod';
import { id, LIMITS, text } from './common';

/** At most this many registrations in one bulk review. */
export const REVIEW_BATCH_MAX = 500;

/**
 * A review form: `decision` is `approve` or `reject` for the checked
 * registrations (`ids`, with the shared `reason`), or `approve:ID` /
 * `reject:ID` for one row's own button (with that row's `reason:ID`).
 */
export const reviewSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: 'choice' }),
    ids: z.array(id, { error: 'choice' }).min(1, { error: 'selectSome' }).max(REVIEW_BATCH_MAX, { error: 'tooMany' }),
    reason: text(LIMITS.REASON_MAX, { required: false, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
  });

export type ReviewInput = z.infer<typeof reviewSchema>;

/** The form's fields as the schema expects them, and which field the reason came from. */
export function reviewFormInput(formData: FormData): { input: Record<string, unknown>; reasonField: string; single: number | null } {
  const raw = String(formData.get('decision') ?? '');
  const match = /^(approve|reject)(?::(\d{1,12}))?$/.exec(raw);
  const single = match?.[2] ? Number(match[2]) : null;
  const reasonField = single ? `reason:${single}` : 'reason';
  return {
    input: {
      decision: match?.[1] ?? raw,
      ids: single ? [String(single)] : formData.getAll('ids').map(String),
      reason: String(formData.get(reasonField) ?? ''),
    },
    reasonField,
    single,
  };
}
