import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');
const root = path.resolve(import.meta.dirname, '../..');
/** Where Next.js keeps its data cache (`unstable_cache` entries) for the shared test server. */
const dataCache = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'cache', 'fetch-cache');

function cacheFiles(): Set<string> {
  try {
    return new Set(fs.readdirSync(dataCache, { recursive: true }).map(String));
  } catch {
    return new Set();
  }
}

describe('building pages for ids that do not exist', () => {
  it('are 404s that leave nothing behind in the data cache', async () => {
    // The layout's own cached data (published years…) is stored by a first page.
    expect((await fetch(`${baseURL}/fr/buildings/1`)).status).toBeLessThan(500);
    const before = cacheFiles();

    const ids = Array.from({ length: 30 }, (_, i) => 900_000_000 + Math.floor(Math.random() * 90_000_000) + i);
    for (const id of ids) {
      const page = await fetch(`${baseURL}/buildings/${id}`);
      expect(page.status).toBe(404);
      await page.arrayBuffer();
      // The share image of a missing building is the campaign's card, but nothing is stored for it either.
      const image = await fetch(`${baseURL}/buildings/${id}/opengraph-image`);
      await image.arrayBuffer();
    }

    const added = [...cacheFiles()].filter((f) => !before.has(f));
    expect(added).toEqual([]);
  });
});
