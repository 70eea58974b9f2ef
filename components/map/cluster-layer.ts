import L from 'leaflet';
import Supercluster from 'supercluster';

/** The highest zoom at which buildings are still grouped; one more and every building stands alone. */
const CLUSTER_MAX_ZOOM = 17;
/** Buildings closer than this, in screen pixels, are grouped into one cluster. */
const CLUSTER_RADIUS_PX = 50;
/** Markers are drawn this far beyond the visible map (a fraction of its size), so a short pan shows them at once. */
const PAD = 0.25;

type Point = { id: number };

/**
 * The public map's markers, clustered with Supercluster: the index of 10,000
 * buildings is built in one short step, and only the clusters and markers in
 * view are in the page (a few hundred elements at most), redrawn when the map
 * stops moving. Markers are made when first shown, so a building the visitor
 * never looks at costs nothing.
 */
export class ClusterLayer {
  private readonly map: L.Map;
  private readonly group = L.layerGroup();
  private readonly markerFor: (id: number) => L.Marker | undefined;
  private readonly clusterIcon: (count: number) => L.DivIcon;
  private index: Supercluster<Point> | null = null;
  private ids = new Set<number>();
  /** What is on the map now, by key (`p12` a building, `c34` a cluster at the current zoom). */
  private shown = new Map<string, L.Marker>();
  private readonly redraw = () => this.render();

  constructor(map: L.Map, markerFor: (id: number) => L.Marker | undefined, clusterIcon: (count: number) => L.DivIcon) {
    this.map = map;
    this.markerFor = markerFor;
    this.clusterIcon = clusterIcon;
    this.group.addTo(map);
    map.on('moveend', this.redraw);
  }

  remove(): void {
    this.map.off('moveend', this.redraw);
    this.group.remove();
    this.shown.clear();
  }

  /** Shows exactly these buildings (positions given), clustered. */
  setPoints(points: { id: number; lat: number; lng: number }[]): void {
    this.ids = new Set(points.map((p) => p.id));
    const index = new Supercluster<Point>({ radius: CLUSTER_RADIUS_PX, extent: 256, maxZoom: CLUSTER_MAX_ZOOM });
    index.load(
      points.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lng, p.lat] }, properties: { id: p.id } })),
    );
    this.index = index;
    this.clear();
    this.render();
  }

  has(id: number): boolean {
    return this.ids.has(id);
  }

  /** Zooms to where a building stands alone (at least `minZoom`), then calls `then` with its marker on the map. */
  zoomToShow(id: number, latLng: L.LatLng, minZoom: number, then: (marker: L.Marker) => void): void {
    const index = this.index;
    if (!index || !this.ids.has(id)) return;
    let zoom = Math.max(minZoom, Math.round(this.map.getZoom()));
    const near = 1e-7;
    const box: [number, number, number, number] = [latLng.lng - near, latLng.lat - near, latLng.lng + near, latLng.lat + near];
    while (zoom <= CLUSTER_MAX_ZOOM && !index.getClusters(box, zoom).some((f) => !('cluster' in f.properties) && f.properties.id === id)) zoom++;
    this.map.setView(latLng, Math.min(zoom, this.map.getMaxZoom()), { animate: false });
    this.render();
    const marker = this.shown.get(`p${id}`);
    if (marker) then(marker);
  }

  private clear(): void {
    this.group.clearLayers();
    this.shown.clear();
  }

  private render(): void {
    const index = this.index;
    if (!index) return;
    const bounds = this.map.getBounds().pad(PAD);
    const zoom = Math.round(this.map.getZoom());
    const box: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const next = new Map<string, L.Marker>();
    for (const feature of index.getClusters(box, zoom)) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        const key = `c${props.cluster_id}`;
        next.set(key, this.shown.get(key) ?? this.clusterMarker(props.cluster_id, props.point_count, lat, lng));
      } else {
        const marker = this.markerFor((props as Point).id);
        if (marker) next.set(`p${(props as Point).id}`, marker);
      }
    }
    for (const [key, marker] of this.shown) if (!next.has(key)) this.group.removeLayer(marker);
    for (const [key, marker] of next) if (!this.shown.has(key)) this.group.addLayer(marker);
    this.shown = next;
  }

  private clusterMarker(clusterId: number, count: number, lat: number, lng: number): L.Marker {
    const marker = L.marker([lat, lng], { icon: this.clusterIcon(count), keyboard: true });
    // Opens the cluster: zooms to where its buildings part.
    marker.on('click', () => {
      const zoom = this.index ? Math.min(this.index.getClusterExpansionZoom(clusterId), this.map.getMaxZoom()) : this.map.getZoom() + 2;
      this.map.setView([lat, lng], zoom);
    });
    return marker;
  }
}
