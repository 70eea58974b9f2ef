import { getTranslations } from 'next-intl/server';
import type { PublicMapView } from '@/app/_data/public';
import { cachedPublishedYears } from '@/app/_data/public';
import { CampaignBanner } from '@/components/CampaignBanner';
import { LightsExplorer } from '@/components/lights/LightsExplorer';
import { PastYearsNav } from '@/components/lights/PastYearsNav';
import { env } from '@/lib/env';
import { localize } from '@/lib/localized';
import { formatEventDate } from '@/lib/lights';
import { ClientMessages } from '@/app/_lib/client-messages';
import { ResultsLink } from '@/components/results/ResultsLink';

/** One campaign's public page: banner, map and list, and links to the other years. */
export async function CampaignMapPage({ view, locale, emptyText }: { view: PublicMapView; locale: string; emptyText: string }) {
  const t = await getTranslations('Home');
  const { campaign, map, timeline } = view;
  const date = formatEventDate(campaign.eventDate, locale);
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  const otherYears = (await cachedPublishedYears()).filter((y) => y !== campaign.year);
  return (
    <ClientMessages namespaces={['Finder', 'Home', 'Kinds', 'Provinces', 'Lights', 'Share', 'PublicDay']}>
      <main id="main" className="home">
        <CampaignBanner
          title={t('title', { year: campaign.year })}
          date={date}
          theme={t('theme', { theme: localize(campaign.theme, locale) })}
        />
        {map.lights.length === 0 ? (
          <p className="page narrow">{emptyText}</p>
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
        <ResultsLink year={campaign.year} timeline={timeline} />
        <PastYearsNav years={otherYears} dataYear={campaign.year} />
      </main>
    </ClientMessages>
  );
}
