/**
 * The map data fetched by the page's inline script (before any bundle is
 * here) and read by the map's script and the explorer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapDocument, mapDocumentScript } from '@/components/map/public-map-client';

const DOC = { format: 2, lights: [] };
const PATH = '/api/lights/2026/map/abc.json';

function serve(status = 200) {
  const fetch = vi.fn(async (url: string) => new Response(JSON.stringify({ ...DOC, url }), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** Runs the inline script as the browser would. */
const runInline = (path: string) => new Function(mapDocumentScript(path))();

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('blue-lights:map-document')];
});

describe('the map document', () => {
  it('is fetched once, by the inline script, and shared', async () => {
    const fetch = serve();
    runInline(PATH);
    expect(await mapDocument(PATH)).toEqual({ ...DOC, url: PATH });
    expect(await mapDocument(PATH)).toEqual({ ...DOC, url: PATH });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is fetched anew for another path (a navigation inside the site) or when the early fetch failed', async () => {
    const fetch = serve();
    runInline(PATH);
    expect(await mapDocument('/api/lights/2025/map/def.json')).toEqual({ ...DOC, url: '/api/lights/2025/map/def.json' });
    expect(fetch).toHaveBeenCalledTimes(2);

    const failing = serve(503);
    runInline(PATH);
    await expect(mapDocument(PATH)).rejects.toThrow(/503/);
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('keeps the path inside the script text', () => {
    const script = mapDocumentScript('/x</script><script>alert(1)</script>.json');
    expect(script).not.toContain('</script>');
    expect(script).toContain('\\u003c/script>');
  });
});
