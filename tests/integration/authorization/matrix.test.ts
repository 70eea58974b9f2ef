/**
 * The authorization matrix: every exported server action and every route
 * handler, called as each of the four kinds of user, is allowed or refused
 * exactly as the design's permission table says. Actions and routes are
 * enumerated from the app folder, so one without a row here fails the test.
 *
 * Only the session is faked (`currentActor`), with Next's request-bound
 * helpers; the database is real.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionState } from '@/lib/action-state';
import { initialActionState } from '@/lib/action-state';
import { buildFixture, ROLES, type Fixture, type Role } from './fixture';
import { ACTION_ROWS, ROUTE_ROWS, type Outcome } from './rows';

const session = vi.hoisted(() => ({ actor: null as unknown }));

class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirect to ${to}`);
  }
}

vi.mock('@/app/_auth/current-actor', () => ({ currentActor: async () => session.actor }));
vi.mock('@/auth', () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined, handlers: {} }));
vi.mock('next/cache', () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  unstable_cache: <T,>(fn: T) => fn,
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, has: () => false }) }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => key, { rich: (key: string) => key, has: () => true }),
  getLocale: async () => 'en',
  getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString(), number: (n: number) => String(n) }),
}));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Redirected(to);
  },
  notFound: () => {
    throw new Redirected('404');
  },
}));
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Redirected(href);
  },
}));

const actionModules = import.meta.glob(['/app/**/actions.ts', '/app/**/*-action.ts']);
const routeModules = import.meta.glob(['/app/**/route.ts', '/app/**/route.tsx']);

/** Refused means: told to sign in, or not allowed. Anything else got past the check. */
function outcomeOfState(state: ActionState | undefined): Outcome {
  if (state && (state.code === 'unauthenticated' || state.code === 'forbidden')) return 'refused';
  return 'allowed';
}

async function callAction(fn: (prev: ActionState, formData: FormData) => Promise<ActionState | void>, formData: FormData) {
  try {
    const state = (await fn(initialActionState, formData)) ?? undefined;
    if (state && state.code === 'error') throw new Error(`unexpected error: ${state.message}`);
    return outcomeOfState(state);
  } catch (error) {
    // Sent to the sign-in page itself (not to "check your e-mail") means refused.
    if (error instanceof Redirected) return /^(\/[a-z]{2})?\/sign-in(\?|$)/.test(error.to) ? 'refused' : 'allowed';
    throw error;
  }
}

let fixture: Fixture;
beforeAll(() => {
  fixture = buildFixture();
});

describe('server actions', async () => {
  const found: { key: string; fn: (prev: ActionState, formData: FormData) => Promise<ActionState | void> }[] = [];
  for (const [file, load] of Object.entries(actionModules)) {
    const mod = (await load()) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function') found.push({ key: `${file.replace(/^\/app\//, '')}#${name}`, fn: value as never });
    }
  }

  it('has a row for every exported action, and no row for an action that is gone', () => {
    expect(found.map((f) => f.key).sort()).toEqual(Object.keys(ACTION_ROWS).sort());
  });

  for (const { key, fn } of found) {
    const row = ACTION_ROWS[key];
    if (!row) continue;
    for (const role of ROLES) {
      it(`${key} as ${role}: ${row.expect[role]}`, async () => {
        session.actor = fixture.actors[role];
        const outcome = await callAction(fn, row.input(fixture, role));
        expect(outcome).toBe(row.expect[role]);
      });
    }
  }
});

describe('route handlers', async () => {
  const found: { key: string; handlers: Record<string, unknown> }[] = [];
  for (const [file, load] of Object.entries(routeModules)) {
    found.push({ key: file.replace(/^\/app\//, ''), handlers: (await load()) as Record<string, unknown> });
  }

  it('has a row for every route handler', () => {
    expect(found.map((f) => f.key).sort()).toEqual(Object.keys(ROUTE_ROWS).sort());
  });

  for (const { key, handlers } of found) {
    const row = ROUTE_ROWS[key];
    if (!row || row.kind === 'auth') continue;
    for (const role of ROLES) {
      it(`${key} as ${role}: ${row.expect[role]}`, async () => {
        session.actor = fixture.actors[role];
        const { method = 'GET', url, params } = row.request(fixture, role);
        const handler = handlers[method] as (req: Request, ctx: { params: Promise<unknown> }) => Promise<Response>;
        const res = await handler(new Request(`http://localhost${url}`, { method }), { params: Promise.resolve(params) });
        const outcome: Outcome = res.status === 401 || res.status === 403 ? 'refused' : res.status < 400 ? 'allowed' : 'error';
        expect(outcome, `status ${res.status}`).toBe(row.expect[role]);
      });
    }
  }
});

export type { Role };
