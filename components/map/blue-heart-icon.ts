import L from 'leaflet';

/**
 * Our own marker image: Leaflet's default marker images break under bundlers,
 * and the blue heart is the campaign's symbol.
 */
export const blueHeartIcon = L.icon({
  iconUrl: '/blue-heart.svg',
  iconSize: [32, 30],
  iconAnchor: [16, 28],
  popupAnchor: [0, -26],
  className: 'blue-heart-marker',
});

/** A building lit now: the same heart with a glow (its name says "lit now" too). */
export const litBlueHeartIcon = L.icon({
  iconUrl: '/blue-heart.svg',
  iconSize: [32, 30],
  iconAnchor: [16, 28],
  popupAnchor: [0, -26],
  className: 'blue-heart-marker is-lit',
});
