import 'server-only';
import { and, count, desc, eq } from 'drizzle-orm';
import { getDb, writeTransaction, type Tx } from '@/db';
import { cities, participationRequests, users, type ParticipationRequest, type RequestStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { createCityFromPlace, gazetteerPlaceNamed, knownCityNamed } from '@/lib/cities/from-gazetteer';
import { cityName } from '@/lib/localized';
import { enqueueMail } from '@/lib/mail/outbox';
import { authorize, canAnswerRequests, type Actor } from '@/lib/permissions';
import { acceptedMail, declinedMail } from './mails';

export class UnknownRequestError extends Error {}
/** Already accepted or declined (by someone else, or in another tab). */
export class RequestAnsweredError extends Error {}
/** The city is neither known nor in the gazetteer under that name and country. */
export class UnknownPlaceError extends Error {}

/** The requests waiting for an answer: the organisers' overview counts them. */
export async function countOpenRequests(): Promise<number> {
  const row = await getDb().select({ n: count() }).from(participationRequests).where(eq(participationRequests.status, 'open')).get();
  return row?.n ?? 0;
}

export type RequestRow = ParticipationRequest & { answeredByName: string | null; cityName: string | null; invited: boolean };

/** Every request, open ones first, newest first: organisers only. */
export async function listRequests(actor: Actor, status?: RequestStatus): Promise<RequestRow[]> {
  authorize(actor, canAnswerRequests(actor));
  const db = getDb();
  const rows = await db
    .select({ request: participationRequests, answeredByName: users.name, answeredByEmail: users.email, city: cities })
    .from(participationRequests)
    .leftJoin(users, eq(users.id, participationRequests.answeredBy))
    .leftJoin(cities, eq(cities.id, participationRequests.cityId))
    .where(status ? eq(participationRequests.status, status) : undefined)
    .orderBy(desc(participationRequests.createdAt), desc(participationRequests.id));
  const invitedEmails = new Set((await db.select({ email: users.email }).from(users)).map((u) => u.email));
  const order: Record<RequestStatus, number> = { open: 0, accepted: 1, declined: 2 };
  return rows
    .map((r) => ({
      ...r.request,
      answeredByName: r.answeredByName ?? r.answeredByEmail ?? null,
      cityName: r.city ? r.city.name : null,
      invited: invitedEmails.has(r.request.email),
    }))
    .sort((a, b) => order[a.status] - order[b.status]);
}

/**
 * What the invitation form is filled with for an accepted request: the
 * person, their language and the city found for them. Undefined unless the
 * request exists, was accepted and its address is not invited yet.
 */
export async function invitationPrefill(actor: Actor, id: number): Promise<{ name: string; email: string; locale: ParticipationRequest['locale']; cityId: number | null; organisation: string } | undefined> {
  authorize(actor, canAnswerRequests(actor));
  const row = await getDb().select().from(participationRequests).where(eq(participationRequests.id, id)).get();
  if (!row || row.status !== 'accepted') return undefined;
  // Once invited, there is nothing left to fill in.
  if (await getDb().select({ id: users.id }).from(users).where(eq(users.email, row.email)).get()) return undefined;
  return { name: row.name, email: row.email, locale: row.locale, cityId: row.cityId, organisation: row.organisation };
}

function openRequest(tx: Tx, id: number): ParticipationRequest {
  const row = tx.select().from(participationRequests).where(eq(participationRequests.id, id)).get();
  if (!row) throw new UnknownRequestError();
  if (row.status !== 'open') throw new RequestAnsweredError();
  return row;
}

/**
 * Accepts a request: the city it is for is found, or created from the
 * gazetteer; the requester is told in their language, in the same
 * transaction. The invitation itself is the organiser's next step (the
 * coordinators' page, filled in from the request): a request is not an account.
 */
export async function acceptRequest(
  actor: Actor,
  id: number,
  input: { city: string; country: string; reply: string },
  now: Date = new Date(),
): Promise<{ id: number; cityId: number; cityCreated: boolean }> {
  authorize(actor, canAnswerRequests(actor));
  // The gazetteer is read outside the write transaction (a large file, read once).
  const place = knownCityNamed(getDb(), input.city, input.country) ? undefined : gazetteerPlaceNamed(input.city, input.country);
  return writeTransaction((tx) => {
    const request = openRequest(tx, id);
    let city = knownCityNamed(tx, input.city, input.country);
    let cityCreated = false;
    if (!city) {
      if (!place) throw new UnknownPlaceError();
      city = createCityFromPlace(tx, actor.id, place, { request: id });
      cityCreated = true;
    }
    const reply = input.reply || null;
    tx.update(participationRequests)
      .set({ status: 'accepted', reply, answeredBy: actor.id, answeredAt: now, cityId: city.id })
      .where(and(eq(participationRequests.id, id), eq(participationRequests.status, 'open')))
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'request.accept',
      entity: 'participation_request',
      entityId: id,
      before: { status: 'open' },
      after: { status: 'accepted', reply, cityId: city.id },
    });
    const facts = { name: request.name, organisation: request.organisation, reply, city: cityName(city, request.locale) };
    enqueueMail(tx, { ...acceptedMail(request.locale, facts), to: request.email, locale: request.locale, kind: 'request.accepted' }, now);
    return { id, cityId: city.id, cityCreated };
  });
}

/** Declines a request with a reply, mailed to the requester in their language in the same transaction. */
export async function declineRequest(actor: Actor, id: number, reply: string, now: Date = new Date()): Promise<{ id: number; name: string }> {
  authorize(actor, canAnswerRequests(actor));
  return writeTransaction((tx) => {
    const request = openRequest(tx, id);
    tx.update(participationRequests)
      .set({ status: 'declined', reply, answeredBy: actor.id, answeredAt: now })
      .where(and(eq(participationRequests.id, id), eq(participationRequests.status, 'open')))
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'request.decline',
      entity: 'participation_request',
      entityId: id,
      before: { status: 'open' },
      after: { status: 'declined', reply },
    });
    const facts = { name: request.name, organisation: request.organisation, reply, city: null };
    enqueueMail(tx, { ...declinedMail(request.locale, facts), to: request.email, locale: request.locale, kind: 'request.declined' }, now);
    return { id, name: request.name };
  });
}
