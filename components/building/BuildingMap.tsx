import outline from '@/components/map/outline.json';
import './building.css';

/** The part of the world the small map shows: Belgium and its borders. */
const WEST = 2.3;
const EAST = 6.6;
const NORTH = 51.75;
const SOUTH = 49.35;
const WIDTH = 320;
/** Degrees of longitude are shorter than degrees of latitude here (cos 50.5°). */
const X_SCALE = WIDTH / (EAST - WEST);
const Y_SCALE = X_SCALE / Math.cos((50.5 * Math.PI) / 180);
const HEIGHT = Math.round((NORTH - SOUTH) * Y_SCALE);

const x = (lng: number) => Math.round((lng - WEST) * X_SCALE * 10) / 10;
const y = (lat: number) => Math.round((NORTH - lat) * Y_SCALE * 10) / 10;

type Feature = { properties: { name: string }; geometry: { type: string; coordinates: [number, number][][] } };

/** One SVG path per country of the outline, projected once. */
const COUNTRIES = (outline as unknown as { features: Feature[] }).features.map((f) => ({
  name: f.properties.name,
  d: f.geometry.coordinates.map((ring) => `M${ring.map(([lng, lat]) => `${x(lng)} ${y(lat)}`).join('L')}Z`).join(''),
}));

const HEART = 'M16 28.5 3.6 16.4C.2 13 .2 7.6 3.6 4.3a8.2 8.2 0 0 1 11.6 0l.8.8.8-.8a8.2 8.2 0 0 1 11.6 0c3.4 3.3 3.4 8.7 0 12.1z';

/**
 * Where the building stands, drawn by the server: Belgium's outline with one
 * blue heart. No script and no tiles, so it shows at once, offline too, and
 * costs the page a few kilobytes. The link opens the place in OpenStreetMap.
 * A building outside the outline (an embassy abroad) gets the link only.
 */
export function BuildingMap({
  lat,
  lng,
  label,
  linkText,
  mark = null,
}: {
  lat: number;
  lng: number;
  label: string;
  linkText: string;
  /** Another sign than the heart, its point at (pointX, pointY) of a 32×32 box (an event's pin). */
  mark?: { svgBody: string; pointX: number; pointY: number } | null;
}) {
  const inside = lng > WEST && lng < EAST && lat > SOUTH && lat < NORTH;
  const osm = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
  return (
    <div className="building-map">
      {inside ? (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="building-map__svg">
          {COUNTRIES.map((c) => (
            <path key={c.name} d={c.d} className={c.name === 'Belgium' ? 'building-map__belgium' : 'building-map__neighbour'} />
          ))}
          {mark ? (
            <g transform={`translate(${x(lng) - mark.pointX} ${y(lat) - mark.pointY})`} dangerouslySetInnerHTML={{ __html: mark.svgBody }} />
          ) : (
            <path d={HEART} transform={`translate(${x(lng) - 16} ${y(lat) - 28})`} className="building-map__heart" />
          )}
        </svg>
      ) : null}
      <a href={osm} rel="noopener">
        {linkText}
      </a>
    </div>
  );
}
