'use server';

import { getLocale } from 'next-intl/server';
import { formAction, on } from '@/app/_lib/form-actions';
import { formValues, type ActionState } from '@/lib/action-state';
import { canReview } from '@/lib/permissions';
import { NotReviewableError, reviewIlluminations, sendSubmissionDigest } from '@/lib/review';
import { reviewFormInput, reviewSchema } from '@/lib/validation/review';

/**
 * Approves or rejects the checked registrations, or one row's. A registration
 * that changed after the page showed it is left waiting and named in the
 * message; the page then shows its new content (the others are decided).
 */
export const reviewAction = formAction({
  namespace: 'Review',
  can: canReview,
  parse: (form) => {
    const { input, reasonField } = reviewFormInput(form);
    const parsed = reviewSchema.safeParse(input);
    // Items are the checked rows: their errors (none chosen, too many) belong to the selection.
    return parsed.success ? parsed : { success: false, error: parsed.error, renameFields: { reason: reasonField, items: 'ids' } };
  },
  // The coordinators' notices are queued with the decisions (lib/review).
  run: (actor, decision) => reviewIlluminations(actor, decision),
  errors: [on(NotReviewableError, (error) => ({ code: 'conflict', message: 'notReviewable', values: { count: error.ids.length } }))],
  // Also after a refusal: the page must show the changed registrations as they are now.
  revalidate: ['/[locale]/organise'],
  done: async ({ reviewed, changed }, t, { decision }, form): Promise<ActionState> => {
    const decided = reviewed.length ? t(decision === 'approve' ? 'approved' : 'rejected', { count: reviewed.length }) : '';
    if (changed.length === 0) return { ok: true, code: 'ok', message: decided, fieldErrors: {} };
    const names = new Intl.ListFormat(await getLocale(), { type: 'conjunction' }).format(changed.map((c) => c.buildingName));
    // The typed reasons stay; nothing stays checked: a changed registration must be looked at again first.
    const values = formValues(form);
    delete values.ids;
    return {
      ok: false,
      code: 'conflict',
      message: [decided, t('changedSinceShown', { count: changed.length, names })].filter(Boolean).join(' '),
      fieldErrors: {},
      values,
    };
  },
});

/** Sends the organisers the digest of registrations submitted since the last one (a button, no fields). */
export const sendDigestAction = formAction({
  namespace: 'Review',
  can: canReview,
  parse: () => ({ success: true, data: {} }),
  run: (actor) => sendSubmissionDigest(actor),
  done: (result, t) => t('digestSent', { count: result.items }),
});
