import 'server-only';
import crypto from 'node:crypto';
import { ensureAuthSecret } from '@/lib/start-up/auth-secret';
import { REQUEST_TIMING } from './limits';

/**
 * When the "take part" form was handed out, signed by the server: the form
 * carries it back, and only the server can make one. A timestamp the browser
 * writes itself would be a claim; this one is a fact the client can only
 * replay, and replaying an old one only makes it look slower, never faster.
 *
 * `issuedAt.signature`, the signature an HMAC-SHA256 of the time under a key
 * derived from AUTH_SECRET (so it never doubles as a session signature).
 */
function key(): Buffer {
  if (!process.env.AUTH_SECRET) ensureAuthSecret();
  return crypto.createHmac('sha256', process.env.AUTH_SECRET!).update('blue-lights:take-part-form').digest();
}

const sign = (issuedAt: number) => crypto.createHmac('sha256', key()).update(`take-part:${issuedAt}`).digest('base64url');

export function issueFormToken(now: Date = new Date()): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${sign(issuedAt)}`;
}

export type TokenCheck = 'ok' | 'forged' | 'too_fast' | 'expired';

/** Whether the form came from us, and was filled in a human time. */
export function checkFormToken(token: unknown, now: Date = new Date()): TokenCheck {
  if (typeof token !== 'string' || token.length > 100) return 'forged';
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'forged';
  const issuedAt = Number(match[1]);
  const given = Buffer.from(match[2]!);
  const expected = Buffer.from(sign(issuedAt));
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return 'forged';
  const age = now.getTime() - issuedAt;
  if (age < REQUEST_TIMING.MIN_FILL_MS) return 'too_fast';
  if (age > REQUEST_TIMING.MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
}
