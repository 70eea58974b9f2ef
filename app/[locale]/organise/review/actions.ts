'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { publicDataChanged } from '@/app/_lib/public-data';
import { currentActor } from '@/app/_auth/current-actor';
import { refused, unexpected } from '@/app/_lib/action-results';
import type { ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/action-state';
import { lightsTag } from '@/lib/cache-tags';
import { canReview } from '@/lib/permissions';
import { NotReviewableError, reviewIlluminations } from '@/lib/review';
import { sendReviewNotices, sendSubmissionDigest } from '@/lib/review-mail';
import { reviewFormInput, reviewSchema } from '@/lib/validation/review';
import { invalidIn } from '../_lib/results';

/** Approves or rejects the checked registrations, or one row's. */
export async function reviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canReview(actor)) return refused(actor);
  const { input, reasonField } = reviewFormInput(formData);
  const parsed = reviewSchema.safeParse(input);
  if (!parsed.success) return invalidIn('Review', parsed.error, formData, { reason: reasonField });
  const t = await getTranslations('Review');
  let reviewed;
  try {
    reviewed = await reviewIlluminations(actor, parsed.data);
  } catch (error) {
    if (error instanceof NotReviewableError) {
      return { ok: false, code: 'conflict', message: t('notReviewable', { count: error.ids.length }), fieldErrors: {}, values: formValues(formData) };
    }
    return unexpected(error, formData);
  }
  // The public map reads the approved versions: show approvals at once.
  if (parsed.data.decision === 'approve') {
    publicDataChanged(...new Set(reviewed.map((r) => lightsTag(r.year))));
  }
  revalidatePath('/[locale]/organise', 'layout');
  await sendReviewNotices(reviewed);
  return {
    ok: true,
    code: 'ok',
    message: t(parsed.data.decision === 'approve' ? 'approved' : 'rejected', { count: reviewed.length }),
    fieldErrors: {},
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
