import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { buildings, campaigns, cities, illuminations, type Campaign, type LightsOnMode } from '@/db/schema';
import { lightingWindow } from './lighting-window';
import type { PublicCampaign, PublicLight } from './light-view';

export type { PublicCampaign, PublicLight } from './light-view';

export function toPublicCampaign(c: Campaign): PublicCampaign {
  return {
    year: c.year,
    eventDate: c.eventDate,
    theme: c.theme,
    registrationDeadline: c.registrationDeadline.toISOString(),
  };
}

const lightColumns = {
  illuminationId: illuminations.id,
  lightsOnMode: illuminations.lightsOnMode,
  lightsOnTime: illuminations.lightsOnTime,
  lightsOffTime: illuminations.lightsOffTime,
  litAt: illuminations.litAt,
  eventDate: campaigns.eventDate,
  building: buildings,
  city: cities,
};

type LightRow = {
  illuminationId: number;
  lightsOnMode: LightsOnMode;
  lightsOnTime: string | null;
  lightsOffTime: string | null;
  litAt: Date | null;
  eventDate: string;
  building: typeof buildings.$inferSelect;
  city: typeof cities.$inferSelect;
};

function toPublicLight(row: LightRow): PublicLight {
  const { building, city } = row;
  const window = lightingWindow({
    eventDate: row.eventDate,
    lat: building.lat,
    lng: building.lng,
    timeZone: city.timeZone,
    lightsOnMode: row.lightsOnMode,
    lightsOnTime: row.lightsOnTime,
    lightsOffTime: row.lightsOffTime,
  });
  return {
    id: building.id,
    illuminationId: row.illuminationId,
    name: building.name,
    kind: building.kind,
    address: building.address,
    description: building.description,
    lat: building.lat,
    lng: building.lng,
    city: {
      id: city.id,
      name: city.name,
      names: city.names,
      province: city.province,
      country: city.country,
      timeZone: city.timeZone,
    },
    lightsOn: { mode: window.mode, time: window.onTime, at: window.onAt?.toISOString() ?? null },
    lightsOff: { time: window.offTime, at: window.offAt?.toISOString() ?? null },
    litAt: row.litAt?.toISOString() ?? null,
  };
}

/** Approved illuminations of a campaign, ordered by city and name. */
export async function listPublicLights(campaignId: number): Promise<PublicLight[]> {
  const rows = await getDb()
    .select(lightColumns)
    .from(illuminations)
    .innerJoin(campaigns, eq(campaigns.id, illuminations.campaignId))
    .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
    .innerJoin(cities, eq(cities.id, buildings.cityId))
    .where(and(eq(illuminations.campaignId, campaignId), eq(illuminations.status, 'approved')))
    .orderBy(asc(cities.name), asc(buildings.name));
  return rows.map(toPublicLight);
}

export type PublicBuilding = {
  light: PublicLight;
  campaign: PublicCampaign;
  /** Years of published campaigns in which this building was approved, newest first. */
  years: number[];
};

/**
 * A building as the public may see it: only if it was approved in a published
 * campaign. Shows its latest such participation.
 */
export async function getPublicBuilding(buildingId: number): Promise<PublicBuilding | undefined> {
  const rows = await getDb()
    .select({ ...lightColumns, campaign: campaigns })
    .from(illuminations)
    .innerJoin(campaigns, eq(campaigns.id, illuminations.campaignId))
    .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
    .innerJoin(cities, eq(cities.id, buildings.cityId))
    .where(
      and(
        eq(illuminations.buildingId, buildingId),
        eq(illuminations.status, 'approved'),
        eq(campaigns.published, true),
      ),
    )
    .orderBy(desc(campaigns.year));
  const latest = rows[0];
  if (!latest) return undefined;
  return {
    light: toPublicLight(latest),
    campaign: toPublicCampaign(latest.campaign),
    years: rows.map((r) => r.campaign.year),
  };
}

