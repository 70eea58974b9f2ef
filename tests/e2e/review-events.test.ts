import { describe, expect, inject, it } from 'vitest';
import { mailsFor, waitForMail } from '../helpers/mailbox';
import { axeViolations } from './axe';
import { seedSubmittedEvents } from './fixtures/submitted-events';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** A campaign year of our own (published, not on the map): deciding here changes no count other tests rely on. */
const YEAR = 2086;

describe("the organisers' review of partners' events", () => {
  it('approves one event and rejects another with a reason; the organisation hears of both in its languages', async () => {
    const { partner, dutch, english, stand, talk } = seedSubmittedEvents(YEAR);
    const organiser = createTestUser({ role: 'organiser', name: 'Orla Organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto(`/organise/review?year=${YEAR}`);
    await page.getByRole('heading', { level: 2, name: 'Events and stands of partners' }).waitFor();
    await page.getByRole('region', { name: 'Map of the events under review' }).locator('.leaflet-marker-icon').first().waitFor();

    // What the partner sent, as the organiser needs it to decide.
    const standRow = page.getByTestId(`event-review-${stand.id}`);
    const text = (await standRow.textContent()) ?? '';
    expect(text).toContain(stand.title);
    expect(text).toContain('(Information stand)');
    expect(text).toContain(`Infostand`);
    expect(text).toContain(`Organisation: ${partner.name}`);
    expect(text).toContain(`Tuesday 30 July ${YEAR}, 14:00–18:00`);
    expect(text).toContain('Local time at the place: Central European Time.');
    expect(text).toContain('Leuven');
    expect(text).toContain('Martelarenplein');
    expect(text).toContain('Step-free; seats available.');
    expect(text).toContain('Nele, +32 470 12 34 56');
    expect(text).toContain(`Nele <${dutch.email}>`);
    await expect(standRow.getByRole('link', { name: 'https://www.pag-asa.be/' }).getAttribute('rel')).resolves.toContain('noopener');
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.SCREENSHOTS) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.screenshot({ path: `${process.env.SCREENSHOTS}/review-events-1440.png`, fullPage: true });
    }

    // A rejection needs a reason; nothing is decided without one.
    const talkRow = () => page.getByTestId(`event-review-${talk.id}`);
    await talkRow().getByText('Reject with a reason…').click();
    await talkRow().getByRole('button', { name: `Reject ${talk.title}` }).click();
    await talkRow().getByText('Give the organisation a reason for the rejection.', { exact: true }).waitFor();
    await expect(talkRow().getByLabel('Reason for the organisation').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await talkRow().getByLabel('Reason for the organisation').fill('Please say in which room of the library.');
    await talkRow().getByRole('button', { name: `Reject ${talk.title}` }).click();
    await page.getByRole('status').filter({ hasText: `“${talk.title}” (${partner.name}) rejected` }).waitFor();
    await expect(talkRow().count()).resolves.toBe(0);

    await standRow.getByRole('button', { name: `Approve ${stand.title}` }).click();
    await page.getByRole('status').filter({ hasText: `“${stand.title}” (${partner.name}) approved` }).waitFor();
    await expect(page.getByTestId(`event-review-${stand.id}`).count()).resolves.toBe(0);
    await page.getByText('No event is waiting for review.').first().waitFor();

    // Each person of the organisation gets both decisions, in their own language.
    const mailDir = inject('mailDir');
    const approvedNl = await waitForMail(mailDir, dutch.email, 0, 15_000, (m) => m.subject.startsWith('Op de kaart'));
    expect(approvedNl.subject).toBe(`Op de kaart: Infostand ${stand.title.split(' ').pop()}`);
    expect(approvedNl.text).toMatch(new RegExp(`/nl/events/${stand.id}\\b`));
    const rejectedEn = await waitForMail(mailDir, english.email, 0, 15_000, (m) => m.subject.startsWith('Not approved'));
    expect(rejectedEn.subject).toBe(`Not approved: ${talk.title}`);
    expect(rejectedEn.text).toContain('Reason: Please say in which room of the library.');
    expect(rejectedEn.text).toMatch(new RegExp(`/partner/${talk.id}\\b`));
    await expect.poll(async () => (await mailsFor(mailDir, english.email)).map((m) => m.subject).sort()).toEqual([`Not approved: ${talk.title}`, `On the map: ${stand.title}`]);

    // The decisions read as sentences on the audit page.
    await page.goto(`/organise/audit?actor=${organiser.id}`);
    const log = (await page.locator('table.data').textContent()) ?? '';
    expect(log).toContain(`Orla Organiser approved the event ${stand.title} (Leuven, ${YEAR}).`);
    expect(log).toContain(`Orla Organiser rejected the event ${talk.title} (Leuven, ${YEAR}): Please say in which room of the library.`);
    expect(pageErrors(page)).toEqual([]);
  });

  it('fits a 360 px phone with events waiting, each row a card', async () => {
    const { stand } = seedSubmittedEvents(YEAR);
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage({ mobile: true });
    await signIn(page, organiser.email);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/organise/review?year=${YEAR}`);
    await page.getByTestId(`event-review-${stand.id}`).waitFor();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('region', { name: 'Map of the events under review' }).locator('.leaflet-marker-icon').first().waitFor();
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/review-events-390.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The overview's season checklist counts the events waiting beside the registrations.
    await page.goto(`/organise?year=${YEAR}`);
    await expect(page.getByTestId('step-review').textContent()).resolves.toContain('No registration and 2 events of partners waiting for review.');

    // In French, the event is told in French words, its time on the place's clock.
    await page.goto(`/fr/organise/review?year=${YEAR}`);
    const row = page.getByTestId(`event-review-${stand.id}`);
    await page.getByRole('heading', { level: 2, name: 'Événements et stands des partenaires' }).waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('(Stand d’information)');
    expect(text).toContain(`mardi 30 juillet ${YEAR}, 14:00–18:00`);
    expect(text).toContain('Heure locale du lieu : heure d’Europe centrale.');
    expect(text).toContain('Contact sur place (visible des seuls organisateurs)');
    await row.getByRole('button', { name: `Valider ${stand.title}` }).waitFor();
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/review-events-fr-390.png`, fullPage: true });
    expect(pageErrors(page)).toEqual([]);
  });
});
