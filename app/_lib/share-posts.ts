import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { PublicMapView } from '@/app/_data/public';
import { env } from '@/lib/env';
import type { PublicCampaign, PublicLight } from '@/lib/lights/view';
import { cityName, localePath } from '@/lib/localized';
import { buildingShareTense, campaignShareTense, shareDate } from '@/lib/share/moment';
import { shareUrl, type SharePost } from '@/lib/share/links';

/**
 * What the share kit offers on a public page, in the page's language: the
 * address on the configured site (never the request's Host: the page is
 * stored and served to everyone), the sentence, ahead of the day or after it
 * by the server's clock (the stored page is rendered again every few minutes),
 * and the campaign's hashtags.
 */
export async function buildingSharePost(light: PublicLight, campaign: PublicCampaign, locale: string, now = Date.now()): Promise<SharePost> {
  const t = await getTranslations({ locale, namespace: 'Share' });
  const city = cityName(light.city, locale);
  const offAt = light.lightsOff.at === null ? null : Date.parse(light.lightsOff.at);
  const tense = buildingShareTense(campaign.eventDate, { offAt, timeZone: light.city.timeZone }, now);
  const values = { name: light.name, city, date: shareDate(campaign.eventDate, locale, tense) };
  return {
    url: shareUrl(env().siteUrl, localePath(`/buildings/${light.id}`, locale)),
    title: `${light.name}, ${city}`,
    text: tense === 'past' ? t('buildingPast', values) : t('buildingAhead', values),
    hashtags: campaign.hashtags,
  };
}

/** The map's post: the campaign in one sentence, with its number of buildings. */
export async function campaignSharePost(view: PublicMapView, locale: string, now = Date.now()): Promise<SharePost> {
  const t = await getTranslations({ locale, namespace: 'Share' });
  const home = await getTranslations({ locale, namespace: 'Home' });
  const tense = campaignShareTense(view.timeline, now);
  const values = { buildings: view.map.lights.length, date: shareDate(view.campaign.eventDate, locale, tense) };
  return {
    url: shareUrl(env().siteUrl, localePath('/', locale)),
    title: home('title', { year: view.campaign.year }),
    text: tense === 'past' ? t('campaignPast', values) : t('campaignAhead', values),
    hashtags: view.campaign.hashtags,
  };
}
