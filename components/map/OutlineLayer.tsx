'use client';

import { GeoJSON, Pane } from 'react-leaflet';
import { outlineStyle } from './map-theme';
import outline from './outline.json';

/**
 * The zoom at which the outline is worth looking at: Belgium and its borders
 * fill the map, as on the public map when it opens.
 */
export const OUTLINE_ZOOM = 8;

/** Belgium light, its neighbours greyer, as on the public map by day. */
const dayOutline = outlineStyle('light');

/**
 * A simplified outline of Belgium and its neighbours (`outline.json`), in a
 * pane under the tiles: hidden once they load, it keeps a map readable where
 * they cannot (offline, a blocked tile server). For any map of ours; put it
 * inside the MapContainer, before the TileLayer.
 */
export function OutlineLayer() {
  return (
    <Pane name="outline" style={{ zIndex: 150 }}>
      <GeoJSON data={outline as GeoJSON.FeatureCollection} style={dayOutline} interactive={false} />
    </Pane>
  );
}
