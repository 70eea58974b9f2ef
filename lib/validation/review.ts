import { z } from 'zod';
import { id, LIMITS, text } from './common';

/** At most this many registrations in one bulk review. */
export const REVIEW_BATCH_MAX = 500;

/** Longer than any version the review page sends (see `reviewVersionOf` in lib/review). */
const VERSION_MAX = 64;

/**
 * A review form: `decision` is `approve` or `reject` for the checked
 * registrations (`ids`, with the shared `reason`), or `approve:ID` /
 * `reject:ID` for one row's own button (with that row's `reason:ID`). Every
 * row also carries `version:ID`, the version of the registration the page
 * showed; the form's `ids` become `items` of id and version.
 */
export const reviewSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: 'choice' }),
    items: z
      .array(z.object({ id, version: z.string().max(VERSION_MAX, { error: 'tooLong' }) }), { error: 'choice' })
      .min(1, { error: 'selectSome' })
      .max(REVIEW_BATCH_MAX, { error: 'tooMany' }),
    reason: text(LIMITS.REASON_MAX, { required: false, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
  });

export type ReviewInput = z.infer<typeof reviewSchema>;

/**
 * The form's fields as the schema expects them, and which field the reason
 * came from. A row without a version (a page from before versions, or a
 * hand-made request) gets an empty one, which matches no registration: it is
 * reported as changed, never decided unseen.
 */
export function reviewFormInput(formData: FormData): { input: Record<string, unknown>; reasonField: string; single: number | null } {
  const raw = String(formData.get('decision') ?? '');
  const match = /^(approve|reject)(?::(\d{1,12}))?$/.exec(raw);
  const single = match?.[2] ? Number(match[2]) : null;
  const reasonField = single ? `reason:${single}` : 'reason';
  const ids = single ? [String(single)] : formData.getAll('ids').map(String);
  return {
    input: {
      decision: match?.[1] ?? raw,
      items: ids.map((id) => ({ id, version: String(formData.get(`version:${id}`) ?? '') })),
      reason: String(formData.get(reasonField) ?? ''),
    },
    reasonField,
    single,
  };
}

/**
 * An event's review form: one event at a time, its own buttons `approve:ID` /
 * `reject:ID`, its `version:ID` (the version the page showed) and its
 * `reason:ID` (required to reject, with the limits of a registration's).
 */
export const eventReviewSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: 'choice' }),
    id,
    version: z.string().max(VERSION_MAX, { error: 'tooLong' }),
    reason: text(LIMITS.REASON_MAX, { required: false, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
  });

export type EventReviewFormInput = z.infer<typeof eventReviewSchema>;

/** The event form's fields as the schema expects them; the reason's errors belong to `reason:ID`. */
export function eventReviewFormInput(formData: FormData): { input: Record<string, unknown>; reasonField: string } {
  const raw = String(formData.get('decision') ?? '');
  const match = /^(approve|reject):(\d{1,12})$/.exec(raw);
  const eventId = match?.[2] ?? '';
  const reasonField = `reason:${eventId}`;
  return {
    input: {
      decision: match?.[1] ?? raw,
      id: eventId,
      // No version (a hand-made request) matches no event: refused as changed, never decided unseen.
      version: String(formData.get(`version:${eventId}`) ?? ''),
      reason: String(formData.get(reasonField) ?? ''),
    },
    reasonField,
  };
}
