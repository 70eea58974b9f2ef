import http from 'node:http';
import type { Rendered } from './page-cache';

/** Longest wait for a page to render for the cache; a slower one is simply not cached. */
export const PAGE_FILL_TIMEOUT_MS = 30_000;

/**
 * Asks this server itself for a page, as an anonymous visitor with the given
 * headers (Host included, which fetch() would not pass on).
 */
export function renderLocally(port: number, path: string, headers: Record<string, string>): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: 'localhost', port, path, method: 'GET', headers, timeout: PAGE_FILL_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const pairs: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks) });
      });
    });
    req.on('timeout', () => req.destroy(new Error('The page took too long to render')));
    req.on('error', reject);
    req.end();
  });
}
