'use client';

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { ZoomButtons } from './ZoomButtons';
import { blueHeartIcon } from './blue-heart-icon';
import { OUTLINE_ZOOM, OutlineLayer } from './OutlineLayer';

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
  /** Said under the map when no tile can be loaded (the map then shows the outline of the country). */
  tilesUnavailable?: string;
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
function Picker({ center, value, onChange, markerLabel, disabled = false, zoom }: Pick<LocationPickerProps, 'center' | 'value' | 'onChange' | 'markerLabel' | 'disabled'> & { zoom: number }) {
  const map = useMap();
  const marker = useRef<L.Marker | null>(null);
  const latest = useRef({ value, onChange: disabled ? () => undefined : onChange });
  useEffect(() => {
    latest.current = { value, onChange: disabled ? () => undefined : onChange };
  });

  // A new city (no position yet): show its centre. MapContainer ignores later `center` props.
  const centerKey = `${center.lat},${center.lng}`;
  useEffect(() => {
    if (!latest.current.value) map.setView([center.lat, center.lng], zoom, { animate: false });
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

/**
 * Without tiles, the street-level view is an empty box: the map steps back to
 * the country's outline, where the marker shows whether the building is in
 * the right place (typed coordinates place it precisely). Once.
 */
function OutlineView({ active }: { active: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (active && map.getZoom() > OUTLINE_ZOOM) map.setView(map.getCenter(), OUTLINE_ZOOM, { animate: false });
  }, [active, map]);
  return null;
}

/**
 * A map to place a building: client-only (load it with next/dynamic, ssr:
 * false). Works without tiles: the outline of Belgium and its neighbours lies
 * underneath, the map steps back to show it when no tile loads, and the
 * coordinate fields beside it always work.
 */
export default function LocationPicker(props: LocationPickerProps) {
  const start = props.value ?? props.center;
  // Tiles fail one by one: the map counts as without tiles while none has loaded and one has failed.
  const [tiles, setTiles] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const tileEvents = useMemo(
    () => ({
      tileload: () => setTiles('loaded'),
      tileerror: () => setTiles((now) => (now === 'loaded' ? now : 'failed')),
    }),
    [],
  );
  const failed = tiles === 'failed';
  return (
    <>
      <MapContainer className="location-picker" center={[start.lat, start.lng]} zoom={ZOOM} maxZoom={19} scrollWheelZoom={false} keyboard={false} zoomControl={false}>
        <ZoomButtons />
        <OutlineLayer />
        <TileLayer url={props.tileUrl} attribution={props.tileAttribution} eventHandlers={tileEvents} />
        <Labelled label={props.label} describedBy={props.describedBy} />
        <OutlineView active={failed} />
        <Picker center={props.center} value={props.value} onChange={props.onChange} markerLabel={props.markerLabel} disabled={props.disabled} zoom={failed ? OUTLINE_ZOOM : ZOOM} />
      </MapContainer>
      {failed && props.tilesUnavailable ? (
        <p className="field__hint" role="status">
          {props.tilesUnavailable}
        </p>
      ) : null}
    </>
  );
}
