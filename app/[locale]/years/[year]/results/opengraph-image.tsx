import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { cachedResults } from '@/app/_data/results';
import { OG_SIZE, ShareCard } from '@/components/og/ShareCard';
import { parseYear } from '@/lib/ids';
import { formatEventDate } from '@/lib/lights/day';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Blue Lights';

/** The preview of a campaign's results: heart, how many buildings, cities and countries, how many confirmed lit. */
export default async function Image({ params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale, year: raw } = await params;
  const year = parseYear(raw);
  const view = year === null ? null : await cachedResults(year);
  const common = await getTranslations({ locale, namespace: 'Common' });
  if (!view) return new ImageResponse(<ShareCard kicker={common('appName')} title={common('worldDay')} lines={[]} />, OG_SIZE);
  const t = await getTranslations({ locale, namespace: 'Results' });
  const { campaign, figures } = view;
  return new ImageResponse(
    <ShareCard
      kicker={`${common('appName')} · ${formatEventDate(campaign.eventDate, locale)}`}
      title={t('cardTitle', { buildings: figures.buildings })}
      lines={[t('cardPlaces', { cities: figures.cities, countries: figures.countries }), t('cardLit', { lit: figures.lit })]}
    />,
    OG_SIZE,
  );
}
