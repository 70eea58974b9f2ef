/**
 * Reviewing partners' events: an organiser approves or rejects one submitted
 * event, in one transaction with its audit row and the mails to the
 * organisation's people. Like buildings' registrations, the decision names the
 * version of the event the organiser was shown (`eventReviewVersionOf`): an
 * event changed since is left waiting, nothing is written, and the organiser
 * is told to look again, so that an approval never freezes text nobody read.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { writeTransaction } from '@/db';
import { campaigns, cities, events, partners, type PartnerEvent } from '@/db/schema';
import type { EventApprovedVersion, Locale } from '@/lib/constants';
import { recordAudit } from '@/lib/audit/record';
import { authorize, canReview, type Actor } from '@/lib/permissions';
import { NotReviewableError, ReasonRequiredError, type ReviewDecision } from '@/lib/review/decisions';
import { approvedEventVersionOf } from './approved-version';
import { enqueueEventReviewNotices } from './review-mails';

/** The event changed after the organiser was shown it: nothing was decided. */
export class EventChangedError extends Error {
  constructor(public readonly title: string) {
    super(`Event changed since it was shown: ${title}`);
    this.name = 'EventChangedError';
  }
}

/**
 * A short fingerprint of everything the review page shows of an event and an
 * approval would freeze: its public version (`approvedEventVersionOf`), its
 * organisation and the contact only organisers see. Any edit of these changes
 * it; an edit that changes nothing leaves it as it was.
 */
export function eventReviewVersionOf(
  event: Pick<PartnerEvent, 'partnerId' | 'contact'> & Parameters<typeof approvedEventVersionOf>[0],
): string {
  const shown = { partnerId: event.partnerId, contact: event.contact, ...approvedEventVersionOf(event) };
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 16);
}

export type EventReviewInput = { id: number; version: string; decision: ReviewDecision; reason?: string | null };

/** An event decided, as its notices tell it. */
export type ReviewedEvent = {
  eventId: number;
  partnerId: number;
  partnerName: string;
  partnerNames: Partial<Record<Locale, string>>;
  title: string;
  titles: Partial<Record<Locale, string>>;
  cityName: string;
  cityNames: Partial<Record<Locale, string>>;
  year: number;
  published: boolean;
  submittedBy: string | null;
  decision: ReviewDecision;
  reason: string | null;
  /** A rejected edit: the public keeps the version approved earlier. */
  keptApproved: boolean;
};

/**
 * Approves or rejects one submitted event, only if it is still the version
 * the organiser was shown (compared inside the write transaction, so no edit
 * lands between the check and the decision); otherwise `EventChangedError`
 * and nothing is written.
 *
 * Approval freezes the event as it stands into `approved`, the only version
 * the public reads. Rejecting an edit of an event approved before keeps that
 * earlier version public: only the change is refused.
 */
export async function reviewEvent(actor: Actor, input: EventReviewInput, now: Date = new Date()): Promise<ReviewedEvent> {
  authorize(actor, canReview(actor));
  const reason = input.reason?.trim() || null;
  if (input.decision === 'reject' && !reason) throw new ReasonRequiredError();

  return writeTransaction((tx): ReviewedEvent => {
    const found = tx
      .select({ event: events, partner: { name: partners.name, names: partners.names }, city: { name: cities.name, names: cities.names }, year: campaigns.year, published: campaigns.published })
      .from(events)
      .innerJoin(partners, eq(partners.id, events.partnerId))
      .innerJoin(cities, eq(cities.id, events.cityId))
      .innerJoin(campaigns, eq(campaigns.id, events.campaignId))
      .where(eq(events.id, input.id))
      .get();
    if (!found || found.event.status !== 'submitted') throw new NotReviewableError([input.id]);
    const before = found.event;
    if (eventReviewVersionOf(before) !== input.version) throw new EventChangedError(before.title);

    const approve = input.decision === 'approve';
    const approved: EventApprovedVersion | null = approve ? approvedEventVersionOf(before) : before.approved;
    const after = tx
      .update(events)
      .set({ status: approve ? 'approved' : 'rejected', approved, reviewReason: approve ? null : reason, reviewedBy: actor.id, reviewedAt: now, updatedAt: now })
      // The status condition makes a concurrent review lose cleanly instead of overwriting.
      .where(and(eq(events.id, before.id), eq(events.status, 'submitted')))
      .returning()
      .get();
    if (!after) throw new NotReviewableError([input.id]);
    recordAudit(tx, {
      actorId: actor.id,
      action: `event.${input.decision}`,
      entity: 'event',
      entityId: before.id,
      before: { status: before.status, approved: before.approved, reviewReason: before.reviewReason },
      after: { status: after.status, approved: after.approved, reviewReason: after.reviewReason },
    });
    const reviewed: ReviewedEvent = {
      eventId: before.id,
      partnerId: before.partnerId,
      partnerName: found.partner.name,
      partnerNames: found.partner.names,
      title: before.title,
      titles: before.titles,
      cityName: found.city.name,
      cityNames: found.city.names,
      year: found.year,
      published: found.published,
      submittedBy: before.submittedBy,
      decision: input.decision,
      reason: after.reviewReason,
      keptApproved: !approve && before.approved !== null,
    };
    // The organisation's people are told in their languages, with the decision or not at all.
    enqueueEventReviewNotices(tx, reviewed, now);
    return reviewed;
  });
}
