/**
 * The public's requests to take part, on real SQLite: the form's answers
 * (per-field errors, input kept), what keeps programs out (the hidden field,
 * the signed timestamp, limits per client and per address), and the
 * organisers' answers (accept: the city found or created from the gazetteer,
 * the invitation filled in; decline: the reply), each mailed in the
 * requester's language through the outbox.
 */
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createCity, createUser } from '@/lib/demo/builders';
import { auditLog, cities, outbox, participationRequests } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { ForbiddenError } from '@/lib/permissions';
import { actorOf, form } from '../helpers/organise-fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor, locale: 'en' }));
vi.mock('@/app/_auth/current-actor', () => ({ currentActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('next-intl/server', async () => ({ ...(await import('../helpers/organise-intl')), getLocale: async () => session.locale }));
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`redirect:${href}`);
  },
}));

const { sendRequestAction } = await import('@/app/[locale]/take-part/actions');
const { acceptRequestAction, declineRequestAction } = await import('@/app/[locale]/organise/requests/actions');
const requests = { ...(await import('@/lib/requests/answer')), ...(await import('@/lib/requests/form-token')), ...(await import('@/lib/requests/submit')) };
const { inviteUser } = await import('@/lib/users/invite');
const { acceptRequest, checkFormToken, countOpenRequests, declineRequest, invitationPrefill, issueFormToken, listRequests, RequestAnsweredError, submitRequest, UnknownPlaceError } = requests;

const empty = { ok: false, message: '', fieldErrors: {} };
const SECOND = 1000;
const ago = (ms: number, now = new Date()) => new Date(now.getTime() - ms);
const stored = () => getDb().select().from(participationRequests).all();
const byEmail = (email: string) => getDb().select().from(participationRequests).where(eq(participationRequests.email, email)).get();
const mailsTo = (email: string) => getDb().select().from(outbox).where(eq(outbox.recipient, email)).all();

let n = 0;
function input(overrides: Partial<ReturnType<typeof baseInput>> = {}) {
  return { ...baseInput(), ...overrides };
}
function baseInput() {
  n += 1;
  return { name: 'Claire Dubois', role: 'Échevine de la culture', organisation: 'Ville de Namur', email: `claire${n}@namur.example`, country: 'BE', message: 'Notre hôtel de ville voudrait s’illuminer.' };
}
/** Every submission from its own client, unless a test is about clients. */
const ctx = (overrides: Partial<Parameters<typeof submitRequest>[2]> = {}) => ({
  locale: 'fr' as const,
  formToken: issueFormToken(ago(60 * SECOND)),
  honeypot: '',
  client: `198.51.100.${++n % 250}`,
  ...overrides,
});

const organiser = () => actorOf(createUser(getDb(), { role: 'organiser' }));

beforeEach(() => {
  session.actor = null;
  session.locale = 'en';
});

describe('the public form', () => {
  it('answers bad input with every field’s translated error, keeps the input and stores nothing', async () => {
    const before = stored().length;
    const state = await sendRequestAction(
      empty,
      form([
        ['name', ''],
        ['role', 'Consul'],
        ['organisation', 'x'.repeat(151)],
        ['email', 'not-an-address'],
        ['country', 'ZZ'],
        ['message', 'y'.repeat(2001)],
        ['startedAt', issueFormToken(ago(60 * SECOND))],
        ['website', ''],
      ]),
    );
    expect(state).toMatchObject({ ok: false, code: 'invalid', message: 'Please correct the fields marked below.' });
    expect(state.fieldErrors).toEqual({
      name: ['This field is required.'],
      organisation: ['Use at most 150 characters.'],
      email: ['Enter an e-mail address, e.g. name@city.be.'],
      country: ['Choose a country from the list.'],
      message: ['Use at most 2000 characters.'],
    });
    expect(state.values).toMatchObject({ role: 'Consul', email: 'not-an-address' });
    expect(stored()).toHaveLength(before);
  });

  it('thanks a person and stores the request in the language of their page, audited', async () => {
    session.locale = 'fr';
    const email = `consul${++n}@embassy.example`;
    const state = await sendRequestAction(
      empty,
      form([
        ['name', 'Kenji Sato'],
        ['role', 'Consul'],
        ['organisation', 'Embassy of Belgium in Tokyo'],
        ['email', email.toUpperCase()],
        ['country', 'jp'],
        ['message', 'Our residence could light up blue.\nWho do we talk to?'],
        ['startedAt', issueFormToken(ago(20 * SECOND))],
        ['website', ''],
      ]),
    );
    expect(state).toMatchObject({ ok: true, message: 'Your request has reached the campaign team. They will answer you by e-mail.' });
    const row = byEmail(email)!;
    expect(row).toMatchObject({ name: 'Kenji Sato', country: 'JP', locale: 'fr', status: 'open', reply: null, answeredBy: null });
    expect(row.message).toBe('Our residence could light up blue.\nWho do we talk to?');
    const audit = getDb().select().from(auditLog).where(eq(auditLog.entityId, String(row.id))).all();
    expect(audit.map((a) => [a.action, a.entity, a.actorId])).toContainEqual(['request.create', 'participation_request', null]);
    // Asking sends nobody a mail: the form cannot be used to make the site write to any address.
    expect(mailsTo(email)).toEqual([]);
  });

  it('gives a program that fills the hidden field the same thanks, and stores nothing', async () => {
    const before = stored().length;
    const values = input();
    const state = await sendRequestAction(empty, form([...Object.entries(values), ['startedAt', issueFormToken(ago(60 * SECOND))], ['website', 'http://spam.example']]));
    expect(state).toMatchObject({ ok: true, message: 'Your request has reached the campaign team. They will answer you by e-mail.' });
    expect(stored()).toHaveLength(before);
    expect(byEmail(values.email)).toBeUndefined();
  });

  it('refuses a form sent faster than a person fills it, and any timestamp the server did not sign', async () => {
    const now = new Date('2026-06-01T10:00:00Z');
    const before = stored().length;
    // Handed out a second ago.
    expect(await submitRequest(null, input(), ctx({ formToken: issueFormToken(ago(1 * SECOND, now)), now }))).toEqual({ answer: 'thanked', stored: null });
    // A forged timestamp: an hour earlier than the signed one, keeping its signature.
    const fresh = issueFormToken(ago(1 * SECOND, now));
    const [, signature] = fresh.split('.');
    const forged = `${ago(60 * 60 * SECOND, now).getTime()}.${signature}`;
    expect(checkFormToken(forged, now)).toBe('forged');
    expect(await submitRequest(null, input(), ctx({ formToken: forged, now }))).toEqual({ answer: 'thanked', stored: null });
    // Signed with another secret, a bare number, nothing at all.
    const issuedAt = ago(60 * SECOND, now).getTime();
    const otherSecret = `${issuedAt}.${crypto.createHmac('sha256', 'not-our-secret').update(`take-part:${issuedAt}`).digest('base64url')}`;
    for (const token of [otherSecret, String(issuedAt), '', undefined, 'x'.repeat(10_000)]) {
      expect(checkFormToken(token, now)).toBe('forged');
      expect(await submitRequest(null, input(), ctx({ formToken: token, now }))).toEqual({ answer: 'thanked', stored: null });
    }
    expect(stored()).toHaveLength(before);
    // The same form, three seconds on, is a person's.
    expect(checkFormToken(fresh, new Date(now.getTime() + 3 * SECOND))).toBe('ok');
  });

  it('sends a form left open for days back once, with a fresh timestamp and the input kept', async () => {
    const values = input();
    const state = await sendRequestAction(empty, form([...Object.entries(values), ['startedAt', issueFormToken(ago(3 * 24 * 3600 * SECOND))], ['website', '']]));
    expect(state).toMatchObject({ ok: false, message: 'This form was open for a long time. Please check your answers and send it again.' });
    expect(state.values).toMatchObject({ name: values.name, email: values.email });
    expect(checkFormToken(state.values!.startedAt, new Date(Date.now() + 5 * SECOND))).toBe('ok');
    expect(byEmail(values.email)).toBeUndefined();
  });

  it('lets one client send five an hour, then tells it to wait; other clients are not affected', async () => {
    const now = new Date('2026-06-02T10:00:00Z');
    const client = '203.0.113.77';
    for (let i = 0; i < 5; i++) {
      const outcome = await submitRequest(null, input(), ctx({ client, now: new Date(now.getTime() + i * 60 * SECOND), formToken: issueFormToken(ago(60 * SECOND, now)) }));
      expect(outcome).toMatchObject({ answer: 'thanked', stored: expect.any(Number) });
    }
    const later = new Date(now.getTime() + 10 * 60 * SECOND);
    const refused = input();
    expect(await submitRequest(null, refused, ctx({ client, now: later, formToken: issueFormToken(ago(60 * SECOND, later)) }))).toEqual({ answer: 'client_limited' });
    expect(byEmail(refused.email)).toBeUndefined();
    expect(await submitRequest(null, input(), ctx({ client: '203.0.113.78', now: later, formToken: issueFormToken(ago(60 * SECOND, later)) }))).toMatchObject({ stored: expect.any(Number) });
  });

  it('stores three requests a day for one address, from anywhere; past that the same thanks, nothing stored', async () => {
    const now = new Date('2026-06-03T10:00:00Z');
    const email = `busy${++n}@city.example`;
    for (let i = 0; i < 3; i++) {
      expect(await submitRequest(null, input({ email }), ctx({ now, formToken: issueFormToken(ago(60 * SECOND, now)) }))).toMatchObject({ stored: expect.any(Number) });
    }
    expect(await submitRequest(null, input({ email }), ctx({ now, formToken: issueFormToken(ago(60 * SECOND, now)) }))).toEqual({ answer: 'thanked', stored: null });
    expect(getDb().select().from(participationRequests).where(eq(participationRequests.email, email)).all()).toHaveLength(3);
  });
});

async function openRequest(overrides: Partial<ReturnType<typeof baseInput>> = {}, locale: 'en' | 'fr' | 'nl' | 'de' = 'fr') {
  const values = input(overrides);
  const outcome = await submitRequest(null, values, ctx({ locale }));
  if (outcome.answer !== 'thanked' || !outcome.stored) throw new Error('not stored');
  return { id: outcome.stored, ...values };
}

describe('answering requests', () => {
  it('is for organisers only', async () => {
    const r = await openRequest();
    const coordinator = actorOf(createUser(getDb(), { role: 'coordinator' }));
    await expect(listRequests(coordinator)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acceptRequest(coordinator, r.id, { city: 'Ghent', country: 'BE', reply: '' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(declineRequest(coordinator, r.id, 'No')).rejects.toBeInstanceOf(ForbiddenError);
    session.actor = coordinator;
    expect(await declineRequestAction(empty, form([['id', String(r.id)], ['reply', 'No']]))).toMatchObject({ code: 'forbidden' });
    expect(byEmail(r.email)!.status).toBe('open');
  });

  it('accepts one for a known city (by any of its names), mails the requester in French, and fills in the invitation', async () => {
    const actor = organiser();
    const ghent = createCity(getDb(), { name: 'Ghent-test', names: { nl: 'Gent-test', fr: 'Gand-test' }, country: 'BE', lat: 51.05, lng: 3.72 });
    const r = await openRequest({ organisation: 'Stad Gent' });
    const openBefore = await countOpenRequests();
    const result = await acceptRequest(actor, r.id, { city: 'gand test', country: 'BE', reply: 'Bienvenue !' });
    expect(result).toEqual({ id: r.id, cityId: ghent.id, cityCreated: false });
    expect(await countOpenRequests()).toBe(openBefore - 1);
    expect(byEmail(r.email)).toMatchObject({ status: 'accepted', reply: 'Bienvenue !', answeredBy: actor.id, cityId: ghent.id });
    const [mail] = mailsTo(r.email);
    expect(mail).toMatchObject({ locale: 'fr', kind: 'request.accepted', subject: 'Bienvenue dans la campagne Cœur bleu du 30 juillet' });
    expect(mail!.text).toContain('Merci pour votre demande pour Stad Gent');
    expect(mail!.text).toContain('Bienvenue !');
    const audit = getDb().select().from(auditLog).where(eq(auditLog.entityId, String(r.id))).all().map((a) => a.action);
    expect(audit).toContain('request.accept');

    const prefill = await invitationPrefill(actor, r.id);
    expect(prefill).toEqual({ name: r.name, email: r.email, locale: 'fr', cityId: ghent.id, organisation: 'Stad Gent' });
    // Once the invitation is sent, there is nothing left to fill in; a request is not an account until then.
    await inviteUser(actor, { email: r.email, name: r.name, role: 'coordinator', cityIds: [ghent.id], locale: 'nl' });
    expect(await invitationPrefill(actor, r.id)).toBeUndefined();
    expect(mailsTo(r.email).map((m) => [m.kind, m.locale])).toEqual([['request.accepted', 'fr'], ['invitation', 'nl']]);
    // A request answered is answered once.
    await expect(declineRequest(actor, r.id, 'Too late')).rejects.toBeInstanceOf(RequestAnsweredError);
  });

  it('creates the city from the gazetteer when it is not known yet, and refuses a place that does not exist', async () => {
    const actor = organiser();
    const r = await openRequest({ organisation: 'Embassy of Belgium in Ottawa', country: 'CA' }, 'en');
    expect(getDb().select().from(cities).where(eq(cities.name, 'Ottawa')).get()).toBeUndefined();

    await expect(acceptRequest(actor, r.id, { city: 'Xyzzyville', country: 'CA', reply: '' })).rejects.toBeInstanceOf(UnknownPlaceError);
    expect(byEmail(r.email)!.status).toBe('open');
    expect(mailsTo(r.email)).toEqual([]);

    session.actor = actor;
    session.locale = 'en';
    const bad = await acceptRequestAction(empty, form([['id', String(r.id)], ['city', 'Xyzzyville'], ['country', 'CA'], ['reply', '']]));
    expect(bad.fieldErrors.city?.[0]).toMatch(/^No city of that name in that country/);
    expect(bad.values).toMatchObject({ city: 'Xyzzyville' });

    // Accepted through the form: on to the invitation, filled in.
    await expect(acceptRequestAction(empty, form([['id', String(r.id)], ['city', 'Ottawa'], ['country', 'CA'], ['reply', '']]))).rejects.toThrow(
      `redirect:/organise/coordinators?request=${r.id}#invite-heading`,
    );
    const ottawa = getDb().select().from(cities).where(eq(cities.name, 'Ottawa')).get()!;
    expect(ottawa).toMatchObject({ country: 'CA', timeZone: 'America/Toronto' });
    expect(ottawa.lat).toBeCloseTo(45.41, 1);
    expect(byEmail(r.email)).toMatchObject({ status: 'accepted', cityId: ottawa.id });
    const cityAudit = getDb().select().from(auditLog).where(eq(auditLog.entity, 'city')).all().find((a) => a.entityId === String(ottawa.id));
    expect(cityAudit).toMatchObject({ action: 'city.create', actorId: actor.id });
    expect(mailsTo(r.email)).toMatchObject([{ locale: 'en', subject: 'Welcome to the Blue Heart Campaign on 30 July' }]);
  });

  it('declines one with a reply (required), mailed in the requester’s language in the same transaction', async () => {
    const actor = organiser();
    session.actor = actor;
    const r = await openRequest({ organisation: 'Stadt Eupen' }, 'de');
    const missing = await declineRequestAction(empty, form([['id', String(r.id)], ['reply', '  ']]));
    expect(missing.fieldErrors).toEqual({ reply: ['This field is required.'] });
    expect(mailsTo(r.email)).toEqual([]);

    // Back to the list, which says so.
    await expect(declineRequestAction(empty, form([['id', String(r.id)], ['reply', 'Eupen nimmt dieses Jahr schon über die Provinz teil.']]))).rejects.toThrow(
      `redirect:/organise/requests?declined=${r.id}`,
    );
    expect(byEmail(r.email)).toMatchObject({ status: 'declined', reply: 'Eupen nimmt dieses Jahr schon über die Provinz teil.', answeredBy: actor.id });
    const [mail] = mailsTo(r.email);
    expect(mail).toMatchObject({ locale: 'de', kind: 'request.declined', subject: 'Ihre Anfrage zur Teilnahme an der Blue-Heart-Kampagne' });
    expect(mail!.text).toContain('Vielen Dank für Ihre Anfrage für Stadt Eupen');
    expect(mail!.text).toContain('Eupen nimmt dieses Jahr schon über die Provinz teil.');
    // User text is escaped in the HTML part.
    const r2 = await openRequest({ organisation: '<b>Evil</b>' }, 'nl');
    await declineRequest(actor, r2.id, '<script>alert(1)</script>');
    const [html] = mailsTo(r2.email);
    expect(html!.html).not.toContain('<script>');
    expect(html!.html).toContain('&lt;script&gt;');

    const again = await declineRequestAction(empty, form([['id', String(r.id)], ['reply', 'Again']]));
    expect(again).toMatchObject({ ok: false, code: 'conflict', message: 'This request has already been answered.' });
  });

  it('lists waiting requests first and counts them for the overview', async () => {
    const actor = organiser();
    const waiting = await openRequest();
    const list = await listRequests(actor);
    const firstAnswered = list.findIndex((r) => r.status !== 'open');
    const lastOpen = list.map((r) => r.status).lastIndexOf('open');
    expect(firstAnswered === -1 || lastOpen < firstAnswered).toBe(true);
    expect(list.find((r) => r.id === waiting.id)).toMatchObject({ status: 'open', invited: false });
    expect(await countOpenRequests()).toBe(list.filter((r) => r.status === 'open').length);
  });
});

describe('the audit log', () => {
  it('names a request by who sent it and for whom they speak, never by its id', async () => {
    const r = await openRequest({ name: 'Marie Martin', organisation: 'Ville de Mons' });
    const actor = organiser();
    await declineRequest(actor, r.id, 'Next year, gladly.');
    const { listAudit } = await import('@/lib/audit/view');
    const log = await listAudit(actor, { entity: 'participation_request', page: 1 });
    const entries = log.rows.filter((row) => row.entity === 'participation_request' && row.entityId === String(r.id));
    expect(entries.map((e) => e.action).sort()).toEqual(['request.create', 'request.decline']);
    for (const entry of entries) expect(entry.subject).toEqual({ person: 'Marie Martin (Ville de Mons)' });
  });
});
