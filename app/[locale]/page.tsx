import { enterLocale } from '@/app/_lib/locale';
import { getTranslations } from 'next-intl/server';
import { cachedMapView, cachedPublicCampaignYear } from '@/app/_data/public';
import { CampaignMapPage } from './_components/CampaignMapPage';

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
  return <CampaignMapPage view={view} locale={locale} emptyText={t('noLights')} />;
}
