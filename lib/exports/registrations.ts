/**
 * The registrations an actor may export, filtered: the one query behind the
 * registrations page, the press list and every export format, so that an
 * export holds exactly what the page shows.
 */
import 'server-only';
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { buildings, campaigns, cities, illuminations } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { type IlluminationStatus, type LightsOnMode, type Locale } from '@/lib/constants';
import type { BuildingFacts } from '@/lib/lights/view';
import { lightingWindow } from '@/lib/lights/window';
import { authorize, exportScope, type Actor, type ExportScope } from '@/lib/permissions';
import type { ExportFilter } from '@/lib/validation/exports';

export type ExportRow = BuildingFacts & {
  illuminationId: number;
  year: number;
  eventDate: string;
  status: IlluminationStatus;
  buildingId: number;
  cityId: number;
  city: string;
  cityNames: Partial<Record<Locale, string>>;
  province: string;
  country: string;
  timeZone: string;
  lightsOnMode: LightsOnMode;
  /** Local `HH:MM` the lights go on (the sunset computed where the mode is `sunset`). */
  lightsOn: string | null;
  lightsOnAt: Date | null;
  lightsOff: string | null;
  lightsOffAt: Date | null;
  reviewReason: string | null;
  reviewedAt: Date | null;
  submittedAt: Date;
  updatedAt: Date;
  litAt: Date | null;
};

export type ExportOptions = {
  /**
   * What the public sees: only registrations with an approved version, as
   * approved (an edit awaiting review is not shown), whatever the status
   * filter says. The press list counts exactly what the public map shows.
   */
  publicVersion?: boolean;
};

/** The SQL condition of a filter within a scope; null when the scope allows nothing. */
function conditions(scope: ExportScope, filter: ExportFilter, { publicVersion = false }: ExportOptions): SQL | undefined | null {
  const where: (SQL | undefined)[] = [];
  if (scope.kind === 'cities') {
    if (scope.cityIds.length === 0) return null;
    where.push(inArray(cities.id, scope.cityIds));
  } else if (scope.kind !== 'all') {
    return null;
  }
  if (filter.year !== undefined) where.push(eq(campaigns.year, filter.year));
  if (publicVersion) where.push(isNotNull(illuminations.approved));
  else if (filter.status !== undefined) where.push(eq(illuminations.status, filter.status));
  if (filter.city !== undefined) where.push(eq(cities.id, filter.city));
  if (filter.province !== undefined && filter.province !== '') where.push(eq(cities.province, filter.province));
  if (filter.kind !== undefined) where.push(eq(buildings.kind, filter.kind));
  return and(...where);
}

/**
 * Organisers get every registration, coordinators those of their own cities
 * (any status); the public nothing here (its open data is /api/lights).
 */
export async function listExportRows(actor: Actor, filter: ExportFilter, options: ExportOptions = {}): Promise<ExportRow[]> {
  const scope = exportScope(actor);
  authorize(actor, scope.kind !== 'public');
  const where = conditions(scope, filter, options);
  if (where === null) return [];
  const rows = await selectRegistrations({ i: illuminations, b: buildings, c: cities, year: campaigns.year, eventDate: campaigns.eventDate })
    .where(where)
    .orderBy(
      sql`${cities.province} collate nocase`,
      sql`${cities.name} collate nocase`,
      sql`${buildings.name} collate nocase`,
      asc(campaigns.year),
      asc(illuminations.id),
    );
  return rows.map((row) => toExportRow(row, options.publicVersion ?? false));
}

type JoinedRow = { i: typeof illuminations.$inferSelect; b: typeof buildings.$inferSelect; c: typeof cities.$inferSelect; year: number; eventDate: string };

/**
 * The approved registrations of a campaign as the public sees them (each
 * one's approved version: name, place, lighting), for lists that go to the
 * press with the results and the gallery. Not bound to an actor: it is what
 * the public map shows; callers check their own right.
 */
export async function listApprovedRows(campaignId: number): Promise<ExportRow[]> {
  const rows = await selectRegistrations({ i: illuminations, b: buildings, c: cities, year: campaigns.year, eventDate: campaigns.eventDate })
    .where(and(eq(illuminations.campaignId, campaignId), isNotNull(illuminations.approved)));
  // Sorted after the approved versions stand in: their names are the ones shown.
  return rows
    .map((row) => toExportRow(row, true))
    .sort((a, b) => a.province.localeCompare(b.province, 'en', { sensitivity: 'base' }) || a.city.localeCompare(b.city, 'en', { sensitivity: 'base' }) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

function toExportRow({ i, b: stored, c, year, eventDate }: JoinedRow, publicVersion: boolean): ExportRow {
  // The approved version stands in for the building and its times where the public's view is asked for.
  const shown = publicVersion && i.approved ? i.approved : null;
  const b = shown ? { ...stored, ...pick(shown, ['name', 'kind', 'address', 'description', 'lat', 'lng']) } : stored;
  const timing = shown ?? i;
  const window = lightingWindow({
    eventDate,
    lat: b.lat,
    lng: b.lng,
    timeZone: c.timeZone,
    lightsOnMode: timing.lightsOnMode,
    lightsOnTime: timing.lightsOnTime,
    lightsOffTime: timing.lightsOffTime,
  });
  return {
    illuminationId: i.id,
    year,
    eventDate,
    status: shown ? 'approved' : i.status,
    buildingId: b.id,
    name: b.name,
    names: shown ? (shown.names ?? {}) : stored.names,
    kind: b.kind,
    address: b.address,
    description: b.description,
    lat: b.lat,
    lng: b.lng,
    cityId: c.id,
    city: c.name,
    cityNames: c.names,
    province: c.province,
    country: c.country,
    timeZone: c.timeZone,
    lightsOnMode: timing.lightsOnMode,
    lightsOn: window.onTime,
    lightsOnAt: window.onAt,
    lightsOff: window.offTime,
    lightsOffAt: window.offAt,
    reviewReason: i.reviewReason,
    reviewedAt: i.reviewedAt,
    submittedAt: i.createdAt,
    updatedAt: i.updatedAt,
    litAt: i.litAt,
  };
}

function pick<T extends object, K extends keyof T>(from: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;
}
