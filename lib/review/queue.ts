/** What the organisers' review reads: the queue of submitted registrations, and whom to tell. */
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { buildings, campaigns, cities, illuminations, users, type Building } from '@/db/schema';
import type { ApprovedVersion, LightsOnMode, Locale } from '../constants';
import { authorize, canReview, type Actor } from '../permissions';
import { farFromCity, type FarFromCity } from '../geo/far-from-city';
import { reviewVersionOf } from './decisions';
import { selectRegistrations } from '../registrations/joined';

export type QueueItem = {
  id: number;
  year: number;
  status: 'submitted';
  building: Pick<Building, 'id' | 'name' | 'names' | 'kind' | 'address' | 'description' | 'lat' | 'lng' | 'needsPlacing'>;
  city: { id: number; name: string; names: Partial<Record<Locale, string>>; province: string; timeZone: string };
  lightsOnMode: LightsOnMode;
  lightsOnTime: string | null;
  lightsOffTime: string | null;
  photo: string | null;
  /** The version the public sees now, when this is an edit of an approved registration. */
  approved: ApprovedVersion | null;
  submittedBy: { name: string | null; email: string } | null;
  updatedAt: Date;
  /** What the decision on this item must name (`reviewVersionOf`). */
  version: string;
  /** The building stands far from its city's centre, or across a border (lib/geo): worth a look. */
  far: FarFromCity | null;
};

/** The registrations waiting for review, oldest first (optionally of one campaign year). */
export async function listReviewQueue(actor: Actor, { year }: { year?: number } = {}): Promise<QueueItem[]> {
  authorize(actor, canReview(actor));
  const rows = await selectRegistrations({ illumination: illuminations, building: buildings, city: cities, year: campaigns.year, submitter: { name: users.name, email: users.email } })
    .leftJoin(users, eq(users.id, illuminations.submittedBy))
    .where(and(eq(illuminations.status, 'submitted'), year ? eq(campaigns.year, year) : undefined))
    .orderBy(asc(illuminations.updatedAt), asc(illuminations.id));
  return rows.map(({ illumination: i, building: b, city: c, year: y, submitter }) => ({
    id: i.id,
    year: y,
    status: 'submitted',
    building: { id: b.id, name: b.name, names: b.names, kind: b.kind, address: b.address, description: b.description, lat: b.lat, lng: b.lng, needsPlacing: b.needsPlacing },
    city: { id: c.id, name: c.name, names: c.names, province: c.province, timeZone: c.timeZone },
    lightsOnMode: i.lightsOnMode,
    lightsOnTime: i.lightsOnTime,
    lightsOffTime: i.lightsOffTime,
    photo: i.photo,
    approved: i.approved,
    submittedBy: submitter?.email ? { name: submitter.name, email: submitter.email } : null,
    updatedAt: i.updatedAt,
    version: reviewVersionOf(b, i),
    // One still waiting to be placed stands at the centre itself; the page says so.
    far: b.needsPlacing ? null : farFromCity(b, c),
  }));
}
