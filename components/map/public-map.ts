/**
 * The public map, without React: Leaflet, the outline under the tiles, and
 * the buildings' blue hearts clustered by cluster-layer.ts. It is started by
 * its own small script (island.ts) as soon as Leaflet and the map data have
 * arrived, so that a phone paints the markers without waiting for the page's
 * React code; the page's explorer then drives it (filters, focus, "near me")
 * through the methods below.
 */
import L from 'leaflet';
import type { MapCity, MapData, MapLight } from '@/lib/lights/view';
import { heartIcon } from './blue-heart-icon';
import { popupElement, textElement, type PopupContent } from './popup';

export type { PopupContent } from './popup';
import { outlineStyle, type MapTheme } from './map-theme';
import { ClusterLayer } from './cluster-layer';
import outline from './outline.json';
import { helpCentreLayer, type HelpCentreWords } from './help-centre-layer';
import type { MappedHelpCentre } from '@/lib/help-centres/public';
import { EventLayer, type EventWords } from './event-layer';

/** Belgium, for an empty map. */
const DEFAULT_CENTER: [number, number] = [50.64, 4.67];
const FOCUS_ZOOM = 16;
/** A popup stays clear of the map's bottom edge and what lies on it (attribution, the full-screen button). */
const POPUP_OPTIONS: L.PopupOptions = { autoPanPaddingBottomRight: [8, 56] };


/**
 * The words the map needs before the page's own code has run, already in
 * the page's language: `{name}`, `{city}` and `{count}` are filled in here.
 */
export type MapWords = {
  locale: string;
  /** "{name}, {city}" */
  marker: string;
  /** "{name}, {city}, lit now" */
  markerLit: string;
  /** "{count} buildings here, zoom in" */
  cluster: string;
  /** Where a building's page is, with `{id}`: "/fr/buildings/{id}". */
  buildingHref: string;
  /** A popup photo's text alternative: "Photo of {name}". */
  photoAlt: string;
  /** The night view's switch: "Dark map". */
  darkMap: string;
  /** The zoom buttons' titles (and so their names): Leaflet's own are English. */
  zoomIn: string;
  zoomOut: string;
  /** A popup's close button's name: Leaflet's own is English. */
  closePopup: string;
};

export type PublicMapOptions = {
  tileUrl: string;
  tileAttribution: string;
  /** Tiles for the night view; without them the day's tiles are drawn darkened. */
  darkTileUrl?: string | null;
  darkTileAttribution?: string;
  theme: MapTheme;
  /** The visitor switched the theme (to remember it). */
  onThemeChange?: (theme: MapTheme) => void;
  words: MapWords;
  /** Embedded in another site: building links open in a new tab. */
  linkTarget?: '_blank';
  /** The help centres with a position: a layer of their own, shown until the visitor hides it. */
  helpCentres?: { centres: MappedHelpCentre[]; words: HelpCentreWords };
  /** Partners' events of the campaign (drawn from the map data): a layer of their own, shown until the visitor hides it. */
  events?: { words: EventWords };
  /** An embed without the buildings' layer (`?layers=events,help`): the view still frames them. */
  hideLights?: boolean;
};

/** What the explorer may take over once it runs: richer popups, the list's selection. */
export type PublicMapHooks = {
  onSelect?: (id: number) => void;
  popupContent?: (light: MapLight) => PopupContent;
};

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class PublicMap {
  readonly map: L.Map;
  private hooks: PublicMapHooks = {};
  private readonly options: PublicMapOptions;
  private readonly layer: ClusterLayer;
  private readonly numbers: Intl.NumberFormat;
  private byId = new Map<number, MapLight>();
  private cities = new Map<number, MapCity>();
  private markers = new Map<number, L.Marker>();
  private shownIds: number[] = [];
  /** What the explorer asked for before the data was here (or null: everything). */
  private requested: { ids: number[]; fit: boolean } | null = null;
  private pendingFocus: number | null = null;
  private hasData = false;
  private litIds: ReadonlySet<number> = new Set();
  private here: L.CircleMarker | null = null;
  private theme: MapTheme;
  private readonly outline: L.GeoJSON;
  private tiles: L.TileLayer;
  private readonly themeButton: HTMLButtonElement;
  private readonly helpLayer: L.LayerGroup | null;
  private eventLayer: EventLayer | null = null;
  /** The events' switch and search, as the explorer set them, kept for the layer made when the data arrives. */
  private eventsShown = true;
  private eventIds: readonly number[] | null = null;
  private destroyed = false;

  constructor(container: HTMLElement, options: PublicMapOptions) {
    this.options = options;
    this.numbers = new Intl.NumberFormat(options.words.locale);
    // No view yet: when the data is already here (its promise settles before the
    // next task), the first view is the buildings' own, and the map lays out
    // and asks for one set of tiles instead of two. Otherwise the country
    // shows while the data downloads.
    this.map = L.map(container, { scrollWheelZoom: false, maxZoom: 18, zoomControl: false });
    setTimeout(() => {
      if (!this.destroyed && !this.hasView()) this.map.setView(DEFAULT_CENTER, 8);
    }, 0);
    L.control.zoom({ zoomInTitle: options.words.zoomIn, zoomOutTitle: options.words.zoomOut }).addTo(this.map);
    this.map.on('popupopen', (e) => e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', options.words.closePopup));
    // The outline lies under the tiles: hidden once they load, it keeps the
    // map readable where they cannot (offline, blocked tile server).
    this.map.createPane('outline').style.zIndex = '150';
    this.theme = options.theme;
    this.outline = L.geoJSON(outline as GeoJSON.FeatureCollection, { pane: 'outline', style: outlineStyle(this.theme), interactive: false }).addTo(this.map);
    this.tiles = this.tileLayer().addTo(this.map);
    this.themeButton = this.addThemeSwitch();
    container.classList.toggle('lights-map--dark', this.theme === 'dark');
    this.helpLayer = options.helpCentres ? helpCentreLayer(options.helpCentres.centres, options.helpCentres.words).addTo(this.map) : null;
    this.layer = new ClusterLayer(this.map, (id) => this.markerFor(id), (count) => this.clusterIcon(count));
  }

  /** Day or night: tiles, outline, hearts and the switch follow. */
  setTheme(theme: MapTheme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.map.getContainer().classList.toggle('lights-map--dark', theme === 'dark');
    this.outline.setStyle(outlineStyle(theme));
    this.themeButton.setAttribute('aria-pressed', String(theme === 'dark'));
    // Other tiles only where the night has tiles of its own; else the same tiles, darkened by CSS.
    if (this.options.darkTileUrl) {
      this.tiles.remove();
      this.tiles = this.tileLayer().addTo(this.map);
    }
    for (const [id, marker] of this.markers) marker.setIcon(heartIcon(theme, this.litIds.has(id)));
  }

  private tileLayer(): L.TileLayer {
    const { darkTileUrl, darkTileAttribution, tileUrl, tileAttribution } = this.options;
    if (this.theme === 'dark' && darkTileUrl) return L.tileLayer(darkTileUrl, { attribution: darkTileAttribution ?? tileAttribution, className: 'tiles-dark' });
    return L.tileLayer(tileUrl, { attribution: tileAttribution, className: 'tiles-day' });
  }

  /** A toggle button on the map, "Dark map", pressed at night. */
  private addThemeSwitch(): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-theme-switch';
    button.textContent = this.options.words.darkMap;
    button.setAttribute('aria-pressed', String(this.theme === 'dark'));
    L.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', () => {
      const next = this.theme === 'dark' ? 'light' : 'dark';
      this.setTheme(next);
      this.options.onThemeChange?.(next);
    });
    const Switch = L.Control.extend({ onAdd: () => button });
    new Switch({ position: 'topright' }).addTo(this.map);
    return button;
  }

  /** Shows or hides the help centres' layer (the explorer's "Help centres" switch). */
  showHelpCentres(shown: boolean): void {
    if (!this.helpLayer) return;
    if (shown) this.helpLayer.addTo(this.map);
    else this.helpLayer.remove();
  }

  /** Shows or hides the events' layer (the explorer's "Events and stands" switch). */
  showEvents(shown: boolean): void {
    this.eventsShown = shown;
    if (!this.eventLayer) return;
    if (shown) this.eventLayer.group.addTo(this.map);
    else this.eventLayer.group.remove();
  }

  /** Shows only these events on their layer (the search); null shows them all. */
  onlyEvents(ids: readonly number[] | null): void {
    this.eventIds = ids;
    this.eventLayer?.only(ids);
  }

  /** Takes the map down (its page left, or its host given another map). */
  destroy(): void {
    this.destroyed = true;
    this.map.remove();
  }

  /** Whether the map has a centre and zoom (Leaflet's `_loaded`, set by the first view). */
  private hasView(): boolean {
    return (this.map as unknown as { _loaded?: boolean })._loaded === true;
  }

  /** Lets the explorer build the popups and hear which building was chosen. */
  setHooks(hooks: PublicMapHooks): void {
    this.hooks = hooks;
  }

  /** The year's buildings (in list order); shows them all, fitted. */
  setData(data: MapData): void {
    this.byId = new Map(data.lights.map((l) => [l.id, l]));
    this.cities = new Map(data.cities.map((c) => [c.id, c]));
    this.markers = new Map();
    this.shownIds = [];
    this.hasData = true;
    this.setEvents(data);
    const requested = this.requested ?? { ids: data.lights.map((l) => l.id), fit: true };
    this.show(requested.ids, requested);
    if (this.pendingFocus !== null) this.focus(this.pendingFocus);
  }

  /** The events' layer, from the map data, when the page shows events. */
  private setEvents(data: MapData): void {
    this.eventLayer?.group.remove();
    this.eventLayer = null;
    const { events } = this.options;
    if (!events || !data.events?.length) return;
    this.eventLayer = new EventLayer(data.events, events.words, this.options.linkTarget);
    this.eventLayer.only(this.eventIds);
    if (this.eventsShown) this.eventLayer.group.addTo(this.map);
  }

  /** Shows exactly these buildings, fitted to the map unless the visitor's position decides the view. */
  show(ids: readonly number[], { fit = true }: { fit?: boolean } = {}): void {
    this.requested = { ids: [...ids], fit };
    if (!this.hasData || sameIds(ids, this.shownIds)) return;
    this.shownIds = [...ids];
    const shown = ids.flatMap((id) => this.byId.get(id) ?? []);
    if (fit && shown.length > 0) {
      this.map.fitBounds(L.latLngBounds(shown.map((l) => [l.lat, l.lng])), { padding: [24, 24], maxZoom: 15, animate: false });
    } else if (!this.hasView()) {
      this.map.setView(DEFAULT_CENTER, 8);
    }
    this.layer.setPoints(this.options.hideLights ? [] : shown);
  }

  /** A lit building's heart glows, and says so in its name (colour is never the only sign). */
  setLit(ids: ReadonlySet<number>): void {
    this.litIds = ids;
    for (const [id, marker] of this.markers) {
      const light = this.byId.get(id);
      if (!light) continue;
      const lit = ids.has(id);
      if (marker.options.icon === heartIcon(this.theme, lit)) continue;
      marker.setIcon(heartIcon(this.theme, lit));
      const label = this.label(light, lit);
      marker.options.title = label;
      marker.options.alt = label;
      marker.getElement()?.setAttribute('title', label);
      marker.getElement()?.setAttribute('alt', label);
    }
  }

  /** Zooms to a building and opens its popup. */
  focus(id: number): void {
    this.pendingFocus = this.hasData ? null : id;
    const light = this.byId.get(id);
    if (!light || !this.layer.has(id)) return;
    this.layer.zoomToShow(id, L.latLng(light.lat, light.lng), FOCUS_ZOOM, (marker) => marker.openPopup());
  }

  /** "Near me": the visitor's position and the nearest buildings in view; null takes it away. */
  setOrigin(origin: { lat: number; lng: number } | null, nearestIds: readonly number[] = []): void {
    this.here?.remove();
    this.here = null;
    if (!origin) return;
    this.here = L.circleMarker([origin.lat, origin.lng], {
      radius: 8,
      color: '#fff',
      weight: 3,
      fillColor: '#b3261e',
      fillOpacity: 1,
      interactive: false,
    }).addTo(this.map);
    const nearest = nearestIds.flatMap((id) => {
      const light = this.byId.get(id);
      return light ? [L.latLng(light.lat, light.lng)] : [];
    });
    this.map.fitBounds(L.latLngBounds([L.latLng(origin.lat, origin.lng), ...nearest]), { padding: [32, 32], maxZoom: 14, animate: false });
  }

  private label(light: MapLight, lit: boolean): string {
    const { words } = this.options;
    const city = this.cities.get(light.cityId)?.name ?? '';
    return (lit ? words.markerLit : words.marker).replace('{name}', () => light.name).replace('{city}', () => city);
  }

  /** A building's marker, made the first time it is shown. */
  private markerFor(id: number): L.Marker | undefined {
    let marker = this.markers.get(id);
    const light = this.byId.get(id);
    if (marker || !light) return marker;
    const lit = this.litIds.has(id);
    const label = this.label(light, lit);
    marker = L.marker([light.lat, light.lng], { icon: heartIcon(this.theme, lit), title: label, alt: label, keyboard: true });
    // Built when opened, from the explorer's words and clock once it runs; and
    // opened below the controls in the map's top corners, so that none covers its close button.
    const opened = marker;
    marker.bindPopup(() => {
      opened.getPopup()!.options.autoPanPaddingTopLeft = this.belowTopControls();
      return popupElement(this.popupContent(light), this.photoOf(light), this.options.linkTarget);
    }, POPUP_OPTIONS);
    marker.on('click', () => this.hooks.onSelect?.(id));
    this.markers.set(id, marker);
    return marker;
  }

  /** How far from the map's top edge a popup must stay to clear the controls up there (read when one opens). */
  private belowTopControls(): L.Point {
    const container = this.map.getContainer();
    const top = container.getBoundingClientRect().top;
    let below = 0;
    for (const control of container.querySelectorAll('.leaflet-top .leaflet-control')) below = Math.max(below, control.getBoundingClientRect().bottom - top);
    return L.point(8, Math.ceil(below) + 8);
  }

  private photoOf(light: MapLight): { src: string; alt: string } | null {
    return light.photo ? { src: light.photo, alt: this.options.words.photoAlt.replace('{name}', () => light.name) } : null;
  }

  private popupContent(light: MapLight): PopupContent {
    if (this.hooks.popupContent) return this.hooks.popupContent(light);
    return {
      name: light.name,
      city: this.cities.get(light.cityId)?.name ?? '',
      times: '',
      lit: null,
      href: this.options.words.buildingHref.replace('{id}', String(light.id)),
    };
  }

  private clusterIcon(count: number): L.DivIcon {
    // An element rather than an HTML string; the hidden text names the cluster for screen readers.
    const html = document.createElement('span');
    html.append(textElement('span', 'lights-cluster__count', String(count)));
    const label = this.options.words.cluster.replace('{count}', this.numbers.format(count));
    html.append(textElement('span', 'visually-hidden', ` ${label}`));
    const size = count < 100 ? 36 : count < 1000 ? 42 : 48;
    return L.divIcon({ html, className: 'lights-cluster', iconSize: L.point(size, size) });
  }
}
