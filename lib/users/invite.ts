/**
 * Inviting someone: the user, their cities and their invitation mail, in one
 * transaction. Apart from users.ts, which the proxy imports (sessions) and
 * which so carries no mail code.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { writeTransaction } from '@/db';
import { cityCoordinators, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Locale, UserRole } from '@/lib/constants';
import { enqueueMail } from '@/lib/mail/outbox';
import { authorize, canManageCoordinators, type Actor } from '../permissions';
import { invitationFacts, invitationMail } from './invitation';
import { assertCitiesExist, DuplicateEmailError } from './users';

/**
 * Invites a user: they can then ask for a sign-in link. The invitation mail,
 * in `locale`, is queued in the same transaction: no invitation without its
 * mail, no mail for an invitation that failed. `actor` 'system' is the
 * command line (the first organiser), which has no user yet.
 */
export async function inviteUser(
  actor: Actor | 'system',
  input: { email: string; name: string; role: UserRole; cityIds: number[]; locale: Locale },
  now: Date = new Date(),
): Promise<{ id: string }> {
  if (actor !== 'system') authorize(actor, canManageCoordinators(actor));
  const email = input.email.toLowerCase();
  return writeTransaction((tx) => {
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (existing) throw new DuplicateEmailError();
    assertCitiesExist(tx, input.cityIds);
    const user = tx
      .insert(users)
      .values({ email, name: input.name, role: input.role, locale: input.locale })
      .returning()
      .get();
    const cityIds = input.role === 'coordinator' ? [...new Set(input.cityIds)] : [];
    if (cityIds.length) tx.insert(cityCoordinators).values(cityIds.map((cityId) => ({ userId: user.id, cityId }))).run();
    recordAudit(tx, {
      actorId: actor === 'system' ? null : actor.id,
      action: 'user.invite',
      entity: 'user',
      entityId: user.id,
      after: { email, name: input.name, role: input.role, cityIds, locale: input.locale },
    });
    const facts = invitationFacts(tx, { email, name: input.name, role: input.role, cityIds }, input.locale, now);
    enqueueMail(tx, { ...invitationMail(input.locale, facts), to: email, userId: user.id, locale: input.locale, kind: 'invitation' }, now);
    return { id: user.id };
  });
}
