import 'server-only';
import { cache } from 'react';
import { auth } from '@/auth';
import type { Actor } from '@/lib/permissions';
import { loadActor } from '@/lib/users';

/**
 * The signed-in user for this request, read again from the database (so a
 * deactivated user or a changed city list takes effect at once), or null.
 */
export const currentActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadActor(id) : null;
});
