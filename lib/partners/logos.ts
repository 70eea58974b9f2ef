/**
 * Partner organisations' logos. An upload is checked and re-encoded like a
 * building's photo (lib/photos/photos.ts: by its content, PNG, JPEG or WebP,
 * no metadata, WebP out; WebP keeps a transparent logo transparent). The
 * public logo (`logo`) is served to everyone; a logo the organisation's
 * people sent (`logoPending`) only to the organisers and those people, until
 * an organiser approves it.
 */
import 'server-only';
import { eq, or } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { partners } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, canEditPartnerProfile, canManagePartners, isOrganiser, type Actor } from '@/lib/permissions';
import { UnknownPartnerError } from './organisations';

/** The pending logo changed (or went) since the organiser looked at it. */
export class StaleLogoError extends Error {}

/**
 * Approves the logo an organisation's people sent (it becomes the public
 * logo) or refuses it (it goes; the public logo stays). `seen` is the pending
 * logo the organiser looked at: a different one sent meanwhile is not decided.
 */
export async function decideLogo(actor: Actor, id: number, decision: 'approve' | 'refuse', seen: string): Promise<{ name: string }> {
  authorize(actor, canManagePartners(actor));
  return writeTransaction((tx) => {
    const before = tx.select().from(partners).where(eq(partners.id, id)).get();
    if (!before) throw new UnknownPartnerError();
    if (!before.logoPending || before.logoPending !== seen) throw new StaleLogoError();
    const set = decision === 'approve' ? { logo: before.logoPending, logoPending: null } : { logoPending: null };
    tx.update(partners).set({ ...set, updatedAt: new Date() }).where(eq(partners.id, id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: decision === 'approve' ? 'partner.logo_approve' : 'partner.logo_refuse',
      entity: 'partner',
      entityId: id,
      before: { logo: before.logo, logoPending: before.logoPending },
      after: { logo: decision === 'approve' ? before.logoPending : before.logo, logoPending: null },
    });
    return { name: before.name };
  });
}

/** Who may see a stored file as a logo: everyone if it is an organisation's public logo; `pendingOf` the organisations waiting with it. */
export async function logoAccess(name: string): Promise<{ public: boolean; pendingOf: number[] }> {
  const rows = await getDb()
    .select({ id: partners.id, logo: partners.logo, logoPending: partners.logoPending })
    .from(partners)
    .where(or(eq(partners.logo, name), eq(partners.logoPending, name)));
  return { public: rows.some((r) => r.logo === name), pendingOf: rows.filter((r) => r.logoPending === name).map((r) => r.id) };
}

/** Whether `actor` may see the file `name` as a logo (see logoAccess). */
export async function mayViewLogo(actor: Actor, name: string): Promise<boolean> {
  const access = await logoAccess(name);
  if (access.public) return true;
  return isOrganiser(actor) || access.pendingOf.some((partnerId) => actor !== null && canEditPartnerProfile(actor, { partnerId }));
}
