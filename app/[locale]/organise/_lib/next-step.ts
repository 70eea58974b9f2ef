import 'server-only';
import { getTranslations } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import type { ActionState } from '@/lib/action-state';
import { getSeason } from '@/lib/campaigns/season-facts';

/** An organiser action's answer, with the season's next step to take (its link and words). */
export type NextStepState = ActionState & { next?: { href: string; label: string } };

/**
 * A success answer that also names what comes next in the season: the first
 * step not done of the campaign of `year`, or of the campaign of the moment.
 * Called after the action's change, by the organiser who made it.
 */
export async function doneWithNextStep(message: string, year?: number): Promise<NextStepState> {
  const actor = await currentActor();
  const { checklist } = await getSeason(actor, new Date(), year);
  const t = await getTranslations('OrganiseSeason');
  const next = checklist.next;
  return { ok: true, code: 'ok', message, fieldErrors: {}, next: next ? { href: next.href, label: t(`next.${next.key}`) } : undefined };
}
