import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { actionId, callAction } from '../helpers/action-client';
import { mailsFor } from '../helpers/mailbox';
import { sessionCookie } from './sessions';
import { createTestUser } from './users';

const distDir = path.resolve(import.meta.dirname, '../..', process.env.NEXT_DIST_DIR || '.next');
const INVITE = () => actionId(distDir, 'app/[locale]/organise/coordinators/actions.ts', 'inviteUserAction');

describe('server actions over HTTP', () => {
  it('refuses a signed-out call and a cross-origin call, and stores nothing', async () => {
    const baseURL = inject('baseURL');
    const organiser = createTestUser({ role: 'organiser' });
    const cookie = sessionCookie(inject('dataDir'), organiser.id);
    const fields = { email: `nobody-${Date.now()}@example.org`, name: 'Nobody', role: 'organiser' };

    // Without a session cookie the proxy sends the call to sign in before it reaches the action…
    const noCookie = await callAction({ baseURL, page: '/organise/coordinators', actionId: INVITE(), fields });
    expect(noCookie.ok).toBe(false);
    expect(noCookie.status).toBe(307);
    // …and with a cookie that names no session, the action refuses it itself.
    const forged = await callAction({ baseURL, page: '/organise/coordinators', actionId: INVITE(), fields, cookie: 'authjs.session-token=forged' });
    expect(forged.code).toBe('unauthenticated');

    const crossSite = await callAction({ baseURL, page: '/organise/coordinators', actionId: INVITE(), fields, cookie, origin: 'https://evil.example' });
    expect(crossSite.ok).toBe(false);
    expect(crossSite.status).toBeGreaterThanOrEqual(400);

    expect(await mailsFor(inject('mailDir'), fields.email)).toEqual([]);

    const allowed = await callAction({ baseURL, page: '/organise/coordinators', actionId: INVITE(), fields: { ...fields, email: `somebody-${Date.now()}@example.org` }, cookie });
    expect(allowed.ok, allowed.body.slice(0, 600)).toBe(true);
  });
});
