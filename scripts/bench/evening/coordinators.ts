/**
 * The coordinators on the night: each from an address of their own (their
 * phone), signed in, confirms "Lights are on" with a photo once their
 * building's lights are on, then sends a new photo now and then, as the
 * tonight card's form does (the server action `confirmLitAction`, posted to
 * their workspace, `/coordinate` or `/fr/coordinate`…, as multipart with the session cookie, React's action
 * encoding as in tests/helpers/action-client.ts). Each save carries a credit
 * line of its own, so that the saves acknowledged can be looked for in
 * SQLite one by one.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { actionReply } from '@/tests/helpers/action-client';
import { brusselsClock, type EveningClock } from './clock';
import type { Coordinator } from './prepare';
import type { Recorder } from './record';
import { loopbackAddress } from './source-address';

export type Saves = { acknowledged: string[]; sent: number; refused: Map<string, number>; stop: () => Promise<void> };

/** A small night photo (640×480 JPEG, ~10 kB): a town hall lit blue. */
export function nightPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 160 120">
    <rect width="160" height="120" fill="#0a1430"/>
    <g fill="#2f6bff"><rect x="40" y="50" width="80" height="60"/><polygon points="40,50 80,28 120,50"/><rect x="74" y="14" width="12" height="36"/></g>
    <g fill="#9cc0ff"><rect x="50" y="62" width="8" height="14"/><rect x="102" y="62" width="8" height="14"/><rect x="74" y="86" width="12" height="24"/></g>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

type Post = { status: number; redirect: string | null; text: string };

function post(agent: http.Agent, port: number, path: string, headers: Record<string, string>, body: Buffer): Promise<Post> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const redirect = res.headers['x-action-redirect'];
        resolve({ status: res.statusCode ?? 0, redirect: typeof redirect === 'string' ? redirect : null, text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    // A phone's browser waits a long while for a form's answer; a person gives up after two minutes.
    req.setTimeout(120_000, () => req.destroy(new Error('time-out')));
    req.on('error', reject);
    req.end(body);
  });
}

/** The form as the browser sends it: the fields with React's part prefix, then the previous state. */
async function litForm(illuminationId: number, photo: Buffer, credit: string): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  form.append('_1_illuminationId', String(illuminationId));
  form.append('_1_litPhoto', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'night.jpg');
  form.append('_1_litPhotoRights', '1');
  form.append('_1_litPhotoCredit', credit);
  form.append('_1_litPhotoPublish', 'on');
  form.append('0', JSON.stringify([{ ok: false, message: '', fieldErrors: {} }, '$K1']));
  const encoded = new Request('http://form.invalid/', { method: 'POST', body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
}


/** Real milliseconds until a Brussels clock time ("19:12") of the evening. */
function untilClock(clock: EveningClock, hhmm: string, speed: number): number {
  const now = clock.at();
  const [h, m] = hhmm.split(':').map(Number);
  const target = new Date(now);
  target.setUTCHours(h! - 2, m!, 0, 0);
  return Math.max(0, (target.getTime() - now.getTime()) / speed);
}

export function startCoordinators(
  coordinators: Coordinator[],
  { nginxPort, actionId, clock, speed, pauseMs }: { nginxPort: number; actionId: string; clock: EveningClock; speed: number; pauseMs: number },
  photo: Buffer,
  recorder: Recorder,
): Saves {
  const acknowledged: string[] = [];
  const refused = new Map<string, number>();
  let sent = 0;
  let stopped = false;
  let wake = () => {};
  const stopping = new Promise<void>((resolve) => (wake = resolve));
  // A wait that ends early when the run stops.
  const sleep = (ms: number) => Promise.race([new Promise((r) => setTimeout(r, ms).unref()), stopping]);
  const site = `127.0.0.1:${nginxPort}`;
  const agents: http.Agent[] = [];
  const runs = coordinators.map(async (c, i) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: loopbackAddress(3, i) });
    agents.push(agent);
    // Once the lights are on, and a few minutes of the evening later (looking at the building first).
    await sleep(untilClock(clock, c.lightsOn, speed) + Math.random() * (8 * 60_000) / speed);
    for (let n = 0; !stopped; n++) {
      const credit = `soak-${i + 1}-${n} (${brusselsClock(clock.at())})`;
      const { body, contentType } = await litForm(c.illuminationId, photo, credit);
      const t0 = performance.now();
      sent++;
      let outcome: string;
      try {
        const res = await post(agent, nginxPort, c.page, {
          host: site,
          origin: `http://${site}`,
          'next-action': actionId,
          accept: 'text/x-component',
          cookie: c.cookie,
          'content-type': contentType,
        }, body);
        const reply = actionReply(res.status, res.redirect, res.text);
        recorder.answer('saves', res.status, performance.now() - t0);
        if (reply.ok) acknowledged.push(credit);
        outcome = reply.ok ? 'ok' : `${res.status}${reply.code ? ` ${reply.code}` : ''}`;
      } catch (error) {
        recorder.failure('saves');
        outcome = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      }
      if (outcome !== 'ok') refused.set(outcome, (refused.get(outcome) ?? 0) + 1);
      // After a failure, try again soon, as a person tapping again; otherwise a new photo now and then.
      await sleep(outcome === 'ok' ? pauseMs * (0.5 + Math.random()) : 2_000);
    }
  });
  return {
    acknowledged,
    get sent() {
      return sent;
    },
    refused,
    stop: async () => {
      stopped = true;
      wake();
      await Promise.all(runs);
      for (const a of agents) a.destroy();
    },
  };
}
