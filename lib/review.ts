/**
 * Reviewing registrations: organisers approve or reject submitted
 * illuminations, one or several at once. A review is all-or-nothing: every
 * chosen registration is reviewed in one transaction with its audit row, or
 * none is (e.g. when another organiser reviewed one of them meanwhile).
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { approvedVersionOf } from '@/db/builders';
import {
  buildings,
  campaigns,
  cities,
  cityCoordinators,
  illuminations,
  users,
  type ApprovedVersion,
  type BuildingKind,
  type Locale,
  type LightsOnMode,
} from '@/db/schema';
import { recordAudit } from './audit';
import { authorize, canReview, type Actor } from './permissions';

export type ReviewDecision = 'approve' | 'reject';

/** Some of the chosen registrations are not (or no longer) waiting for review. */
export class NotReviewableError extends Error {
  constructor(public readonly ids: number[]) {
    super(`Not waiting for review: ${ids.join(', ')}`);
    this.name = 'NotReviewableError';
  }
}

export class ReasonRequiredError extends Error {}

export type ReviewedItem = {
  illuminationId: number;
  year: number;
  cityId: number;
  cityName: string;
  buildingName: string;
  decision: ReviewDecision;
  reason: string | null;
  /** The public kept an earlier approved version (a rejected edit). */
  keptApproved: boolean;
};

/**
 * Approves or rejects the given submitted registrations.
 *
 * Approval freezes the building's current facts and timing into
 * `illuminations.approved`, the only column the public map reads.
 *
 * Rejecting an edit of a registration that was approved before KEEPS the
 * earlier approved version: the building still lights up as agreed, only the
 * change is refused, so it stays on the public map. (Withdrawing is what takes
 * a building off the map.) A first registration that is rejected never had an
 * approved version and so never shows.
 */
export async function reviewIlluminations(
  actor: Actor,
  input: { ids: number[]; decision: ReviewDecision; reason?: string | null },
  now: Date = new Date(),
): Promise<ReviewedItem[]> {
  authorize(actor, canReview(actor));
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return [];
  const reason = input.reason?.trim() || null;
  if (input.decision === 'reject' && !reason) throw new ReasonRequiredError();

  return getDb().transaction((tx) => {
    const rows = tx
      .select({ illumination: illuminations, building: buildings, city: cities, year: campaigns.year })
      .from(illuminations)
      .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
      .innerJoin(cities, eq(cities.id, buildings.cityId))
      .innerJoin(campaigns, eq(campaigns.id, illuminations.campaignId))
      .where(inArray(illuminations.id, ids))
      .all();
    const found = new Map(rows.map((r) => [r.illumination.id, r]));
    const notReviewable = ids.filter((id) => found.get(id)?.illumination.status !== 'submitted');
    if (notReviewable.length) throw new NotReviewableError(notReviewable);

    const reviewed: ReviewedItem[] = [];
    for (const id of ids) {
      const { illumination: before, building, city, year } = found.get(id)!;
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
        buildingName: building.name,
        decision: input.decision,
        reason: after.reviewReason,
        keptApproved: input.decision === 'reject' && before.approved !== null,
      });
    }
    return reviewed;
  });
}

export type QueueItem = {
  id: number;
  year: number;
  status: 'submitted';
  building: { id: number; name: string; kind: BuildingKind; address: string; description: string; lat: number; lng: number };
  city: { id: number; name: string; names: Partial<Record<Locale, string>>; province: string; timeZone: string };
  lightsOnMode: LightsOnMode;
  lightsOnTime: string | null;
  lightsOffTime: string | null;
  photo: string | null;
  /** The version the public sees now, when this is an edit of an approved registration. */
  approved: ApprovedVersion | null;
  submittedBy: { name: string | null; email: string } | null;
  updatedAt: Date;
};

/** The registrations waiting for review, oldest first (optionally of one campaign year). */
export async function listReviewQueue(actor: Actor, { year }: { year?: number } = {}): Promise<QueueItem[]> {
  authorize(actor, canReview(actor));
  const rows = await getDb()
    .select({ illumination: illuminations, building: buildings, city: cities, year: campaigns.year, submitter: { name: users.name, email: users.email } })
    .from(illuminations)
    .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
    .innerJoin(cities, eq(cities.id, buildings.cityId))
    .innerJoin(campaigns, eq(campaigns.id, illuminations.campaignId))
    .leftJoin(users, eq(users.id, illuminations.submittedBy))
    .where(and(eq(illuminations.status, 'submitted'), year ? eq(campaigns.year, year) : undefined))
    .orderBy(asc(illuminations.updatedAt), asc(illuminations.id));
  return rows.map(({ illumination: i, building: b, city: c, year: y, submitter }) => ({
    id: i.id,
    year: y,
    status: 'submitted',
    building: { id: b.id, name: b.name, kind: b.kind, address: b.address, description: b.description, lat: b.lat, lng: b.lng },
    city: { id: c.id, name: c.name, names: c.names, province: c.province, timeZone: c.timeZone },
    lightsOnMode: i.lightsOnMode,
    lightsOnTime: i.lightsOnTime,
    lightsOffTime: i.lightsOffTime,
    photo: i.photo,
    approved: i.approved,
    submittedBy: submitter?.email ? { name: submitter.name, email: submitter.email } : null,
    updatedAt: i.updatedAt,
  }));
}

/** Active coordinators of the given cities, with the cities each acts for among them. */
export async function coordinatorsOf(cityIds: number[]): Promise<{ email: string; name: string | null; cityIds: number[] }[]> {
  if (cityIds.length === 0) return [];
  const rows = await getDb()
    .select({ email: users.email, name: users.name, cityId: cityCoordinators.cityId })
    .from(cityCoordinators)
    .innerJoin(users, eq(users.id, cityCoordinators.userId))
    .where(and(inArray(cityCoordinators.cityId, cityIds), isNull(users.deactivatedAt), eq(users.role, 'coordinator')));
  const byEmail = new Map<string, { email: string; name: string | null; cityIds: number[] }>();
  for (const r of rows) {
    const entry = byEmail.get(r.email) ?? { email: r.email, name: r.name, cityIds: [] };
    entry.cityIds.push(r.cityId);
    byEmail.set(r.email, entry);
  }
  return [...byEmail.values()];
}
