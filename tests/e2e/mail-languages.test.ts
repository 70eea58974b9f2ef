/**
 * Mail in each person's language, as people meet it: an organiser working in
 * Dutch invites someone (in Dutch by default), the invitation gives the
 * site's address and what to do next; the invited person signs in from the
 * French page and gets the link in French, after which their mails are in
 * French; they choose German on their account page.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { users } from '@/db/schema';
import { waitForMail } from '../helpers/mailbox';
import { setupBrowser } from './page';
import { linkIn, signIn, waitForSignInMail } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

function localeOf(email: string) {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    return db.select({ locale: users.locale }).from(users).where(eq(users.email, email)).get()?.locale;
  } finally {
    sqlite.close();
  }
}

describe('mail in each person’s language', () => {
  it('from a Dutch invitation to French sign-in mails to German, as the person chooses', async () => {
    const mailDir = inject('mailDir');
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);

    // The organiser works in Dutch: the invitation's language is Dutch unless they choose another.
    const invitee = `invitee-${Date.now()}@e2e.example`;
    await page.goto('/nl/organise/coordinators');
    await page.getByLabel('Naam', { exact: true }).fill('Nina <Nieuw>');
    await page.getByLabel('E-mailadres').fill(invitee);
    await expect(page.getByLabel('Taal van hun e-mails').inputValue()).resolves.toBe('nl');
    // Tournai, as the Dutch page names it.
    await page.getByRole('group', { name: 'Steden waarvoor de persoon optreedt' }).getByLabel('Doornik').check();
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByRole('status').filter({ hasText: invitee }).waitFor();

    const invitation = await waitForMail(mailDir, invitee, 0, 30_000);
    expect(invitation.subject).toBe('U bent uitgenodigd voor Blue Lights');
    expect(invitation.text).toContain(`${e2e.baseURL}/nl/sign-in`);
    expect(invitation.text).toContain(invitee);
    expect(invitation.text).toContain('Slachtoffer of getuige van mensenhandel? Bel 078/055.800');
    expect(invitation.html).toContain('Nina &lt;Nieuw&gt;');

    // They sign in from the French page: the link comes in French, and their mails follow.
    const them = await e2e.newPage({ locale: 'fr-BE' });
    await them.goto('/fr/sign-in');
    await them.getByLabel('Adresse e-mail').fill(invitee);
    await them.getByRole('button', { name: /lien de connexion/ }).click();
    await them.getByRole('heading', { level: 1 }).filter({ hasText: /e-mail/i }).waitFor();
    const signInMail = await waitForSignInMail(mailDir, invitee);
    expect(signInMail.subject).toBe('Votre lien de connexion à Blue Lights');
    expect(localeOf(invitee)).toBe('nl');
    await them.goto(linkIn(signInMail.text));
    await them.getByTestId('signed-in-user').waitFor();
    expect(localeOf(invitee)).toBe('fr');

    // On their account page they choose German.
    await them.goto('/fr/account');
    await expect(them.getByLabel('Langue de vos e-mails').inputValue()).resolves.toBe('fr');
    await them.getByLabel('Langue de vos e-mails').selectOption('de');
    await them.getByRole('button', { name: 'Enregistrer la langue' }).click();
    await them.getByRole('status').filter({ hasText: 'Vos e-mails seront rédigés en allemand.' }).waitFor();
    expect(localeOf(invitee)).toBe('de');
  });
});
