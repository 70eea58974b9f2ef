/**
 * `npm run bench -- evening`: a soak test of the evening of 30 July. Two app
 * processes on one DATA_DIR behind the shipped nginx configuration, on a
 * clock that starts at 19:00 in Brussels and runs ten times faster, while
 * at the same time:
 *
 *   - the public asks for `/`, `/fr`, the map data and building pages at a
 *     steady rate from many addresses (measured alone first: the reference);
 *   - 100 coordinators confirm "Lights are on" with a photo, and send more;
 *   - the outbox mails reminders to an SMTP server that refuses connections
 *     for a while in the middle;
 *   - one process is killed (`kill -9`) in the middle and started again;
 *   - one client sends made-up session cookies as fast as it is set to.
 *
 * It fails (exit status 1) when an acknowledged save is not in SQLite, or a
 * mail is lost or delivered twice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { actionId } from '@/tests/helpers/action-client';
import { startNginx } from '@/tests/e2e/nginx';
import { freePort } from '../server';
import { CLOCK_SPEED, brusselsClock, eveningClock } from './clock';
import { nightPhoto, startCoordinators } from './coordinators';
import { startMailSink } from './mail-sink';
import { prepareEvening } from './prepare';
import { cpuSeconds, killHard, rssMb, startEveningApp, stopApp, type AppSettings } from './processes';
import { Recorder } from './record';
import type { EveningResult, Memory } from './report';
import { readStored } from './stored';
import { checkMail, checkSaves, mailKinds } from './summary';
import { startFakeCookies, startPublic } from './visitors';

const seconds = (name: string, fallback: number) => {
  const v = Number(process.env[name] || fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number of seconds`);
  return v;
};
const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

export type EveningSettings = { root: string; dist: string };

export async function benchEvening({ root, dist }: EveningSettings): Promise<EveningResult> {
  const storm = seconds('BENCH_SECONDS', 180);
  const reference = seconds('BENCH_REFERENCE_SECONDS', 10);
  const outage = Math.min(seconds('BENCH_SMTP_OUTAGE_SECONDS', 40), storm * 0.4);
  const drainLimit = seconds('BENCH_DRAIN_SECONDS', 150);
  const rates = { publicRate: seconds('BENCH_PUBLIC_RATE', 200), visitors: 20, fakeRate: seconds('BENCH_FAKE_RATE', 300) };
  const pauseMs = seconds('BENCH_SAVE_PAUSE_SECONDS', 15) * 1000;

  const loadAtStart = os.loadavg()[0]!;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-bench-evening-'));
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir);
  const base = Number(process.env.BENCH_PORT_BASE || 0);
  const port = async (offset: number) => (base ? base + offset : freePort());
  const [portA, portB, smtpPort] = [await port(0), await port(1), await port(2)];
  const nginxPort = Number(process.env.BENCH_NGINX_PORT || 0) || (await port(20));
  const settings: AppSettings = { dataDir, distDir: dist, siteUrl: `http://127.0.0.1:${nginxPort}`, smtpPort };

  // Migrated before it is filled; the servers then open it as it is.
  openDatabase(path.join(dataDir, DB_FILE_NAME)).sqlite.close();
  const evening = prepareEvening(dataDir, 100);
  const photo = await nightPhoto();
  const save = actionId(path.join(root, dist), 'app/[locale]/coordinate/actions.ts', 'confirmLitAction');

  const sink = await startMailSink(smtpPort);
  const clock = eveningClock(Date.now());
  const clockFrom = brusselsClock(clock.at());
  const a = await startEveningApp(settings, portA, clock);
  let b = await startEveningApp(settings, portB, clock);
  // tests/e2e/nginx.ts reads the build's folder from NEXT_DIST_DIR, as the test servers do.
  process.env.NEXT_DIST_DIR = dist;
  const proxy = await startNginx([portA, portB], nginxPort);
  const recorder = new Recorder();
  const loads: { stop: () => Promise<void> }[] = [];
  try {
    const html = await (await fetch(`${proxy.baseURL}/`)).text();
    const mapData = html.match(/\/api\/lights\/\d{4}\/map\/[A-Za-z0-9_-]+\.json/)?.[0];
    if (!mapData) throw new Error('The map page names no map data');
    const paths = { mapData, buildingIds: evening.publicBuildingIds };
    // Each process's page cache warm, as after the first visitors of the evening: every page the
    // public load asks for, so that the reference measures answers, not each page's first render.
    for (const app of [a, b]) {
      for (const p of ['/', '/fr', mapData, ...paths.buildingIds.map((id) => `/buildings/${id}`)]) await (await fetch(`${app.baseURL}${p}`)).arrayBuffer();
    }
    const memory = { a: rssMb(a.child.pid), b: rssMb(b.child.pid) };
    const cpuAtStart = { a: cpuSeconds(a.child.pid), b: cpuSeconds(b.child.pid), bench: process.cpuUsage(), wall: performance.now() };

    console.log(`  ${brusselsClock(clock.at())} the public alone, ${reference} s (reference)`);
    loads.push(startPublic(nginxPort, paths, recorder, { rate: rates.publicRate, visitors: rates.visitors }));
    await sleep(reference);
    console.log(`  ${brusselsClock(clock.at())} with the made-up cookie client, ${reference} s`);
    recorder.phase = 'fake-cookie';
    loads.push(startFakeCookies(nginxPort, paths, recorder, { rate: rates.fakeRate }));
    await sleep(reference);

    console.log(`  ${brusselsClock(clock.at())} the storm, ${storm} s: coordinators, mail outage, kill -9`);
    recorder.phase = 'storm';
    const stormStart = performance.now();
    const at = (s: number) => sleep(Math.max(0, s - (performance.now() - stormStart) / 1000));
    const saves = startCoordinators(evening.coordinators, { nginxPort, actionId: save, clock, speed: CLOCK_SPEED, pauseMs }, photo, recorder);

    const outageAt = storm * 0.2;
    const killAt = Math.round(storm * 0.55);
    await at(outageAt);
    console.log(`  ${brusselsClock(clock.at())} the mail server refuses connections for ${outage} s`);
    await sink.down();
    await at(outageAt + outage);
    await sink.up();
    console.log(`  ${brusselsClock(clock.at())} the mail server accepts again`);
    await at(killAt);
    const bBeforeKill = rssMb(b.child.pid);
    const bCpuBeforeKill = cpuSeconds(b.child.pid) - cpuAtStart.b;
    console.log(`  ${brusselsClock(clock.at())} kill -9 of one process (${bBeforeKill} MB), started again`);
    await killHard(b);
    const restartStart = performance.now();
    b = await startEveningApp(settings, portB, clock);
    const restartSeconds = Math.round((performance.now() - restartStart) / 100) / 10;
    const bRestarted = rssMb(b.child.pid);
    await at(storm);
    const end = { a: rssMb(a.child.pid), b: rssMb(b.child.pid) };
    const benchCpu = process.cpuUsage(cpuAtStart.bench);
    const cpu = {
      wallSeconds: Math.round((performance.now() - cpuAtStart.wall) / 1000),
      servers: Math.round(cpuSeconds(a.child.pid) - cpuAtStart.a + bCpuBeforeKill + cpuSeconds(b.child.pid)),
      clients: Math.round((benchCpu.user + benchCpu.system) / 1e6),
    };
    await saves.stop();
    await Promise.all(loads.splice(0).map((l) => l.stop()));
    const clockTo = brusselsClock(clock.at());

    // The outbox drains: every mail queued is delivered, or the run fails.
    const drainStart = performance.now();
    let stored = readStored(dataDir);
    while (stored.outbox.some((r) => r.status === 'waiting') && performance.now() - drainStart < drainLimit * 1000) {
      await sleep(2);
      stored = readStored(dataDir);
    }
    await sleep(1);
    stored = readStored(dataDir);
    const drainSeconds = Math.round((performance.now() - drainStart) / 1000);

    const memoryRows: Memory[] = [
      { process: 'process 1', startMb: memory.a, endMb: end.a },
      { process: 'process 2 until killed', startMb: memory.b, endMb: bBeforeKill },
      { process: 'process 2 restarted', startMb: bRestarted, endMb: end.b },
    ];
    return {
      seconds: { quiet: reference, fakeCookie: reference, storm },
      recorder,
      saves: { ...checkSaves(saves.sent, saves.acknowledged, stored.credits), refused: saves.refused },
      mail: { ...checkMail(stored.outbox, sink.received), kinds: mailKinds(stored.outbox), outageSeconds: outage, drainSeconds },
      memory: memoryRows,
      kill: { atSecond: killAt, restartSeconds },
      clock: { from: clockFrom, to: clockTo },
      rates,
      loadAtStart,
      cpu,
    };
  } finally {
    await Promise.all(loads.map((l) => l.stop()));
    await proxy.stop();
    await Promise.all([stopApp(a), stopApp(b)]);
    await sink.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
