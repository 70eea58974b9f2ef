import type { Page } from 'playwright-core';

/**
 * Approves one building's registration as a signed-in organiser does: opens the
 * review queue of `year`, presses its "Approve" and waits for the confirmation.
 */
export async function approveInReview(page: Page, year: number, name: string): Promise<void> {
  await page.goto(`/organise/review?year=${year}`);
  await page.getByRole('heading', { level: 1, name: 'Review registrations' }).waitFor();
  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: `Approve ${name}` }).click();
  await page.getByRole('status').filter({ hasText: `${name} approved` }).waitFor();
}
