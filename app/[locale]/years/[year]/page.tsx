import { enterLocale } from '@/app/_lib/locale';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cachedMapView, cachedPublishedYears } from '@/app/_data/public';
import { CampaignBanner } from '@/components/CampaignBanner';
import { LightsExplorer } from '@/components/lights/LightsExplorer';
import { PastYearsNav } from '@/components/lights/PastYearsNav';
import { env } from '@/lib/env';
import { parseYear } from '@/lib/ids';
import { localize } from '@/lib/localized';
import { formatEventDate } from '@/lib/public-day';

type Params = Promise<{ locale: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, year } = await params;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: t('title', { year }) };
}

/** An earlier (or any published) campaign: its map, its list and its results. */
export default async function YearPage({ params }: { params: Params }) {
  const { locale, year: raw } = await params;
  enterLocale(locale);
  const year = parseYear(raw);
  const view = year === null ? null : await cachedMapView(year, locale);
  if (!view) notFound();
  const t = await getTranslations('Home');
  const y = await getTranslations('Years');
  const { campaign, map, timeline } = view;
  const date = formatEventDate(campaign.eventDate, locale);
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  const otherYears = (await cachedPublishedYears()).filter((other) => other !== campaign.year);
  return (
    <main id="main" className="home">
      <CampaignBanner
        title={t('title', { year: campaign.year })}
        date={date}
        theme={t('theme', { theme: localize(campaign.theme, locale) })}
      />
      {map.lights.length === 0 ? (
        <p className="page narrow">{y('noLights')}</p>
      ) : (
        <LightsExplorer
          data={map}
          year={campaign.year}
          eventDate={campaign.eventDate}
          dateText={date}
          timeline={timeline}
          tileUrl={TILE_URL}
          tileAttribution={TILE_ATTRIBUTION}
        />
      )}
      <PastYearsNav years={otherYears} dataYear={campaign.year} />
    </main>
  );
}
