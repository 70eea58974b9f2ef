'use client';

import 'leaflet/dist/leaflet.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css';
import L from 'leaflet';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON, MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import { ZoomButtons } from './ZoomButtons';
import MarkerClusterGroup from 'react-leaflet-cluster';
import type { MapCity, MapLight } from '@/lib/lights/view';
import { blueHeartIcon, litBlueHeartIcon } from './blue-heart-icon';
import outline from './outline.json';

/** Belgium, for an empty map. */
const DEFAULT_CENTER: [number, number] = [50.64, 4.67];
const FOCUS_ZOOM = 16;

/** The part of Leaflet.markercluster's API we use (its types are not installed). */
type ClusterGroup = L.FeatureGroup & {
  addLayers(layers: L.Layer[]): unknown;
  removeLayers(layers: L.Layer[]): unknown;
  zoomToShowLayer(layer: L.Marker, callback?: () => void): void;
};
type Cluster = L.Marker & { getChildCount(): number };

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

/**
 * The markers, managed imperatively: with 10,000 buildings, one React
 * component per marker would make every filter change slow, while
 * Leaflet.markercluster adds and removes thousands of markers in one batch.
 */
function Markers(props: LightsMapProps & { group: React.RefObject<ClusterGroup | null> }) {
  const { lights, visibleIds, litIds, focus, origin, group, markerLabel } = props;
  const map = useMap();
  // Popups and labels read the latest props when they open, not those of the first render.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const markers = useMemo(() => {
    const byId = new Map<number, L.Marker>();
    for (const light of lights) {
      const label = markerLabel(light, false);
      const marker = L.marker([light.lat, light.lng], { icon: blueHeartIcon, title: label, alt: label, keyboard: true });
      byId.set(light.id, marker);
    }
    return byId;
  }, [lights, markerLabel]);

  // Popups are built when opened, from the latest language and clock.
  useEffect(() => {
    for (const light of lights) {
      const marker = markers.get(light.id);
      marker?.bindPopup(() => popupElement(latest.current.popupContent(light), latest.current.linkTarget));
      marker?.on('click', () => latest.current.onSelect(light.id));
    }
    return () => {
      for (const marker of markers.values()) marker.unbindPopup().off('click');
    };
  }, [lights, markers]);

  // Show exactly the filtered buildings, and fit the map to them.
  useEffect(() => {
    const layer = group.current;
    if (!layer) return;
    layer.clearLayers();
    const shown = visibleIds.flatMap((id) => markers.get(id) ?? []);
    layer.addLayers(shown);
    if (origin) return;
    if (shown.length > 0) {
      map.fitBounds(L.latLngBounds(shown.map((m) => m.getLatLng())), { padding: [24, 24], maxZoom: 15, animate: false });
    }
  }, [markers, visibleIds, origin, map, group]);

  // A lit building's heart glows, and says so in its name (colour is never the only sign).
  useEffect(() => {
    for (const light of lights) {
      const marker = markers.get(light.id);
      if (!marker) continue;
      const lit = litIds.has(light.id);
      const wasLit = marker.options.icon === litBlueHeartIcon;
      if (lit === wasLit) continue;
      marker.setIcon(lit ? litBlueHeartIcon : blueHeartIcon);
      const label = markerLabel(light, lit);
      marker.options.title = label;
      marker.options.alt = label;
      const el = marker.getElement();
      el?.setAttribute('title', label);
      el?.setAttribute('alt', label);
    }
  }, [litIds, markers, lights, markerLabel]);

  useEffect(() => {
    if (!focus) return;
    const marker = markers.get(focus.id);
    const layer = group.current;
    if (!marker || !layer || !layer.hasLayer(marker)) return;
    layer.zoomToShowLayer(marker, () => {
      if (map.getZoom() < FOCUS_ZOOM) map.setView(marker.getLatLng(), FOCUS_ZOOM, { animate: false });
      marker.openPopup();
    });
  }, [focus, markers, map, group]);

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
    const nearest = visibleIds.slice(0, 3).flatMap((id) => markers.get(id)?.getLatLng() ?? []);
    map.fitBounds(L.latLngBounds([L.latLng(origin.lat, origin.lng), ...nearest]), {
      padding: [32, 32],
      maxZoom: 14,
      animate: false,
    });
    return () => {
      here.remove();
    };
  }, [origin, map, visibleIds, markers]);

  return null;
}

const outlineStyle = (feature?: GeoJSON.Feature): L.PathOptions =>
  feature?.properties?.name === 'Belgium'
    ? { color: '#6b7a99', weight: 1.5, fillColor: '#fbfaf5', fillOpacity: 1 }
    : { color: '#98a3ba', weight: 1, fillColor: '#eceae3', fillOpacity: 1 };

export default function LightsMap(props: LightsMapProps) {
  const { tileUrl, tileAttribution } = props;
  const t = useTranslations('Finder');
  const group = useRef<ClusterGroup | null>(null);
  const clusterLabel = useRef(t);
  useEffect(() => {
    clusterLabel.current = t;
  }, [t]);
  const iconCreateFunction = useMemo(
    () => (cluster: Cluster) => {
      const count = cluster.getChildCount();
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
    <MapContainer className="lights-map" center={DEFAULT_CENTER} zoom={8} scrollWheelZoom={false} maxZoom={18} zoomControl={false}>
      <ZoomButtons />
      {/*
        The outline lies under the tiles: hidden once they load, it keeps the
        map readable where they cannot (offline, blocked tile server).
      */}
      <Pane name="outline" style={{ zIndex: 150 }}>
        <GeoJSON data={outline as GeoJSON.FeatureCollection} style={outlineStyle} interactive={false} />
      </Pane>
      <TileLayer url={tileUrl} attribution={tileAttribution} />
      <MarkerClusterGroup
        ref={group}
        chunkedLoading
        showCoverageOnHover={false}
        maxClusterRadius={50}
        iconCreateFunction={iconCreateFunction}
      >
        {null}
      </MarkerClusterGroup>
      <Markers {...props} group={group} />
    </MapContainer>
  );
}
