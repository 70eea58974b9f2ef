/** Who may register, edit or withdraw for a city, with the workspace's own error when only the deadline is in the way. */
import type { Campaign } from '@/db/schema';
import { authorize, canRegister, isCoordinatorOf, isOrganiser, type Actor } from '../permissions';
import { RegistrationClosedError } from './errors';

// ---------------------------------------------------------------------------

/**
 * Register, edit or withdraw for `cityId` in `campaign`: organisers always,
 * the city's coordinators until the deadline (which gets its own error, so
 * the page can say why).
 */
export function assertMayRegister(
  actor: Actor,
  cityId: number,
  campaign: Pick<Campaign, 'registrationDeadline'>,
  now: Date,
): asserts actor is NonNullable<Actor> {
  if (canRegister(actor, { cityId, registrationDeadline: campaign.registrationDeadline }, now)) return;
  if (isCoordinatorOf(actor, cityId)) throw new RegistrationClosedError(campaign.registrationDeadline);
  authorize(actor, false);
}

/** Whether the actor works for this city at all (sees its registrations, whatever their status). */
export function actsForCity(actor: Actor, cityId: number): boolean {
  return isOrganiser(actor) || isCoordinatorOf(actor, cityId);
}
