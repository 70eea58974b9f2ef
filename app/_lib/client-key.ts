import 'server-only';
import { headers } from 'next/headers';

/**
 * Who is asking, for per-client rate limits: the first address in
 * X-Forwarded-For set by the reverse proxy in front of the app. Null when the
 * app is served directly, where Next.js does not expose the peer address.
 */
export async function clientKey(): Promise<string | null> {
  const h = await headers();
  const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip')?.trim();
  return forwarded ? forwarded.slice(0, 64) : null;
}
