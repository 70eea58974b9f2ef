/**
 * What the posters show, read for the acting user: the approved version of a
 * building's registration (a poster advertises what the public will see, so
 * only approved registrations have one), or a city's approved buildings.
 * The city's coordinators and the organisers may make them.
 */
import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { buildings, campaigns, cities, illuminations, type Campaign, type City } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import type { BuildingKind, Locale, LightsOnMode, NamesByLocale } from '@/lib/constants';
import { posterLocalesOf } from '@/lib/cities/poster-languages';
import { lightingWindow } from '@/lib/lights/window';
import { authorize, canMakePosters, type Actor } from '@/lib/permissions';

export class PosterNotFoundError extends Error {
  override name = 'PosterNotFoundError';
}

export type PosterLight = {
  buildingId: number;
  name: string;
  /** Its names in other languages, as approved. */
  names: NamesByLocale;
  kind: BuildingKind;
  lightsOn: { mode: LightsOnMode; time: string | null };
  /** When the lights go off ("01:00"), when the registration says. */
  lightsOff: string | null;
  /** The instant of lights-on, to name the zone as it is that night (summer or winter time). */
  onAt: Date | null;
};
export type PosterCity = Pick<City, 'id' | 'name' | 'names' | 'country' | 'timeZone'> & { locales: Locale[] };
export type BuildingPoster = { campaign: Campaign; city: PosterCity; light: PosterLight };
export type CityPoster = { campaign: Campaign; city: PosterCity; lights: PosterLight[] };

async function campaignOf(year: number): Promise<Campaign> {
  const [campaign] = await getDb().select().from(campaigns).where(eq(campaigns.year, year));
  if (!campaign) throw new PosterNotFoundError();
  return campaign;
}

const approvedOfCampaign = (campaignId: number) => and(eq(illuminations.campaignId, campaignId), isNotNull(illuminations.approved));

function toPosterCity(city: City): PosterCity {
  return { id: city.id, name: city.name, names: city.names, country: city.country, timeZone: city.timeZone, locales: posterLocalesOf(city) };
}

function toLight(row: { buildingId: number; approved: typeof illuminations.$inferSelect.approved; eventDate: string; timeZone: string }): PosterLight {
  const v = row.approved!;
  const window = lightingWindow({ eventDate: row.eventDate, lat: v.lat, lng: v.lng, timeZone: row.timeZone, lightsOnMode: v.lightsOnMode, lightsOnTime: v.lightsOnTime, lightsOffTime: v.lightsOffTime });
  return { buildingId: row.buildingId, name: v.name, names: v.names ?? {}, kind: v.kind, lightsOn: { mode: v.lightsOnMode, time: window.onTime }, lightsOff: window.offTime, onAt: window.onAt };
}

/**
 * A building's poster for a campaign. Unknown, not approved, and (for a
 * coordinator) another city's: all "not found" or "forbidden" before
 * anything is drawn.
 */
export async function buildingPoster(actor: Actor, year: number, buildingId: number): Promise<BuildingPoster> {
  const campaign = await campaignOf(year);
  const [row] = await selectRegistrations({ buildingId: illuminations.buildingId, approved: illuminations.approved, city: cities })
    .where(and(approvedOfCampaign(campaign.id), eq(illuminations.buildingId, buildingId)));
  if (!row) throw new PosterNotFoundError();
  authorize(actor, canMakePosters(actor, { cityId: row.city.id }));
  return { campaign, city: toPosterCity(row.city), light: toLight({ ...row, eventDate: campaign.eventDate, timeZone: row.city.timeZone }) };
}

/** A city's poster for a campaign: its approved buildings, by name. */
export async function cityPoster(actor: Actor, year: number, cityId: number): Promise<CityPoster> {
  const db = getDb();
  const [city] = await db.select().from(cities).where(eq(cities.id, cityId));
  if (!city) throw new PosterNotFoundError();
  authorize(actor, canMakePosters(actor, { cityId }));
  const campaign = await campaignOf(year);
  const rows = await selectRegistrations({ buildingId: illuminations.buildingId, approved: illuminations.approved }, db)
    .where(and(approvedOfCampaign(campaign.id), eq(buildings.cityId, cityId)));
  if (rows.length === 0) throw new PosterNotFoundError();
  const lights = rows.map((r) => toLight({ ...r, eventDate: campaign.eventDate, timeZone: city.timeZone })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { campaign, city: toPosterCity(city), lights };
}

export type ToolkitCity = { city: PosterCity; lights: PosterLight[] };

/** The cities (with approved buildings in the campaign) whose posters the actor may make. */
export async function toolkitCities(actor: Actor, year: number): Promise<{ campaign: Campaign; cities: ToolkitCity[] } | undefined> {
  authorize(actor, actor !== null);
  const [campaign] = await getDb().select().from(campaigns).where(eq(campaigns.year, year));
  if (!campaign) return undefined;
  const rows = await selectRegistrations({ buildingId: illuminations.buildingId, approved: illuminations.approved, city: cities })
    .where(approvedOfCampaign(campaign.id));
  const byCity = new Map<number, ToolkitCity>();
  for (const r of rows) {
    if (!canMakePosters(actor, { cityId: r.city.id })) continue;
    const entry = byCity.get(r.city.id) ?? { city: toPosterCity(r.city), lights: [] };
    entry.lights.push(toLight({ ...r, eventDate: campaign.eventDate, timeZone: r.city.timeZone }));
    byCity.set(r.city.id, entry);
  }
  const list = [...byCity.values()].sort((a, b) => a.city.name.localeCompare(b.city.name, 'en'));
  for (const c of list) c.lights.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { campaign, cities: list };
}
