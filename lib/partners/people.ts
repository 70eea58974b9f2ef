/** The people who act for partner organisations, for the organisers' partners page. */
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { partnerMembers, users } from '@/db/schema';
import type { Locale } from '@/lib/constants';
import { authorize, canManagePartners, type Actor } from '@/lib/permissions';

export type PartnerPerson = {
  id: string;
  name: string | null;
  email: string;
  locale: Locale;
  active: boolean;
  /** Auth.js marks the address verified at the first sign-in by e-mail link. */
  signedIn: boolean;
  partnerIds: number[];
};

export async function listPartnerPeople(actor: Actor): Promise<PartnerPerson[]> {
  authorize(actor, canManagePartners(actor));
  const db = getDb();
  const people = await db.select().from(users).where(eq(users.role, 'partner')).orderBy(asc(users.email));
  const links = await db.select().from(partnerMembers);
  return people.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    locale: u.locale,
    active: u.deactivatedAt === null,
    signedIn: u.emailVerified !== null,
    partnerIds: links.filter((l) => l.userId === u.id).map((l) => l.partnerId),
  }));
}
