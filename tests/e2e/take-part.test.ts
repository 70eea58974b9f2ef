/**
 * The public joins in, as people meet it: a town hall's officer, on a phone
 * in French, asks to take part; an organiser sees the request, accepts it and
 * lands on the invitation already filled in (the city created from the
 * gazetteer), and sends it. The requester's answer comes in French, through
 * the real SMTP server; the invitation in the language the organiser chose.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { cities, participationRequests } from '@/db/schema';
import { mailsFor, waitForMail } from '../helpers/mailbox';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

function read<T>(query: (db: ReturnType<typeof openDatabase>['db']) => T): T {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    return query(db);
  } finally {
    sqlite.close();
  }
}

describe('asking to take part', () => {
  it('from a French phone to an accepted request and a sent invitation, each mail in its language', async () => {
    const mailDir = inject('mailDir');
    const email = `echevine-${Date.now()}@dinant.example`;

    // The visitor, on a phone, in French.
    const phone = await e2e.newPage({ locale: 'fr-BE', mobile: true });
    await phone.goto('/fr/take-part');
    const openedAt = Date.now();
    await phone.getByRole('heading', { level: 1, name: 'Votre hôtel de ville ou votre ambassade veut s’illuminer en bleu ?' }).waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    // The field for programs is not there for people.
    expect(await phone.locator('input[name="website"]').isVisible()).toBe(false);

    // Sent too early, an empty form gets its errors in French, each beside its field.
    await phone.getByRole('button', { name: 'Envoyer la demande' }).click();
    await phone.getByText('Veuillez corriger les champs indiqués ci-dessous.').waitFor();
    await expect(phone.getByLabel('Votre nom').getAttribute('aria-invalid')).resolves.toBe('true');

    await phone.getByLabel('Votre nom').fill('Camille Lambert');
    await phone.getByLabel('Votre fonction').fill('Échevine de la culture');
    await phone.getByLabel('Commune, ville ou organisation').fill('Ville de Dinant');
    await phone.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await phone.getByLabel('Message (facultatif)').fill('La collégiale pourrait s’illuminer en bleu le 30 juillet.');
    await phone.getByRole('button', { name: 'Envoyer la demande' }).click();
    // The answer has come once the name is no longer marked wrong; the address still is.
    await phone.locator('input[name="name"]:not([aria-invalid="true"])').waitFor();
    await expect(phone.getByLabel('Adresse e-mail').getAttribute('aria-invalid')).resolves.toBe('true');
    await phone.getByText('Saisissez une adresse e-mail, par ex. nom@ville.be.', { exact: true }).waitFor();
    // What was typed stays.
    await expect(phone.getByLabel('Votre nom').inputValue()).resolves.toBe('Camille Lambert');
    await expect(phone.getByLabel('Pays').inputValue()).resolves.toBe('BE');
    await phone.getByLabel('Adresse e-mail').fill(email);
    // A person takes a few seconds over a form: a program that sends it at once is thanked and forgotten.
    await new Promise((r) => setTimeout(r, Math.max(0, 3_500 - (Date.now() - openedAt))));
    await phone.getByRole('button', { name: 'Envoyer la demande' }).click();
    await phone.getByRole('status').filter({ hasText: 'Votre demande est parvenue à l’équipe de la campagne.' }).waitFor();
    expect(pageErrors(phone)).toEqual([]);
    const stored = read((db) => db.select().from(participationRequests).where(eq(participationRequests.email, email)).get());
    expect(stored).toMatchObject({ name: 'Camille Lambert', organisation: 'Ville de Dinant', country: 'BE', locale: 'fr', status: 'open' });

    // The organiser sees it among the requests, and accepts it for Dinant (not yet a city of the app).
    expect(read((db) => db.select().from(cities).where(eq(cities.name, 'Dinant')).get())).toBeUndefined();
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto('/organise');
    await page.getByTestId('open-requests').getByRole('link', { name: /requests? to take part (is|are) waiting/ }).click();
    await page.waitForURL(/\/organise\/requests$/);
    const card = page.getByTestId(`request-${email}`);
    await card.getByText('La collégiale pourrait s’illuminer en bleu le 30 juillet.').waitFor();
    await card.getByText('Received', { exact: false }).filter({ hasText: 'French' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await card.getByText('Accept Camille Lambert’s request').click();
    const accept = card.getByRole('form', { name: 'Accept Camille Lambert’s request' });
    await expect(accept.getByLabel('City to invite them for').inputValue()).resolves.toBe('Ville de Dinant');
    await accept.getByLabel('City to invite them for').fill('Dinant');
    await accept.getByLabel('A word for the requester (optional)').fill('Bienvenue parmi nous !');
    await accept.getByRole('button', { name: 'Accept and prepare the invitation' }).click();

    // On to the invitation, filled in from the request: the person, their language, their city.
    await page.waitForURL(/\/organise\/coordinators\?request=\d+/);
    await page.getByText('Filled in from the request of Camille Lambert (Ville de Dinant).', { exact: false }).waitFor();
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Camille Lambert');
    await expect(page.getByLabel('E-mail address').inputValue()).resolves.toBe(email);
    await expect(page.getByLabel('Language of their e-mails').inputValue()).resolves.toBe('fr');
    await expect(page.getByRole('group', { name: 'Cities they act for' }).getByLabel('Dinant').isChecked()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: `${email} is invited and can now sign in.` }).waitFor();
    expect(pageErrors(page)).toEqual([]);

    // The requester's answer is in French, and so is the invitation, the language the organiser kept.
    const isInvitation = (m: { subject: string }) => m.subject === 'Vous êtes invité sur Blue Lights';
    const invitation = await waitForMail(mailDir, email, 0, 30_000, isInvitation);
    expect(invitation.text).toContain(`${e2e.baseURL}/fr/sign-in`);
    expect(invitation.text).toContain('Dinant');
    const answer = (await mailsFor(mailDir, email)).find((m) => !isInvitation(m));
    expect(answer?.subject).toBe('Bienvenue dans la campagne Cœur bleu du 30 juillet');
    expect(answer?.text).toContain('Merci pour votre demande pour Ville de Dinant');
    expect(answer?.text).toContain('Bienvenue parmi nous !');
    expect(answer?.text).toContain('Bonjour Camille Lambert');

    // The request is answered, and its person invited.
    await page.goto('/organise/requests');
    const row = page.getByTestId(`request-${email}`);
    await row.getByText('Accepted by', { exact: false }).waitFor();
    await row.getByText('Invited', { exact: true }).waitFor();
  });

  it('a declined request: the reply goes to the requester in German, and the list says so', async () => {
    const mailDir = inject('mailDir');
    const email = `buergermeister-${Date.now()}@eupen.example`;
    const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
    try {
      db.insert(participationRequests).values({ name: 'Jonas Weber', role: 'Bürgermeister', organisation: 'Stadt Eupen', email, country: 'BE', locale: 'de' }).run();
    } finally {
      sqlite.close();
    }
    const page = await e2e.newPage({ mobile: true });
    await signIn(page, createTestUser({ role: 'organiser' }).email);
    await page.goto('/organise/requests');
    const card = page.getByTestId(`request-${email}`);
    await card.getByText('Decline Jonas Weber’s request').click();
    const decline = card.getByRole('form', { name: 'Decline Jonas Weber’s request' });
    await decline.getByText('Mailed to them in German.').waitFor();
    // A reply is required: the requester is owed a reason.
    await decline.getByRole('button', { name: 'Decline and send the reply' }).click();
    await decline.getByText('This field is required.', { exact: true }).waitFor();
    await decline.getByLabel('Reply to the requester').fill('Eupen nimmt dieses Jahr schon mit der Provinz Lüttich teil.');
    await decline.getByRole('button', { name: 'Decline and send the reply' }).click();
    await page.getByRole('status').filter({ hasText: 'Request declined: Jonas Weber will receive your reply by e-mail.' }).waitFor();
    await page.getByTestId(`request-${email}`).getByText('Declined by', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);

    const mail = await waitForMail(mailDir, email, 0, 30_000);
    expect(mail.subject).toBe('Ihre Anfrage zur Teilnahme an der Blue-Heart-Kampagne');
    expect(mail.text).toContain('Vielen Dank für Ihre Anfrage für Stadt Eupen');
    expect(mail.text).toContain('Eupen nimmt dieses Jahr schon mit der Provinz Lüttich teil.');
  });
});
