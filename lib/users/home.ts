/**
 * Where each kind of signed-in person starts: the page a sign-in link lands
 * on (/start) and the header's workspace link. Safe in the browser.
 */
import type { UserRole } from '@/lib/constants';

const HOMES: Record<UserRole, string> = {
  organiser: '/organise',
  coordinator: '/coordinate',
  partner: '/partner',
};

export function homeOf(role: UserRole): string {
  return HOMES[role];
}
