/** The phone benchmark's floor page and ratio (scripts/bench/floor.ts). */
import { describe, expect, it } from 'vitest';
import { floorPage, floorParts, floorRatio, ratioText } from '@/scripts/bench/floor';

const SETTINGS = '{&quot;dataPath&quot;:&quot;/api/lights/2090/map/abc.json&quot;,&quot;words&quot;:{&quot;locale&quot;:&quot;en&quot;}}';
const APP = [
  '<html><head><link rel="preload" href="/api/lights/2090/map/abc.json" as="fetch">',
  '<script src="/map-client/island-ABC123.js" async="" nonce="n1" fetchPriority="high"></script>',
  '<script src="/_next/static/chunks/app.js" async=""></script></head>',
  `<body><div class="lights-map-host" data-public-map="${SETTINGS}" data-loading="Loading"></div></body></html>`,
].join('');

describe('floorParts', () => {
  it("takes the app page's map script, map data and map settings as they are", () => {
    expect(floorParts(APP)).toEqual({ island: '/map-client/island-ABC123.js', dataPath: '/api/lights/2090/map/abc.json', settings: SETTINGS });
  });

  it('refuses a page without a map', () => {
    expect(() => floorParts('<html><body>No lights yet</body></html>')).toThrow(/map script/);
    expect(() => floorParts(APP.replace(/data-public-map="[^"]*"/, ''))).toThrow(/no map$/);
  });
});

describe('floorPage', () => {
  const page = floorPage(floorParts(APP), '.leaflet-pane{z-index:400}');

  it('loads the same map script and data, and nothing of the app', () => {
    expect(page).toContain('<script src="/map-client/island-ABC123.js" async fetchpriority="high"></script>');
    expect(page).toContain('fetch("/api/lights/2090/map/abc.json")');
    expect(page).toContain(`data-public-map="${SETTINGS}"`);
    expect(page).toContain('.leaflet-pane{z-index:400}');
    expect(page).not.toContain('_next');
    expect(page.match(/<script/g)).toHaveLength(2);
  });

  it('keeps a stylesheet from closing its element', () => {
    expect(floorPage(floorParts(APP), 'a{content:"</style><script>"}')).not.toContain('</style><script>');
  });
});

describe('floorRatio', () => {
  it("is the app's time over the floor's, to two decimals", () => {
    expect(floorRatio(1600, 1250)).toBe(1.28);
    expect(floorRatio(1000, 1000)).toBe(1);
  });

  it('is null when a time is missing', () => {
    expect(floorRatio(1600, 0)).toBeNull();
    expect(floorRatio(Number.NaN, 1200)).toBeNull();
  });
});

describe('ratioText', () => {
  it('marks a ratio over the goal only', () => {
    expect(ratioText(1.28)).toBe('1.28×');
    expect(ratioText(1.3)).toBe('1.30×');
    expect(ratioText(1.31)).toBe('1.31× (over goal)');
    expect(ratioText(null)).toBe('–');
  });
});
