/**
 * Data builders shared by the seed and the tests: each fills in sensible
 * defaults, inserts one row and returns it. They are synchronous so that the
 * seed can run them inside one better-sqlite3 transaction.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';

type Tx = Pick<Db, 'insert'>;
import {
  buildings,
  campaigns,
  cities,
  cityCoordinators,
  events,
  illuminations,
  partnerMembers,
  partners,
  users,
  type NewBuilding,
  type NewCampaign,
  type NewCity,
  type NewIllumination,
  type NewPartner,
  type NewPartnerEvent,
  type NewUser,
} from '@/db/schema';
import { approvedVersionOf } from '@/lib/review/approved-version';
import { eventDateOf } from '@/lib/dates';
import { approvedEventVersionOf } from '@/lib/events/approved-version';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';

export { approvedVersionOf };

let counter = 0;
const next = () => ++counter;

export function createCampaign(db: Tx, values: Partial<NewCampaign> & { year: number }) {
  const eventDate = values.eventDate ?? eventDateOf(values.year);
  const row = db
    .insert(campaigns)
    .values({
      eventDate,
      theme: { en: `Blue Lights ${values.year}` },
      // The last day to register is 16 July, a fortnight before the day: open until its end
      // in Brussels (summer time, UTC+2), as the organisers' form stores it.
      registrationDeadline: new Date(`${values.year}-07-16T21:59:59.999Z`),
      published: true,
      ...values,
    })
    .returning()
    .get();
  return row;
}

export function createCity(db: Tx, values: Partial<NewCity> = {}) {
  const n = next();
  const row = db
    .insert(cities)
    .values({ name: `City ${n}`, province: 'Test Province', lat: 50.85, lng: 4.35, ...values })
    .returning()
    .get();
  return row;
}

export function createBuilding(db: Tx, values: Partial<NewBuilding> & { cityId: number }) {
  const n = next();
  const row = db
    .insert(buildings)
    .values({ name: `Building ${n}`, kind: 'other', lat: 50.85, lng: 4.35, ...values })
    .returning()
    .get();
  return row;
}

/** An illumination; approved ones (the default) get their public version frozen as approval would. */
export function createIllumination(
  db: Tx & Pick<Db, 'select'>,
  values: Partial<NewIllumination> & { campaignId: number; buildingId: number },
) {
  const status = values.status ?? 'approved';
  let approved = values.approved;
  if (status === 'approved' && approved === undefined) {
    const building = db.select().from(buildings).where(eq(buildings.id, values.buildingId)).get();
    if (building) approved = approvedVersionOf(building, values);
  }
  return db.insert(illuminations).values({ ...values, status, approved }).returning().get();
}

export function createUser(db: Tx, values: Partial<NewUser> = {}, cityIds: number[] = []) {
  const n = next();
  const row = db
    .insert(users)
    .values({ email: `user${n}-${Date.now()}@example.org`, name: `User ${n}`, role: 'coordinator', ...values })
    .returning()
    .get();
  if (cityIds.length > 0) {
    db.insert(cityCoordinators).values(cityIds.map((cityId) => ({ userId: row.id, cityId }))).run();
  }
  return row;
}

export function createPartner(db: Tx, values: Partial<NewPartner> = {}) {
  const n = next();
  return db
    .insert(partners)
    .values({ name: `Partner ${n}`, kind: 'ngo', position: n, ...values })
    .returning()
    .get();
}

/** A partner user acting for the given organisations. */
export function createPartnerUser(db: Tx, values: Partial<NewUser> = {}, partnerIds: number[] = []) {
  const row = createUser(db, { role: 'partner', ...values });
  if (partnerIds.length > 0) {
    db.insert(partnerMembers).values(partnerIds.map((partnerId) => ({ userId: row.id, partnerId }))).run();
  }
  return row;
}

/**
 * An event; by default an information stand from 14:00 to 18:00 UTC on the
 * campaign's usual day. Approved ones (the default) get their public version
 * frozen as approval would.
 */
export function createEvent(
  db: Tx,
  values: Partial<NewPartnerEvent> & { campaignId: number; partnerId: number; cityId: number },
) {
  const n = next();
  const status = values.status ?? 'approved';
  const startsAt = values.startsAt ?? new Date('2099-07-30T12:00:00Z');
  const row: NewPartnerEvent = {
    title: `Event ${n}`,
    kind: 'information_stand',
    lat: 50.85,
    lng: 4.35,
    timeZone: DEFAULT_TIME_ZONE,
    ...values,
    startsAt,
    endsAt: values.endsAt ?? new Date(startsAt.getTime() + 4 * 3_600_000),
    status,
  };
  const approved =
    values.approved !== undefined
      ? values.approved
      : status === 'approved'
        ? approvedEventVersionOf({
            title: row.title,
            titles: row.titles ?? {},
            description: row.description ?? '',
            descriptions: row.descriptions ?? {},
            kind: row.kind ?? 'other',
            cityId: row.cityId,
            address: row.address ?? '',
            lat: row.lat,
            lng: row.lng,
            startsAt: row.startsAt,
            endsAt: row.endsAt,
            timeZone: row.timeZone,
            link: row.link ?? '',
            accessibility: row.accessibility ?? '',
          })
        : null;
  return db.insert(events).values({ ...row, approved }).returning().get();
}
