import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ensureOpenCampaign } from './fixtures/open-campaign';
import { serveBlankTiles } from './map-helpers';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** The tests' own campaign year (see ensureOpenCampaign). */
const YEAR = 2098;

beforeAll(() => ensureOpenCampaign(YEAR));

const PHOTO_LABEL = 'Photo (JPEG, PNG or WebP, up to 10 MB)';

describe('the coordinator workspace', () => {
  it('registers a building by clicking on the map, then edits and withdraws it', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Kortrijk'] });
    const page = await e2e.newPage();
    await serveBlankTiles(page);
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate?year=${YEAR}`);
    await page.getByTestId('empty-state').waitFor();

    await page.getByRole('link', { name: 'Register a building' }).click();
    await page.getByRole('heading', { name: 'Register a building' }).waitFor();
    const map = page.getByRole('application', { name: /Map to place the building/ });
    await map.waitFor();
    // Blank tiles: the map is at street level and takes clicks. Away from the centre (Kortrijk Town Hall).
    await map.click({ position: { x: 120, y: 80 } });
    await expect(page.getByLabel('Latitude').inputValue()).resolves.toMatch(/^50\.8\d+$/);
    await expect(page.getByLabel('Longitude').inputValue()).resolves.toMatch(/^3\.2\d+$/);
    await expect(page.getByTestId('sunset-suggestion').textContent()).resolves.toMatch(/Sunset there on 30 July 2098: 21:\d\d \(Central European Time\)/);

    const name = `Broel Towers ${Date.now()}`;
    await page.getByLabel('Building name').fill(name);
    await page.getByLabel('Kind of building').selectOption('tower');
    await page.getByLabel('Address').fill('Broelkaai, 8500 Kortrijk');
    await page.getByLabel('Lights-off time (local, HH:MM)').fill('01:00');
    await page.getByRole('button', { name: 'Submit for review' }).click();

    await page.getByText(`“${name}” is registered and awaits review.`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByText('Submitted, awaiting review').count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain('On at sunset, off at 01:00');
    expect(await axeViolations(page)).toEqual([]);

    // Edit: a new name and a fixed lights-on time.
    await page.getByRole('link', { name: `Edit ${name}` }).click();
    await page.getByRole('heading', { name }).waitFor();
    await page.getByLabel('Building name').fill(`${name} (east)`);
    await page.getByLabel('At a fixed time').check();
    await page.getByLabel('Lights-on time (local, HH:MM)').fill('21:15');
    await page.getByRole('button', { name: 'Save and send for review' }).click();
    await page.getByText(`Your changes to “${name} (east)” are saved and sent for review.`).waitFor();
    const edited = page.getByRole('row', { name: new RegExp(`${name} \\(east\\)`) });
    await expect(edited.textContent()).resolves.toContain('On at 21:15, off at 01:00');

    // Withdraw.
    await page.getByRole('link', { name: `Edit ${name} (east)` }).click();
    await page.getByRole('button', { name: `Withdraw ${name} (east)` }).click();
    await page.getByText(`“${name} (east)” is withdrawn.`).waitFor();
    await expect(page.getByRole('row', { name: new RegExp(`${name} \\(east\\)`) }).getByText('Withdrawn').count()).resolves.toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows every field error at once, keeps the input, and then takes a photo without its GPS data', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ypres'] });
    const page = await e2e.newPage();
    await serveBlankTiles(page);
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate/new?year=${YEAR}`);
    await page.getByRole('application', { name: /Map to place the building/ }).waitFor();

    const longName = 'Menin Gate '.repeat(12); // 132 characters
    await page.getByLabel('Building name').fill(longName);
    await page.getByLabel('Latitude').fill('50,8523');
    await page.getByLabel('Longitude').fill('200');
    await page.getByLabel(PHOTO_LABEL).setInputFiles({ name: 'menin.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is text, not a picture') });
    await page.getByRole('button', { name: 'Submit for review' }).click();

    await page.getByText('Please correct the fields marked below.').waitFor();
    await expect(page.locator('#field-name-error').textContent()).resolves.toBe('Use at most 120 characters.');
    await expect(page.locator('#field-lng-error').textContent()).resolves.toBe('A longitude lies between -180 and 180.');
    await expect(page.locator('#field-photo-error').textContent()).resolves.toContain('is not a JPEG, PNG or WebP image');
    await expect(page.getByLabel('Building name').getAttribute('aria-describedby')).resolves.toContain('field-name-error');
    await expect(page.getByLabel('Building name').inputValue()).resolves.toBe(longName);
    await expect(page.getByLabel('Latitude').inputValue()).resolves.toBe('50,8523');
    expect(await axeViolations(page)).toEqual([]);

    // Fixed: a decimal comma, the arrow keys on the map, and a real photo with GPS data.
    await page.getByLabel('Building name').fill('Menin Gate');
    await page.getByLabel('Longitude').fill('2,8914');
    const map = page.getByRole('application', { name: /Map to place the building/ });
    await map.focus();
    await page.keyboard.press('ArrowRight');
    const lng = Number(await page.getByLabel('Longitude').inputValue());
    expect(lng).toBeGreaterThan(2.8914);
    expect(lng).toBeLessThan(2.8924);
    const jpeg = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#1f4fa3' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'AcmePhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 51/1 8/1' } })
      .toBuffer();
    await page.getByLabel(PHOTO_LABEL).setInputFiles({ name: 'menin-gate.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('“Menin Gate” is registered and awaits review.').waitFor();

    await page.getByRole('link', { name: 'Edit Menin Gate' }).click();
    const img = page.getByRole('img', { name: 'Photo of Menin Gate' });
    await img.waitFor();
    const src = (await img.getAttribute('src'))!;
    expect(src).toMatch(/^\/uploads\/[a-f0-9]{32}\.webp$/);
    const res = await page.request.get(src);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/webp');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(await res.body()).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 2000 });
    expect(meta.exif).toBeUndefined();

    // Not approved: nobody else gets the photo.
    const stranger = await e2e.newPage();
    expect((await stranger.request.get(src)).status()).toBe(401);
    expect(pageErrors(page)).toEqual([]);
  });

  it('lets an organiser register last year’s buildings again and confirm "lights are on"', async () => {
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto(`/coordinate?year=${YEAR}`);
    await page.getByRole('heading', { name: 'Same as last year?' }).waitFor();
    await page.getByRole('group', { name: 'Buildings to register again' }).getByLabel(/Leuven Town Hall \(Leuven\), last in \d{4}/).check();
    await page.getByRole('button', { name: 'Register the selected buildings again' }).click();
    await page.getByText('1 building is registered again and awaits review.').waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Edit Leuven Town Hall' }).click();
    await page.getByRole('button', { name: 'Lights are on' }).click();
    await page.getByText(/^Thank you! Lights on, confirmed at/).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('sends another city’s coordinator away from a registration', async () => {
    const owner = createTestUser({ role: 'coordinator', cityNames: ['Arlon'] });
    const other = createTestUser({ role: 'coordinator', cityNames: ['Tournai'] });
    const page = await e2e.newPage();
    await signIn(page, owner.email);
    await page.goto(`/coordinate/new?year=${YEAR}`);
    await page.getByLabel('Building name').fill('Saint Martin Church');
    await page.getByLabel('Latitude').fill('49,6851');
    await page.getByLabel('Longitude').fill('5,8109');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('“Saint Martin Church” is registered and awaits review.').waitFor();
    const href = (await page.getByRole('link', { name: 'Edit Saint Martin Church' }).getAttribute('href'))!;

    const intruder = await e2e.newPage();
    await signIn(intruder, other.email);
    const response = await intruder.goto(href);
    expect(response?.status()).toBe(403);
    await expect(intruder.locator('main').getByRole('alert').textContent()).resolves.toBe('You are not allowed to do this.');
    await expect(intruder.getByLabel('Building name').count()).resolves.toBe(0);
  });
});
