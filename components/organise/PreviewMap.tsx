'use client';

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { blueHeartIcon } from '@/components/map/blue-heart-icon';
import { OutlineLayer } from '@/components/map/OutlineLayer';
import { ZoomButtons } from '@/components/map/ZoomButtons';

export type PreviewPoint = { id: number; lat: number; lng: number; title: string };

/** Fits the view to the points once they are known (MapContainer ignores later center/zoom props). */
function Markers({ points }: { points: PreviewPoint[] }) {
  const map = useMap();
  const layer = useRef<L.LayerGroup | null>(null);
  useEffect(() => {
    layer.current?.remove();
    // Marker titles are set as text by Leaflet (a DOM attribute), never parsed as HTML.
    const markers = points.map((p) => L.marker([p.lat, p.lng], { icon: blueHeartIcon, title: p.title, alt: p.title, keyboard: true }));
    layer.current = L.layerGroup(markers).addTo(map);
    if (points.length === 1) map.setView([points[0]!.lat, points[0]!.lng], 16);
    else if (points.length > 1) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])), { padding: [24, 24], maxZoom: 16 });
    return () => {
      layer.current?.remove();
    };
  }, [map, points]);
  return null;
}

/** A small map of where the registrations under review are; the country's outline keeps it readable without tiles. */
export default function PreviewMap({ points, tileUrl, tileAttribution, label }: { points: PreviewPoint[]; tileUrl: string; tileAttribution: string; label: string }) {
  return (
    <div role="region" aria-label={label} className="review-map">
      <MapContainer center={[50.64, 4.67]} zoom={7} className="lights-map" scrollWheelZoom={false} zoomControl={false}>
        <ZoomButtons />
        <OutlineLayer />
        <TileLayer url={tileUrl} attribution={tileAttribution} />
        <Markers points={points} />
      </MapContainer>
    </div>
  );
}
