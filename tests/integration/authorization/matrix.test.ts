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
// Work scheduled for after the response (a sign-in mail) is not part of the answer.
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<object>()), after: () => undefined }));
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

/**
 * The bad-input corpus: every action, as an organiser (who may do the most),
 * with each field of a valid form replaced by hostile or malformed values or
 * left out. Each call must end in a clear answer — never an unexpected error —
 * and a refused call must store nothing.
 */
const HOSTILE: [string, string | null][] = [
  ['10,000 characters', 'x'.repeat(10_000)],
  ['control characters', 'Town\u0000Hall\u001b[31m'],
  ['HTML and script', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
  ['SQL-looking', "'; DROP TABLE buildings; --"],
  ['a spreadsheet formula', '=HYPERLINK("http://evil.example","x")'],
  ['a number out of range', '1e999'],
  ['a wrong type', '[object Object]'],
  ['missing', null],
];

describe('bad input', async () => {
  const { getDb } = await import('@/db');
  const { sql } = await import('drizzle-orm');
  const snapshot = () =>
    JSON.stringify(
      ['audit_log', 'buildings', 'illuminations', 'user', 'campaigns', 'cities', 'city_coordinators'].map(
        (t) => getDb().get<{ n: number }>(sql.raw(`select count(*) as n from "${t}"`))!.n,
      ),
    );
  const modules: [string, Record<string, unknown>][] = [];
  for (const [file, load] of Object.entries(actionModules)) modules.push([file.replace(/^\/app\//, ''), (await load()) as Record<string, unknown>]);

  for (const [key, row] of Object.entries(ACTION_ROWS)) {
    if (row.expect.organiser !== 'allowed' || key.includes('sign-out')) continue;
    const [file, name] = key.split('#') as [string, string];
    it(`${key} answers hostile and malformed fields clearly, storing nothing when it refuses`, async () => {
      const fn = modules.find(([f]) => f === file)?.[1][name] as (prev: ActionState, formData: FormData) => Promise<ActionState | void>;
      session.actor = fixture.actors.organiser;
      const valid = row.input(fixture, 'organiser');
      const fields = [...new Set([...valid.keys()])];
      const problems: string[] = [];
      for (const field of fields) {
        for (const [label, value] of HOSTILE) {
          const input = new FormData();
          for (const [k, v] of valid.entries()) if (k !== field) input.append(k, v);
          if (value !== null) input.append(field, value);
          const before = snapshot();
          let state: ActionState | undefined;
          try {
            state = (await fn(initialActionState, input)) ?? undefined;
          } catch (error) {
            if (!(error instanceof Redirected)) problems.push(`${field} ${label}: threw ${String(error)}`);
            continue;
          }
          if (state?.code === 'error') problems.push(`${field} ${label}: unexpected error`);
          if (state && !state.ok && snapshot() !== before) problems.push(`${field} ${label}: refused but stored something`);
          if (state?.code === 'invalid' && Object.keys(state.fieldErrors).length === 0) problems.push(`${field} ${label}: invalid without a field error`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
