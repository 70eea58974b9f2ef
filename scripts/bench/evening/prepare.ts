/**
 * The evening's data: the demo data as a server loads it (tonight's campaign
 * is the evening's year), and 100 coordinators, each with a building of their
 * own approved in tonight's campaign, lights on between 19:05 and 19:29, and
 * a signed-in session that lasts the night.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createBuilding, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { campaigns } from '@/db/schema';
import { seedDemoData } from '@/lib/demo/seed';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { sessionCookie } from '@/tests/e2e/sessions';
import { EVENING_START, EVENING_YEAR } from './clock';

export type Coordinator = {
  userId: string;
  illuminationId: number;
  buildingId: number;
  /** When their building's lights go on, in Brussels ("19:12"). */
  lightsOn: string;
  /** `authjs.session-token=…; NEXT_LOCALE=…`, as their browser sends it. */
  cookie: string;
  /** Their workspace in their language (`/coordinate`, `/fr/coordinate`): where the form posts. */
  page: string;
};

/** The coordinators' languages, in turn. */
const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;

export type Evening = { year: number; coordinators: Coordinator[]; publicBuildingIds: number[] };

/** English lives at `/`, the other languages under `/fr`, `/nl`, `/de` (i18n/routing.ts). */
const workspaceIn = (language: string) => (language === 'en' ? '/coordinate' : `/${language}/coordinate`);

/** Lights on from 19:05, four buildings a minute. */
export const lightsOnOf = (i: number) => `19:${String(5 + Math.floor(i / 4)).padStart(2, '0')}`;

export function prepareEvening(dataDir: string, count: number): Evening {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  const made: Omit<Coordinator, 'cookie' | 'page'>[] = [];
  try {
    seedDemoData(db, EVENING_START);
    const tonight = db.select().from(campaigns).where(eq(campaigns.year, EVENING_YEAR)).get();
    if (!tonight?.showOnMap) throw new Error(`The demo data has no campaign of ${EVENING_YEAR} on the map`);
    db.transaction((tx) => {
      for (let i = 0; i < count; i++) {
        // Spread over Belgium, each coordinator in a town of their own.
        const lat = 50.45 + (i % 10) * 0.07;
        const lng = 3.6 + Math.floor(i / 10) * 0.18;
        const city = createCity(tx, { name: `Evening town ${i + 1}`, country: 'BE', province: 'Soak', lat, lng, timeZone: DEFAULT_TIME_ZONE });
        const building = createBuilding(tx, { cityId: city.id, name: `Town hall of evening town ${i + 1}`, kind: 'town_hall', lat: lat + 0.001, lng: lng + 0.001 });
        const user = createUser(
          tx,
          { email: `coordinator-${i + 1}@evening.example`, name: `Coordinator ${i + 1}`, role: 'coordinator', locale: LANGUAGES[i % LANGUAGES.length], emailVerified: EVENING_START },
          [city.id],
        );
        const lightsOn = lightsOnOf(i);
        const illumination = createIllumination(tx, {
          campaignId: tonight.id,
          buildingId: building.id,
          status: 'approved',
          reviewedAt: EVENING_START,
          lightsOnMode: 'time',
          lightsOnTime: lightsOn,
          lightsOffTime: '23:30',
        });
        made.push({ userId: user.id, illuminationId: illumination.id, buildingId: building.id, lightsOn });
      }
    });
  } finally {
    sqlite.close();
  }
  // The night and the morning after: still ahead of the servers' clock at the end.
  const expires = new Date(EVENING_START.getTime() + 2 * 86_400_000);
  const coordinators = made.map((c, i) => {
    const language = LANGUAGES[i % LANGUAGES.length]!;
    return { ...c, cookie: `${sessionCookie(dataDir, c.userId, expires)}; NEXT_LOCALE=${language}`, page: workspaceIn(language) };
  });
  return { year: EVENING_YEAR, coordinators, publicBuildingIds: coordinators.map((c) => c.buildingId) };
}
