import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { currentDemoYear, demoPublicCounts } from '@/lib/demo/demo-data';
import { setupBrowser } from './page';

const e2e = setupBrowser();
const year = currentDemoYear();
const { buildings: approvedCount } = demoPublicCounts();

describe('the open-data feed', () => {
  it('serves CSV in UTF-8 with a BOM, one row per approved building', async () => {
    const res = await fetch(`${e2e.baseURL}/api/lights/${year}?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="blue-lights-${year}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^id,name,kind,address,city_id,city,province,/);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(approvedCount);
    const liege = rows.find((r) => r.city === 'Liège');
    expect(liege?.name).toBe('Liège Prince-Bishops’ Palace');
    expect(liege?.lights_on_mode).toBe('sunset');
    expect(liege?.lights_on).toMatch(/^21:\d\d$/);
    expect(liege?.lights_off).toBe('01:00');
  });

  it('answers a matching If-None-Match with 304 and no body, for CSV and GeoJSON alike', async () => {
    for (const query of ['?format=csv', '']) {
      const url = `${e2e.baseURL}/api/lights/${year}${query}`;
      const first = await fetch(url);
      const etag = first.headers.get('etag');
      expect(etag, query).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
      expect(first.headers.get('cache-control'), query).toMatch(/s-maxage=\d+/);
      expect(first.headers.get('cache-control'), query).toMatch(/stale-while-revalidate=\d+/);
      // The tag is a hash of the body: the same body gives the same tag.
      const again = await fetch(url);
      expect(again.headers.get('etag')).toBe(etag);

      const notModified = await fetch(url, { headers: { 'If-None-Match': etag! } });
      expect(notModified.status, query).toBe(304);
      expect(await notModified.text()).toBe('');
      expect(notModified.headers.get('etag')).toBe(etag);
      const inList = await fetch(url, { headers: { 'If-None-Match': `"other", W/${etag}` } });
      expect(inList.status).toBe(304);

      const stale = await fetch(url, { headers: { 'If-None-Match': '"not-this-one"' } });
      expect(stale.status, query).toBe(200);
    }
    const csvTag = (await fetch(`${e2e.baseURL}/api/lights/${year}?format=csv`)).headers.get('etag');
    const jsonTag = (await fetch(`${e2e.baseURL}/api/lights/${year}`)).headers.get('etag');
    expect(csvTag).not.toBe(jsonTag);
  });

  it('refuses an unknown format', async () => {
    const res = await fetch(`${e2e.baseURL}/api/lights/${year}?format=xml`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/format/);
  });
});
