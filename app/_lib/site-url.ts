import 'server-only';
import { env } from '@/lib/env';

/** The site's public address: AUTH_URL, or on a laptop http://localhost:PORT. Never the request's Host. */
export async function siteUrl(): Promise<URL> {
  return env().siteUrl;
}
