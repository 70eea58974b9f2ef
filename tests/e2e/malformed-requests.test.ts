/**
 * Requests no browser would send: a malformed multipart body, an upload far
 * over the limit, garbage in route parameters. Each gets a clear 4xx (or the
 * action's own refusal), nothing is stored, and the server keeps serving.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { actionId } from '../helpers/action-client';
import { sessionCookie } from './sessions';
import { createTestUser } from './users';

const distDir = path.resolve(import.meta.dirname, '../..', process.env.NEXT_DIST_DIR || '.next');

async function stillServing(baseURL: string) {
  expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
}

describe('malformed requests', () => {
  it('answers a broken multipart body and an oversized upload with a 4xx, and keeps serving', async () => {
    const baseURL = inject('baseURL');
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ghent'] });
    const cookie = sessionCookie(inject('dataDir'), coordinator.id);
    const save = actionId(distDir, 'app/[locale]/coordinate/actions.ts', 'saveRegistrationAction');
    const headers = { 'Next-Action': save, Accept: 'text/x-component', Origin: baseURL, Cookie: cookie };

    const broken = await fetch(`${baseURL}/coordinate/new`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"ok":false},"$K1"\r\n--xy',
    });
    expect(broken.status, await broken.text()).toBeGreaterThanOrEqual(400);
    expect(broken.status).toBeLessThan(500);
    await stillServing(baseURL);

    const huge = new FormData();
    huge.append('_1_photo', new Blob([new Uint8Array(30 * 1024 * 1024)], { type: 'image/jpeg' }), 'huge.jpg');
    huge.append('0', JSON.stringify([{ ok: false, message: '', fieldErrors: {} }, '$K1']));
    const tooBig = await fetch(`${baseURL}/coordinate/new`, { method: 'POST', headers, body: huge });
    expect(tooBig.status, (await tooBig.text()).slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(tooBig.status).toBeLessThan(500);
    await stillServing(baseURL);
  });

  it('answers garbage in route parameters with a 4xx, never a 500', async () => {
    const baseURL = inject('baseURL');
    for (const url of [
      '/api/lights/%00',
      '/api/lights/2026%27%20OR%201=1',
      '/api/lights/99999999999999999999',
      '/api/lights/2026?format=%3Cscript%3E',
      '/api/exports/csv?year=abc',
      '/uploads/..%2F..%2Fetc%2Fpasswd',
      '/uploads/%3Cscript%3E.webp',
      '/buildings/1%27%3B--',
      '/years/20x6',
    ]) {
      const res = await fetch(`${baseURL}${url}`, { redirect: 'manual' });
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.status, url).toBeLessThan(500);
    }
    await stillServing(baseURL);
  });
});
