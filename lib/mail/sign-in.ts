import type { Locale } from '@/lib/constants';
import { env } from '@/lib/env';
import { localeOfPath } from '@/lib/localized';
import { mailTranslator, renderMail, type RenderedMail } from './compose';
import { sendMail } from './transport';

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

/**
 * Sends the sign-in mail straight away, not through the outbox: the person
 * is waiting for it, and the link is good for an hour only. The caller
 * (app/_auth/sign-in-link.ts) retries a failed send.
 */
export async function sendSignInLink({ to, url, expires, now = new Date() }: { to: string; url: string; expires: Date; now?: Date }): Promise<void> {
  const minutes = Math.max(1, Math.round((expires.getTime() - now.getTime()) / 60000));
  await sendMail({ to, ...signInMail(signInLocale(url), url, minutes) });
}
