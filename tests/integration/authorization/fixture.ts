import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createIllumination, createPartner, createPartnerUser, createUser } from '@/lib/demo/builders';
import { seedDemoData } from '@/lib/demo/seed';
import { cities } from '@/db/schema';
import type { Actor } from '@/lib/permissions';

/**
 * The kinds of user every row is run as: the public, a coordinator of
 * another city and of the fixture's city (Ghent), a partner of another
 * organisation and of the fixture's organisation, and an organiser.
 */
export type Role = 'anonymous' | 'otherCity' | 'ownCity' | 'otherPartner' | 'ownPartner' | 'organiser';
export const ROLES: Role[] = ['anonymous', 'otherCity', 'ownCity', 'otherPartner', 'ownPartner', 'organiser'];

/**
 * The world the authorization matrix runs in: the demo data, an open
 * campaign, a registration in Ghent, two partner organisations, and one user
 * per role.
 */
export function buildFixture() {
  const db = getDb();
  seedDemoData(db);
  const cityId = (name: string) => db.select().from(cities).where(eq(cities.name, name)).get()!.id;
  const ghent = cityId('Ghent');
  const bruges = cityId('Bruges');
  const organiser = createUser(db, { role: 'organiser', email: 'matrix-organiser@example.org' });
  const own = createUser(db, { role: 'coordinator', email: 'matrix-ghent@example.org' }, [ghent]);
  const other = createUser(db, { role: 'coordinator', email: 'matrix-bruges@example.org' }, [bruges]);
  const openYear = 2099;
  const campaign = createCampaign(db, {
    year: openYear,
    published: true,
    registrationDeadline: new Date(`${openYear}-07-16T22:00:00Z`),
  });
  const building = createBuilding(db, { cityId: ghent, name: 'Matrix Belfry', lat: 51.0536, lng: 3.7245 });
  const illumination = createIllumination(db, { campaignId: campaign.id, buildingId: building.id, status: 'submitted' });
  const partner = createPartner(db, { name: 'Matrix Partners' });
  const otherPartner = createPartner(db, { name: 'Matrix Others' });
  const ownPartnerUser = createPartnerUser(db, { email: 'matrix-partner@example.org' }, [partner.id]);
  const otherPartnerUser = createPartnerUser(db, { email: 'matrix-other-partner@example.org' }, [otherPartner.id]);
  const actors: Record<Role, Actor> = {
    anonymous: null,
    otherCity: { id: other.id, role: 'coordinator', cityIds: [bruges] },
    ownCity: { id: own.id, role: 'coordinator', cityIds: [ghent] },
    otherPartner: { id: otherPartnerUser.id, role: 'partner', cityIds: [], partnerIds: [otherPartner.id] },
    ownPartner: { id: ownPartnerUser.id, role: 'partner', cityIds: [], partnerIds: [partner.id] },
    organiser: { id: organiser.id, role: 'organiser', cityIds: [] },
  };
  return {
    db,
    actors,
    ghent,
    bruges,
    campaign,
    building,
    illumination,
    partner,
    otherPartner,
    users: { organiser, own, other, ownPartner: ownPartnerUser, otherPartner: otherPartnerUser },
  };
}

export type Fixture = ReturnType<typeof buildFixture>;

let counter = 0;
/** A value no earlier call used, for inputs that must be unique (e-mail addresses, names). */
export function unique(prefix: string): string {
  return `${prefix}-${++counter}`;
}

export function form(values: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) {
    for (const item of Array.isArray(v) ? v : [v]) f.append(k, item);
  }
  return f;
}
