import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog, cities, events } from '@/db/schema';
import { createCampaign, createCity, createEvent as buildEvent, createPartner, createPartnerUser, createUser } from '@/lib/demo/builders';
import { EventDateOutOfRangeError, EventRegistrationClosedError, StaleEventError, UnknownEventPlaceError } from '@/lib/events/errors';
import { getOwnEvent, listOwnEvents, listOwnPartners } from '@/lib/events/read-own';
import { eventFormInput, eventSchema, type EventFields } from '@/lib/events/validation';
import { createEvent, updateEvent, withdrawEvent } from '@/lib/events/write';
import { approvedEventVersionOf } from '@/lib/events/approved-version';
import { ForbiddenError, type Actor } from '@/lib/permissions';
import { actorOf, form } from '../helpers/organise-fixtures';

const db = () => getDb();
const NOW = new Date('2031-06-01T10:00:00Z');
const AFTER_DEADLINE = new Date('2031-07-20T10:00:00Z');

let campaignId: number;
let leuven: number;
let pagasa: number;
let other: number;
let partner: NonNullable<Actor>;
let stranger: NonNullable<Actor>;
let organiser: NonNullable<Actor>;
let coordinator: NonNullable<Actor>;

const input = (over: Partial<EventFields> = {}): EventFields => ({
  partnerId: pagasa,
  kind: 'information_stand',
  title: 'Information stand',
  titles: { nl: 'Infostand' },
  description: '<b>Not bold</b>',
  descriptions: {},
  city: 'Leuven',
  country: 'BE',
  address: 'Grote Markt',
  lat: 50.8789,
  lng: 4.7011,
  date: '2031-07-30',
  startTime: '14:00',
  endTime: '18:00',
  link: 'https://pag-asa.be',
  accessibility: 'Step-free',
  contact: '+32 470 00 00 00',
  ...over,
});

const auditOf = (id: number) =>
  db().select().from(auditLog).where(and(eq(auditLog.entity, 'event'), eq(auditLog.entityId, String(id)))).all();

beforeAll(() => {
  db().transaction((tx) => {
    campaignId = createCampaign(tx, { year: 2031, registrationDeadline: new Date('2031-07-16T22:00:00Z') }).id;
    leuven = createCity(tx, { name: 'Leuven', names: { fr: 'Louvain' }, country: 'BE', lat: 50.8798, lng: 4.7005 }).id;
    pagasa = createPartner(tx, { name: 'PAG-ASA' }).id;
    other = createPartner(tx, { name: 'Other NGO' }).id;
    partner = actorOf(createPartnerUser(tx, { email: 'p@pagasa.example' }, [pagasa]), [pagasa]);
    stranger = actorOf(createPartnerUser(tx, { email: 'p@other.example' }, [other]), [other]);
    organiser = actorOf(createUser(tx, { role: 'organiser', email: 'o@events.example' }));
    coordinator = actorOf(createUser(tx, { role: 'coordinator', email: 'c@events.example' }, [leuven]), [leuven]);
  });
});

describe('the event form', () => {
  it('reports every field’s error at once', () => {
    const fd = form([
      ['partnerId', String(1)],
      ['kind', 'party'],
      ['title', ''],
      ['city', ''],
      ['country', 'XX'],
      ['lat', '95'],
      ['lng', 'abc'],
      ['date', '2031-02-30'],
      ['startTime', '25:00'],
      ['endTime', ''],
      ['link', 'javascript:alert(1)'],
    ]);
    const parsed = eventSchema.safeParse(eventFormInput(fd));
    expect(parsed.success).toBe(false);
    const byField = Object.fromEntries(parsed.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toMatchObject({
      kind: 'choice',
      title: 'required',
      city: 'required',
      country: 'country',
      lat: 'latitude',
      lng: 'number',
      date: 'date',
      startTime: 'timeRange',
      endTime: 'time',
      link: 'link',
    });
  });

  it('takes a decimal comma, and refuses an end at the very start', () => {
    const base: [string, string][] = [['partnerId', '1'], ['kind', 'talk'], ['title', 'Talk'], ['city', 'Leuven'], ['country', 'be'], ['lat', '50,8789'], ['lng', '4,7011'], ['date', '2031-07-30'], ['startTime', '20:00']];
    const ok = eventSchema.parse(eventFormInput(form([...base, ['endTime', '01:00']])));
    expect(ok).toMatchObject({ lat: 50.8789, lng: 4.7011, country: 'BE', endTime: '01:00' });
    const same = eventSchema.safeParse(eventFormInput(form([...base, ['endTime', '20:00']])));
    expect(same.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['endTime', 'endSame']]);
  });
});

describe('registering an event', () => {
  it('stores it as submitted, in the place’s zone, with an audit row', async () => {
    const saved = await createEvent(partner, campaignId, input(), { now: NOW });
    const row = db().select().from(events).where(eq(events.id, saved.eventId)).get()!;
    expect(row).toMatchObject({ status: 'submitted', cityId: leuven, timeZone: 'Europe/Brussels', title: 'Information stand', contact: '+32 470 00 00 00', approved: null });
    expect(row.startsAt.toISOString()).toBe('2031-07-30T12:00:00.000Z');
    expect(row.endsAt.toISOString()).toBe('2031-07-30T16:00:00.000Z');
    const audit = auditOf(saved.eventId);
    expect(audit.map((a) => a.action)).toEqual(['event.create']);
    expect(audit[0]!.actorId).toBe(partner.id);
  });

  it('an end earlier than the start is the next day; a place abroad gets its own zone and city', async () => {
    const saved = await createEvent(partner, campaignId, input({ city: 'Lisbon', country: 'PT', lat: 38.7223, lng: -9.1393, startTime: '22:00', endTime: '01:30' }), { now: NOW });
    const row = db().select().from(events).where(eq(events.id, saved.eventId)).get()!;
    expect(row.timeZone).toBe('Europe/Lisbon');
    expect(row.startsAt.toISOString()).toBe('2031-07-30T21:00:00.000Z');
    expect(row.endsAt.toISOString()).toBe('2031-07-31T00:30:00.000Z');
    const city = db().select().from(cities).where(eq(cities.id, row.cityId)).get()!;
    expect(city).toMatchObject({ name: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' });
  });

  it('finds a known city by another of its names', async () => {
    const saved = await createEvent(partner, campaignId, input({ city: 'louvain' }), { now: NOW });
    expect((await getOwnEvent(partner, saved.eventId))!.city.id).toBe(leuven);
  });

  it('refuses an unknown place, a date outside the window, and stores nothing', async () => {
    const count = () => db().select().from(events).all().length;
    const before = count();
    await expect(createEvent(partner, campaignId, input({ city: 'Nowhereville' }), { now: NOW })).rejects.toBeInstanceOf(UnknownEventPlaceError);
    const early = createEvent(partner, campaignId, input({ date: '2031-05-30' }), { now: NOW });
    await expect(early).rejects.toBeInstanceOf(EventDateOutOfRangeError);
    await expect(createEvent(partner, campaignId, input({ date: '2031-08-07' }), { now: NOW })).rejects.toMatchObject({ from: '2031-05-31', to: '2031-08-06' });
    expect(count()).toBe(before);
  });

  it('refuses a forged organisation, a coordinator, and a partner after the deadline', async () => {
    await expect(createEvent(stranger, campaignId, input(), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createEvent(coordinator, campaignId, input(), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createEvent(partner, campaignId, input(), { now: AFTER_DEADLINE })).rejects.toBeInstanceOf(EventRegistrationClosedError);
    // Organisers act for every organisation, also after the deadline.
    const saved = await createEvent(organiser, campaignId, input({ partnerId: other }), { now: AFTER_DEADLINE });
    expect(saved.changed).toBe(true);
  });
});

describe('editing and withdrawing', () => {
  it('an approved event goes back to review while the public keeps the approved version', async () => {
    const approved = buildEvent(db(), { campaignId, partnerId: pagasa, cityId: leuven, title: 'Stand', startsAt: new Date('2031-07-30T12:00:00Z'), endsAt: new Date('2031-07-30T16:00:00Z') });
    const publicVersion = approvedEventVersionOf(approved);
    const saved = await updateEvent(partner, approved.id, approved.updatedAt.getTime(), input({ title: 'Stand with a new title' }), { now: NOW });
    expect(saved.changed).toBe(true);
    const row = db().select().from(events).where(eq(events.id, approved.id)).get()!;
    expect(row.status).toBe('submitted');
    expect(row.title).toBe('Stand with a new title');
    expect(row.approved).toEqual(publicVersion);
    const audit = auditOf(approved.id);
    expect(audit.map((a) => a.action)).toEqual(['event.update']);
    expect(audit[0]!.before).toMatchObject({ status: 'approved', title: 'Stand' });
    expect(audit[0]!.after).toMatchObject({ status: 'submitted', title: 'Stand with a new title' });
  });

  it('a rejected event is sent again, even unchanged, and loses its reason', async () => {
    const rejected = buildEvent(db(), { campaignId, partnerId: pagasa, cityId: leuven, status: 'rejected', reviewReason: 'No address', approved: null });
    const row0 = db().select().from(events).where(eq(events.id, rejected.id)).get()!;
    await updateEvent(partner, rejected.id, row0.updatedAt.getTime(), input(), { now: NOW });
    const row = db().select().from(events).where(eq(events.id, rejected.id)).get()!;
    expect(row).toMatchObject({ status: 'submitted', reviewReason: null });
    expect(auditOf(rejected.id).map((a) => a.action)).toEqual(['event.resubmit']);
  });

  it('refuses a stale form, and an event of another organisation (even with its own partnerId)', async () => {
    const saved = await createEvent(partner, campaignId, input({ title: 'Walk' }), { now: NOW });
    const version = NOW.getTime();
    await updateEvent(partner, saved.eventId, version, input({ title: 'Walk 2' }), { now: new Date(NOW.getTime() + 1000) });
    await expect(updateEvent(partner, saved.eventId, version, input({ title: 'Walk 3' }), { now: NOW })).rejects.toBeInstanceOf(StaleEventError);

    const theirs = buildEvent(db(), { campaignId, partnerId: other, cityId: leuven, status: 'submitted' });
    const v = theirs.updatedAt.getTime();
    await expect(updateEvent(partner, theirs.id, v, input({ partnerId: pagasa }), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(withdrawEvent(partner, theirs.id, v, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    // Moving its own event to another organisation is refused too.
    await expect(updateEvent(partner, saved.eventId, NOW.getTime() + 1000, input({ partnerId: other }), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    expect(db().select().from(events).where(eq(events.id, theirs.id)).get()!.status).toBe('submitted');
    expect(await getOwnEvent(partner, theirs.id)).toBeUndefined();
  });

  it('withdrawing takes an approved event off the public map, audited; refused after the deadline', async () => {
    const approved = buildEvent(db(), { campaignId, partnerId: pagasa, cityId: leuven });
    await expect(withdrawEvent(partner, approved.id, approved.updatedAt.getTime(), { now: AFTER_DEADLINE })).rejects.toBeInstanceOf(EventRegistrationClosedError);
    await withdrawEvent(partner, approved.id, approved.updatedAt.getTime(), { now: NOW });
    const row = db().select().from(events).where(eq(events.id, approved.id)).get()!;
    expect(row).toMatchObject({ status: 'withdrawn', approved: null });
    expect(auditOf(approved.id).map((a) => a.action)).toEqual(['event.withdraw']);
  });

  it('lists only the actor’s organisations and their events', async () => {
    expect((await listOwnPartners(partner)).map((p) => p.id)).toEqual([pagasa]);
    expect((await listOwnPartners(organiser)).map((p) => p.id)).toEqual(expect.arrayContaining([pagasa, other]));
    const mine = await listOwnEvents(partner, campaignId, [pagasa, other]);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.event.partnerId === pagasa)).toBe(true);
  });
});

describe('the audit log', () => {
  it('names an event by its title, city and year', async () => {
    const { listAudit } = await import('@/lib/audit/view');
    const saved = await createEvent(partner, campaignId, input({ title: 'Named in the log' }), { now: NOW });
    const page = await listAudit(organiser, { entity: 'event', page: 1 });
    const row = page.rows.find((r) => r.entityId === String(saved.eventId));
    expect(row?.subject).toMatchObject({ building: 'Named in the log', city: { name: 'Leuven' }, year: 2031 });
  });
});

describe('the organisation’s profile', () => {
  it('saves the description and website, sends a logo for approval, audited; another organisation’s people are refused', async () => {
    const { saveOwnProfile } = await import('@/lib/partners/own-profile');
    const { preparePhoto } = await import('@/lib/photos/photos');
    const { partners } = await import('@/db/schema');
    const sharp = (await import('sharp')).default;
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#1060c0' } }).png().toBuffer();
    const logo = await preparePhoto(png);
    const profile = { partnerId: pagasa, website: 'https://pag-asa.be', description: 'Shelter and help', title_en: undefined, description_nl: 'Opvang en hulp' } as never;
    await expect(saveOwnProfile(stranger, profile, { logo: null })).rejects.toBeInstanceOf(ForbiddenError);
    const saved = await saveOwnProfile(partner, profile, { logo });
    expect(saved).toMatchObject({ changed: true, logoSent: true });
    const row = db().select().from(partners).where(eq(partners.id, pagasa)).get()!;
    expect(row).toMatchObject({ website: 'https://pag-asa.be', description: 'Shelter and help', descriptions: { nl: 'Opvang en hulp' }, logo: null });
    expect(row.logoPending).toMatch(/\.webp$/);
    const audit = db().select().from(auditLog).where(and(eq(auditLog.entity, 'partner'), eq(auditLog.entityId, String(pagasa)))).all();
    expect(audit.map((a) => a.action)).toEqual(['partner.profile']);
  });
});
