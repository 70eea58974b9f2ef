import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { cachedLights, cachedPublicCampaignYear } from '@/app/_data/public';
import { OG_SIZE, ShareCard } from '@/components/og/ShareCard';
import { countLights } from '@/lib/lights/view';
import { localize } from '@/lib/localized';
import { formatEventDate } from '@/lib/lights/day';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Blue Lights';

/** The campaign's preview: heart, year, date, theme and how many buildings take part. */
export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const common = await getTranslations({ locale, namespace: 'Common' });
  const home = await getTranslations({ locale, namespace: 'Home' });
  const year = await cachedPublicCampaignYear();
  const data = year === null ? null : await cachedLights(year);
  if (!data) {
    return new ImageResponse(<ShareCard kicker={common('appName')} title={common('worldDay')} lines={[]} />, OG_SIZE);
  }
  const counts = countLights(data.lights);
  return new ImageResponse(
    <ShareCard
      kicker={`${common('appName')} · ${formatEventDate(data.campaign.eventDate, locale)}`}
      title={home('title', { year: data.campaign.year })}
      lines={[localize(data.campaign.theme, locale), home('counts', counts)]}
    />,
    OG_SIZE,
  );
}
