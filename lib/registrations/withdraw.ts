/** Withdrawing a registration (see write.ts for the other writes of the coordinator workspace). */
import 'server-only';
import { eq } from 'drizzle-orm';
import { writeTransaction } from '@/db';
import { illuminations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, canUseWorkspace, type Actor } from '../permissions';
import { assertMayRegister } from './access';
import { illuminationFacts } from './snapshots';
import { loadInTx } from './write';

export type Withdrawn = { illuminationId: number; year: number; changed: boolean; /** It was on the public map. */ wasPublic: boolean };

/** Withdraws a registration: it leaves the public map at once (`approved` cleared). */
export async function withdrawRegistration(actor: Actor, illuminationId: number, { now = new Date() }: { now?: Date } = {}): Promise<Withdrawn> {
  authorize(actor, canUseWorkspace(actor));
  return writeTransaction((tx): Withdrawn => {
    const { illumination: before, building, campaign } = loadInTx(tx, illuminationId);
    assertMayRegister(actor, building.cityId, campaign, now);
    if (before.status === 'withdrawn') return { illuminationId, year: campaign.year, changed: false, wasPublic: false };
    const after = tx
      .update(illuminations)
      .set({ status: 'withdrawn', approved: null, updatedAt: now })
      .where(eq(illuminations.id, illuminationId))
      .returning()
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'illumination.withdraw',
      entity: 'illumination',
      entityId: illuminationId,
      before: illuminationFacts(before),
      after: illuminationFacts(after),
    });
    return { illuminationId, year: campaign.year, changed: true, wasPublic: before.approved !== null };
  });
}

