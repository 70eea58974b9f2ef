import { enterLocale } from '@/app/_lib/locale';
import { getTranslations } from 'next-intl/server';
import { cachedMapView, cachedPublicCampaignYear } from '@/app/_data/public';
import { CampaignMapPage } from './_components/CampaignMapPage';
import { ByTheDay } from '@/components/results/ByTheDay';
import { localePath } from '@/lib/localized';
import { ShareKit } from '@/components/share/ShareKit';
import { campaignSharePost } from '@/app/_lib/share-posts';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> };

export default async function HomePage({ params, searchParams }: Props) {
  const { locale } = await params;
  enterLocale(locale);
  const { page } = await searchParams;
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
  return (
    <CampaignMapPage
      view={view}
      locale={locale}
      emptyText={<ByTheDay timeline={view.timeline} before={t('noLights')} after={t('noLightsAfter', { year: view.campaign.year })} />}
      path={localePath('/', locale)}
      page={page}
      share={<ShareKit post={await campaignSharePost(view, locale)} compact />}
    />
  );
}
