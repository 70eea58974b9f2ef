/**
 * A stand-in for `@/app/_auth/current-actor` outside a Next request: the
 * signed-in user is whoever the test puts in `session.actor` (nobody at first).
 *
 *   import { session } from '../helpers/acting-user';
 *   vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
 */
import type { Actor } from '@/lib/permissions';

export const session: { actor: Actor } = { actor: null };

export async function currentActor(): Promise<Actor> {
  return session.actor;
}
