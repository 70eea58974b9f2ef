import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { cachedLights, cachedPublicCampaignYear } from '@/app/_data/public';
import { CampaignBanner } from '@/components/CampaignBanner';
import { LightsExplorer } from '@/components/lights/LightsExplorer';
import { env } from '@/lib/env';
import { localize } from '@/lib/localized';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const year = await cachedPublicCampaignYear();
  const data = year === null ? null : await cachedLights(year);
  if (!data) {
    return (
      <main id="main" className="page narrow">
        <h1>{t('noCampaign')}</h1>
      </main>
    );
  }
  const format = await getFormatter();
  const date = format.dateTime(new Date(`${data.campaign.eventDate}T12:00:00Z`), {
    dateStyle: 'full',
    timeZone: 'UTC',
  });
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  return (
    <main id="main" className="home">
      <CampaignBanner
        title={t('title', { year: data.campaign.year })}
        date={date}
        theme={t('theme', { theme: localize(data.campaign.theme, locale) })}
      />
      {data.lights.length === 0 ? (
        <p className="page narrow">{t('noLights')}</p>
      ) : (
        <LightsExplorer lights={data.lights} tileUrl={TILE_URL} tileAttribution={TILE_ATTRIBUTION} />
      )}
    </main>
  );
}
