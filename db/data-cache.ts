import fs from 'node:fs';
import path from 'node:path';

/** Empties Next.js's on-disk data cache (`unstable_cache` entries) of this build. */
export function clearDataCache(): void {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  fs.rmSync(path.join(/*turbopackIgnore: true*/ process.cwd(), distDir, 'cache', 'fetch-cache'), {
    recursive: true,
    force: true,
  });
}
