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
