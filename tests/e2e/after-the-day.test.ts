/**
 * After the day, in Chromium, on a server of its own (its counts are exact):
 * the results page and its link from the map, the photo gallery and its
 * lightbox by keyboard, a coordinator agreeing to publish a night photo, the
 * organisers' press pack (downloaded and unzipped), and posters (downloaded,
 * their text read and their QR code decoded).
 */
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { PREVIOUS_YEAR, RESULTS_YEAR, seedAfterDay, type AfterDayWorld } from './fixtures/after-day';
import { startOwnServer, type OwnServer } from './own-server';
import { sessionCookie } from './sessions';
import { pdfInfo, pdfQrCode, pdfText } from '../helpers/pdf';

let server: OwnServer;
let browser: Browser;
let world: AfterDayWorld;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startOwnServer(async (dataDir) => {
    world = await seedAfterDay(dataDir);
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.stop();
});

/** A page as a visitor, or signed in as one of the world's users; `width` 360 is a small phone. */
async function newPage({ as, locale = 'en-GB', width = 1280 }: { as?: 'organiser' | 'ghentCoordinator'; locale?: string; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.baseURL, locale, viewport: { width, height: 800 }, acceptDownloads: true });
  contexts.push(context);
  if (as) {
    const [name, value] = sessionCookie(server.dataDir, world.users[as].id).split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.baseURL }]);
  }
  return context.newPage();
}

const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function download(page: Page, linkName: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

describe('the results of a campaign', () => {
  it('are linked from the map once the day is over, and count only approved registrations, embassies in their host country', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByTestId('results-link').getByRole('link', { name: `Results and photos of the blue lights ${RESULTS_YEAR}` }).click();
    await page.waitForURL(`**/years/${RESULTS_YEAR}/results`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Results of the blue lights ${RESULTS_YEAR}`);

    const figure = (term: string) => page.getByTestId('results-figures').locator('div').filter({ has: page.getByText(term, { exact: true }) }).locator('dd').textContent();
    await expect(figure('Buildings')).resolves.toBe('5');
    await expect(figure('Cities')).resolves.toBe('4');
    await expect(figure('Countries')).resolves.toBe('2');
    await expect(figure('Confirmed lit')).resolves.toBe('2');

    const rowOf = (table: string, header: string) => page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) }).getByRole('cell').allTextContents();
    await expect(rowOf(`Buildings, cities and confirmed lit by province, ${RESULTS_YEAR}`, 'East Flanders')).resolves.toEqual(['2', '1', '1']);
    await expect(rowOf(`Buildings, cities and confirmed lit by country, ${RESULTS_YEAR}`, 'Japan')).resolves.toEqual(['1', '1', '0']);
    await expect(rowOf(`Buildings, cities and confirmed lit by country, ${RESULTS_YEAR}`, 'Belgium')).resolves.toEqual(['4', '3', '2']);
    // The chart's figures, in the table beside it.
    const growth = 'Every campaign up to this one (the same figures as the chart)';
    await expect(rowOf(growth, String(PREVIOUS_YEAR))).resolves.toEqual(['1', '1', '1', '0']);
    await expect(rowOf(growth, String(RESULTS_YEAR))).resolves.toEqual(['5', '4', '2', '2']);
    await expect(page.getByRole('img', { name: 'Buildings and cities per campaign' }).count()).resolves.toBe(1);

    await expect(page.getByTestId('press-sentence-en').textContent()).resolves.toContain(
      `On 30 July ${RESULTS_YEAR}, 5 buildings in 4 cities and 2 countries lit up blue for the World Day against Trafficking in Persons (2 confirmed lit on the night).`,
    );
    await expect(page.getByTestId('press-sentence-fr').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.getByTestId('press-sentence-fr').textContent()).resolves.toContain(`Le 30 juillet ${RESULTS_YEAR}, 5 bâtiments dans 4 villes et 2 pays`);
    await expect(page.getByTestId('press-sentence-nl').textContent()).resolves.toContain(`Op 30 juli ${RESULTS_YEAR} kleurden 5 gebouwen in 4 steden en 2 landen blauw`);
    await expect(page.getByTestId('press-sentence-de').textContent()).resolves.toContain(`Am 30. Juli ${RESULTS_YEAR} erstrahlten 5 Gebäude in 4 Städten und 2 Ländern`);

    // Its share image.
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const png = await fetch(new URL(image!, server.baseURL));
    expect(png.headers.get('content-type')).toBe('image/png');
    expect((await sharp(Buffer.from(await png.arrayBuffer())).metadata()).width).toBe(1200);

    expect(await axeViolations(page)).toEqual([]);
  });

  it('read in French on a small phone, without sideways scrolling, and are a 404 for a year that is not published', async () => {
    const page = await newPage({ locale: 'fr-BE', width: 360 });
    await page.goto(`/fr/years/${RESULTS_YEAR}/results`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Résultats des lumières bleues ${RESULTS_YEAR}`);
    await expect(page.getByRole('table', { name: `Bâtiments, villes et illuminations confirmées par pays, ${RESULTS_YEAR}` }).getByRole('rowheader', { name: 'Japon' }).count()).resolves.toBe(1);
    expect(await fitsWidth(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect((await page.goto('/years/2015/results'))!.status()).toBe(404);
  });
});

describe('the photo gallery', () => {
  it('shows the published photos with building, city and credit, in a lightbox used by keyboard', async () => {
    const page = await newPage();
    await page.goto(`/years/${RESULTS_YEAR}/photos`);
    const items = page.getByTestId('gallery').getByRole('listitem');
    await expect(items.count()).resolves.toBe(3);
    await expect(items.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/Belfry of Ghent, Ghent\s+The building · Photo: Stad Gent/),
      expect.stringMatching(/Belfry of Ghent, Ghent\s+On the night · Photo: Jan Peeters/),
      expect.stringMatching(/Gravensteen, Ghent\s+The building$/),
    ]);
    // The night photo its coordinator has not agreed to publish is nowhere public.
    expect((await fetch(`${server.baseURL}/uploads/${world.photos.castleNight}`)).status).toBe(401);
    expect((await fetch(`${server.baseURL}/uploads/${world.photos.belfryNight}`)).status).toBe(200);
    expect(await axeViolations(page)).toEqual([]);

    const first = page.getByRole('button', { name: 'Enlarge: Belfry of Ghent, Ghent', exact: true });
    await first.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Photo 1 of 3' });
    await dialog.waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Close');
    await expect(dialog.getByRole('img').getAttribute('alt')).resolves.toBe('Belfry of Ghent, Ghent');
    await page.keyboard.press('ArrowRight');
    const second = page.getByRole('dialog', { name: 'Photo 2 of 3' });
    await second.waitFor();
    await expect(second.getByRole('img').getAttribute('alt')).resolves.toBe('Belfry of Ghent, Ghent, lit blue on the night');
    await expect(second.textContent()).resolves.toContain('Photo: Jan Peeters');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('dialog', { name: 'Photo 3 of 3' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // The focus is back on the photo that opened it.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Enlarge: Belfry of Ghent, Ghent');

    const phone = await newPage({ width: 360, locale: 'nl-BE' });
    await phone.goto(`/nl/years/${RESULTS_YEAR}/photos`);
    await expect(phone.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Foto’s van de blauwe lichten ${RESULTS_YEAR}`);
    expect(await fitsWidth(phone)).toBe(true);
  });

  it('gets a night photo once its coordinator agrees, with a credit line checked field by field', async () => {
    const page = await newPage({ as: 'ghentCoordinator' });
    await page.goto(`/coordinate/${world.rows.castle.id}`);
    const form = page.getByRole('form', { name: 'Photos in the gallery' });
    const night = form.getByRole('group', { name: 'Photo of the night: credit and publication' });
    await night.getByLabel('Credit line').fill('x'.repeat(130));
    await night.getByLabel('Yes, this photo of the lit building may be published (gallery, press pack)').check();
    await form.getByRole('button', { name: 'Save the photo choices' }).click();
    await night.getByText('Use at most 120 characters.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect((await fetch(`${server.baseURL}/uploads/${world.photos.castleNight}`)).status).toBe(401);

    await night.getByLabel('Credit line').fill('Gent / Nachtploeg');
    await form.getByRole('button', { name: 'Save the photo choices' }).click();
    await form.getByText('The photo choices are saved.').waitFor();
    expect((await fetch(`${server.baseURL}/uploads/${world.photos.castleNight}`)).status).toBe(200);

    await page.goto(`/years/${RESULTS_YEAR}/photos`);
    await expect(page.getByTestId('gallery').getByRole('listitem').last().innerText()).resolves.toMatch(/Gravensteen, Ghent\s+On the night · Photo: Gent \/ Nachtploeg/);
  });
});

describe('the press pack', () => {
  it('downloads for organisers as a ZIP of JPEG photos named after city and building, credits, the list as CSV and XLSX, and the sentence', async () => {
    const page = await newPage({ as: 'organiser' });
    await page.goto(`/organise/press?year=${RESULTS_YEAR}&lang=fr`);
    const pack = await download(page, `Press pack ${RESULTS_YEAR} (ZIP: photos, credits, list, sentence)`);
    expect(pack.name).toBe(`blue-lights-${RESULTS_YEAR}-press-pack.zip`);
    const files = unzipSync(pack.bytes);
    expect(Object.keys(files).sort()).toEqual(
      [
        `blue-lights-${RESULTS_YEAR}.csv`,
        `blue-lights-${RESULTS_YEAR}.xlsx`,
        'credits.txt',
        'photos/Gand - Belfry of Ghent (2).jpg',
        'photos/Gand - Belfry of Ghent.jpg',
        'photos/Gand - Gravensteen (2).jpg',
        'photos/Gand - Gravensteen.jpg',
        'press-sentence.txt',
      ].sort(),
    );
    // The largest size we keep (the uploads were 640 × 480), as JPEG.
    await expect(sharp(files['photos/Gand - Belfry of Ghent.jpg']!).metadata()).resolves.toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    const credits = strFromU8(files['credits.txt']!);
    expect(credits).toContain('Gand - Belfry of Ghent.jpg\tBelfry of Ghent, Gand\tle bâtiment\tStad Gent');
    expect(credits).toContain('Gand - Belfry of Ghent (2).jpg\tBelfry of Ghent, Gand\tle soir même\tJan Peeters');
    expect(credits).toContain('Gand - Gravensteen.jpg\tGravensteen, Gand\tle bâtiment\tpas de crédit indiqué');
    const sentence = strFromU8(files['press-sentence.txt']!);
    expect(sentence).toContain(`[Néerlandais]\r\nOp 30 juli ${RESULTS_YEAR} kleurden 5 gebouwen`);
    const rows = Papa.parse<Record<string, string>>(strFromU8(files[`blue-lights-${RESULTS_YEAR}.csv`]!).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.name).sort()).toEqual(['Belfry of Ghent', 'Brussels Arcade', 'Embassy of Belgium in Tokyo', 'Gravensteen', 'Opera of Liège']);
    expect([...files[`blue-lights-${RESULTS_YEAR}.xlsx`]!.subarray(0, 2)]).toEqual([0x50, 0x4b]);

    // Coordinators do not get it.
    const coordinator = sessionCookie(server.dataDir, world.users.ghentCoordinator.id);
    expect((await fetch(`${server.baseURL}/api/press-pack/${RESULTS_YEAR}`, { headers: { cookie: coordinator } })).status).toBe(403);
  });
});

describe('posters', () => {
  it('download from the toolkit for a coordinator’s building, in the city’s language, with a QR code to its public page', async () => {
    const page = await newPage({ as: 'ghentCoordinator' });
    await page.goto(`/coordinate/toolkit?year=${RESULTS_YEAR}`);
    await expect(page.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual(['Ghent']);
    expect(await axeViolations(page)).toEqual([]);
    const poster = await download(page, 'Poster of Belfry of Ghent (A4, PDF)');
    expect(poster.name).toBe(`poster-${RESULTS_YEAR}-belfry-of-ghent-a4.pdf`);
    const text = pdfText(poster.bytes).replace(/\s+/g, ' ');
    for (const expected of ['Belfry of Ghent', 'Gent', 'kleurt blauw tegen mensenhandel', `zondag 30 juli ${RESULTS_YEAR}`, 'Lichten aan bij zonsondergang (21:', '078/055.800', 'www.stophumantrafficking.be']) {
      expect(text).toContain(expected);
    }
    expect(pdfInfo(poster.bytes)).toMatchObject({ pages: 1, widthPt: 595.28 });
    const url = await pdfQrCode(poster.bytes);
    expect(url).toBe(`${server.baseURL}/buildings/${world.buildings.belfry.id}`);
    const publicPage = await page.goto(url!);
    expect(publicPage!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Belfry of Ghent');

    // Not another city's.
    const cookie = sessionCookie(server.dataDir, world.users.ghentCoordinator.id);
    expect((await fetch(`${server.baseURL}/api/posters/${RESULTS_YEAR}/building/${world.buildings.arcade.id}`, { headers: { cookie } })).status).toBe(403);
    expect((await fetch(`${server.baseURL}/api/posters/${RESULTS_YEAR}/city/${world.cities.brussels.id}`, { headers: { cookie } })).status).toBe(403);
  });

  it('of Brussels speak French and Dutch; an organiser chooses a city’s poster languages', async () => {
    const page = await newPage({ as: 'organiser' });
    await page.goto(`/coordinate/toolkit?year=${RESULTS_YEAR}`);
    const brussels = await download(page, 'Poster of Brussels (A3, PDF)');
    const text = pdfText(brussels.bytes).replace(/\s+/g, ' ');
    expect(text).toContain('s’illumine en bleu contre la traite des êtres humains');
    expect(text).toContain('kleurt blauw tegen mensenhandel');
    expect(text).toContain('Brussels Arcade');
    expect(pdfInfo(brussels.bytes)).toMatchObject({ widthPt: 841.89, heightPt: 1190.55 });
    expect(await pdfQrCode(brussels.bytes)).toBe(`${server.baseURL}/embed?city=${world.cities.brussels.id}`);

    // Liège in French and German from now on.
    await page.goto('/organise/cities');
    await page.getByText('Change Liège', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Change Liège' });
    const languages = form.getByRole('group', { name: 'Poster languages' });
    await languages.getByLabel('French').check();
    await languages.getByLabel('German').check();
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Liège was saved/).waitFor();
    await page.goto(`/coordinate/toolkit?year=${RESULTS_YEAR}`);
    await page.getByText('Poster languages: French, German.').waitFor();
    const liege = await download(page, 'Poster of Opera of Liège (A4, PDF)');
    const liegeText = pdfText(liege.bytes).replace(/\s+/g, ' ');
    expect(liegeText).toContain('erstrahlt blau gegen Menschenhandel');
    expect(liegeText).toContain('s’illumine en bleu contre la traite des êtres humains');
    expect(liegeText).not.toContain('kleurt blauw');

    // And a city's share image.
    const [card] = await Promise.all([page.waitForResponse((r) => r.url().includes('/api/cards/')), page.getByRole('link', { name: 'Share image of Ghent (PNG)' }).click()]);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
  });
});
