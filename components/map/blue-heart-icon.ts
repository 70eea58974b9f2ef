import L from 'leaflet';
import { THEME_COLOURS, type MapTheme } from './map-theme';

/**
 * Our own marker image: Leaflet's default marker images break under bundlers,
 * and the blue heart is the campaign's symbol.
 */
function heart(file: string, lit: boolean): L.Icon {
  return L.icon({
    iconUrl: file,
    iconSize: [32, 30],
    iconAnchor: [16, 28],
    popupAnchor: [0, -26],
    className: lit ? 'blue-heart-marker is-lit' : 'blue-heart-marker',
  });
}

const icons: Record<MapTheme, { plain: L.Icon; lit: L.Icon }> = {
  light: { plain: heart(THEME_COLOURS.light.heart.file, false), lit: heart(THEME_COLOURS.light.heart.file, true) },
  dark: { plain: heart(THEME_COLOURS.dark.heart.file, false), lit: heart(THEME_COLOURS.dark.heart.file, true) },
};

/** The heart for a theme; a building lit now glows (its name says "lit now" too). */
export function heartIcon(theme: MapTheme, lit: boolean): L.Icon {
  return lit ? icons[theme].lit : icons[theme].plain;
}

export const blueHeartIcon = icons.light.plain;
