import 'server-only';
import { headers } from 'next/headers';

/** The site's public address: AUTH_URL when set, else the host this request came to. */
export async function siteUrl(): Promise<URL> {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL);
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return new URL(`${proto}://${host}`);
}
