/**
 * The organisers' overview of a campaign: registrations by status, how many
 * cities and buildings take part against the year before, counts by
 * province, and the invited cities that have registered nothing yet.
 */
import 'server-only';
import { and, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, cities, cityCoordinators, illuminations, users, type Campaign } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { ILLUMINATION_STATUSES, type IlluminationStatus, type Locale } from '@/lib/constants';
import { authorize, canReview, type Actor } from '../permissions';

/** Registered: waiting for review or approved (not rejected, not withdrawn). */
const REGISTERED: IlluminationStatus[] = ['submitted', 'approved'];

export type Participation = { year: number; registeredBuildings: number; registeredCities: number; approvedBuildings: number; approvedCities: number };
export type ProvinceCount = { province: string; cities: number; registered: number; approved: number; submitted: number };
export type CityToChase = { id: number; name: string; names: Partial<Record<Locale, string>>; province: string; coordinators: { name: string | null; email: string }[] };

export type Dashboard = {
  campaign: Campaign;
  statuses: Record<IlluminationStatus, number>;
  current: Participation;
  previous: Participation | null;
  byProvince: ProvinceCount[];
  toChase: CityToChase[];
};

type Row = { campaignId: number; status: IlluminationStatus; cityId: number; province: string };

function participation(year: number, rows: Row[]): Participation {
  const registered = rows.filter((r) => REGISTERED.includes(r.status));
  const approved = rows.filter((r) => r.status === 'approved');
  return {
    year,
    registeredBuildings: registered.length,
    registeredCities: new Set(registered.map((r) => r.cityId)).size,
    approvedBuildings: approved.length,
    approvedCities: new Set(approved.map((r) => r.cityId)).size,
  };
}

/** The overview of the campaign of `year` (by default the latest), or null when there is no campaign. */
export async function getDashboard(actor: Actor, year?: number): Promise<Dashboard | null> {
  authorize(actor, canReview(actor));
  const db = getDb();
  const [campaign] = await db
    .select()
    .from(campaigns)
    .where(year ? eq(campaigns.year, year) : undefined)
    .orderBy(desc(campaigns.year))
    .limit(1);
  if (!campaign) return null;
  const [previousCampaign] = await db.select().from(campaigns).where(lt(campaigns.year, campaign.year)).orderBy(desc(campaigns.year)).limit(1);
  const ids = previousCampaign ? [campaign.id, previousCampaign.id] : [campaign.id];
  const rows: Row[] = await selectRegistrations({ campaignId: illuminations.campaignId, status: illuminations.status, cityId: cities.id, province: cities.province }, db)
    .where(inArray(illuminations.campaignId, ids));
  const now = rows.filter((r) => r.campaignId === campaign.id);
  const before = previousCampaign ? rows.filter((r) => r.campaignId === previousCampaign.id) : [];

  const statuses = Object.fromEntries(ILLUMINATION_STATUSES.map((s) => [s, 0])) as Record<IlluminationStatus, number>;
  for (const r of now) statuses[r.status]++;

  const provinces = new Map<string, { cities: Set<number>; registered: number; approved: number; submitted: number }>();
  for (const r of now) {
    if (!REGISTERED.includes(r.status)) continue;
    const p = provinces.get(r.province) ?? { cities: new Set<number>(), registered: 0, approved: 0, submitted: 0 };
    p.cities.add(r.cityId);
    p.registered++;
    if (r.status === 'approved') p.approved++;
    else p.submitted++;
    provinces.set(r.province, p);
  }
  const byProvince = [...provinces.entries()]
    .map(([province, p]) => ({ province, cities: p.cities.size, registered: p.registered, approved: p.approved, submitted: p.submitted }))
    .sort((a, b) => b.registered - a.registered || a.province.localeCompare(b.province));

  // Invited cities: those with an active coordinator. Any registration that is
  // not withdrawn counts as "something registered" (a rejected one is being dealt with).
  const active = new Set(now.filter((r) => r.status !== 'withdrawn').map((r) => r.cityId));
  const coordinatorRows = await db
    .select({ city: cities, name: users.name, email: users.email })
    .from(cityCoordinators)
    .innerJoin(users, eq(users.id, cityCoordinators.userId))
    .innerJoin(cities, eq(cities.id, cityCoordinators.cityId))
    .where(and(isNull(users.deactivatedAt), eq(users.role, 'coordinator')));
  const chase = new Map<number, CityToChase>();
  for (const r of coordinatorRows) {
    if (active.has(r.city.id)) continue;
    const entry = chase.get(r.city.id) ?? { id: r.city.id, name: r.city.name, names: r.city.names, province: r.city.province, coordinators: [] };
    entry.coordinators.push({ name: r.name, email: r.email });
    chase.set(r.city.id, entry);
  }
  const toChase = [...chase.values()].sort((a, b) => a.province.localeCompare(b.province) || a.name.localeCompare(b.name));

  return {
    campaign,
    statuses,
    current: participation(campaign.year, now),
    previous: previousCampaign ? participation(previousCampaign.year, before) : null,
    byProvince,
    toChase,
  };
}
