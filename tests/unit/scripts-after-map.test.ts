/**
 * A stored public page asks for the framework's scripts once the map's
 * script is in, so that on a phone's connection the map does not share its
 * bandwidth with them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAP_ARRIVED_KEY, SAFETY_MS, scriptsAfterMap } from '@/lib/http/scripts-after-map';

const NONCE = 'PLACEHOLDERxxxxxxxxxxx==';
const MAP = '/map-client/island-ABC.js';

/** The head and end of a page as the framework writes it today, trimmed. */
const PAGE =
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="${NONCE}" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" nonce="${NONCE}" href="/_next/static/chunks/boot.js"/>` +
  `<script src="/_next/static/chunks/one.js" async="" nonce="${NONCE}"></script>` +
  `<script src="/_next/static/chunks/two.js" async="" nonce="${NONCE}"></script>` +
  `<script src="${MAP}" async="" nonce="${NONCE}" fetchPriority="high"></script>` +
  `<link rel="preload" href="/api/lights/2026/map/x.json" as="fetch" crossorigin="" fetchPriority="high"/>` +
  `<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="${NONCE}"></script></head>` +
  `<body><main>Blue lights</main><script nonce="${NONCE}">self.__next_f=[]</script>` +
  `<script src="/_next/static/chunks/boot.js" nonce="${NONCE}" async=""></script></body></html>`;

const loaderOf = (html: string) => html.match(/<script nonce="[^"]*">(\(function\(\)[\s\S]*?)<\/script>/)?.[1] ?? '';

type Listener = () => void;

/** Just enough of a document to run the loader: the map's script element, the head, the current script. */
function fakeDocument({ mapLoaded = false, hasMap = true } = {}) {
  const listeners = new Map<string, Listener[]>();
  const appended: { src: string; async: boolean; nonce: string }[] = [];
  const mapElement = {
    src: `http://localhost${MAP}`,
    addEventListener: (type: string, fn: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
  };
  const selectors: string[] = [];
  vi.stubGlobal('document', {
    currentScript: { nonce: 'n0nce' },
    querySelector: (selector: string) => {
      selectors.push(selector);
      return hasMap ? mapElement : null;
    },
    createElement: () => ({ src: '', async: false, nonce: '' }),
    head: { appendChild: (e: { src: string; async: boolean; nonce: string }) => appended.push(e) },
  });
  const win: Record<symbol, unknown> = {};
  vi.stubGlobal('window', win);
  vi.stubGlobal('performance', { getEntriesByName: (name: string) => (mapLoaded && name === mapElement.src ? [{}] : []) });
  return {
    appended,
    selectors,
    fire: (type: string) => listeners.get(type)?.forEach((fn) => fn()),
    // What the map's script calls first thing (components/map/arrived.ts).
    arrive: () => (win[Symbol.for(MAP_ARRIVED_KEY)] as () => void)(),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('scriptsAfterMap', () => {
  const out = scriptsAfterMap(PAGE, MAP, NONCE);

  it("takes the framework's async scripts and their preloads out of the page", () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/(one|two|boot)\.js"/);
    expect(out).not.toContain('rel="preload" as="script"');
    // What is not the framework's async scripts stays as written.
    expect(out).toContain(`<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="${NONCE}"></script>`);
    expect(out).toContain(`<script nonce="${NONCE}">self.__next_f=[]</script>`);
    expect(out).toContain('<link rel="preload" href="/api/lights/2026/map/x.json"');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
  });

  it("places the loader, under the page's nonce, right after the map's script", () => {
    expect(out).toContain(`fetchPriority="high"></script><script nonce="${NONCE}">(function(){`);
    expect(loaderOf(out)).toContain('["/_next/static/chunks/one.js","/_next/static/chunks/two.js","/_next/static/chunks/boot.js"]');
  });

  it('returns a page without the map, or without framework scripts, unchanged', () => {
    expect(scriptsAfterMap(PAGE, '/map-client/island-OTHER.js', NONCE)).toBe(PAGE);
    const plain = `<html><head><script src="${MAP}" async=""></script></head><body></body></html>`;
    expect(scriptsAfterMap(plain, MAP, NONCE)).toBe(plain);
  });

  it('writes what it embeds so that it cannot end the script element', () => {
    const odd = '/map-client/<!--<script.js';
    const page = PAGE.replace(MAP, odd);
    const code = loaderOf(scriptsAfterMap(page, odd, NONCE));
    expect(code).toContain('/map-client/\\u003c!--\\u003cscript.js');
    expect(code).not.toContain('<');
  });
});

describe('the loader in the browser', () => {
  const code = loaderOf(scriptsAfterMap(PAGE, MAP, NONCE));
  const ORDER = ['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/boot.js'];

  it("adds the framework's scripts, in order and once, when the map's script has loaded", () => {
    const doc = fakeDocument();
    new Function(code)();
    expect(doc.selectors).toEqual([`script[src="${MAP}"]`]);
    expect(doc.appended).toEqual([]);
    doc.fire('load');
    doc.fire('error');
    expect(doc.appended).toEqual(ORDER.map((src) => ({ src, async: true, nonce: 'n0nce' })));
  });

  it("adds them as soon as the map's script begins to run, so that they download while it works", () => {
    const doc = fakeDocument();
    new Function(code)();
    doc.arrive();
    expect(doc.appended.map((e) => e.src)).toEqual(ORDER);
    doc.fire('load');
    expect(doc.appended).toHaveLength(ORDER.length);
  });

  it("does not wait when the map's script failed, was already in, or is not on the page", () => {
    const failed = fakeDocument();
    new Function(code)();
    failed.fire('error');
    expect(failed.appended.map((e) => e.src)).toEqual(ORDER);
    vi.unstubAllGlobals();

    const cached = fakeDocument({ mapLoaded: true });
    new Function(code)();
    expect(cached.appended.map((e) => e.src)).toEqual(ORDER);
    vi.unstubAllGlobals();

    const missing = fakeDocument({ hasMap: false });
    new Function(code)();
    expect(missing.appended.map((e) => e.src)).toEqual(ORDER);
  });

  it("makes the page interactive after a while even if the map's script never answers", () => {
    vi.useFakeTimers();
    const doc = fakeDocument();
    new Function(code)();
    vi.advanceTimersByTime(SAFETY_MS - 1);
    expect(doc.appended).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(doc.appended.map((e) => e.src)).toEqual(ORDER);
  });
});
