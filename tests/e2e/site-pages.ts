import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { inject } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { currentDemoYear, PAST_YEAR } from '@/lib/demo/demo-data';
import { buildings, campaigns, illuminations, partners } from '@/db/schema';

/**
 * Every page of the site, once each, with who visits it: the one list that
 * site-wide checks (narrow screens…) go through. A new page is added here.
 *
 * Paths may depend on the demo data (a building's id); `facts()` reads them.
 */
export type Visitor = 'public' | 'coordinator' | 'organiser';
export type SitePage = { name: string; as: Visitor; path: (facts: DemoFacts) => string };

export type DemoFacts = {
  /** The demo's current campaign and an earlier one. */
  year: number;
  pastYear: number;
  /** An approved demo building of Brussels, and its registration this year. */
  buildingId: number;
  illuminationId: number;
  /** The demo's partner organisation PAG-ASA. */
  partnerId: number;
};

export const SITE_PAGES: SitePage[] = [
  // Public
  { name: 'map (English)', as: 'public', path: () => '/' },
  { name: 'map (French)', as: 'public', path: () => '/fr' },
  { name: 'earlier year', as: 'public', path: (f) => `/years/${f.pastYear}` },
  { name: 'results of an earlier year', as: 'public', path: (f) => `/years/${f.pastYear}/results` },
  { name: 'photos of an earlier year', as: 'public', path: (f) => `/years/${f.pastYear}/photos` },
  { name: 'partners of an earlier year', as: 'public', path: (f) => `/years/${f.pastYear}/partners` },
  { name: 'building', as: 'public', path: (f) => `/buildings/${f.buildingId}` },
  { name: 'embed', as: 'public', path: () => '/embed' },
  { name: 'about', as: 'public', path: () => '/about' },
  { name: 'help (English)', as: 'public', path: () => '/help/en' },
  { name: 'help (Arabic, right to left)', as: 'public', path: () => '/help/ar' },
  { name: 'sign-in', as: 'public', path: () => '/sign-in' },
  { name: 'take part', as: 'public', path: () => '/fr/take-part' },
  { name: 'check your e-mail', as: 'public', path: () => '/sign-in/check-email' },
  { name: 'sign-in error', as: 'public', path: () => '/sign-in/error?error=Verification' },
  { name: 'not found', as: 'public', path: () => '/no-such-page' },
  // Coordinators (of Brussels, with the demo's registrations)
  { name: 'workspace', as: 'coordinator', path: (f) => `/coordinate?year=${f.year}` },
  { name: 'register a building', as: 'coordinator', path: (f) => `/coordinate/new?year=${f.year}` },
  { name: 'a registration', as: 'coordinator', path: (f) => `/coordinate/${f.illuminationId}` },
  { name: 'toolkit', as: 'coordinator', path: (f) => `/coordinate/toolkit?year=${f.year}` },
  { name: 'account', as: 'coordinator', path: () => '/account' },
  // Organisers
  { name: 'console overview', as: 'organiser', path: () => '/organise' },
  { name: 'review', as: 'organiser', path: () => '/organise/review' },
  { name: 'registrations', as: 'organiser', path: (f) => `/organise/registrations?year=${f.year}&status=` },
  { name: 'press list', as: 'organiser', path: (f) => `/organise/press?year=${f.year}` },
  { name: 'campaigns', as: 'organiser', path: () => '/organise/campaigns' },
  { name: 'cities', as: 'organiser', path: () => '/organise/cities?q=Namur' },
  { name: 'coordinators', as: 'organiser', path: () => '/organise/coordinators' },
  { name: 'requests to take part', as: 'organiser', path: () => '/organise/requests' },
  { name: 'help centres', as: 'organiser', path: () => '/organise/help-centres' },
  { name: 'partners', as: 'organiser', path: () => '/organise/partners' },
  { name: 'add a partner organisation', as: 'organiser', path: () => '/organise/partners/new' },
  { name: 'a partner organisation', as: 'organiser', path: (f) => `/organise/partners/${f.partnerId}` },
  { name: 'audit log', as: 'organiser', path: () => '/organise/audit' },
  { name: 'import', as: 'organiser', path: () => '/organise/import' },
  { name: 'outbox', as: 'organiser', path: () => '/organise/outbox' },
  { name: 'forbidden', as: 'coordinator', path: () => '/organise' },
];

/** The ids the paths above need, read from the running server's database. */
export function demoFacts(): DemoFacts {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    const year = currentDemoYear();
    const row = db
      .select({ buildingId: buildings.id, illuminationId: illuminations.id })
      .from(illuminations)
      .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
      .innerJoin(campaigns, eq(campaigns.id, illuminations.campaignId))
      .where(and(eq(campaigns.year, year), eq(buildings.name, 'Brussels Town Hall')))
      .get();
    if (!row) throw new Error('The demo data has no Brussels Town Hall this year');
    const partner = db.select({ id: partners.id }).from(partners).where(eq(partners.name, 'PAG-ASA')).get();
    if (!partner) throw new Error('The demo data has no PAG-ASA');
    return { year, pastYear: PAST_YEAR, ...row, partnerId: partner.id };
  } finally {
    sqlite.close();
  }
}
