import path from 'node:path';
import { describe, expect, it, beforeAll, inject } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { eq } from 'drizzle-orm';
import { createCampaign } from '@/lib/demo/builders';
import { campaigns } from '@/db/schema';
import { pageErrors, setupBrowser } from './page';
import { demoFacts } from './site-pages';

const e2e = setupBrowser();

/** A published campaign of its own, without any building, so without photos. */
const YEAR = 2017;

beforeAll(() => {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    if (!db.select().from(campaigns).where(eq(campaigns.year, YEAR)).get()) createCampaign(db, { year: YEAR, published: true });
  } finally {
    sqlite.close();
  }
});

const emptyText = (page: Awaited<ReturnType<typeof e2e.newPage>>) => page.locator('main').innerText();

describe('the photos page of a year without photos', () => {
  it('says there are none once the day is over, and nothing about choosing a photo', async () => {
    const page = await e2e.newPage();
    await page.goto(`/years/${YEAR}/photos`);
    await page.getByTestId('gallery-empty').getByText(`No photos were shared for ${YEAR}.`).waitFor();
    const text = await emptyText(page);
    expect(text).not.toMatch(/Come back|arrow keys|Escape|Choose a photo/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('before the day, says to come back after it (in the browser’s time too)', async () => {
    const page = await e2e.newPage({ locale: 'fr-BE' });
    await page.clock.install({ time: new Date(`${YEAR}-07-20T12:00:00+02:00`) });
    await page.goto(`/fr/years/${YEAR}/photos`);
    await page.getByTestId('gallery-empty').getByText('Revenez après la journée', { exact: false }).waitFor();
    const text = await emptyText(page);
    expect(text).not.toMatch(/Aucune photo n’a été partagée|flèches|Échap/);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the results page', () => {
  it('of a year in which no building took part says so, without figures of zeros or press sentences about nothing', async () => {
    const page = await e2e.newPage();
    await page.goto(`/years/${YEAR}/results`);
    await page.getByTestId('results-empty').getByText(`No building took part in ${YEAR}.`).waitFor();
    const text = await emptyText(page);
    expect(text).not.toMatch(/0 buildings|In figures|For the press/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('before its day is over says the results come after it, by the browser’s clock too', async () => {
    const page = await e2e.newPage();
    await page.clock.install({ time: new Date(`${YEAR}-07-20T12:00:00+02:00`) });
    await page.goto(`/years/${YEAR}/results`);
    await page.getByTestId('results-empty').getByText(`The results of ${YEAR} appear here once the day is over.`).waitFor();
    await expect(emptyText(page)).resolves.not.toMatch(/No building took part/);
  });

  it('keeps its press sentences, written in the past tense, for after the day', async () => {
    const year = demoFacts().year;
    const page = await e2e.newPage();
    await page.clock.install({ time: new Date(`${year}-07-29T12:00:00+02:00`) });
    await page.goto(`/years/${year}/results`);
    await page.getByTestId('press-after-the-day').waitFor();
    await expect(page.getByTestId('press-sentence-en').count()).resolves.toBe(0);

    const after = await e2e.newPage();
    await after.clock.install({ time: new Date(`${year}-08-01T12:00:00+02:00`) });
    await after.goto(`/years/${year}/results`);
    await after.getByTestId('press-sentence-en').waitFor();
    await expect(after.getByTestId('press-after-the-day').count()).resolves.toBe(0);
  });
});
