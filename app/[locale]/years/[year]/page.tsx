import { enterLocale } from '@/app/_lib/locale';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cachedMapView } from '@/app/_data/public';
import { cachedEvents, cachedYearPartners } from '@/app/_data/events';
import { YearEvents } from '@/components/partners/YearEvents';
import { parseYear } from '@/lib/ids';
import { CampaignMapPage } from '../../_components/CampaignMapPage';
import { localePath } from '@/lib/localized';

type Params = Promise<{ locale: string; year: string }>;
type SearchParams = Promise<{ page?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, year } = await params;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: t('title', { year }) };
}

/** An earlier (or any published) campaign: its map, its list and its results. */
export default async function YearPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, year: raw } = await params;
  enterLocale(locale);
  const year = parseYear(raw);
  const view = year === null ? null : await cachedMapView(year, locale);
  if (!view) notFound();
  const y = await getTranslations('Years');
  const { page } = await searchParams;
  const [events, partners] = await Promise.all([cachedEvents(view.campaign.year), cachedYearPartners(view.campaign.year)]);
  return (
    <CampaignMapPage
      view={view}
      locale={locale}
      emptyText={y('noLights')}
      path={localePath(`/years/${year}`, locale)}
      page={page}
      after={<YearEvents year={view.campaign.year} locale={locale} events={events ?? []} partners={(partners ?? []).length} withList={view.map.lights.length === 0} />}
    />
  );
}
