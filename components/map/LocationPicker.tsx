'use client';

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { GeoJSON, MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import { ZoomButtons } from './ZoomButtons';
import { blueHeartIcon } from './blue-heart-icon';
import outline from './outline.json';

export type LatLng = { lat: number; lng: number };

export type LocationPickerProps = {
  /** Where the map opens when there is no position yet (the city's centre). */
  center: LatLng;
  value: LatLng | null;
  onChange: (position: LatLng, how: 'pointer' | 'keyboard') => void;
  /** The map's accessible name, and the id of the text that explains its keys. */
  label: string;
  describedBy?: string;
  markerLabel: string;
  /** Read-only (after the deadline): the marker shows the place but cannot be moved. */
  disabled?: boolean;
  tileUrl: string;
  tileAttribution: string;
};

const ZOOM = 15;
/** How far one arrow key moves the marker, in screen pixels (Shift: five times as far). */
const STEP_PX = 8;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The marker and the interactions, wired imperatively: click to place, drag
 * to move, arrow keys to nudge when the map has focus (Leaflet's own arrow
 * keys pan the map, which is turned off in favour of moving the marker).
 */
function Picker({ center, value, onChange, markerLabel, disabled = false }: Pick<LocationPickerProps, 'center' | 'value' | 'onChange' | 'markerLabel' | 'disabled'>) {
  const map = useMap();
  const marker = useRef<L.Marker | null>(null);
  const latest = useRef({ value, onChange: disabled ? () => undefined : onChange });
  useEffect(() => {
    latest.current = { value, onChange: disabled ? () => undefined : onChange };
  });

  // A new city (no position yet): show its centre. MapContainer ignores later `center` props.
  const centerKey = `${center.lat},${center.lng}`;
  useEffect(() => {
    if (!latest.current.value) map.setView([center.lat, center.lng], ZOOM, { animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the city changes
  }, [centerKey, map]);

  // Place, move or remove the marker as the position changes (typed, clicked, dragged).
  useEffect(() => {
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      const m = L.marker([value.lat, value.lng], { icon: blueHeartIcon, draggable: !disabled, title: markerLabel, alt: markerLabel, keyboard: false, autoPan: true });
      m.on('dragend', () => {
        const p = m.getLatLng();
        latest.current.onChange({ lat: round(p.lat), lng: round(p.lng) }, 'pointer');
      });
      m.addTo(map);
      marker.current = m;
    } else {
      marker.current.setLatLng([value.lat, value.lng]);
    }
    if (!map.getBounds().pad(-0.1).contains([value.lat, value.lng])) map.panTo([value.lat, value.lng], { animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the marker is built once; `disabled` is read when it is
  }, [value, map, markerLabel]);

  useEffect(() => {
    const onClick = (e: L.LeafletMouseEvent) => latest.current.onChange({ lat: round(e.latlng.lat), lng: round(e.latlng.lng) }, 'pointer');
    map.on('click', onClick);
    const container = map.getContainer();
    const onKey = (e: KeyboardEvent) => {
      // Only when the map itself has focus (not a zoom button or the attribution link).
      if (e.target !== container) return;
      if (e.key === '+' || e.key === '=') {
        map.zoomIn();
        e.preventDefault();
        return;
      }
      if (e.key === '-' || e.key === '_') {
        map.zoomOut();
        e.preventDefault();
        return;
      }
      const moves: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
      const move = moves[e.key];
      if (!move) return;
      e.preventDefault();
      const step = STEP_PX * (e.shiftKey ? 5 : 1);
      const from = latest.current.value ?? map.getCenter();
      const point = map.latLngToContainerPoint([from.lat, from.lng]).add([move[0] * step, move[1] * step]);
      const to = map.containerPointToLatLng(point);
      latest.current.onChange({ lat: round(to.lat), lng: round(to.lng) }, 'keyboard');
    };
    container.addEventListener('keydown', onKey);
    return () => {
      map.off('click', onClick);
      container.removeEventListener('keydown', onKey);
    };
  }, [map]);

  useEffect(
    () => () => {
      marker.current?.remove();
      marker.current = null;
    },
    [],
  );
  return null;
}

/** Gives the map container its accessible name and makes it focusable (Leaflet's keyboard handler is off). */
function Labelled({ label, describedBy }: { label: string; describedBy?: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.tabIndex = 0;
    el.setAttribute('role', 'application');
    el.setAttribute('aria-label', label);
    if (describedBy) el.setAttribute('aria-describedby', describedBy);
    else el.removeAttribute('aria-describedby');
  }, [map, label, describedBy]);
  return null;
}

const outlineStyle = (feature?: GeoJSON.Feature): L.PathOptions =>
  feature?.properties?.name === 'Belgium'
    ? { color: '#6b7a99', weight: 1.5, fillColor: '#fbfaf5', fillOpacity: 1 }
    : { color: '#98a3ba', weight: 1, fillColor: '#eceae3', fillOpacity: 1 };

/**
 * A map to place a building: client-only (load it with next/dynamic, ssr:
 * false). Works without tiles: an outline of Belgium lies underneath, and the
 * coordinate fields beside it always work.
 */
export default function LocationPicker(props: LocationPickerProps) {
  const start = props.value ?? props.center;
  return (
    <MapContainer
      className="location-picker"
      center={[start.lat, start.lng]}
      zoom={ZOOM}
      maxZoom={19}
      scrollWheelZoom={false}
      keyboard={false}
      zoomControl={false}
    >
      <ZoomButtons />
      <Pane name="outline" style={{ zIndex: 150 }}>
        <GeoJSON data={outline as GeoJSON.FeatureCollection} style={outlineStyle} interactive={false} />
      </Pane>
      <TileLayer url={props.tileUrl} attribution={props.tileAttribution} />
      <Labelled label={props.label} describedBy={props.describedBy} />
      <Picker center={props.center} value={props.value} onChange={props.onChange} markerLabel={props.markerLabel} disabled={props.disabled} />
    </MapContainer>
  );
}
