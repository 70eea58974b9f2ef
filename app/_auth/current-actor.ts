import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import type { Actor } from '@/lib/permissions';
import { actorForSession, SESSION_COOKIES } from '@/lib/users/sessions';

/**
 * The signed-in user for this request, read again from the database (so a
 * deactivated user or a changed city list takes effect at once), or null.
 */
export const currentActor = cache(async (): Promise<Actor> => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  return actorForSession(token);
});
