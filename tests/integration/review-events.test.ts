import { beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, events, outbox } from '@/db/schema';
import { createCampaign, createCity, createEvent, createPartner, createPartnerUser, createUser } from '@/lib/demo/builders';
import type { Actor } from '@/lib/permissions';
import { mailsFor, startFileMailbox, waitForMail } from '../helpers/mailbox';
import { actorOf, form, initial } from '../helpers/organise-fixtures';

// Only the request-bound parts of Next are stood in for: who is signed in,
// the cache, and translations. The database and the SMTP server are real.
const session = vi.hoisted(() => ({ actor: null as Actor }));
vi.mock('@/app/_auth/current-actor', () => ({ currentActor: async () => session.actor }));
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => cache);
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { reviewEventAction } = await import('@/app/[locale]/organise/review/actions');
const { listEventReviewQueue } = await import('@/lib/events/review-queue');
const { reviewEvent } = await import('@/lib/events/review');
const { listAudit } = await import('@/lib/audit/view');
const { getSeason } = await import('@/lib/campaigns/season-facts');
const { deliverDueMails } = await import('@/lib/mail/outbox');
const { eventReviewRows } = await import('@/app/[locale]/organise/review/event-rows');

const mailDir = startFileMailbox('review-events');
const deliver = () => deliverDueMails({ owner: 'review-events-test' });
beforeEach(() => cache.revalidatePath.mockClear());

let n = 0;
/** A campaign with a partner, its two people (Dutch and French), one of another partner, an organiser and submitted events. */
function world(year: number, { published = true } = {}) {
  const db = getDb();
  const tag = `${year}-${++n}`;
  const campaign = createCampaign(db, { year, published });
  const leuven = createCity(db, { name: `Leuven ${tag}`, names: { fr: `Louvain ${tag}` }, province: 'Flemish Brabant', lat: 50.8798, lng: 4.7005 });
  const partner = createPartner(db, { name: 'PAG-ASA' });
  const other = createPartner(db, { name: 'Other NGO' });
  const nl = createPartnerUser(db, { email: `nl-${tag}@pag-asa.example`, name: 'Nele', locale: 'nl' }, [partner.id]);
  const fr = createPartnerUser(db, { email: `fr-${tag}@pag-asa.example`, name: 'François', locale: 'fr' }, [partner.id]);
  const gone = createPartnerUser(db, { email: `gone-${tag}@pag-asa.example`, locale: 'en', deactivatedAt: new Date() }, [partner.id]);
  const outsider = createPartnerUser(db, { email: `other-${tag}@other.example`, locale: 'en' }, [other.id]);
  const organiser = createUser(db, { role: 'organiser', email: `organiser-${tag}@example.org`, name: 'Olga Organiser' });
  const coordinator = createUser(db, { role: 'coordinator', email: `coord-${tag}@example.org` }, [leuven.id]);
  const stand = createEvent(db, {
    campaignId: campaign.id,
    partnerId: partner.id,
    cityId: leuven.id,
    status: 'submitted',
    title: 'Information stand at the station',
    titles: { nl: 'Infostand aan het station' },
    address: 'Martelarenplein',
    lat: 50.8812,
    lng: 4.7156,
    startsAt: new Date(`${year}-07-30T12:00:00Z`),
    endsAt: new Date(`${year}-07-30T16:00:00Z`),
    timeZone: 'Europe/Brussels',
    contact: 'Nele, +32 470 00 00 00',
    submittedBy: nl.id,
  });
  const talk = createEvent(db, { campaignId: campaign.id, partnerId: partner.id, cityId: leuven.id, status: 'submitted', kind: 'talk', title: 'Talk in the library', submittedBy: fr.id });
  return { campaign, leuven, partner, other, nl, fr, gone, outsider, organiser, coordinator, stand, talk, organiserActor: actorOf(organiser) };
}

const eventRow = (id: number) => getDb().select().from(events).where(eq(events.id, id)).get()!;
const auditsOf = (id: number) => getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'event'), eq(auditLog.entityId, String(id)))).all();
const mailsTo = (email: string) => getDb().select().from(outbox).where(eq(outbox.recipient, email)).all();

async function versionOf(actor: Actor, id: number, year: number) {
  const item = (await listEventReviewQueue(actor, { year })).find((q) => q.event.id === id);
  if (!item) throw new Error(`Event ${id} is not in the queue`);
  return item.version;
}

describe('reviewing partners\' events', () => {
  it('lists the submitted events of the year with what the organiser needs to decide', async () => {
    const w = world(2061);
    const queue = await listEventReviewQueue(w.organiserActor, { year: 2061 });
    expect(queue.map((q) => q.event.title)).toEqual(['Information stand at the station', 'Talk in the library']);
    expect(queue[0]).toMatchObject({ partner: { name: 'PAG-ASA' }, city: { name: w.leuven.name }, submittedBy: { email: w.nl.email }, event: { contact: 'Nele, +32 470 00 00 00' } });
    expect(await listEventReviewQueue(w.organiserActor, { year: 2099 })).toEqual([]);
  });

  it('approves what the organiser saw: status, approved version, reviewer, audit, mails in each person\'s language', async () => {
    const w = world(2062);
    session.actor = w.organiserActor;
    const version = await versionOf(w.organiserActor, w.stand.id, 2062);
    const state = await reviewEventAction(initial, form([['decision', `approve:${w.stand.id}`], [`version:${w.stand.id}`, version], [`reason:${w.stand.id}`, '']]));
    expect(state).toMatchObject({ ok: true, code: 'ok', message: '“Information stand at the station” (PAG-ASA) approved; it is on the public map now.' });

    const row = eventRow(w.stand.id);
    expect(row).toMatchObject({ status: 'approved', reviewedBy: w.organiser.id, reviewReason: null });
    expect(row.reviewedAt).toBeInstanceOf(Date);
    expect(row.approved).toMatchObject({ title: 'Information stand at the station', titles: { nl: 'Infostand aan het station' }, address: 'Martelarenplein', timeZone: 'Europe/Brussels', startsAt: Date.parse('2062-07-30T12:00:00Z') });
    // The contact is for organisers only: never frozen into what the public sees.
    expect(JSON.stringify(row.approved)).not.toContain('+32 470');
    expect(auditsOf(w.stand.id)).toMatchObject([{ action: 'event.approve', actorId: w.organiser.id, after: { status: 'approved' } }]);
    expect(eventRow(w.talk.id).status).toBe('submitted');

    // Each active person of the organisation once, in their language; not the deactivated one, not another organisation's.
    expect(mailsTo(w.gone.email)).toEqual([]);
    expect(mailsTo(w.outsider.email)).toEqual([]);
    expect(mailsTo(w.coordinator.email)).toEqual([]);
    await deliver();
    const dutch = await waitForMail(mailDir, w.nl.email);
    expect(dutch.subject).toBe('Op de kaart: Infostand aan het station');
    expect(dutch.text).toContain('Uw stand staat nu op de publieke kaart');
    expect(dutch.text).toMatch(new RegExp(`/nl/events/${w.stand.id}\\b`));
    expect(dutch.text).toMatch(new RegExp(`/nl/partner/${w.stand.id}\\b`));
    const french = await waitForMail(mailDir, w.fr.email);
    expect(french.subject).toBe('Sur la carte : Information stand at the station');
    expect(french.text).toContain(`(Louvain ${w.leuven.name.split(' ')[1]}, 2062)`);
    expect(french.text).toMatch(new RegExp(`/fr/events/${w.stand.id}\\b`));
    expect(await mailsFor(mailDir, w.nl.email)).toHaveLength(1);
  });

  it('rejects with the reason, tells the organisation how to send it again, and keeps an earlier approved version public', async () => {
    const w = world(2063);
    session.actor = w.organiserActor;
    // The talk was approved before; the partner's edit waits for review.
    const earlier = { ...eventRow(w.talk.id), title: 'Talk (approved)' };
    getDb().update(events).set({ approved: { title: earlier.title, titles: {}, description: '', descriptions: {}, kind: 'talk', cityId: w.leuven.id, address: '', lat: 50.85, lng: 4.35, startsAt: earlier.startsAt.getTime(), endsAt: earlier.endsAt.getTime(), timeZone: earlier.timeZone, link: '', accessibility: '' } }).where(eq(events.id, w.talk.id)).run();
    const version = await versionOf(w.organiserActor, w.talk.id, 2063);

    const missing = await reviewEventAction(initial, form([['decision', `reject:${w.talk.id}`], [`version:${w.talk.id}`, version], [`reason:${w.talk.id}`, '  ']]));
    expect(missing).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { [`reason:${w.talk.id}`]: ['Give the organisation a reason for the rejection.'] } });
    const tooLong = await reviewEventAction(initial, form([['decision', `reject:${w.talk.id}`], [`version:${w.talk.id}`, version], [`reason:${w.talk.id}`, 'x'.repeat(1001)]]));
    expect(tooLong.fieldErrors[`reason:${w.talk.id}`]).toHaveLength(1);
    expect(eventRow(w.talk.id).status).toBe('submitted');
    expect(mailsTo(w.fr.email)).toEqual([]);

    const state = await reviewEventAction(initial, form([['decision', `reject:${w.talk.id}`], [`version:${w.talk.id}`, version], [`reason:${w.talk.id}`, 'Please give the room number.']]));
    expect(state).toMatchObject({ ok: true, message: '“Talk in the library” (PAG-ASA) rejected; the organisation was told why.' });
    expect(eventRow(w.talk.id)).toMatchObject({ status: 'rejected', reviewReason: 'Please give the room number.', reviewedBy: w.organiser.id, approved: { title: 'Talk (approved)' } });
    expect(auditsOf(w.talk.id)).toMatchObject([{ action: 'event.reject', after: { status: 'rejected', reviewReason: 'Please give the room number.' } }]);

    await deliver();
    const french = await waitForMail(mailDir, w.fr.email);
    expect(french.subject).toBe('Non validé : Talk in the library');
    expect(french.text).toContain('Motif : Please give the room number.');
    expect(french.text).toContain('la version validée auparavant reste sur la carte publique');
    expect(french.text).toContain('envoyer à nouveau');
    expect(french.text).toMatch(new RegExp(`/fr/partner/${w.talk.id}\\b`));
    expect(french.text).not.toContain('/events/');
    const dutch = await waitForMail(mailDir, w.nl.email);
    expect(dutch.subject).toBe('Niet goedgekeurd: Talk in the library');
    expect(dutch.text).toContain('Reden: Please give the room number.');
  });

  it('refuses a decision on a version that changed meanwhile, writes nothing, and decides the new version once seen', async () => {
    const w = world(2064);
    session.actor = w.organiserActor;
    const seen = await versionOf(w.organiserActor, w.stand.id, 2064);
    // The partner moves the stand while the organiser reads.
    getDb().update(events).set({ address: 'Ladeuzeplein', updatedAt: new Date() }).where(eq(events.id, w.stand.id)).run();

    const state = await reviewEventAction(initial, form([['decision', `approve:${w.stand.id}`], [`version:${w.stand.id}`, seen]]));
    expect(state).toMatchObject({ ok: false, code: 'conflict', message: '“Information stand at the station” changed since you opened it — review again. Nothing was decided for it.' });
    expect(eventRow(w.stand.id)).toMatchObject({ status: 'submitted', approved: null, reviewedBy: null, reviewedAt: null });
    expect(auditsOf(w.stand.id)).toEqual([]);
    expect(mailsTo(w.nl.email)).toEqual([]);
    // The page is rendered again, to show the event as it is now.
    expect(cache.revalidatePath).toHaveBeenCalled();
    // A request without a version decides nothing either.
    const none = await reviewEventAction(initial, form([['decision', `reject:${w.stand.id}`], [`reason:${w.stand.id}`, 'No.']]));
    expect(none).toMatchObject({ ok: false, code: 'conflict' });
    expect(eventRow(w.stand.id).status).toBe('submitted');

    const again = await versionOf(w.organiserActor, w.stand.id, 2064);
    expect(again).not.toBe(seen);
    const approved = await reviewEventAction(initial, form([['decision', `approve:${w.stand.id}`], [`version:${w.stand.id}`, again]]));
    expect(approved).toMatchObject({ ok: true });
    expect(eventRow(w.stand.id).approved).toMatchObject({ address: 'Ladeuzeplein' });
  });

  it('refuses a second decision on an event already reviewed', async () => {
    const w = world(2065);
    session.actor = w.organiserActor;
    const version = await versionOf(w.organiserActor, w.stand.id, 2065);
    await reviewEvent(w.organiserActor, { id: w.stand.id, version, decision: 'approve' });
    const state = await reviewEventAction(initial, form([['decision', `reject:${w.stand.id}`], [`version:${w.stand.id}`, version], [`reason:${w.stand.id}`, 'Too late.']]));
    expect(state).toMatchObject({ ok: false, code: 'conflict' });
    expect(eventRow(w.stand.id)).toMatchObject({ status: 'approved', reviewReason: null });
  });

  it('is refused to everyone but organisers, in the action and in the domain', async () => {
    const w = world(2066);
    const version = await versionOf(w.organiserActor, w.stand.id, 2066);
    const attempt = form([['decision', `approve:${w.stand.id}`], [`version:${w.stand.id}`, version]]);
    for (const actor of [actorOf(w.nl, [w.partner.id]), actorOf(w.outsider, [w.other.id]), actorOf(w.coordinator, [w.leuven.id])]) {
      session.actor = actor;
      expect(await reviewEventAction(initial, attempt)).toMatchObject({ ok: false, code: 'forbidden' });
      await expect(reviewEvent(actor, { id: w.stand.id, version, decision: 'approve' })).rejects.toThrow();
      await expect(listEventReviewQueue(actor)).rejects.toThrow();
    }
    session.actor = null;
    expect(await reviewEventAction(initial, attempt)).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(eventRow(w.stand.id)).toMatchObject({ status: 'submitted', approved: null });
    expect(auditsOf(w.stand.id)).toEqual([]);
  });

  it('says an approval in an unpublished campaign is not on the map yet, and mails no public link', async () => {
    const w = world(2067, { published: false });
    session.actor = w.organiserActor;
    const version = await versionOf(w.organiserActor, w.stand.id, 2067);
    const state = await reviewEventAction(initial, form([['decision', `approve:${w.stand.id}`], [`version:${w.stand.id}`, version]]));
    expect(state.message).toBe('“Information stand at the station” (PAG-ASA) approved; it will show on the public map once the 2067 campaign is published.');
    const [mail] = mailsTo(w.nl.email);
    expect(mail?.text).toContain('zodra de campagne 2067 gepubliceerd is');
    expect(mail?.text).not.toContain('/events/');
  });

  it('names the decisions on the audit page and counts events waiting in the season', async () => {
    const w = world(2068);
    session.actor = w.organiserActor;
    const season = await getSeason(w.organiserActor, new Date('2068-03-01T10:00:00Z'), 2068);
    expect(season.facts.eventsWaiting).toBe(2);
    expect(season.checklist.steps.find((s) => s.key === 'review')).toMatchObject({ count: 2, done: false });

    await reviewEvent(w.organiserActor, { id: w.talk.id, version: await versionOf(w.organiserActor, w.talk.id, 2068), decision: 'reject', reason: 'Say where.' });
    const log = await listAudit(w.organiserActor, { entity: 'event', page: 1 } as never);
    const entry = log.rows.find((r) => r.entityId === String(w.talk.id));
    expect(entry?.subject).toMatchObject({ building: 'Talk in the library', year: 2068, city: { name: w.leuven.name } });
    expect((await getSeason(w.organiserActor, new Date('2068-03-01T10:00:00Z'), 2068)).facts.eventsWaiting).toBe(1);
  });

  it('shows an edit of an approved event with what differs from the version the public sees, times in the place\'s zone', async () => {
    const w = world(2069);
    const brussels = createCity(getDb(), { name: `Brussels ${n}`, names: { fr: `Bruxelles ${n}` } });
    // Approved in Brussels, 14:00–18:00 Brussels time; the partner's edit moves it to Leuven, an hour later, with other words.
    getDb()
      .update(events)
      .set({
        approved: { title: 'Stand at the Bourse', titles: { nl: 'Stand aan de Beurs' }, description: '', descriptions: {}, kind: 'walk', cityId: brussels.id, address: 'Place de la Bourse', lat: 50.848, lng: 4.349, startsAt: Date.parse('2069-07-30T12:00:00Z'), endsAt: Date.parse('2069-07-30T16:00:00Z'), timeZone: 'Europe/Brussels', link: '', accessibility: '' },
        startsAt: new Date('2069-07-30T13:00:00Z'),
        endsAt: new Date('2069-07-30T17:00:00Z'),
        link: 'https://example.org/stand',
      })
      .where(eq(events.id, w.stand.id))
      .run();
    const [row] = await eventReviewRows((await listEventReviewQueue(w.organiserActor, { year: 2069 })).filter((q) => q.event.id === w.stand.id), 'en');
    expect(row).toMatchObject({
      title: 'Information stand at the station',
      kind: 'Information stand',
      organisation: 'PAG-ASA',
      when: 'Tuesday 30 July 2069, 15:00–19:00',
      zone: 'Local time at the place: Central European Time.',
      contact: 'Nele, +32 470 00 00 00',
      linkIsWeb: true,
      isEdit: true,
    });
    expect(row!.changes).toEqual([
      'Title changed (was “Stand at the Bourse”)',
      'Title in Dutch changed (was “Stand aan de Beurs”)',
      'Kind changed (was Walk or run)',
      `City changed (was ${brussels.name})`,
      'Address changed (was “Place de la Bourse”)',
      'Position on the map changed',
      'Time changed (was Tuesday 30 July 2069, 14:00–18:00)',
      'Link changed (was “—”)',
    ]);
    // A first submission is no edit, and a place abroad is told in its own zone.
    getDb().update(events).set({ timeZone: 'America/New_York', startsAt: new Date('2069-07-30T22:00:00Z'), endsAt: new Date('2069-07-31T01:00:00Z') }).where(eq(events.id, w.talk.id)).run();
    const [talk] = await eventReviewRows((await listEventReviewQueue(w.organiserActor, { year: 2069 })).filter((q) => q.event.id === w.talk.id), 'en');
    expect(talk).toMatchObject({ isEdit: false, changes: [], when: 'Tuesday 30 July 2069, 18:00–21:00', zone: 'Local time at the place: Eastern Time.' });
  });
});
