'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { PublicLight } from '@/lib/light-view';
import { LightsList } from './LightsList';

// Leaflet needs `window`: the map is rendered in the browser only.
const LightsMap = dynamic(() => import('@/components/map/LightsMap'), {
  ssr: false,
  loading: () => <MapPlaceholder />,
});

function MapPlaceholder() {
  const t = useTranslations('Home');
  return <div className="map-placeholder">{t('mapLoading')}</div>;
}

/** The public map and, beside it, the same buildings as a list; choosing one in the list shows it on the map. */
export function LightsExplorer({
  lights,
  tileUrl,
  tileAttribution,
}: {
  lights: PublicLight[];
  tileUrl: string;
  tileAttribution: string;
}) {
  const t = useTranslations('Home');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // A new object each time, so that choosing the same building again re-focuses it.
  const [focus, setFocus] = useState<{ id: number } | null>(null);
  const showOnMap = useCallback((id: number) => {
    setSelectedId(id);
    setFocus({ id });
    document.getElementById('lights-map')?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, []);
  return (
    <div className="explorer">
      <div className="explorer__map" id="lights-map" role="region" aria-label={t('mapLabel')}>
        <LightsMap
          lights={lights}
          focus={focus}
          onSelect={setSelectedId}
          tileUrl={tileUrl}
          tileAttribution={tileAttribution}
        />
      </div>
      <div className="explorer__list">
        <LightsList lights={lights} selectedId={selectedId} onShowOnMap={showOnMap} />
      </div>
    </div>
  );
}
