/**
 * The public map by day and by night: the colours each theme draws with (the
 * outline used when tiles cannot load, the heart markers, the clusters) and
 * which theme a visitor gets. Browser-safe: no Leaflet here, so that the
 * colours can be checked for contrast in unit tests.
 */

export type MapTheme = 'light' | 'dark';

export type ThemeColours = {
  /** Behind everything, before tiles or outline are drawn. */
  background: string;
  /** The outline of Belgium and its neighbours (fill, stroke). */
  belgium: { fill: string; stroke: string };
  neighbours: { fill: string; stroke: string };
  /** The heart marker: its fill and its outline (public/blue-heart*.svg). */
  heart: { fill: string; stroke: string; file: string };
  /** A cluster's disc and its number. */
  cluster: { fill: string; text: string; ring: string };
};

export const THEME_COLOURS: Record<MapTheme, ThemeColours> = {
  light: {
    background: '#cfe0f1',
    belgium: { fill: '#fbfaf5', stroke: '#6b7a99' },
    neighbours: { fill: '#eceae3', stroke: '#98a3ba' },
    heart: { fill: '#0b5cd5', stroke: '#ffffff', file: '/blue-heart.svg' },
    cluster: { fill: '#0b3d91', text: '#ffffff', ring: '#ffffff' },
  },
  dark: {
    background: '#0e1726',
    belgium: { fill: '#1c2a40', stroke: '#8ea2c4' },
    neighbours: { fill: '#131d2d', stroke: '#56678a' },
    // A lighter blue: the campaign's blue on a dark map would not stand out.
    heart: { fill: '#4a93ff', stroke: '#ffffff', file: '/blue-heart-night.svg' },
    cluster: { fill: '#0b3d91', text: '#ffffff', ring: '#ffffff' },
  },
};

/** Path options as Leaflet takes them (no Leaflet import here). */
type OutlinePath = { color: string; weight: number; fillColor: string; fillOpacity: number };

/** The outline's style in a theme: Belgium lighter, its neighbours greyer. */
export function outlineStyle(theme: MapTheme) {
  const { belgium, neighbours } = THEME_COLOURS[theme];
  return (feature?: { properties?: { name?: string } | null }): OutlinePath =>
    feature?.properties?.name === 'Belgium'
      ? { color: belgium.stroke, weight: 1.5, fillColor: belgium.fill, fillOpacity: 1 }
      : { color: neighbours.stroke, weight: 1, fillColor: neighbours.fill, fillOpacity: 1 };
}

/** Where a visitor's own choice of theme is kept between visits. */
export const THEME_STORAGE_KEY = 'blue-lights:map-theme';

/** The visitor's choice if they made one, else what their system asks for. */
export function initialTheme(stored: string | null, prefersDark: boolean): MapTheme {
  if (stored === 'light' || stored === 'dark') return stored;
  return prefersDark ? 'dark' : 'light';
}
