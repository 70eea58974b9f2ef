/**
 * The rows of the authorization matrix for reviewing partners' events (see
 * rows.ts): organisers only, like the buildings' review.
 */
import { createEvent, createPartner } from '@/lib/demo/builders';
import { eventReviewVersionOf } from '@/lib/events/review';
import type { Fixture } from './fixture';
import { form, unique } from './fixture';
import { organisersOnly } from './outcomes';

/** A submitted event of its own, so that each call decides one: its approve button with the version the page shows. */
function approveSubmittedEvent(f: Fixture): FormData {
  const partner = createPartner(f.db, { name: unique('Matrix partner') });
  const event = createEvent(f.db, { campaignId: f.campaign.id, partnerId: partner.id, cityId: f.ghent, status: 'submitted', title: unique('Matrix stand') });
  return form({ decision: `approve:${event.id}`, [`version:${event.id}`]: eventReviewVersionOf(event) });
}

export const REVIEW_EVENT_ACTION_ROWS = {
  '[locale]/organise/review/actions.ts#reviewEventAction': { expect: organisersOnly, input: (f: Fixture) => approveSubmittedEvent(f) },
};
