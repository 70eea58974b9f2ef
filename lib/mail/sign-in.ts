import 'server-only';
import type { Locale } from '@/lib/constants';
import { env } from '@/lib/env';
import { localeOfPath } from '@/lib/localized';
import { mailTranslator, renderMail, type RenderedMail } from './compose';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { and, eq, lte, sql } from 'drizzle-orm';
import { writeTransaction } from '@/db';
import { outbox } from '@/db/schema';
import { deliverDueMails, enqueueMail, SIGN_IN_KIND } from './outbox';

/**
 * The language of a sign-in link's mail: that of the page the link was asked
 * from, which the link carries as its `callbackUrl` (`/fr/start`…). It is
 * also the language the person's mails switch to when they use the link
 * (auth.ts), so that the mail reads as everything after it will.
 */
export function signInLocale(url: string): Locale {
  try {
    const callbackUrl = new URL(url).searchParams.get('callbackUrl');
    return callbackUrl ? localeOfPath(new URL(callbackUrl, env().siteUrl).pathname) : 'en';
  } catch {
    return 'en';
  }
}

/** The sign-in mail in `locale`. Plain text carries the link on a line of its own, so no client mangles it. */
export function signInMail(locale: Locale, url: string, minutes: number): RenderedMail {
  const t = mailTranslator(locale, 'SignInMail');
  return renderMail(locale, {
    subject: t('subject'),
    blocks: [t('intro'), { label: t('action'), link: url }, t('validity', { minutes })],
  });
}

/** This process's sender of sign-in links: leases are per owner, so it is unique across processes. */
const SIGN_IN_SENDER = `${hostname()}:${process.pid}:sign-in-${randomUUID().slice(0, 8)}`;

/** A sign-in link is valid for one hour, and once. */
export const SIGN_IN_LINK_MAX_AGE_S = 60 * 60;

/**
 * Queues the sign-in mail in the outbox and wakes the outbox's sender, which
 * delivers it off the request path, within a moment, with the outbox's
 * retries (lib/mail/outbox.ts). Called by Auth.js (auth.ts) when it has made
 * the link, itself off the request path (app/_auth/sign-in-link.ts).
 */
export async function sendSignInLink({ to, url, expires, now = new Date() }: { to: string; url: string; expires: Date; now?: Date }): Promise<number> {
  const minutes = Math.max(1, Math.round((expires.getTime() - now.getTime()) / 60000));
  const locale = signInLocale(url);
  const mail = signInMail(locale, url, minutes);
  const id = writeTransaction((tx) => enqueueMail(tx, { ...mail, to, locale, kind: SIGN_IN_KIND }, now, { announce: false }));
  // A sender that only delivers runs on the next turn: the scheduler's whole
  // round (reminders, digest) is not woken for a link. Retries are the
  // scheduler's (it wakes when a mail falls due), or cron's with SCHEDULER=off.
  setImmediate(() => void deliverDueMails({ owner: SIGN_IN_SENDER }).catch((error) => console.error('[blue-lights] outbox not readable:', error)));
  return id;
}

/**
 * Blanks the text of sign-in mails whose link has expired: never sent ones
 * are given up (the person asks again). Sent and given-up ones are blanked
 * as they happen (outbox.ts). Returns how many rows were blanked.
 */
export function forgetExpiredSignInLinks(now: Date = new Date()): number {
  const before = new Date(now.getTime() - SIGN_IN_LINK_MAX_AGE_S * 1000);
  return writeTransaction(
    (tx) =>
      tx
        .update(outbox)
        .set({
          text: '',
          html: '',
          status: sql`case when ${outbox.status} = 'waiting' then 'failed' else ${outbox.status} end`,
          failedAt: sql`coalesce(${outbox.failedAt}, ${now.getTime()})`,
          lastError: sql`coalesce(${outbox.lastError}, 'link expired')`,
          leaseOwner: null,
          leaseUntil: null,
        })
        .where(and(eq(outbox.kind, SIGN_IN_KIND), lte(outbox.createdAt, before), sql`(${outbox.text} != '' or ${outbox.html} != '')`))
        .run().changes,
  );
}
