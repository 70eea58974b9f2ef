import { DEFAULT_TILE_URL } from '../constants';

/**
 * The Content-Security-Policy of every page: scripts only from this site and
 * with this response's nonce (no inline scripts otherwise), images from this
 * site and the map tiles, and framing by other sites only for the embed.
 */
export function contentSecurityPolicy({
  nonce,
  tileUrls,
  embeddable,
  dev = false,
}: {
  nonce: string;
  /** The map's tile URL templates (day and night). */
  tileUrls: readonly string[];
  embeddable: boolean;
  dev?: boolean;
}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'strict-dynamic' lets the nonced Next.js runtime load its own chunks.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Leaflet positions markers and tiles with inline style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': [...new Set(["'self'", 'data:', 'blob:', ...tileUrls.map(tileSource)])].filter(Boolean),
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [embeddable ? '*' : "'none'"],
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/**
 * The tile URL templates of the maps, as the settings name them (read here
 * from the environment: the proxy runs before lib/env's validation would).
 */
export function mapTileUrls(): string[] {
  return [process.env.TILE_URL || DEFAULT_TILE_URL, process.env.TILE_URL_DARK || ''].filter(Boolean);
}

/** The origin of a tile URL template; `{s}` subdomains become a wildcard. */
export function tileSource(tileUrl: string): string {
  const match = tileUrl.match(/^(https?:)\/\/([^/]+)/);
  if (!match) return '';
  const host = match[2]!.replace(/\{s\}/g, '*');
  return `${match[1]}//${host}`;
}

/** A fresh nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
