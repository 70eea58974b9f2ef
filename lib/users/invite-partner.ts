/**
 * Inviting a partner organisation's person: the user (role `partner`), the
 * organisations they act for and their invitation mail, in one transaction.
 * They then sign in with the same e-mail links (and limits) as coordinators.
 */
import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { writeTransaction, type Tx } from '@/db';
import { partnerMembers, partners, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Locale } from '@/lib/constants';
import { enqueueMail } from '@/lib/mail/outbox';
import { authorize, canManagePartners, type Actor } from '../permissions';
import { partnerInvitationFacts, partnerInvitationMail } from './partner-invitation';
import { DuplicateEmailError, UnknownUserError, type PersonNamed } from './users';

/** One of the chosen organisations does not exist (any more). */
export class UnknownPartnerChoiceError extends Error {}

function assertPartnersExist(tx: Tx, partnerIds: number[]) {
  const found = tx.select({ id: partners.id }).from(partners).where(inArray(partners.id, partnerIds)).all();
  if (found.length !== new Set(partnerIds).size) throw new UnknownPartnerChoiceError();
}

export async function invitePartner(
  actor: Actor,
  input: { email: string; name: string; partnerIds: number[]; locale: Locale },
  now: Date = new Date(),
): Promise<{ id: string }> {
  authorize(actor, canManagePartners(actor));
  const email = input.email.toLowerCase();
  const partnerIds = [...new Set(input.partnerIds)];
  return writeTransaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) throw new DuplicateEmailError();
    assertPartnersExist(tx, partnerIds);
    const user = tx.insert(users).values({ email, name: input.name, role: 'partner', locale: input.locale }).returning().get();
    tx.insert(partnerMembers).values(partnerIds.map((partnerId) => ({ userId: user.id, partnerId }))).run();
    recordAudit(tx, { actorId: actor.id, action: 'user.invite', entity: 'user', entityId: user.id, after: { email, name: input.name, role: 'partner', partnerIds, locale: input.locale } });
    const facts = partnerInvitationFacts(tx, { email, name: input.name, partnerIds }, input.locale, now);
    enqueueMail(tx, { ...partnerInvitationMail(input.locale, facts), to: email, userId: user.id, locale: input.locale, kind: 'invitation' }, now);
    return { id: user.id };
  });
}

/** Replaces the organisations a partner acts for (at least one). */
export async function setPartnerMemberships(actor: Actor, userId: string, partnerIds: number[]): Promise<PersonNamed> {
  authorize(actor, canManagePartners(actor));
  const unique = [...new Set(partnerIds)];
  return writeTransaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user || user.role !== 'partner') throw new UnknownUserError();
    assertPartnersExist(tx, unique);
    const before = tx.select().from(partnerMembers).where(eq(partnerMembers.userId, userId)).all().map((r) => r.partnerId);
    tx.delete(partnerMembers).where(eq(partnerMembers.userId, userId)).run();
    tx.insert(partnerMembers).values(unique.map((partnerId) => ({ userId, partnerId }))).run();
    recordAudit(tx, { actorId: actor.id, action: 'user.partners', entity: 'user', entityId: userId, before: { partnerIds: before }, after: { partnerIds: unique } });
    return { name: user.name || user.email };
  });
}
