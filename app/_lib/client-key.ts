import 'server-only';
import { headers } from 'next/headers';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/forwarded.mjs';

const SET_BY_SERVER = Symbol.for('blue-lights.client-address-header');

/**
 * Who is asking, for per-client rate limits: the address server.mjs worked
 * out from the socket (and the trusted proxy hops). Null where the app runs
 * without that server (`next dev`): the header could then be the client's own.
 */
export function clientAddressOf(requestHeaders: Headers): string | null {
  if (!(globalThis as Record<symbol, unknown>)[SET_BY_SERVER]) return null;
  return requestHeaders.get(CLIENT_ADDRESS_HEADER);
}

/** The client address of the request being handled (server actions, pages). */
export async function clientKey(): Promise<string | null> {
  return clientAddressOf(await headers());
}
