import { enterLocale } from '@/app/_lib/locale';
import { getTranslations } from 'next-intl/server';
import { cachedMapView, cachedPublicCampaignYear, cachedPublishedYears } from '@/app/_data/public';
import { CampaignBanner } from '@/components/CampaignBanner';
import { LightsExplorer } from '@/components/lights/LightsExplorer';
import { PastYearsNav } from '@/components/lights/PastYearsNav';
import { env } from '@/lib/env';
import { localize } from '@/lib/localized';
import { formatEventDate } from '@/lib/public-day';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  enterLocale(locale);
  const t = await getTranslations('Home');
  const year = await cachedPublicCampaignYear();
  const view = year === null ? null : await cachedMapView(year, locale);
  if (!view) {
    return (
      <main id="main" className="page narrow">
        <h1>{t('noCampaign')}</h1>
      </main>
    );
  }
  const { campaign, map, timeline } = view;
  const date = formatEventDate(campaign.eventDate, locale);
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  const otherYears = (await cachedPublishedYears()).filter((y) => y !== campaign.year);
  return (
    <main id="main" className="home">
      <CampaignBanner
        title={t('title', { year: campaign.year })}
        date={date}
        theme={t('theme', { theme: localize(campaign.theme, locale) })}
      />
      {map.lights.length === 0 ? (
        <p className="page narrow">{t('noLights')}</p>
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
