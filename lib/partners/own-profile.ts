/**
 * A partner organisation's public profile as its own people change it: its
 * description (per language) and website, and a new logo, which is only
 * sent (`logoPending`): the public sees it once an organiser approves it.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { writeTransaction } from '@/db';
import { partners, type Partner } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { EventNotFoundError } from '@/lib/events/errors';
import type { ProfileFields } from '@/lib/events/validation';
import { LOCALES } from '@/lib/constants';
import { differingNames } from '@/lib/localized';
import { authorize, canEditPartnerProfile, canUsePartnerSpace, type Actor } from '@/lib/permissions';
import { removePhoto, withStoredPhoto, type PreparedPhoto } from '@/lib/photos/photos';

const facts = (p: Pick<Partner, 'website' | 'description' | 'descriptions' | 'logoPending'>) => ({
  website: p.website,
  description: p.description,
  descriptions: p.descriptions,
  logoPending: p.logoPending,
});

/** Saves the profile; a logo (already checked by content and re-encoded) waits for an organiser. */
export async function saveOwnProfile(
  actor: Actor,
  input: ProfileFields,
  { logo = null, now = new Date() }: { logo?: PreparedPhoto | null; now?: Date } = {},
): Promise<{ partnerId: number; changed: boolean; logoSent: boolean }> {
  authorize(actor, canUsePartnerSpace(actor));
  authorize(actor, canEditPartnerProfile(actor, { partnerId: input.partnerId }));
  let replaced: string | null = null;
  const result = withStoredPhoto(logo, (logoName) =>
    writeTransaction((tx) => {
      const before = tx.select().from(partners).where(eq(partners.id, input.partnerId)).get();
      if (!before) throw new EventNotFoundError();
      const own = input as unknown as Record<string, string | undefined>;
      const descriptions = differingNames(input.description, Object.fromEntries(LOCALES.map((l) => [l, own[`description_${l}`]])));
      const next = { website: input.website, description: input.description, descriptions, logoPending: logoName ?? before.logoPending };
      if (JSON.stringify(facts(next)) === JSON.stringify(facts(before))) return { partnerId: before.id, changed: false, logoSent: false };
      const after = tx.update(partners).set({ ...next, updatedAt: now }).where(eq(partners.id, before.id)).returning().get();
      recordAudit(tx, { actorId: actor.id, action: 'partner.profile', entity: 'partner', entityId: before.id, before: facts(before), after: facts(after) });
      if (logoName && before.logoPending && before.logoPending !== before.logo) replaced = before.logoPending;
      return { partnerId: before.id, changed: true, logoSent: Boolean(logoName) };
    }),
  );
  // A logo sent before and never approved is replaced by the new one.
  if (replaced) removePhoto(replaced);
  return result;
}
