/**
 * Calendar files as people get them: "Add to calendar" on a public building
 * page and on a coordinator's registration, downloaded in the browser, in the
 * page's language and the building's time zone; none for what the public may
 * not see.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

async function download(page: import('playwright-core').Page, linkName: string): Promise<{ name: string; body: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { name: file.suggestedFilename(), body: fs.readFileSync((await file.path())!, 'utf8') };
}

describe('calendar files', () => {
  it('a public building page offers its evening, in the page’s language and the building’s zone', async () => {
    const feed = (await (await fetch(`${e2e.baseURL}/api/lights/${new Date().getUTCFullYear()}`)).json()) as { features: { id: number; properties: { name: string; names: Record<string, string> } }[] };
    const building = feed.features[0]!;
    // In Dutch, the building's Dutch name where it has one ("Stadhuis van Antwerpen").
    const dutchName = building.properties.names.nl ?? building.properties.name;
    const page = await e2e.newPage();
    // The page offers the calendar until the lights go on: look at it before the day.
    await page.clock.install({ time: new Date(`${new Date().getUTCFullYear()}-07-20T12:00:00+02:00`) });
    await page.goto(`/nl/buildings/${building.id}`);
    const ics = await download(page, 'Toevoegen aan agenda (.ics)');
    expect(ics.name).toMatch(/^blue-lights-\d{4}-[a-z0-9-]+\.ics$/);
    expect(ics.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.body).toContain(`SUMMARY:Blauwe lichten: ${dutchName}`);
    expect(ics.body).toMatch(/DTSTART;TZID=Europe\/Brussels:\d{8}T\d{4}00\r\n/);
    expect(ics.body).toContain(`/nl/buildings/${building.id}`);
    // Every line within 75 octets.
    for (const line of ics.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('is not offered for a building the public may not see', async () => {
    const res = await fetch(`${e2e.baseURL}/buildings/987654/calendar`);
    expect(res.status).toBe(404);
  });

  it('a coordinator downloads a registration’s file from its page; another city’s is refused', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Brussels'] });
    const page = await e2e.newPage();
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate?year=${new Date().getUTCFullYear()}`);
    const href = await page.locator('a[href*="/coordinate/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!).find((h) => /\/coordinate\/\d+$/.test(h)));
    expect(href).toBeTruthy();
    await page.goto(`/fr${href}`);
    const ics = await download(page, 'Ajouter à l’agenda (.ics)');
    expect(ics.body).toContain('SUMMARY:Lumières bleues : ');
    expect(ics.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n');

    const intruder = createTestUser({ role: 'coordinator', cityNames: ['Ghent'] });
    const other = await e2e.newPage();
    await signIn(other, intruder.email);
    const res = await other.request.get(`${href}/calendar`);
    expect(res.status()).toBe(403);
  });
});
