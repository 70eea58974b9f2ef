import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { mailsFor, waitForMail } from '../helpers/mailbox';

/** The sign-in link in a mail. */
export function linkIn(text: string): string {
  const match = text.match(/https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+/);
  if (!match) throw new Error(`No sign-in link in:\n${text}`);
  return match[0];
}

/** Asks for a sign-in link in the browser and returns the link received by mail. */
export async function requestLink(page: Page, email: string): Promise<string> {
  const mailDir = inject('mailDir');
  const before = (await mailsFor(mailDir, email)).length;
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  const mail = await waitForMail(mailDir, email, before);
  return linkIn(mail.text);
}

/** Signs in as `email` like a person would: asks for a link, reads the mail, follows it. */
export async function signIn(page: Page, email: string): Promise<void> {
  const link = await requestLink(page, email);
  await page.goto(link);
  await page.getByTestId('signed-in-user').waitFor();
}
