/**
 * Help centres kept by organisers, in a browser: the three seeded centres are
 * listed by name and city with nothing guessed; one gets its phone and
 * position; a new one with half a position is refused field by field.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

describe('help centres', () => {
  it('lists the seeded centres, completes one and refuses half a position, accessibly', async () => {
    const page = await e2e.newPage();
    await signIn(page, createTestUser({ role: 'organiser' }).email);
    await page.goto('/organise/help-centres');
    for (const [name, city] of [['PAG-ASA', 'Brussels'], ['Payoke', 'Antwerp'], ['Sürya', 'Liège']]) {
      const row = page.getByTestId(`centre-${name}`);
      await row.getByRole('cell', { name: city }).waitFor();
      await row.getByText('None: listed, not mapped').waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);

    // A new centre with a latitude but no longitude, and a website that is no address.
    const form = page.getByRole('form', { name: 'Add a help centre' });
    const name = `Centre ${Date.now()}`;
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('City', { exact: true }).selectOption({ label: 'Ghent' });
    await form.getByLabel('Website').fill('not a website');
    await form.getByLabel('Latitude').fill('51,05');
    await form.getByRole('button', { name: 'Add the centre' }).click();
    await form.getByText('Give both latitude and longitude, or neither.', { exact: true }).waitFor();
    await form.getByText(/^Enter a full address starting with https:\/\//).waitFor();
    await expect(form.getByLabel('Name').inputValue()).resolves.toBe(name);
    // The city chosen is kept too.
    await expect(form.getByLabel('City', { exact: true }).locator('option:checked').textContent()).resolves.toBe('Ghent');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByLabel('Website').fill('www.example.org');
    await form.getByLabel('Longitude').fill('3,72');
    await form.getByRole('button', { name: 'Add the centre' }).click();
    await page.getByRole('status').filter({ hasText: `${name} added.` }).waitFor();
    const added = page.getByTestId(`centre-${name}`);
    await added.getByText('51.0500, 3.7200').waitFor();
    await added.getByRole('link', { name: 'https://www.example.org' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});
