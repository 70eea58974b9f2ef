import path from 'node:path';
import { describe, expect, it, beforeAll, inject } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createCampaign } from '@/db/builders';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();

/** A published campaign of its own, without any building, so without photos. */
const YEAR = 2017;

beforeAll(() => {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    createCampaign(db, { year: YEAR, published: true });
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
