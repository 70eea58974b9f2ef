/**
 * Bundles the public map's own script (components/map/island.ts: Leaflet,
 * the clustering and our map code) into public/map-client/, named by its
 * content, with a manifest the pages read to load it. Run by next.config.ts
 * whenever Next.js builds (or starts its development server), so every way
 * of building the app builds it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
export const MAP_CLIENT_DIR = path.join(root, 'public', 'map-client');

export function buildMapClient({ minify = true } = {}) {
  const out = path.join(MAP_CLIENT_DIR, 'build');
  fs.rmSync(out, { recursive: true, force: true });
  const result = buildSync({
    entryPoints: { island: path.join(root, 'components/map/island.ts') },
    bundle: true,
    minify,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    outdir: out,
    entryNames: '[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const js = Object.keys(result.metafile.outputs).find((f) => f.endsWith('.js'));
  if (!js) throw new Error('The map client was not built');
  const name = path.basename(js);
  fs.mkdirSync(MAP_CLIENT_DIR, { recursive: true });
  // Earlier builds' files stay for pages still open that name them; only the newest are kept.
  fs.renameSync(path.join(root, js), path.join(MAP_CLIENT_DIR, name));
  fs.rmSync(out, { recursive: true, force: true });
  const kept = fs
    .readdirSync(MAP_CLIENT_DIR)
    .filter((f) => f.startsWith('island-') && f.endsWith('.js'))
    .map((f) => ({ f, at: fs.statSync(path.join(MAP_CLIENT_DIR, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of kept.slice(5)) if (f !== name) fs.rmSync(path.join(MAP_CLIENT_DIR, f));
  fs.writeFileSync(path.join(MAP_CLIENT_DIR, 'manifest.json'), `${JSON.stringify({ script: `/map-client/${name}` })}\n`);
  return `/map-client/${name}`;
}
