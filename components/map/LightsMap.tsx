'use client';

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON, MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import type { MapCity, MapLight } from '@/lib/lights/view';
import { blueHeartIcon, litBlueHeartIcon } from './blue-heart-icon';
import { ClusterLayer } from './cluster-layer';
import outline from './outline.json';

/** Belgium, for an empty map. */
const DEFAULT_CENTER: [number, number] = [50.64, 4.67];
const FOCUS_ZOOM = 16;

/** What a popup shows; built by the parent, which knows the language and the clock. */
export type PopupContent = { name: string; city: string; times: string; lit: string | null; href: string };

export type LightsMapProps = {
  lights: MapLight[];
  cities: ReadonlyMap<number, MapCity>;
  /** The ids the filters let through, in list order; the map shows exactly these. */
  visibleIds: number[];
  litIds: ReadonlySet<number>;
  focus: { id: number } | null;
  /** The visitor's position, once they asked for "near me". */
  origin: { lat: number; lng: number } | null;
  onSelect: (id: number) => void;
  popupContent: (light: MapLight) => PopupContent;
  /** The marker's accessible name; stable across renders (markers are built once). */
  markerLabel: (light: MapLight, lit: boolean) => string;
  /** Embedded in another site: building links open in a new tab. */
  linkTarget?: '_blank';
  tileUrl: string;
  tileAttribution: string;
};

/** A paragraph of plain text: user strings never go through innerHTML. */
function textElement(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

function popupElement(content: PopupContent, linkTarget: '_blank' | undefined): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup';
  const name = textElement('p', 'popup__name', '');
  const link = document.createElement('a');
  link.href = content.href;
  link.textContent = content.name;
  if (linkTarget) {
    link.target = linkTarget;
    link.rel = 'noopener';
  }
  name.append(link);
  root.append(name, textElement('p', 'popup__city', content.city), textElement('p', 'popup__times', content.times));
  if (content.lit) root.append(textElement('p', 'lit-badge', content.lit));
  return root;
}

/** Gives a marker the lit (or unlit) heart and the name that says so. */
function showLit(marker: L.Marker, lit: boolean, label: string): void {
  marker.setIcon(lit ? litBlueHeartIcon : blueHeartIcon);
  marker.options.title = label;
  marker.options.alt = label;
  const el = marker.getElement();
  el?.setAttribute('title', label);
  el?.setAttribute('alt', label);
}

/**
 * The markers, managed imperatively: with 10,000 buildings, one React
 * component per marker would make every filter change slow. The cluster
 * layer (cluster-layer.ts) draws only what is in view, and a building's
 * marker is made the first time it is shown.
 */
function Markers(props: LightsMapProps & { clusterIcon: (count: number) => L.DivIcon }) {
  const { lights, visibleIds, litIds, focus, origin, markerLabel, clusterIcon } = props;
  const map = useMap();
  // Popups, labels and icons read the latest props when made or opened, not those of the first render.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const byId = useMemo(() => new Map(lights.map((l) => [l.id, l])), [lights]);
  // Each building's marker, made when first shown; made again when the buildings or their names change.
  const made = useRef({ byId, markerLabel, markers: new Map<number, L.Marker>() });
  useEffect(() => {
    made.current = { byId, markerLabel, markers: new Map() };
  }, [byId, markerLabel]);

  const layer = useRef<ClusterLayer | null>(null);
  useEffect(() => {
    const markerFor = (id: number) => {
      const { byId, markerLabel, markers } = made.current;
      let marker = markers.get(id);
      const light = byId.get(id);
      if (marker || !light) return marker;
      const lit = latest.current.litIds.has(id);
      const label = markerLabel(light, lit);
      marker = L.marker([light.lat, light.lng], { icon: lit ? litBlueHeartIcon : blueHeartIcon, title: label, alt: label, keyboard: true });
      // Popups are built when opened, from the latest language and clock.
      marker.bindPopup(() => popupElement(latest.current.popupContent(light), latest.current.linkTarget));
      marker.on('click', () => latest.current.onSelect(id));
      markers.set(id, marker);
      return marker;
    };
    const created = new ClusterLayer(map, markerFor, clusterIcon);
    layer.current = created;
    return () => {
      created.remove();
      layer.current = null;
    };
  }, [map, clusterIcon]);

  // Show exactly the filtered buildings, and fit the map to them.
  useEffect(() => {
    const shown = visibleIds.flatMap((id) => byId.get(id) ?? []);
    if (!origin && shown.length > 0) {
      map.fitBounds(L.latLngBounds(shown.map((l) => [l.lat, l.lng])), { padding: [24, 24], maxZoom: 15, animate: false });
    }
    layer.current?.setPoints(shown);
  }, [byId, markerLabel, visibleIds, origin, map]);

  // A lit building's heart glows, and says so in its name (colour is never the only sign).
  useEffect(() => {
    for (const [id, marker] of made.current.markers) {
      const light = byId.get(id);
      if (!light) continue;
      const lit = litIds.has(id);
      const wasLit = marker.options.icon === litBlueHeartIcon;
      if (lit === wasLit) continue;
      showLit(marker, lit, markerLabel(light, lit));
    }
  }, [litIds, byId, markerLabel]);

  useEffect(() => {
    if (!focus) return;
    const light = byId.get(focus.id);
    if (!light || !layer.current?.has(focus.id)) return;
    layer.current.zoomToShow(focus.id, L.latLng(light.lat, light.lng), FOCUS_ZOOM, (marker) => marker.openPopup());
  }, [focus, byId]);

  // "Near me": the visitor's position and the nearest buildings in view.
  useEffect(() => {
    if (!origin) return;
    const here = L.circleMarker([origin.lat, origin.lng], {
      radius: 8,
      color: '#fff',
      weight: 3,
      fillColor: '#b3261e',
      fillOpacity: 1,
      interactive: false,
    }).addTo(map);
    const nearest = visibleIds.slice(0, 3).flatMap((id) => {
      const light = byId.get(id);
      return light ? [L.latLng(light.lat, light.lng)] : [];
    });
    map.fitBounds(L.latLngBounds([L.latLng(origin.lat, origin.lng), ...nearest]), {
      padding: [32, 32],
      maxZoom: 14,
      animate: false,
    });
    return () => {
      here.remove();
    };
  }, [origin, map, visibleIds, byId]);

  return null;
}

const outlineStyle = (feature?: GeoJSON.Feature): L.PathOptions =>
  feature?.properties?.name === 'Belgium'
    ? { color: '#6b7a99', weight: 1.5, fillColor: '#fbfaf5', fillOpacity: 1 }
    : { color: '#98a3ba', weight: 1, fillColor: '#eceae3', fillOpacity: 1 };

export default function LightsMap(props: LightsMapProps) {
  const { tileUrl, tileAttribution } = props;
  const t = useTranslations('Finder');
  const clusterLabel = useRef(t);
  useEffect(() => {
    clusterLabel.current = t;
  }, [t]);
  const clusterIcon = useMemo(
    () => (count: number) => {
      // An element rather than an HTML string; the hidden text names the cluster for screen readers.
      const html = document.createElement('span');
      html.append(textElement('span', 'lights-cluster__count', String(count)));
      html.append(textElement('span', 'visually-hidden', ` ${clusterLabel.current('clusterLabel', { count })}`));
      const size = count < 100 ? 36 : count < 1000 ? 42 : 48;
      return L.divIcon({ html, className: 'lights-cluster', iconSize: L.point(size, size) });
    },
    [],
  );
  return (
    <MapContainer className="lights-map" center={DEFAULT_CENTER} zoom={8} scrollWheelZoom={false} maxZoom={18}>
      {/*
        The outline lies under the tiles: hidden once they load, it keeps the
        map readable where they cannot (offline, blocked tile server).
      */}
      <Pane name="outline" style={{ zIndex: 150 }}>
        <GeoJSON data={outline as GeoJSON.FeatureCollection} style={outlineStyle} interactive={false} />
      </Pane>
      <TileLayer url={tileUrl} attribution={tileAttribution} />
      <Markers {...props} clusterIcon={clusterIcon} />
    </MapContainer>
  );
}
