'use client';

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { blueHeartIcon } from '@/components/map/blue-heart-icon';
import { OUTLINE_ZOOM, OutlineLayer } from '@/components/map/OutlineLayer';
import { ZoomButtons } from '@/components/map/ZoomButtons';

export type PreviewPoint = { id: number; lat: number; lng: number; title: string };

/**
 * Fits the view to the points once they are known (MapContainer ignores later
 * center/zoom props), no closer than `maxZoom`.
 */
function Markers({ points, maxZoom }: { points: PreviewPoint[]; maxZoom: number }) {
  const map = useMap();
  const layer = useRef<L.LayerGroup | null>(null);
  useEffect(() => {
    layer.current?.remove();
    // Marker titles are set as text by Leaflet (a DOM attribute), never parsed as HTML.
    const markers = points.map((p) => L.marker([p.lat, p.lng], { icon: blueHeartIcon, title: p.title, alt: p.title, keyboard: true }));
    layer.current = L.layerGroup(markers).addTo(map);
    if (points.length === 1) map.setView([points[0]!.lat, points[0]!.lng], maxZoom);
    else if (points.length > 1) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])), { padding: [24, 24], maxZoom });
    return () => {
      layer.current?.remove();
    };
  }, [map, points, maxZoom]);
  return null;
}

/** A small map of where the registrations under review are; the country's outline keeps it readable without tiles. */
export default function PreviewMap({ points, tileUrl, tileAttribution, label }: { points: PreviewPoint[]; tileUrl: string; tileAttribution: string; label: string }) {
  // Without tiles (none loaded, one failed) the map steps back to where the outline shows the borders.
  const [tiles, setTiles] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const tileEvents = useMemo(
    () => ({
      tileload: () => setTiles('loaded'),
      tileerror: () => setTiles((now) => (now === 'loaded' ? now : 'failed')),
    }),
    [],
  );
  return (
    <div role="region" aria-label={label} className="review-map">
      <MapContainer center={[50.64, 4.67]} zoom={7} className="lights-map" scrollWheelZoom={false} zoomControl={false}>
        <ZoomButtons />
        <OutlineLayer />
        <TileLayer url={tileUrl} attribution={tileAttribution} eventHandlers={tileEvents} />
        <Markers points={points} maxZoom={tiles === 'failed' ? OUTLINE_ZOOM : 16} />
      </MapContainer>
    </div>
  );
}
