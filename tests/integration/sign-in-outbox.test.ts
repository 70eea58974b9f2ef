/**
 * Sign-in links leave through the outbox, off the request path: asking for a
 * link does no mail work while the request runs (it returns with the mail
 * server down), the outbox's sender delivers the link once the server is
 * back, and the organisers' outbox page never holds a usable link: its text
 * is masked while waiting and blanked once sent, given up or expired.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createUser } from '@/lib/demo/builders';
import { outbox } from '@/db/schema';
import { resetEnvCache } from '@/lib/env';
import { deliverDueMails, SIGN_IN_KIND } from '@/lib/mail/outbox';
import { forgetExpiredSignInLinks } from '@/lib/mail/sign-in';
import { listOutbox, retryMail, ExpiredLinkError } from '@/lib/mail/outbox-failures';
import { freePort } from '../helpers/free-port';
import { startMailbox, waitForMail } from '../helpers/mailbox';

let port = 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-sign-in-outbox-'));

beforeAll(async () => {
  port = await freePort();
  // Nothing listens there yet: the mail server is down.
  process.env.EMAIL_SERVER = `smtp://127.0.0.1:${port}`;
  process.env.AUTH_SECRET ??= 'a-test-secret-that-is-long-enough-0123456789';
  resetEnvCache();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const { askForSignInLink } = await import('@/app/_auth/sign-in-link');

const signInRows = (email: string) => getDb().select().from(outbox).where(eq(outbox.recipient, email)).all().filter((r) => r.kind === SIGN_IN_KIND);

async function until<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a sign-in link through the outbox', () => {
  it('answers with the mail server down, delivers the link once it is back, and never shows it to organisers', async () => {
    const person = createUser(getDb(), { email: 'queued@namur.be' });
    const organiser = createUser(getDb(), { role: 'organiser' });
    const actor = { id: organiser.id, role: 'organiser' as const, cityIds: [] };

    const started = Date.now();
    expect(await askForSignInLink({ email: person.email, callbackUrl: '/fr/start', client: '203.0.113.7' })).toBe('accepted');
    const answeredInMs = Date.now() - started;
    // Nothing was made or queued while the request ran: that happens on a later turn.
    expect(signInRows(person.email)).toHaveLength(0);
    expect(answeredInMs).toBeLessThan(1_000);

    // Off the request path: the link is queued, and the sender's first attempt fails (server down).
    const waiting = await until(() => signInRows(person.email).find((r) => r.attempts > 0 && r.lastError));
    expect(waiting.status).toBe('waiting');
    expect(waiting.text).toContain('token=');

    // The organisers' page shows who and what, never the link.
    const listing = await listOutbox(actor);
    const shown = listing.waiting.find((r) => r.id === waiting.id)!;
    expect(shown).toMatchObject({ recipient: person.email, text: '', html: '' });
    expect(JSON.stringify(listing)).not.toContain('token=');

    // The server comes back; the sender's next round delivers the link.
    const mailbox = await startMailbox(dir, port);
    try {
      const report = await deliverDueMails({ owner: 'test-sender', now: () => new Date(Date.now() + 2 * 3_600_000 / 2) });
      expect(report.sent).toBe(1);
      const mail = await waitForMail(dir, person.email);
      expect(mail.subject).toBe('Votre lien de connexion à Blue Lights');
      expect(mail.text).toMatch(/\/api\/auth\/callback\/nodemailer\?.*token=/);
    } finally {
      await mailbox.close();
    }
    // Once sent, the link is no longer stored.
    const sent = signInRows(person.email)[0]!;
    expect(sent).toMatchObject({ status: 'sent', text: '', html: '' });
  });

  it('asks for an unknown address get the same answer and queue nothing', async () => {
    expect(await askForSignInLink({ email: 'nobody@nowhere.be', callbackUrl: '/en/start', client: '203.0.113.8' })).toBe('accepted');
    await new Promise((r) => setTimeout(r, 300));
    expect(signInRows('nobody@nowhere.be')).toHaveLength(0);
  });

  it('blanks an expired link that was never sent, and organisers cannot send it again', async () => {
    const person = createUser(getDb(), { email: 'expired@namur.be' });
    const organiser = createUser(getDb(), { role: 'organiser' });
    const { sendSignInLink } = await import('@/lib/mail/sign-in');
    const asked = new Date();
    const id = await sendSignInLink({ to: person.email, url: 'http://localhost:3000/api/auth/callback/nodemailer?token=secret123', expires: new Date(asked.getTime() + 3_600_000), now: asked });
    expect(forgetExpiredSignInLinks(new Date(asked.getTime() + 30 * 60_000))).toBe(0);
    expect(forgetExpiredSignInLinks(new Date(asked.getTime() + 61 * 60_000))).toBeGreaterThanOrEqual(1);
    const row = getDb().select().from(outbox).where(eq(outbox.id, id)).get()!;
    expect(row).toMatchObject({ status: 'failed', text: '', html: '' });
    await expect(retryMail({ id: organiser.id, role: 'organiser', cityIds: [] }, id)).rejects.toBeInstanceOf(ExpiredLinkError);
  });
});
