import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { mailsFor, waitForMail, type ReceivedMail } from '../helpers/mailbox';

const LINK = /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+/;

/** The sign-in link in a mail. */
export function linkIn(text: string): string {
  const match = text.match(LINK);
  if (!match) throw new Error(`No sign-in link in:\n${text}`);
  return match[0];
}

/** Whether a mail carries a sign-in link (other mails, reminders or a digest, may arrive meanwhile). */
export const isSignInMail = (mail: ReceivedMail) => LINK.test(mail.text);

/** Waits for the next sign-in mail to `email` after the `before` already received, and returns it. */
export async function waitForSignInMail(mailDir: string, email: string, before = 0): Promise<ReceivedMail> {
  return waitForMail(mailDir, email, before, 15_000, isSignInMail);
}

/**
 * Asks for a sign-in link in the browser and returns the link received by mail
 * (in the shared server's mailbox, or in `mailDir` for a server of the test's own).
 */
export async function requestLink(page: Page, email: string, mailDir: string = inject('mailDir')): Promise<string> {
  const before = (await mailsFor(mailDir, email)).filter(isSignInMail).length;
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  const mail = await waitForSignInMail(mailDir, email, before);
  return linkIn(mail.text);
}

/** Signs in as `email` like a person would: asks for a link, reads the mail, follows it. */
export async function signIn(page: Page, email: string): Promise<void> {
  const link = await requestLink(page, email);
  await page.goto(link);
  await page.getByTestId('signed-in-user').waitFor();
}
