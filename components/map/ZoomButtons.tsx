'use client';

import { useTranslations } from 'next-intl';
import { ZoomControl } from 'react-leaflet';

/**
 * Leaflet's zoom buttons with their titles (and so their accessible names)
 * in the page's language; Leaflet's own are English. Use inside a
 * MapContainer created with `zoomControl={false}`; the page hands its client
 * components the `MapControls` messages.
 */
export function ZoomButtons() {
  const t = useTranslations('MapControls');
  return <ZoomControl position="topleft" zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />;
}
