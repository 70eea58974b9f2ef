/**
 * Partners' events for the benchmark's generated data: `count` approved
 * events (information stands, talks, walks…) of five organisations, spread
 * over the campaign's cities and the week up to the day, with titles and
 * descriptions in several languages, as a busy year would have them.
 * Deterministic, through the data builders.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { DB_FILE_NAME, openDatabase } from '@/db/index';
import { campaigns, cities } from '@/db/schema';
import { EVENT_KINDS, DEFAULT_TIME_ZONE } from '@/lib/constants';
import { createEvent, createPartner } from '@/lib/demo/builders';
import { zonedTimeToUtc, addDays } from '@/lib/time';

export function seedBenchEvents(dataDir: string, year: number, count = 200): void {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    db.transaction((tx) => {
      const campaign = tx.select().from(campaigns).where(eq(campaigns.year, year)).get()!;
      const places = tx.select().from(cities).all();
      const partners = Array.from({ length: 5 }, (_, i) =>
        createPartner(tx, { name: `Partner organisation ${i + 1}`, names: { fr: `Organisation partenaire ${i + 1}` }, website: `https://partner-${i + 1}.example.org/` }),
      );
      for (let n = 0; n < count; n++) {
        const city = places[n % places.length]!;
        const day = addDays(campaign.eventDate, -(n % 7));
        const start = `${String(10 + (n % 9)).padStart(2, '0')}:${n % 2 === 0 ? '00' : '30'}`;
        const startsAt = zonedTimeToUtc(day, start, DEFAULT_TIME_ZONE);
        createEvent(tx, {
          campaignId: campaign.id,
          partnerId: partners[n % partners.length]!.id,
          cityId: city.id,
          kind: EVENT_KINDS[n % EVENT_KINDS.length],
          title: `Event ${String(n + 1).padStart(3, '0')} against trafficking`,
          titles: { fr: `Événement ${n + 1} contre la traite`, nl: `Evenement ${n + 1} tegen mensenhandel` },
          description: 'Meet the people who help victims of trafficking, ask your questions and take the signs to look out for.',
          address: `Main square ${n + 1}`,
          lat: city.lat + 0.004 * Math.cos(n),
          lng: city.lng + 0.004 * Math.sin(n),
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
          timeZone: DEFAULT_TIME_ZONE,
          link: `https://partner-${(n % 5) + 1}.example.org/events/${n + 1}`,
          contact: 'organisers only',
        });
      }
    });
  } finally {
    sqlite.close();
  }
}
