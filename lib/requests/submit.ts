import 'server-only';
import { writeTransaction } from '@/db';
import { participationRequests } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Locale } from '@/lib/constants';
import { take } from '@/lib/http/rate-limit';
import { canAskToTakePart, ForbiddenError, type Actor } from '@/lib/permissions';
import { checkFormToken } from './form-token';
import { REQUEST_ADDRESS_LIMITS, REQUEST_CLIENT_LIMITS } from './limits';
import type { RequestInput } from './validation';

export type SubmitContext = {
  /** The request's language (the page it was sent from): the answer is mailed in it. */
  locale: Locale;
  /** The signed timestamp the form was handed out with (lib/requests/form-token.ts). */
  formToken: unknown;
  /** The field people do not see; programs that fill every field fill it. */
  honeypot: unknown;
  /** The client's address as the server worked it out, or null where unknown. */
  client: string | null;
  now?: Date;
};

/**
 * - `thanked`: the answer every sender sees, stored or not (a program, or an
 *   address over its limit, gets it too, and nothing is stored);
 * - `client_limited`: this client sent too many; told to wait, input kept;
 * - `expired`: the form was open too long; sent back with a fresh timestamp.
 */
export type SubmitOutcome = { answer: 'thanked'; stored: number | null } | { answer: 'client_limited' } | { answer: 'expired' };

/**
 * Stores a request to take part, from anyone. Anti-abuse without a CAPTCHA:
 * the hidden field must stay empty, the form must come from us (a signed
 * timestamp) and have been filled in a human time, one client and one e-mail
 * address may send only so many. Never a mail from here: the form must not be
 * a way to make the site write to any address.
 */
export async function submitRequest(actor: Actor, input: RequestInput, ctx: SubmitContext): Promise<SubmitOutcome> {
  // Open to everyone; asked here too, so that the rule stays in lib/permissions.
  if (!canAskToTakePart()) throw new ForbiddenError();
  const now = ctx.now ?? new Date();
  const honeypotFilled = typeof ctx.honeypot === 'string' ? ctx.honeypot.trim() !== '' : ctx.honeypot != null;
  const token = checkFormToken(ctx.formToken, now);
  if (honeypotFilled || token === 'forged' || token === 'too_fast') return { answer: 'thanked', stored: null };
  if (token === 'expired') return { answer: 'expired' };
  if (!(await take(`take-part:client:${ctx.client ?? 'unknown'}`, REQUEST_CLIENT_LIMITS, now))) return { answer: 'client_limited' };
  if (!(await take(`take-part:mail:${input.email}`, REQUEST_ADDRESS_LIMITS, now))) return { answer: 'thanked', stored: null };
  const id = await writeTransaction((tx) => {
    const row = tx
      .insert(participationRequests)
      .values({ ...input, locale: ctx.locale, createdAt: now })
      .returning({ id: participationRequests.id })
      .get();
    recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: 'request.create',
      entity: 'participation_request',
      entityId: row.id,
      after: { ...input, locale: ctx.locale },
    });
    return row.id;
  });
  return { answer: 'thanked', stored: id };
}
