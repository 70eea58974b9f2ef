/**
 * Where a partner lands and what refuses them, on real SQLite: a sign-in
 * link's landing (/start) sends them to their own space (/partner), the
 * coordinators' workspace answers them with the forbidden page, and their
 * account knows their organisations.
 */
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createPartner, createPartnerUser, createUser } from '@/lib/demo/builders';
import type { Actor } from '@/lib/permissions';
import { actorOf } from '../helpers/organise-fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor }));
class Stopped extends Error {
  constructor(readonly to: string) {
    super(to);
  }
}
vi.mock('@/app/_auth/current-actor', () => ({ currentActor: async () => session.actor }));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href, locale }: { href: string; locale: string }) => {
    throw new Stopped(`${locale}:${href}`);
  },
}));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new Stopped('403');
  },
}));

const { default: StartPage } = await import('@/app/[locale]/start/page');
const { default: CoordinateLayout } = await import('@/app/[locale]/coordinate/layout');
const { getProfile, loadActor } = await import('@/lib/users/users');

const landing = async (actor: Actor, locale = 'nl') => {
  session.actor = actor;
  return StartPage({ params: Promise.resolve({ locale }) }).then(
    () => 'no redirect',
    (e: Stopped) => e.to,
  );
};

describe('a partner signed in', () => {
  it('lands on their own space; coordinators and organisers land where they did', async () => {
    const org = createPartner(getDb());
    expect(await landing(actorOf(createPartnerUser(getDb(), {}, [org.id]), [org.id]))).toBe('nl:/partner');
    expect(await landing(actorOf(createUser(getDb(), { role: 'coordinator' })))).toBe('nl:/coordinate');
    expect(await landing(actorOf(createUser(getDb(), { role: 'organiser' })))).toBe('nl:/organise');
    expect(await landing(null)).toBe('nl:/sign-in');
  });

  it('is refused the coordinators’ workspace with the forbidden page; coordinators and the public pass through', async () => {
    const org = createPartner(getDb());
    session.actor = actorOf(createPartnerUser(getDb(), {}, [org.id]), [org.id]);
    await expect(CoordinateLayout({ children: null })).rejects.toMatchObject({ to: '403' });
    session.actor = actorOf(createUser(getDb(), { role: 'coordinator' }));
    await expect(CoordinateLayout({ children: 'ok' })).resolves.toBe('ok');
    session.actor = null;
    await expect(CoordinateLayout({ children: 'ok' })).resolves.toBe('ok');
  });

  it('has their organisations on their account, in the organisers’ order, and as an actor', async () => {
    const first = createPartner(getDb(), { name: 'First org', position: -2 });
    const second = createPartner(getDb(), { name: 'Second org', names: { fr: 'Deuxième org' }, position: -1 });
    const user = createPartnerUser(getDb(), {}, [second.id, first.id]);
    const profile = (await getProfile(user.id))!;
    expect(profile.organisations.map((o) => o.name)).toEqual(['First org', 'Second org']);
    expect(profile.organisations[1]!.names).toEqual({ fr: 'Deuxième org' });
    expect((await loadActor(user.id))!.partnerIds!.sort()).toEqual([first.id, second.id].sort());
    const coordinator = createUser(getDb(), { role: 'coordinator' });
    expect((await getProfile(coordinator.id))!.organisations).toEqual([]);
  });
});
