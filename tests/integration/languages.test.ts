/**
 * A language per person: chosen at invitation, changed at /account, and
 * otherwise following the page a person signs in from, each change written
 * to the audit log; mails follow it.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createUser } from '@/lib/demo/builders';
import { auditLog, outbox, users } from '@/db/schema';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next/cache', () => import('../helpers/next-cache'));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { setOwnLocaleAction } = await import('@/app/[locale]/account/actions');
const { signInPageLocale } = await import('@/auth');
const { setLocaleOnSignIn } = await import('@/lib/users/users');
const { deliverDueMails } = await import('@/lib/mail/outbox');
const { sendSignInLink, signInLocale } = await import('@/lib/mail/sign-in');

const initial = { ok: false, message: '', fieldErrors: {} };
const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
};
const localeOf = (id: string) => getDb().select({ locale: users.locale }).from(users).where(eq(users.id, id)).get()!.locale;
const auditsOf = (id: string, action: string) => getDb().select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, action))).all();

describe('a person’s language', () => {
  it('is English for people invited before languages were stored', () => {
    const user = createUser(getDb(), { email: 'old@example.org' });
    expect(localeOf(user.id)).toBe('en');
  });

  it('is changed by the person at /account, in the audit log, and mails follow it', async () => {
    const user = createUser(getDb(), { email: 'griet@gent.be', name: 'Griet' });
    session.actor = { id: user.id, role: 'coordinator', cityIds: [] };
    const state = await setOwnLocaleAction(initial, form({ locale: 'nl' }));
    expect(state).toMatchObject({ ok: true, message: 'Your e-mails will be written in Dutch.' });
    expect(localeOf(user.id)).toBe('nl');
    expect(auditsOf(user.id, 'user.locale')).toMatchObject([{ actorId: user.id, before: { locale: 'en' }, after: { locale: 'nl' } }]);

    // The next mail to them is in Dutch.
    const { inviteUser } = await import('@/lib/users/invite');
    const organiser = createUser(getDb(), { role: 'organiser', email: 'olga@example.org' });
    await inviteUser({ id: organiser.id, role: 'organiser', cityIds: [] }, { email: 'nieuw@gent.be', name: 'Nieuw', role: 'organiser', cityIds: [], locale: 'nl' });
    expect(getDb().select().from(outbox).where(eq(outbox.recipient, 'nieuw@gent.be')).get()).toMatchObject({ locale: 'nl' });
  });

  it('refuses a language the site does not have, with a translated field error, and the public', async () => {
    const user = createUser(getDb(), { email: 'someone@example.org' });
    session.actor = { id: user.id, role: 'coordinator', cityIds: [] };
    const state = await setOwnLocaleAction(initial, form({ locale: 'es' }));
    expect(state).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { locale: ['Choose one of the options.'] } });
    expect(localeOf(user.id)).toBe('en');
    session.actor = null;
    expect(await setOwnLocaleAction(initial, form({ locale: 'fr' }))).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('follows the page a person signs in from, when the link is used', () => {
    const link = (callbackUrl: string) => new Request(`http://localhost:3000/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(callbackUrl)}&token=t&email=a%40b.be`);
    expect(signInPageLocale(link('http://localhost:3000/fr/coordinate'))).toBe('fr');
    expect(signInPageLocale(link('/de/start'))).toBe('de');
    expect(signInPageLocale(link('/start'))).toBe('en');
    // Asking for a link changes nothing: anyone may ask for anyone's link.
    expect(signInPageLocale(new Request('http://localhost:3000/api/auth/signin/nodemailer?callbackUrl=%2Ffr%2Fstart'))).toBeNull();
    expect(signInPageLocale(undefined)).toBeNull();

    const user = createUser(getDb(), { email: 'luc@liege.be' });
    expect(setLocaleOnSignIn(user.id, 'fr')).toBe(true);
    expect(setLocaleOnSignIn(user.id, 'fr')).toBe(false);
    expect(localeOf(user.id)).toBe('fr');
    expect(auditsOf(user.id, 'user.locale.sign_in')).toHaveLength(1);
  });

  it('writes the sign-in mail in the language of the page the link was asked from', async () => {
    const url = `http://localhost:3000/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent('http://localhost:3000/de/start')}&token=t`;
    expect(signInLocale(url)).toBe('de');
    const logged = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    // Without EMAIL_SERVER, on the demo set-up, the mail goes to the log, through the outbox's sender.
    await sendSignInLink({ to: 'a@b.be', url, expires: new Date(Date.now() + 3_600_000) });
    await deliverDueMails({ owner: 'languages-test' });
    for (let i = 0; i < 50 && !logged.mock.calls.flat().join('\n').includes('Anmeldelink'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(logged.mock.calls.flat().join('\n')).toContain('Ihr Anmeldelink für Blue Lights');
    logged.mockRestore();
  });
});
