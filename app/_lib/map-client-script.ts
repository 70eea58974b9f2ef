import fs from 'node:fs';
import path from 'node:path';

let script: string | null | undefined;

/**
 * The public map's own script (scripts/build-map-client.mjs), as named by
 * the manifest the build wrote; null where there is none (then the explorer
 * shows the list alone).
 */
export function mapClientScript(): string | null {
  if (script === undefined) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'map-client', 'manifest.json'), 'utf8')) as { script?: string };
      script = manifest.script ?? null;
    } catch {
      script = null;
    }
  }
  return script;
}
