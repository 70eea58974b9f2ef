'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { publicDataChanged } from '@/app/_lib/public-data';
import { currentActor } from '@/app/_auth/current-actor';
import { refused, unexpected } from '@/app/_lib/action-results';
import type { ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/action-state';
import { lightsTag } from '@/lib/cache-tags';
import { canReview } from '@/lib/permissions';
import { NotReviewableError, reviewIlluminations } from '@/lib/review';
import { sendReviewNotices, sendSubmissionDigest } from '@/lib/review';
import { reviewFormInput, reviewSchema } from '@/lib/validation/review';
import { invalidIn } from '../_lib/results';

/**
 * Approves or rejects the checked registrations, or one row's. A registration
 * that changed after the page showed it is left waiting and named in the
 * message; the page then shows its new content (the others are decided).
 */
export async function reviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canReview(actor)) return refused(actor);
  const { input, reasonField } = reviewFormInput(formData);
  const parsed = reviewSchema.safeParse(input);
  // Items are the checked rows: their errors (none chosen, too many) belong to the selection.
  if (!parsed.success) return invalidIn('Review', parsed.error, formData, { reason: reasonField, items: 'ids' });
  const t = await getTranslations('Review');
  let outcome;
  try {
    outcome = await reviewIlluminations(actor, parsed.data);
  } catch (error) {
    if (error instanceof NotReviewableError) {
      return { ok: false, code: 'conflict', message: t('notReviewable', { count: error.ids.length }), fieldErrors: {}, values: formValues(formData) };
    }
    return unexpected(error, formData);
  }
  const { reviewed, changed } = outcome;
  // The public map reads the approved versions: show approvals at once.
  if (parsed.data.decision === 'approve' && reviewed.length) {
    publicDataChanged(...new Set(reviewed.map((r) => lightsTag(r.year))));
  }
  // Also after a refusal: the page must show the changed registrations as they are now.
  revalidatePath('/[locale]/organise', 'layout');
  await sendReviewNotices(reviewed);
  const decided = reviewed.length
    ? t(parsed.data.decision === 'approve' ? 'approved' : 'rejected', { count: reviewed.length })
    : '';
  if (changed.length === 0) return { ok: true, code: 'ok', message: decided, fieldErrors: {} };

  const names = new Intl.ListFormat(await getLocale(), { type: 'conjunction' }).format(changed.map((c) => c.buildingName));
  const values = formValues(formData);
  // Nothing stays checked: a changed registration must be looked at again before it is chosen.
  delete values.ids;
  return {
    ok: false,
    code: 'conflict',
    message: [decided, t('changedSinceShown', { count: changed.length, names })].filter(Boolean).join(' '),
    fieldErrors: {},
    values,
  };
}

/** Sends the organisers the digest of registrations submitted since the last one. */
export async function sendDigestAction(): Promise<ActionState> {
  const actor = await currentActor();
  if (!canReview(actor)) return refused(actor);
  const t = await getTranslations('Review');
  try {
    const result = await sendSubmissionDigest(actor);
    return { ok: true, code: 'ok', message: t('digestSent', { count: result.items }), fieldErrors: {} };
  } catch (error) {
    return unexpected(error);
  }
}
