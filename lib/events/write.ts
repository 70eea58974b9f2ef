/**
 * Registering a partner's event, editing and withdrawing it: the partner
 * space's writes. Each function takes the acting user and checks
 * lib/permissions itself (the organisation and the event are looked up here:
 * an id from a form is a claim); pages and actions only call them.
 *
 * The public sees only `events.approved`, the version frozen at approval, so
 * an edit goes back to review without the public seeing it until an
 * organiser approves it again. Every change is audited in its transaction.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, writeTransaction, type Db, type Tx } from '@/db';
import { campaigns, events, partners, type Campaign, type PartnerEvent } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { gazetteerPlaceNamed, knownCityNamed } from '@/lib/cities/from-gazetteer';
import { authorize, canRegisterEvent, canUsePartnerSpace, isOrganiser, isPartnerOf, type Actor } from '@/lib/permissions';
import { addDays, zonedTimeToUtc } from '@/lib/time';
import { timeZoneAt } from '@/lib/zones';
import { EventDateOutOfRangeError, EventNotFoundError, EventRegistrationClosedError, EventWithdrawnError, StaleEventError } from './errors';
import { findOrCreateCity } from './place';
import { EVENT_LIMITS, type EventFields } from './validation';

export type EventInput = EventFields;
export type SavedEvent = { eventId: number; year: number; changed: boolean };

/**
 * Register, edit or withdraw an event of `partnerId` in `campaign`:
 * organisers always; the organisation's people until the deadline (which
 * gets its own error, so the page can say why); anyone else is refused.
 */
export function assertMayRegisterEvent(actor: Actor, partnerId: number, campaign: Pick<Campaign, 'registrationDeadline'>, now: Date): asserts actor is NonNullable<Actor> {
  authorize(actor, canUsePartnerSpace(actor));
  if (canRegisterEvent(actor, { partnerId, registrationDeadline: campaign.registrationDeadline }, now)) return;
  if (isPartnerOf(actor, partnerId)) throw new EventRegistrationClosedError(campaign.registrationDeadline);
  authorize(actor, false);
}

/** The days an event of the campaign may fall on: from some weeks before the day to a week after. */
export function eventDateWindow(campaign: Pick<Campaign, 'eventDate'>): { from: string; to: string } {
  return { from: addDays(campaign.eventDate, -EVENT_LIMITS.DAYS_BEFORE), to: addDays(campaign.eventDate, EVENT_LIMITS.DAYS_AFTER) };
}

/**
 * Start and end as instants in the place's zone. An end time earlier than
 * the start time is on the next day (an evening that ends after midnight).
 */
export function eventInstants(date: string, startTime: string, endTime: string, timeZone: string): { startsAt: Date; endsAt: Date } {
  const startsAt = zonedTimeToUtc(date, startTime, timeZone);
  const endsAt = zonedTimeToUtc(endTime <= startTime ? addDays(date, 1) : date, endTime, timeZone);
  return { startsAt, endsAt };
}

/** What the audit log keeps of an event (the contact too: it is the organisers' page). */
export function eventFacts(e: PartnerEvent) {
  return {
    partnerId: e.partnerId,
    status: e.status,
    title: e.title,
    titles: e.titles,
    description: e.description,
    descriptions: e.descriptions,
    kind: e.kind,
    cityId: e.cityId,
    address: e.address,
    lat: e.lat,
    lng: e.lng,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timeZone: e.timeZone,
    link: e.link,
    accessibility: e.accessibility,
    contact: e.contact,
  };
}

/** The event's own columns from the form, with its city, instants and the zone of its position. */
function columnsOf(input: EventInput, campaign: Campaign, cityId: number) {
  const window = eventDateWindow(campaign);
  if (input.date < window.from || input.date > window.to) throw new EventDateOutOfRangeError(window.from, window.to);
  const timeZone = timeZoneAt(input.lat, input.lng);
  return {
    partnerId: input.partnerId,
    cityId,
    kind: input.kind,
    title: input.title,
    titles: input.titles,
    description: input.description,
    descriptions: input.descriptions,
    address: input.address,
    lat: input.lat,
    lng: input.lng,
    timeZone,
    ...eventInstants(input.date, input.startTime, input.endTime, timeZone),
    link: input.link,
    accessibility: input.accessibility,
    contact: input.contact,
  };
}

function campaignIn(tx: Tx | Db, campaignId: number): Campaign {
  const campaign = tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).get();
  if (!campaign) throw new EventNotFoundError();
  return campaign;
}

function partnerExists(tx: Tx | Db, partnerId: number): boolean {
  return Boolean(tx.select({ id: partners.id }).from(partners).where(eq(partners.id, partnerId)).get());
}

/** The place, looked up in the gazetteer outside the write transaction (a large file) when the city is not known yet. */
function placeFor(input: EventInput) {
  return knownCityNamed(getDb(), input.city, input.country) ? undefined : gazetteerPlaceNamed(input.city, input.country);
}

/** Registers an event of `input.partnerId` in the campaign, status `submitted`. */
export async function createEvent(actor: Actor, campaignId: number, input: EventInput, { now = new Date() }: { now?: Date } = {}): Promise<SavedEvent> {
  authorize(actor, canUsePartnerSpace(actor));
  assertMayRegisterEvent(actor, input.partnerId, campaignIn(getDb(), campaignId), now);
  const place = placeFor(input);
  return writeTransaction((tx): SavedEvent => {
    // Checked again on what the transaction reads: the deadline may have moved meanwhile.
    const campaign = campaignIn(tx, campaignId);
    assertMayRegisterEvent(actor, input.partnerId, campaign, now);
    if (!partnerExists(tx, input.partnerId)) throw new EventNotFoundError();
    const columns = columnsOf(input, campaign, 0);
    const city = findOrCreateCity(tx, actor.id, input.city, input.country, place);
    const saved = tx
      .insert(events)
      .values({ ...columns, cityId: city.id, campaignId, status: 'submitted', submittedBy: actor.id, createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'event.create', entity: 'event', entityId: saved.id, after: eventFacts(saved) });
    return { eventId: saved.id, year: campaign.year, changed: true };
  });
}

/** An event with its campaign; unknown ids are EventNotFoundError. */
function loadEvent(tx: Tx | Db, eventId: number): { event: PartnerEvent; campaign: Campaign } {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw new EventNotFoundError();
  return { event, campaign: campaignIn(tx, event.campaignId) };
}

/**
 * Edits an event. `version` is the `updatedAt` (ms) of the event the form
 * was opened on: a form older than the stored event is refused. A submitted
 * or rejected event is edited in place and (again) waits for review; an
 * approved one goes back to review while the public keeps its approved version.
 * The organisation may be changed only to another the actor acts for.
 */
export async function updateEvent(
  actor: Actor,
  eventId: number,
  version: number,
  input: EventInput,
  { now = new Date() }: { now?: Date } = {},
): Promise<SavedEvent> {
  authorize(actor, canUsePartnerSpace(actor));
  const first = loadEvent(getDb(), eventId);
  // The stored organisation decides, not the form's: another organisation's event is refused, like another city's building.
  authorize(actor, canSeeOwn(actor, first.event.partnerId));
  const place = placeFor(input);
  return writeTransaction((tx): SavedEvent => {
    const { event: before, campaign } = loadEvent(tx, eventId);
    authorize(actor, canSeeOwn(actor, before.partnerId));
    assertMayRegisterEvent(actor, before.partnerId, campaign, now);
    assertMayRegisterEvent(actor, input.partnerId, campaign, now);
    if (!partnerExists(tx, input.partnerId)) throw new EventNotFoundError();
    if (before.status === 'withdrawn') throw new EventWithdrawnError();
    if (before.updatedAt.getTime() !== version) throw new StaleEventError();

    const columns = columnsOf(input, campaign, 0);
    const city = findOrCreateCity(tx, actor.id, input.city, input.country, place);
    const next = { ...columns, cityId: city.id };
    const same = JSON.stringify(eventFacts({ ...before, ...next })) === JSON.stringify(eventFacts(before));
    // An unchanged approved or submitted event stays as it is; a rejected one is sent again.
    if (same && before.status !== 'rejected') return { eventId, year: campaign.year, changed: false };
    // `approved` is deliberately left as it is: the public keeps the approved version.
    const after = tx
      .update(events)
      .set({ ...next, status: 'submitted', reviewReason: null, submittedBy: actor.id, updatedAt: now })
      .where(eq(events.id, eventId))
      .returning()
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      action: before.status === 'rejected' ? 'event.resubmit' : 'event.update',
      entity: 'event',
      entityId: eventId,
      before: eventFacts(before),
      after: eventFacts(after),
    });
    return { eventId, year: campaign.year, changed: true };
  });
}

/** Withdraws an event: it leaves the public map at once (`approved` cleared). */
export async function withdrawEvent(actor: Actor, eventId: number, version: number, { now = new Date() }: { now?: Date } = {}): Promise<SavedEvent> {
  authorize(actor, canUsePartnerSpace(actor));
  return writeTransaction((tx): SavedEvent => {
    const { event: before, campaign } = loadEvent(tx, eventId);
    authorize(actor, canSeeOwn(actor, before.partnerId));
    assertMayRegisterEvent(actor, before.partnerId, campaign, now);
    if (before.status === 'withdrawn') return { eventId, year: campaign.year, changed: false };
    if (before.updatedAt.getTime() !== version) throw new StaleEventError();
    const after = tx.update(events).set({ status: 'withdrawn', approved: null, updatedAt: now }).where(eq(events.id, eventId)).returning().get();
    recordAudit(tx, { actorId: actor.id, action: 'event.withdraw', entity: 'event', entityId: eventId, before: eventFacts(before), after: eventFacts(after) });
    return { eventId, year: campaign.year, changed: true };
  });
}

/** Whether the actor works for the event's organisation at all (organisers: every one). */
function canSeeOwn(actor: Actor, partnerId: number): boolean {
  return isOrganiser(actor) || isPartnerOf(actor, partnerId);
}
