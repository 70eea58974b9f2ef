'use client';

import 'leaflet/dist/leaflet.css';
import type { Marker as LeafletMarker } from 'leaflet';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import { MapContainer, Marker, Popup, TileLayer, useMap } from 'react-leaflet';
import { LightTimes } from '@/components/lights/LightTimes';
import { Link } from '@/i18n/navigation';
import { cityName } from '@/lib/localized';
import type { PublicLight } from '@/lib/light-view';
import { blueHeartIcon } from './blue-heart-icon';

/** Belgium, for an empty map. */
const DEFAULT_CENTER: [number, number] = [50.64, 4.67];
const FOCUS_ZOOM = 16;

type Props = {
  lights: PublicLight[];
  focus: { id: number } | null;
  onSelect: (id: number) => void;
  tileUrl: string;
  tileAttribution: string;
};

/** Pans to the focused building and opens its popup. MapContainer ignores later props, so this uses the map itself. */
function FocusOnBuilding({
  focus,
  lights,
  markers,
}: {
  focus: Props['focus'];
  lights: PublicLight[];
  markers: React.RefObject<Map<number, LeafletMarker>>;
}) {
  const map = useMap();
  useEffect(() => {
    if (!focus) return;
    const light = lights.find((l) => l.id === focus.id);
    const marker = markers.current.get(focus.id);
    if (!light || !marker) return;
    map.setView([light.lat, light.lng], Math.max(map.getZoom(), FOCUS_ZOOM), { animate: false });
    marker.openPopup();
  }, [focus, lights, markers, map]);
  return null;
}

export default function LightsMap({ lights, focus, onSelect, tileUrl, tileAttribution }: Props) {
  const t = useTranslations('Home');
  const locale = useLocale();
  const markers = useRef(new Map<number, LeafletMarker>());
  const bounds = useMemo(
    () =>
      lights.length > 0
        ? (lights.map((l) => [l.lat, l.lng]) as [number, number][])
        : undefined,
    [lights],
  );
  return (
    <MapContainer
      className="lights-map"
      center={bounds ? undefined : DEFAULT_CENTER}
      zoom={bounds ? undefined : 8}
      bounds={bounds}
      boundsOptions={{ padding: [24, 24] }}
      scrollWheelZoom={false}
    >
      <TileLayer url={tileUrl} attribution={tileAttribution} />
      {lights.map((light) => {
        const city = cityName(light.city, locale);
        const label = t('markerLabel', { name: light.name, city });
        return (
          <Marker
            key={light.id}
            position={[light.lat, light.lng]}
            icon={blueHeartIcon}
            title={label}
            alt={label}
            keyboard
            eventHandlers={{ click: () => onSelect(light.id) }}
            ref={(m) => {
              if (m) markers.current.set(light.id, m);
              else markers.current.delete(light.id);
            }}
          >
            <Popup>
              <div className="popup">
                <p className="popup__name">
                  <Link href={`/buildings/${light.id}`}>{light.name}</Link>
                </p>
                <p className="popup__city">{city}</p>
                <p className="popup__times">
                  <LightTimes light={light} />
                </p>
              </div>
            </Popup>
          </Marker>
        );
      })}
      <FocusOnBuilding focus={focus} lights={lights} markers={markers} />
    </MapContainer>
  );
}
