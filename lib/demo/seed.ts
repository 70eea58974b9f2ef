import 'server-only';
import { sql } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db';
import { createBuilding, createCampaign, createCity, createEvent, createIllumination, createPartner, createPartnerUser, createUser } from './builders';
import { CURRENT_THEME, DEMO_BUILDINGS, DEMO_CITIES, DEMO_EVENTS, DEMO_HELP_CENTRES, DEMO_PARTNERS, DEMO_USERS, PAST_THEME, PAST_YEAR, currentDemoYear } from './demo-data';
import { zonedTimeToUtc } from '@/lib/time';
import { campaigns, helpCentres } from '@/db/schema';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';

/** True when no campaign exists yet: the state in which the demo data may be loaded. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(campaigns);
  return (row?.n ?? 0) === 0;
}

/** Loads the demo data in one transaction: all of it or nothing. */
export function seedDemoData(db: Db, now = new Date()): void {
  const year = currentDemoYear(now);
  writeTransaction((tx) => {
    const past = createCampaign(tx, { year: PAST_YEAR, theme: PAST_THEME, published: true });
    const current =
      year === PAST_YEAR
        ? past
        : createCampaign(tx, {
            year,
            theme: CURRENT_THEME,
            published: true,
            // The demo names the campaign the public map shows, as an organiser would.
            showOnMap: true,
            // Midnight at the end of 16 July, Brussels summer time.
            registrationDeadline: new Date(`${year}-07-16T22:00:00Z`),
          });

    // Next year's campaign, created but not yet announced: open for registration, so
    // that the demo coordinators have something to register for.
    createCampaign(tx, {
      year: year + 1,
      theme: CURRENT_THEME,
      published: false,
      registrationDeadline: new Date(`${year + 1}-07-16T22:00:00Z`),
    });

    const cityIds = new Map<string, number>();
    for (const c of DEMO_CITIES) {
      const row = createCity(tx, {
        name: c.name,
        names: c.names,
        country: 'BE',
        province: c.province,
        lat: c.lat,
        lng: c.lng,
        timeZone: DEFAULT_TIME_ZONE,
      });
      cityIds.set(c.key, row.id);
    }

    for (const h of DEMO_HELP_CENTRES) tx.insert(helpCentres).values({ name: h.name, cityId: cityIds.get(h.city)! }).run();

    const userIds = new Map<string, string>();
    for (const [key, u] of Object.entries(DEMO_USERS)) {
      const row = createUser(
        tx,
        { email: u.email, name: u.name, role: u.role, emailVerified: now },
        u.cities.map((k) => cityIds.get(k)!),
      );
      userIds.set(key, row.id);
    }
    const organiserId = userIds.get('organiser')!;

    for (const b of DEMO_BUILDINGS) {
      const building = createBuilding(tx, {
        cityId: cityIds.get(b.city)!,
        name: b.name,
        names: b.names ?? {},
        kind: b.kind,
        address: b.address,
        lat: b.lat,
        lng: b.lng,
        description: b.description,
      });
      const timing = {
        lightsOnMode: b.lightsOnTime ? ('time' as const) : ('sunset' as const),
        lightsOnTime: b.lightsOnTime ?? null,
        lightsOffTime: b.lightsOffTime,
      };
      if (b.past && current.id !== past.id) {
        createIllumination(tx, {
          campaignId: past.id,
          buildingId: building.id,
          status: 'approved',
          reviewedBy: organiserId,
          reviewedAt: new Date(`${PAST_YEAR}-07-20T10:00:00Z`),
          litAt: new Date(`${PAST_YEAR}-07-30T19:45:00Z`),
          ...timing,
        });
      }
      const reviewed = b.status === 'approved' || b.status === 'rejected';
      createIllumination(tx, {
        campaignId: current.id,
        buildingId: building.id,
        status: b.status,
        reviewReason: b.reviewReason ?? null,
        reviewedBy: reviewed ? organiserId : null,
        reviewedAt: reviewed ? now : null,
        ...timing,
      });
    }

    const partnerIds = new Map<string, number>();
    DEMO_PARTNERS.forEach((p, position) => {
      const { key, member, ...values } = p;
      const row = createPartner(tx, { ...values, position });
      partnerIds.set(key, row.id);
      if (member) createPartnerUser(tx, { ...member, emailVerified: now }, [row.id]);
    });
    for (const e of DEMO_EVENTS) {
      const years = e.current && current.id !== past.id ? [past, current] : [past];
      for (const campaign of years) {
        const date = `${campaign.year}-${e.day}`;
        createEvent(tx, {
          kind: e.kind,
          title: e.title,
          titles: e.titles,
          description: e.description,
          address: e.address,
          lat: e.lat,
          lng: e.lng,
          accessibility: e.accessibility ?? '',
          campaignId: campaign.id,
          partnerId: partnerIds.get(e.partner)!,
          cityId: cityIds.get(e.city)!,
          startsAt: zonedTimeToUtc(date, e.start, DEFAULT_TIME_ZONE),
          endsAt: zonedTimeToUtc(date, e.end, DEFAULT_TIME_ZONE),
          timeZone: DEFAULT_TIME_ZONE,
          status: 'approved',
          reviewedBy: organiserId,
          reviewedAt: new Date(`${campaign.year}-07-10T10:00:00Z`),
        });
      }
    }
  }, db);
}
