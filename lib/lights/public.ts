import 'server-only';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { campaigns, cities, illuminations, type Campaign } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { type ApprovedVersion } from '@/lib/constants';
import { listGalleryPhotos, type GalleryPhoto } from '@/lib/photos/rights';
import { photoUrl } from '@/lib/photos/photos';
import { lightingWindow } from './window';
import type { PublicCampaign, PublicLight, PublicPhoto } from './view';

export type { PublicCampaign, PublicLight } from './view';

export function toPublicCampaign(c: Campaign): PublicCampaign {
  return {
    year: c.year,
    eventDate: c.eventDate,
    theme: c.theme,
    hashtags: c.hashtags,
    registrationDeadline: c.registrationDeadline.toISOString(),
  };
}

// The public sees the approved version of each registration (see
// `illuminations.approved`), never a pending edit.
const lightColumns = {
  illuminationId: illuminations.id,
  buildingId: illuminations.buildingId,
  approved: illuminations.approved,
  litAt: illuminations.litAt,
  eventDate: campaigns.eventDate,
  city: cities,
};

type LightRow = {
  illuminationId: number;
  buildingId: number;
  approved: ApprovedVersion | null;
  litAt: Date | null;
  eventDate: string;
  city: typeof cities.$inferSelect;
};

function toPublicLight(row: LightRow, photos: PublicPhoto[] = []): PublicLight {
  const { city } = row;
  const v = row.approved!;
  const window = lightingWindow({
    eventDate: row.eventDate,
    lat: v.lat,
    lng: v.lng,
    timeZone: city.timeZone,
    lightsOnMode: v.lightsOnMode,
    lightsOnTime: v.lightsOnTime,
    lightsOffTime: v.lightsOffTime,
  });
  return {
    id: row.buildingId,
    illuminationId: row.illuminationId,
    name: v.name,
    names: v.names ?? {},
    kind: v.kind,
    address: v.address,
    description: v.description,
    lat: v.lat,
    lng: v.lng,
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
    photos,
  };
}

/** The public photos by registration (lib/photos decides which are public). */
function photosByIllumination(gallery: GalleryPhoto[]): Map<number, PublicPhoto[]> {
  const byId = new Map<number, PublicPhoto[]>();
  for (const photo of gallery) {
    const list = byId.get(photo.illuminationId) ?? [];
    list.push({ url: photoUrl(photo.name), role: photo.role, credit: photo.credit });
    byId.set(photo.illuminationId, list);
  }
  return byId;
}

const byCityThenName = (a: PublicLight, b: PublicLight) =>
  a.city.name.localeCompare(b.city.name, 'en') || a.name.localeCompare(b.name, 'en') || a.id - b.id;

/** Approved illuminations of a campaign, ordered by city and name. */
export async function listPublicLights(campaignId: number): Promise<PublicLight[]> {
  const rows = await selectRegistrations(lightColumns)
    .where(and(eq(illuminations.campaignId, campaignId), isNotNull(illuminations.approved)));
  const photos = photosByIllumination(await listGalleryPhotos(campaignId));
  return rows.map((row) => toPublicLight(row, photos.get(row.illuminationId))).sort(byCityThenName);
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
  const rows = await selectRegistrations({ ...lightColumns, campaign: campaigns })
    .where(
      and(
        eq(illuminations.buildingId, buildingId),
        isNotNull(illuminations.approved),
        eq(campaigns.published, true),
      ),
    )
    .orderBy(desc(campaigns.year));
  const latest = rows[0];
  if (!latest) return undefined;
  const photos = photosByIllumination(await listGalleryPhotos(latest.campaign.id, { illuminationId: latest.illuminationId }));
  return {
    light: toPublicLight(latest, photos.get(latest.illuminationId)),
    campaign: toPublicCampaign(latest.campaign),
    years: rows.map((r) => r.campaign.year),
  };
}

