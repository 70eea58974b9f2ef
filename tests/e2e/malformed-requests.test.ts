/**
 * Requests no browser would send: a malformed multipart body, an upload far
 * over the limit, garbage in route parameters. Each gets a clear 4xx (or the
 * action's own refusal), nothing is stored, and the server keeps serving.
 */
import http from 'node:http';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ANONYMOUS_BODY_LIMIT } from '@/lib/http/request-limits';
import { actionId } from '../helpers/action-client';
import { sessionCookie } from './sessions';
import { createTestUser } from './users';

const distDir = path.resolve(import.meta.dirname, '../..', process.env.NEXT_DIST_DIR || '.next');

async function stillServing(baseURL: string) {
  expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
}

/** A POST whose body is sent chunked: its length is not said up front. */
function chunkedPost(url: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'Transfer-Encoding': 'chunked' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('malformed requests', () => {
  it('refuses a large body from a visitor without a session with a 413, without parsing it', async () => {
    const baseURL = inject('baseURL');
    const signIn = actionId(distDir, 'app/[locale]/sign-in/actions.ts', 'requestSignInLink');
    const action = { 'Next-Action': signIn, Accept: 'text/x-component', Origin: baseURL };
    const signInForm = (padding: number) => {
      const form = new FormData();
      form.append('_1_email', 'not-an-address');
      if (padding > 0) form.append('_1_note', new Blob([new Uint8Array(padding).fill(0x61)]), 'note.txt');
      form.append('0', JSON.stringify([{ ok: false, message: '', fieldErrors: {} }, '$K1']));
      return form;
    };

    // The sign-in form, the one action open to everyone, works as ever with a small body.
    const small = await fetch(`${baseURL}/sign-in`, { method: 'POST', headers: action, body: signInForm(0) });
    expect(small.status).toBe(200);
    expect(await small.text()).toContain('"code":"invalid"');

    // The same form as big as a photo: refused by its length, the action never runs.
    const photoSized = await fetch(`${baseURL}/sign-in`, { method: 'POST', headers: action, body: signInForm(5 * 1024 * 1024) });
    expect(photoSized.status).toBe(413);
    expect(await photoSized.text()).not.toContain('"code"');
    // A made-up session cookie is no session.
    const forged = await fetch(`${baseURL}/sign-in`, {
      method: 'POST',
      headers: { ...action, Cookie: 'authjs.session-token=made-up; __Secure-authjs.session-token=made-up' },
      body: signInForm(5 * 1024 * 1024),
    });
    expect(forged.status).toBe(413);
    // Just over the limit is over the limit.
    const justOver = await fetch(`${baseURL}/sign-in`, { method: 'POST', headers: action, body: signInForm(ANONYMOUS_BODY_LIMIT) });
    expect(justOver.status).toBe(413);

    // A form sent without JavaScript (Next.js looks for its action inside the body), to any page.
    for (const page of ['/', '/fr/buildings/1', '/sign-in.x', '/api/health', '/_next/static/none.js']) {
      const form = await fetch(`${baseURL}${page}`, { method: 'POST', headers: { Origin: baseURL }, body: signInForm(128 * 1024) });
      expect(form.status, page).toBe(413);
    }

    // A body whose size is not said up front (chunked): refused, whatever its size.
    const chunked = await chunkedPost(`${baseURL}/sign-in`, { ...action, 'Content-Type': 'multipart/form-data; boundary=xyz' }, Buffer.from('--xyz--\r\n'));
    expect(chunked).toBe(413);
    await stillServing(baseURL);
  });

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

  it('answers a query parameter given twice on the signed-in pages with the page, never a 500', async () => {
    const baseURL = inject('baseURL');
    const organiser = createTestUser({ role: 'organiser' });
    const cookie = sessionCookie(inject('dataDir'), organiser.id);
    for (const url of [
      '/organise/cities?q=ghe&q=bru',
      '/organise/cities?q=ghent&pick=0&pick=1',
      '/organise?year=2025&year=2026',
      '/organise/registrations?year=2025&year=x&status=approved&status=rejected',
      '/organise/press?lang=fr&lang=de',
      '/organise/audit?page=1&page=2&entity=a&entity=b',
      '/organise/review?year=2025&year=2026',
      '/coordinate?year=2025&year=2026&notice=created&notice=updated',
      '/coordinate/new?year=2025&year=2026',
    ]) {
      const res = await fetch(`${baseURL}${url}`, { headers: { Cookie: cookie }, redirect: 'manual' });
      expect(res.status, url).toBeLessThan(500);
      await res.arrayBuffer();
    }
    await stillServing(baseURL);
  });
});
