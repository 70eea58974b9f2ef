/**
 * What the coordinator workspace shows: the campaign to work on, the user's
 * registrations with their status, and one registration to edit. Each
 * function takes the acting user and shows only what lib/permissions allows:
 * coordinators their own cities, organisers everything.
 */
import 'server-only';
import { and, asc, count, desc, eq, inArray, isNotNull, lt, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { buildings, campaigns, cities, illuminations, type Building, type Campaign, type City, type Illumination } from '@/db/schema';
import { selectRegistrations } from './joined';
import { type IlluminationStatus, type LightsOnMode } from '@/lib/constants';
import { authorize, canConfirmLit, canRegister, canUseWorkspace, isOrganiser, type Actor } from '../permissions';
import { actsForCity } from './access';
import { RegistrationNotFoundError } from './errors';

export type RegistrationRow = {
  id: number;
  status: IlluminationStatus;
  reviewReason: string | null;
  lightsOnMode: LightsOnMode;
  lightsOnTime: string | null;
  lightsOffTime: string | null;
  photo: string | null;
  litAt: Date | null;
  litPhoto: string | null;
  /** An approved version is on the public map (it may differ from the pending edit). */
  isPublic: boolean;
  updatedAt: Date;
  building: Pick<Building, 'id' | 'name' | 'kind' | 'address' | 'lat' | 'lng' | 'needsPlacing'>;
  city: Pick<City, 'id' | 'name' | 'names' | 'timeZone'>;
};

const rowColumns = {
  illumination: illuminations,
  building: { id: buildings.id, name: buildings.name, kind: buildings.kind, address: buildings.address, lat: buildings.lat, lng: buildings.lng, needsPlacing: buildings.needsPlacing },
  city: { id: cities.id, name: cities.name, names: cities.names, timeZone: cities.timeZone },
};

function toRow(r: { illumination: Illumination; building: RegistrationRow['building']; city: RegistrationRow['city'] }): RegistrationRow {
  const i = r.illumination;
  return {
    id: i.id,
    status: i.status,
    reviewReason: i.reviewReason,
    lightsOnMode: i.lightsOnMode,
    lightsOnTime: i.lightsOnTime,
    lightsOffTime: i.lightsOffTime,
    photo: i.photo,
    litAt: i.litAt,
    litPhoto: i.litPhoto,
    isPublic: i.approved !== null,
    updatedAt: i.updatedAt,
    building: r.building,
    city: r.city,
  };
}

/** The actor's registrations for a campaign: their cities' (organisers: all), by city and name. */
export async function listRegistrations(actor: Actor, campaignId: number): Promise<RegistrationRow[]> {
  return (await listRegistrationPage(actor, campaignId, { page: 1, pageSize: Number.MAX_SAFE_INTEGER })).rows;
}

/** How many registrations the workspace shows at a time: a city with hundreds stays quick to open. */
export const WORKSPACE_PAGE_SIZE = 50;

export type RegistrationPage = { rows: RegistrationRow[]; total: number; page: number; pages: number };

/** One page of the actor's registrations for a campaign (`page` from 1; past the end: the last page). */
export async function listRegistrationPage(
  actor: Actor,
  campaignId: number,
  { page, pageSize = WORKSPACE_PAGE_SIZE }: { page: number; pageSize?: number },
): Promise<RegistrationPage> {
  authorize(actor, canUseWorkspace(actor));
  if (!isOrganiser(actor) && actor.cityIds.length === 0) return { rows: [], total: 0, page: 1, pages: 1 };
  const db = getDb();
  const mine = and(eq(illuminations.campaignId, campaignId), isOrganiser(actor) ? undefined : inArray(buildings.cityId, actor.cityIds));
  const [counted] = await selectRegistrations({ n: count() }, db)
    .where(mine);
  const total = counted?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = await selectRegistrations(rowColumns, db)
    .where(mine)
    .orderBy(asc(cities.name), asc(buildings.name), asc(illuminations.id))
    .limit(pageSize)
    .offset((current - 1) * pageSize);
  return { rows: rows.map(toRow), total, page: current, pages };
}

export type RegistrationDetail = {
  illumination: Illumination;
  building: Building;
  city: City;
  campaign: Campaign;
  /** The actor may still edit and withdraw it (organisers always; coordinators until the deadline). */
  editable: boolean;
  /** The actor may confirm "lights are on" for it (see lib/registrations-night.ts for when). */
  mayConfirmLit: boolean;
};

/** One registration, for its coordinators and the organisers; others get "forbidden". */
export async function getRegistration(actor: Actor, illuminationId: number, now: Date = new Date()): Promise<RegistrationDetail> {
  authorize(actor, canUseWorkspace(actor));
  const [row] = await selectRegistrations({ illumination: illuminations, building: buildings, city: cities, campaign: campaigns })
    .where(eq(illuminations.id, illuminationId));
  if (!row) throw new RegistrationNotFoundError();
  // Even an approved (public) registration's pending edits are for its own coordinators only.
  authorize(actor, actsForCity(actor, row.building.cityId));
  return {
    ...row,
    editable: canRegister(actor, { cityId: row.building.cityId, registrationDeadline: row.campaign.registrationDeadline }, now),
    mayConfirmLit: canConfirmLit(actor, { cityId: row.building.cityId }),
  };
}

/** The cities the actor may register buildings in (organisers: all), by name. */
export async function listRegistrableCities(actor: Actor): Promise<City[]> {
  authorize(actor, canUseWorkspace(actor));
  if (!isOrganiser(actor) && actor.cityIds.length === 0) return [];
  return getDb()
    .select()
    .from(cities)
    .where(isOrganiser(actor) ? undefined : inArray(cities.id, actor.cityIds))
    .orderBy(asc(cities.name));
}

export type ReturningBuilding = {
  building: Pick<Building, 'id' | 'name' | 'kind' | 'address' | 'cityId'>;
  cityName: string;
  /** The year it last took part, and how it was lit then (re-used as they were). */
  lastYear: number;
  last: Pick<Illumination, 'lightsOnMode' | 'lightsOnTime' | 'lightsOffTime' | 'photo'>;
};

/**
 * "Same as last year": the actor's buildings that took part in an earlier
 * campaign and are not registered for this one, each with the lighting it
 * took part with. Taking part means being approved: a registration rejected
 * or withdrawn did not light up. One approved and then edited (the edit
 * waiting, or refused) took part with its approved version, which is what
 * comes back.
 */
export async function listReturningBuildings(actor: Actor, campaign: Pick<Campaign, 'id' | 'year'>): Promise<ReturningBuilding[]> {
  authorize(actor, canUseWorkspace(actor));
  if (!isOrganiser(actor) && actor.cityIds.length === 0) return [];
  const db = getDb();
  const earlier = await selectRegistrations({ illumination: illuminations, year: campaigns.year, building: buildings, cityName: cities.name }, db)
    .where(
      and(
        lt(campaigns.year, campaign.year),
        isNotNull(illuminations.approved),
        ne(illuminations.status, 'withdrawn'),
        isOrganiser(actor) ? undefined : inArray(buildings.cityId, actor.cityIds),
      ),
    )
    .orderBy(desc(campaigns.year));
  if (earlier.length === 0) return [];
  const thisYear = await db
    .select({ buildingId: illuminations.buildingId })
    .from(illuminations)
    .where(eq(illuminations.campaignId, campaign.id));
  const taken = new Set(thisYear.map((r) => r.buildingId));
  const out = new Map<number, ReturningBuilding>();
  for (const r of earlier) {
    // Rows come newest year first: the first one per building is its latest.
    if (taken.has(r.building.id) || out.has(r.building.id)) continue;
    const i = r.illumination.approved!;
    out.set(r.building.id, {
      building: { id: r.building.id, name: r.building.name, kind: r.building.kind, address: r.building.address, cityId: r.building.cityId },
      cityName: r.cityName,
      lastYear: r.year,
      last: { lightsOnMode: i.lightsOnMode, lightsOnTime: i.lightsOnTime, lightsOffTime: i.lightsOffTime, photo: i.photo },
    });
  }
  return [...out.values()].sort((a, b) => a.cityName.localeCompare(b.cityName) || a.building.name.localeCompare(b.building.name));
}
