import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mailsFor } from '../helpers/mailbox';
import { axeViolations } from './axe';
import { setupBrowser } from './page';
import { isSignInMail, linkIn, requestLink, signIn, waitForSignInMail } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

describe('signing in with an e-mail link', () => {
  it('lets an invited coordinator in, with their cities', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ghent', 'Bruges'], name: 'Gita Gent' });
    const page = await e2e.newPage();
    const link = await requestLink(page, coordinator.email);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check your e-mail');
    await page.goto(link);
    await page.getByTestId('signed-in-user').waitFor();
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain('Signed in as Gita Gent');
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain('Coordinator');

    await page.goto('/account');
    const cities = await page.getByRole('list', { name: 'Your cities' }).getByRole('listitem').allTextContents();
    expect(cities).toEqual(['Bruges', 'Ghent']);

    // The session cookie is HttpOnly and SameSite=Lax.
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('authjs.session-token'));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  });

  it('answers an uninvited address exactly like an invited one, and sends it nothing', async () => {
    const page = await e2e.newPage();
    const stranger = `stranger-${Date.now()}@e2e.example`;
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(stranger);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check your e-mail');
    // Mail goes out after the answer: once an invited address asked after the stranger has its
    // link, the stranger's request has long been dealt with.
    const invited = createTestUser({ role: 'coordinator', cityNames: ['Ypres'] });
    await requestLink(page, invited.email);
    expect(await mailsFor(inject('mailDir'), stranger)).toEqual([]);
  });

  it('refuses a link that was used already, with a clear message', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Leuven'] });
    const page = await e2e.newPage();
    const link = await requestLink(page, coordinator.email);
    await page.goto(link);
    await page.getByTestId('signed-in-user').waitFor();

    const other = await e2e.newPage();
    await other.goto(link);
    await other.waitForURL(/\/sign-in\/error/);
    await expect(other.locator('main').getByRole('alert').textContent()).resolves.toContain('expired or has already been used');
    await expect(other.getByTestId('signed-in-user').count()).resolves.toBe(0);
  });

  it('signs a deactivated coordinator out on their next request', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Arlon'], name: 'Arno Arlon' });
    const organiser = createTestUser({ role: 'organiser', name: 'Orla Organiser' });
    const coordinatorPage = await e2e.newPage();
    await signIn(coordinatorPage, coordinator.email);
    await coordinatorPage.goto('/account');
    await coordinatorPage.getByRole('heading', { name: 'Your account' }).waitFor();

    const organiserPage = await e2e.newPage();
    await signIn(organiserPage, organiser.email);
    await organiserPage.goto('/organise/coordinators');
    // Deactivating asks first: it signs the person out at once.
    await organiserPage.getByTestId(`user-${coordinator.email}`).getByText('Deactivate…').click();
    await organiserPage.getByText('Deactivate Arno Arlon? They will be signed out at once and can no longer sign in; what they did stays.').waitFor();
    await organiserPage.getByRole('button', { name: 'Yes, deactivate Arno Arlon' }).click();
    await organiserPage.getByText('Arno Arlon is deactivated and signed out everywhere.').waitFor();

    await coordinatorPage.reload();
    await coordinatorPage.waitForURL(/\/sign-in/);
    await expect(coordinatorPage.getByTestId('signed-in-user').count()).resolves.toBe(0);
    // And they cannot get back in.
    await coordinatorPage.goto('/sign-in');
    await coordinatorPage.getByLabel('E-mail address').fill(coordinator.email);
    await coordinatorPage.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await coordinatorPage.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    expect(await mailsFor(inject('mailDir'), coordinator.email)).toHaveLength(1);
  });

  it('lets an organiser invite a coordinator, who can then sign in', async () => {
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto('/organise/coordinators');
    const invitee = `invitee-${Date.now()}@e2e.example`;
    await page.getByLabel('Name').fill('Ines Invitee');
    await page.getByLabel('E-mail address').fill(invitee);
    // Without a city the invitation is refused, with the field marked.
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Please correct the fields marked below.').waitFor();
    await expect(page.getByLabel('E-mail address').inputValue()).resolves.toBe(invitee);
    await page.getByRole('group', { name: 'Cities they act for' }).getByLabel('Tournai').check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`${invitee} is invited and can now sign in.`).waitFor();

    const inviteePage = await e2e.newPage();
    await signIn(inviteePage, invitee);
    await inviteePage.goto('/account');
    await expect(inviteePage.getByRole('list', { name: 'Your cities' }).textContent()).resolves.toBe('Tournai');
  });

  it('mails an address at most once a minute, answering every request the same', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Liège'] });
    const page = await e2e.newPage();
    for (let i = 0; i < 6; i++) {
      await page.goto('/sign-in');
      await page.getByLabel('E-mail address').fill(coordinator.email);
      await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
      await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    }
    const mail = await waitForSignInMail(inject('mailDir'), coordinator.email);
    expect((await mailsFor(inject('mailDir'), coordinator.email)).filter(isSignInMail)).toHaveLength(1);
    // The one link sent works.
    await page.goto(linkIn(mail.text));
    await page.getByTestId('signed-in-user').waitFor();
  });

  it('has accessible sign-in, account and coordinators pages', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    expect(await axeViolations(page)).toEqual([]);
    // With a per-field error shown.
    await page.getByLabel('E-mail address').fill('not an address');
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByText('Enter an e-mail address, e.g. name@city.be.', { exact: true }).waitFor();
    await expect(page.getByLabel('E-mail address').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    const organiser = createTestUser({ role: 'organiser' });
    await signIn(page, organiser.email);
    for (const path of ['/account', '/organise/coordinators']) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it('sends signed-out visitors of protected pages to sign in, keeping their language', async () => {
    const page = await e2e.newPage();
    await page.goto('/fr/coordinate');
    await page.waitForURL(/\/fr\/sign-in\?callbackUrl=/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Connexion');
  });
});
