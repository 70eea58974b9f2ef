import 'server-only';
import { unstable_cache } from 'next/cache';
import { getPublicCampaign, getPublishedCampaign } from '@/lib/campaigns';
import { BUILDINGS_TAG, CAMPAIGNS_TAG, lightsTag } from '@/lib/cache-tags';
import { getPublicBuilding, listPublicLights, toPublicCampaign, type PublicCampaign, type PublicLight } from '@/lib/lights';

export type PublicMapData = { campaign: PublicCampaign; lights: PublicLight[] };

/** The public campaign (latest published), cached until a campaign changes. */
export const cachedPublicCampaignYear = unstable_cache(
  async (): Promise<number | null> => (await getPublicCampaign())?.year ?? null,
  ['public-campaign-year'],
  { tags: [CAMPAIGNS_TAG] },
);

/** A published campaign's approved lights, cached per year until a write revalidates its tag. */
export function cachedLights(year: number): Promise<PublicMapData | null> {
  return unstable_cache(
    async (): Promise<PublicMapData | null> => {
      const campaign = await getPublishedCampaign(year);
      if (!campaign) return null;
      return { campaign: toPublicCampaign(campaign), lights: await listPublicLights(campaign.id) };
    },
    ['public-lights', String(year)],
    { tags: [lightsTag(year), BUILDINGS_TAG, CAMPAIGNS_TAG] },
  )();
}

/** A building as the public may see it, cached with the lights of every year. */
export function cachedPublicBuilding(buildingId: number) {
  return unstable_cache(() => getPublicBuilding(buildingId), ['public-building', String(buildingId)], {
    tags: [BUILDINGS_TAG, CAMPAIGNS_TAG],
  })();
}
