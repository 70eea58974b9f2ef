/**
 * What the browser downloads must not carry the server's database code: the
 * schema's enums once pulled drizzle-orm and a Node Buffer substitute into
 * every visitor's JavaScript. Reads the production build the global setup made.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const distDir = path.resolve(import.meta.dirname, '../..', process.env.NEXT_DIST_DIR || '.next');

/** Next.js's chunks, and the public map's own script (scripts/build-map-client.mjs). */
function clientChunks(): { file: string; text: string }[] {
  const dirs = [path.join(distDir, 'static'), path.resolve(import.meta.dirname, '../../public/map-client')];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') })),
  );
}

const SERVER_ONLY = [
  // drizzle-orm names its entities with Symbol.for("drizzle:…").
  { what: 'drizzle-orm', marker: 'drizzle:' },
  { what: 'better-sqlite3', marker: 'better-sqlite3' },
  // The Buffer substitute bundlers add when code uses Node's Buffer.
  { what: 'a Buffer substitute', marker: 'Unknown encoding: ' },
];

describe('client bundles', () => {
  it('carry no database code and no Buffer substitute', () => {
    const chunks = clientChunks();
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.some((c) => c.file.startsWith('island-'))).toBe(true);
    for (const { what, marker } of SERVER_ONLY) {
      const carriers = chunks.filter((c) => c.text.includes(marker)).map((c) => c.file);
      expect(carriers, `${what} in the browser's JavaScript`).toEqual([]);
    }
  });
});
