import 'server-only';
import { getPublishedCampaign } from '@/lib/campaigns/campaigns';
import { toPublicCampaign } from '@/lib/lights/public';
import { type PublicCampaign } from '@/lib/lights/view';
import { listGalleryPhotos, type GalleryPhoto } from '@/lib/photos/rights';
import { memoised } from '@/lib/public-data/memo';
import { eventFigures, type EventFigures } from '@/lib/events/figures';
import type { PartnerWithEvents } from '@/lib/partners/public';
import { cachedEvents, cachedYearPartners } from './events';
import { campaignResults } from '@/lib/results/read';
import { type CampaignFigures, type YearFigures } from '@/lib/results/figures';

export type ResultsView = {
  campaign: PublicCampaign;
  figures: CampaignFigures;
  growth: YearFigures[];
  /** The partners' approved events, counted, and the year's partners in the organisers' order. */
  events: EventFigures;
  partners: PartnerWithEvents[];
};

/** A published campaign's results and the growth up to it, kept until the public data's revision moves on. */
export function cachedResults(year: number): Promise<ResultsView | null> {
  return memoised(`results:${year}`, async (): Promise<ResultsView | null> => {
    const [results, events, partners] = await Promise.all([campaignResults(year), cachedEvents(year), cachedYearPartners(year)]);
    if (!results) return null;
    return {
      campaign: toPublicCampaign(results.campaign),
      figures: results.figures,
      growth: results.growth,
      events: eventFigures(events ?? []),
      partners: partners ?? [],
    };
  });
}

export type GalleryView = { campaign: PublicCampaign; photos: GalleryPhoto[] };

/**
 * A published campaign's public photos. Kept per public revision: a change of
 * a photo's consent moves it too (triggers on photo_rights).
 */
export function cachedGallery(year: number): Promise<GalleryView | null> {
  return memoised(`gallery:${year}`, async (): Promise<GalleryView | null> => {
    const campaign = await getPublishedCampaign(year);
    if (!campaign) return null;
    return { campaign: toPublicCampaign(campaign), photos: await listGalleryPhotos(campaign.id) };
  });
}
