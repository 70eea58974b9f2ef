/**
 * Reviewing registrations: organisers approve or reject submitted
 * illuminations, one or several at once, in one transaction with their audit
 * rows. If another organiser reviewed one of them meanwhile, nothing is
 * reviewed. Each decision names the version of the registration the organiser
 * was shown (`reviewVersionOf`): one that has changed since is left waiting
 * and reported, so that an approval never freezes text nobody has read.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { writeTransaction } from '@/db';
import { approvedVersionOf } from './approved-version';
import { buildings, campaigns, cities, illuminations, type Building, type Illumination } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { type ApprovedVersion, type Locale } from '@/lib/constants';
import { recordAudit } from '@/lib/audit/record';
import { enqueueReviewNotices } from './mails';
import { authorize, canReview, type Actor } from '../permissions';

export type ReviewDecision = 'approve' | 'reject';

/** Some of the chosen registrations are not (or no longer) waiting for review. */
export class NotReviewableError extends Error {
  constructor(public readonly ids: number[]) {
    super(`Not waiting for review: ${ids.join(', ')}`);
    this.name = 'NotReviewableError';
  }
}

export class ReasonRequiredError extends Error {}

/**
 * A short fingerprint of everything an approval would freeze (the building's
 * facts and this registration's timing and photo, as `approvedVersionOf`
 * builds them) and of the city the building belongs to, which the review page
 * shows and which decides who is told. It changes whenever any of these does,
 * whichever registration the change came through: a building is shared by its
 * registrations of every year. Edits that change nothing leave it as it was.
 */
export function reviewVersionOf(
  building: Pick<Building, 'cityId' | 'name' | 'names' | 'kind' | 'address' | 'description' | 'lat' | 'lng'>,
  illumination: Pick<Illumination, 'lightsOnMode' | 'lightsOnTime' | 'lightsOffTime' | 'photo'>,
): string {
  const shown = { cityId: building.cityId, ...approvedVersionOf(building, illumination) };
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 16);
}

/** A registration to review, with the version the organiser was shown (`reviewVersionOf`). */
export type ReviewTarget = { id: number; version: string };

export type ReviewedItem = {
  illuminationId: number;
  year: number;
  cityId: number;
  cityName: string;
  cityNames: Partial<Record<Locale, string>>;
  buildingName: string;
  decision: ReviewDecision;
  reason: string | null;
  /** The public kept an earlier approved version (a rejected edit). */
  keptApproved: boolean;
};

/** A registration left waiting because it changed after the organiser was shown it. */
export type ChangedItem = { illuminationId: number; buildingName: string };

export type ReviewOutcome = {
  reviewed: ReviewedItem[];
  /** Not decided: the registration is no longer the version the organiser saw. */
  changed: ChangedItem[];
};

/**
 * Approves or rejects the given submitted registrations, each only if it is
 * still the version the organiser was shown; the others are left waiting and
 * returned in `changed` (a rejection's reason, too, was written for what was
 * shown). The versions are compared inside the write transaction, so no edit
 * can land between the check and the decision.
 *
 * Approval freezes the building's current facts and timing into
 * `illuminations.approved`, the only column the public map reads.
 *
 * Rejecting an edit of a registration that was approved before KEEPS the
 * earlier approved version: the building still lights up as agreed, only the
 * change is refused, so it stays on the public map. (Withdrawing is what takes
 * a building off the map.) A first registration that is rejected never had an
 * approved version and so never shows.
 *
 * The city's coordinators are told in the same transaction, through the
 * outbox: a decision and its notice are stored together or not at all.
 */
export async function reviewIlluminations(
  actor: Actor,
  input: { items: ReviewTarget[]; decision: ReviewDecision; reason?: string | null },
  now: Date = new Date(),
): Promise<ReviewOutcome> {
  authorize(actor, canReview(actor));
  const expected = new Map<number, string>();
  for (const item of input.items) if (!expected.has(item.id)) expected.set(item.id, item.version);
  const ids = [...expected.keys()];
  if (ids.length === 0) return { reviewed: [], changed: [] };
  const reason = input.reason?.trim() || null;
  if (input.decision === 'reject' && !reason) throw new ReasonRequiredError();

  // Immediate: the write lock is taken before the versions are read, so
  // another process cannot commit an edit between the check and the update.
  return writeTransaction((tx): ReviewOutcome => {
    const rows = selectRegistrations({ illumination: illuminations, building: buildings, city: cities, year: campaigns.year }, tx)
      .where(inArray(illuminations.id, ids))
      .all();
    const found = new Map(rows.map((r) => [r.illumination.id, r]));
    const notReviewable = ids.filter((id) => found.get(id)?.illumination.status !== 'submitted');
    if (notReviewable.length) throw new NotReviewableError(notReviewable);

    const reviewed: ReviewedItem[] = [];
    const changed: ChangedItem[] = [];
    for (const id of ids) {
      const { illumination: before, building, city, year } = found.get(id)!;
      if (reviewVersionOf(building, before) !== expected.get(id)) {
        changed.push({ illuminationId: id, buildingName: building.name });
        continue;
      }
      const approved: ApprovedVersion | null =
        input.decision === 'approve' ? approvedVersionOf(building, before) : before.approved;
      const after = tx
        .update(illuminations)
        .set({
          status: input.decision === 'approve' ? 'approved' : 'rejected',
          approved,
          reviewReason: input.decision === 'approve' ? null : reason,
          reviewedBy: actor.id,
          reviewedAt: now,
          updatedAt: now,
        })
        // The status condition makes a concurrent review lose cleanly instead of overwriting.
        .where(and(eq(illuminations.id, id), eq(illuminations.status, 'submitted')))
        .returning()
        .get();
      if (!after) throw new NotReviewableError([id]);
      recordAudit(tx, {
        actorId: actor.id,
        action: `illumination.${input.decision}`,
        entity: 'illumination',
        entityId: id,
        before: { status: before.status, approved: before.approved, reviewReason: before.reviewReason },
        after: { status: after.status, approved: after.approved, reviewReason: after.reviewReason },
      });
      reviewed.push({
        illuminationId: id,
        year,
        cityId: city.id,
        cityName: city.name,
        cityNames: city.names,
        buildingName: building.name,
        decision: input.decision,
        reason: after.reviewReason,
        keptApproved: input.decision === 'reject' && before.approved !== null,
      });
    }
    // The coordinators' notices, in their languages, commit with the decisions or not at all.
    enqueueReviewNotices(tx, reviewed, now);
    return { reviewed, changed };
  });
}
