import type { IncomingMessage } from 'node:http';
import { servedOverHttps } from '../env';
import { ifNoneMatchHits, negotiateEncoding, type EncodedBody } from './compression';
import { fastLanes, type FastAnswer, type FastLane } from './fast-lane.mjs';
import { plumbingOff } from './plumbing-switches.mjs';
import { NO_FRAMING_HEADERS, SECURITY_HEADERS } from './security-headers';
import { STRICT_TRANSPORT_SECURITY } from './transport-security';

export type { FastAnswer, FastLane };

/**
 * Offers answers to the HTTP server before Next.js sees the request (see
 * fast-lane.mjs). A lane must answer exactly what Next.js would have, or
 * nothing; registering under a name again replaces the lane.
 */
export function registerFastLane(name: string, lane: FastLane): void {
  fastLanes().set(name, lane);
}

/** One request header as a string (Node gives arrays for some). */
export function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}

/** The headers every response gets (next.config.ts's, and Strict-Transport-Security when served over https). */
export function baseHeaders({ framing = false }: { framing?: boolean } = {}): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    ...(framing ? {} : NO_FRAMING_HEADERS),
    ...(servedOverHttps() ? { 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/** A compressed body from memory, as a route handler would send it, in the encoding the request accepts (or 304). */
export function encodedAnswer(req: IncomingMessage, encoded: EncodedBody, headers: Record<string, string>): FastAnswer {
  const encoding = plumbingOff('route-compression') ? 'identity' : negotiateEncoding(headerOf(req, 'accept-encoding'));
  const { body, etag } = encoded[encoding];
  const common = { ...baseHeaders(), ...headers, ETag: etag, Vary: 'Accept-Encoding' };
  if (ifNoneMatchHits(headerOf(req, 'if-none-match'), etag)) return { status: 304, headers: common, body: null };
  const sent: Record<string, string> = { ...common, 'Content-Length': String(body.byteLength) };
  if (body !== encoded.identity.body) sent['Content-Encoding'] = encoding;
  return { status: 200, headers: sent, body };
}
