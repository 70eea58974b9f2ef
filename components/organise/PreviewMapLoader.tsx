'use client';

import dynamic from 'next/dynamic';
import type { PreviewPoint } from './PreviewMap';

// Leaflet touches `window`: the map is rendered in the browser only.
const PreviewMap = dynamic(() => import('./PreviewMap'), { ssr: false, loading: () => <div className="review-map map-placeholder" /> });

export function PreviewMapLoader(props: { points: PreviewPoint[]; tileUrl: string; tileAttribution: string; label: string }) {
  return <PreviewMap {...props} />;
}
