import path from 'node:path';
import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { buildings, cities, illuminations } from '@/db/schema';
import { seedSubmitted } from './fixtures/submitted';
import { sessionCookie } from './sessions';
import { createTestUser } from './users';

/**
 * What each page answers over HTTP, as the status code says it: a signed-in
 * person without the right gets 403 with the notice in their language, and a
 * registration or building that does not exist (or is not public) is a 404.
 *
 * Next.js answers forbidden() and notFound() with its error shell: the
 * notice travels in the page's RSC data and the browser draws it inside the
 * site's layout (tests/e2e/organise.test.ts and coordinate.test.ts look at the
 * drawn page). Here only the status and the notice's text in the body count.
 */

const baseURL = inject('baseURL');

async function get(pathname: string, cookie?: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${baseURL}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}

/** A demo registration of `cityName`, by the running server's database. */
function registrationIn(cityName: string): number {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    return db
      .select({ id: illuminations.id })
      .from(illuminations)
      .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
      .innerJoin(cities, eq(cities.id, buildings.cityId))
      .where(and(eq(cities.name, cityName), ne(illuminations.status, 'withdrawn')))
      .get()!.id;
  } finally {
    sqlite.close();
  }
}

describe('status codes', () => {
  it('answers 403 with the translated notice when a coordinator opens the organiser console', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ghent'] });
    const cookie = sessionCookie(inject('dataDir'), coordinator.id);
    for (const page of ['/organise', '/organise/review', '/organise/campaigns', '/organise/cities', '/organise/coordinators', '/organise/audit']) {
      const { status, body } = await get(page, cookie);
      expect(status, page).toBe(403);
      expect(body, page).toContain('You are not allowed to do this.');
      expect(body, page).toContain('<meta name="robots" content="noindex"/>');
    }
    const fr = await get('/fr/organise', cookie);
    expect(fr.status).toBe(403);
    expect(fr.body).toContain('Vous n’êtes pas autorisé à faire ceci.');
    expect(fr.body).not.toContain('You are not allowed to do this.');
    const nl = await get('/nl/organise/review', cookie);
    expect(nl.status).toBe(403);
    expect(nl.body).toContain('U mag dit niet doen.');

    // The exports are theirs too (their own cities), and an organiser has the whole console.
    expect((await get('/organise/registrations', cookie)).status).toBe(200);
    const organiser = createTestUser({ role: 'organiser' });
    expect((await get('/organise', sessionCookie(inject('dataDir'), organiser.id))).status).toBe(200);
  });

  it('answers 403 for another city’s registration and 404 for one that does not exist', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ghent'] });
    const cookie = sessionCookie(inject('dataDir'), coordinator.id);
    const own = registrationIn('Ghent');
    const other = registrationIn('Bruges');

    expect((await get(`/coordinate/${own}`, cookie)).status).toBe(200);
    const refused = await get(`/coordinate/${other}`, cookie);
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('You are not allowed to do this.');
    expect((await get(`/de/coordinate/${other}`, cookie)).body).toContain('Sie dürfen dies nicht tun.');

    for (const id of ['999999', '0', 'abc', '12abc', '-1']) {
      expect((await get(`/coordinate/${id}`, cookie)).status, id).toBe(404);
    }
    // Other spellings of a number are not the registration's address: `1e1` is not /coordinate/10.
    for (const id of [`${other}.0`, `0${other}`, `0x${other.toString(16)}`]) {
      expect((await get(`/coordinate/${id}`, cookie)).status, id).toBe(404);
    }
  });

  it('answers 404 for a building that does not exist or is not public', async () => {
    // Waiting for review in the organiser tests' own campaign year (published, not on the map).
    const [waiting] = seedSubmitted(2030, 'Leuven', [{ name: `Leuven Library ${Date.now()}`, kind: 'other', lat: 50.8789, lng: 4.7069 }]);
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Leuven'] });
    const cookie = sessionCookie(inject('dataDir'), coordinator.id);
    for (const who of [undefined, cookie]) {
      for (const id of ['999999', String(waiting!.id), 'abc', '0', '01']) {
        expect((await get(`/buildings/${id}`, who)).status, `${id} ${who ? 'signed in' : 'anonymous'}`).toBe(404);
      }
      expect((await get(`/fr/buildings/999999`, who)).body).toContain('Page introuvable');
    }
  });
});
