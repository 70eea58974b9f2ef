'use server';

import { getLocale } from 'next-intl/server';
import { formAction, on } from '@/app/_lib/form-actions';
import { doneWithNextStep, type NextStepState } from '../_lib/next-step';
import { formValues } from '@/lib/action-state';
import { listCampaigns } from '@/lib/campaigns/campaigns';
import { canReview } from '@/lib/permissions';
import { NotReviewableError, reviewIlluminations } from '@/lib/review/decisions';
import { EventChangedError, reviewEvent } from '@/lib/events/review';
import { sendSubmissionDigest } from '@/lib/review/mails';
import { eventReviewFormInput, eventReviewSchema, reviewFormInput, reviewSchema } from '@/lib/validation/review';

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
  run: async (actor, decision) => {
    const outcome = await reviewIlluminations(actor, decision);
    // An approval in an unpublished campaign is not on the public map yet: the answer says so.
    const published = new Set((await listCampaigns(actor)).filter((c) => c.published).map((c) => c.year));
    const unpublished = [...new Set(outcome.reviewed.map((r) => r.year))].filter((y) => !published.has(y)).sort();
    return { ...outcome, unpublished };
  },
  errors: [on(NotReviewableError, (error) => ({ code: 'conflict', message: 'notReviewable', values: { count: error.ids.length } }))],
  // Also after a refusal: the page must show the changed registrations as they are now.
  revalidate: ['/[locale]/organise'],
  done: async ({ reviewed, changed, unpublished }, t, { decision }, form): Promise<NextStepState> => {
    const locale = await getLocale();
    const list = (items: (string | number)[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items.map(String));
    // The confirmation names the buildings decided ("Royal Palace approved").
    const decidedNames = list(reviewed.map((r) => r.buildingName));
    const decided = !reviewed.length
      ? ''
      : decision === 'reject'
        ? t('rejected', { count: reviewed.length, names: decidedNames })
        : unpublished.length
          ? t('approvedUnpublished', { count: reviewed.length, names: decidedNames, years: list(unpublished), campaigns: unpublished.length })
          : t('approved', { count: reviewed.length, names: decidedNames });
    if (changed.length === 0) return doneWithNextStep(decided);
    const names = list(changed.map((c) => c.buildingName));
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

/**
 * Approves or rejects one partner's event, as the page showed it: an event
 * changed since is refused with nothing written, and the page shows it anew.
 * The organisation's people are told with the decision (lib/events).
 */
export const reviewEventAction = formAction({
  namespace: 'Review.events',
  can: canReview,
  parse: (form) => {
    const { input, reasonField } = eventReviewFormInput(form);
    const parsed = eventReviewSchema.safeParse(input);
    return parsed.success ? parsed : { success: false, error: parsed.error, renameFields: { reason: reasonField, id: 'decision', decision: 'decision' } };
  },
  // A changed event is an answer, not a failure: the page is rendered again to show it as it is now.
  run: async (actor, input) => {
    try {
      return await reviewEvent(actor, input);
    } catch (error) {
      if (error instanceof EventChangedError) return { changed: error.title };
      throw error;
    }
  },
  errors: [on(NotReviewableError, { code: 'conflict', message: 'notReviewable' })],
  revalidate: ['/[locale]/organise'],
  done: async (reviewed, t, _input, form): Promise<NextStepState> => {
    if ('changed' in reviewed) {
      // The typed reason stays; the decision is for the organiser to make again, after a look.
      return { ok: false, code: 'conflict', message: t('changedSinceShown', { title: reviewed.changed }), fieldErrors: {}, values: formValues(form) };
    }
    const message =
      reviewed.decision === 'reject'
        ? t('rejected', { title: reviewed.title, organisation: reviewed.partnerName })
        : t(reviewed.published ? 'approved' : 'approvedUnpublished', { title: reviewed.title, organisation: reviewed.partnerName, year: reviewed.year });
    return doneWithNextStep(message);
  },
});
