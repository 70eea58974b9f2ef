/** The evening's tables: what is printed, and the same in Markdown for the README. */
import os from 'node:os';
import type { Recorder } from './record';
import { loadFigures, type LoadFigures, type MailCheck, type Row, type SavesCheck } from './summary';

export type Memory = { process: string; startMb: number; endMb: number };

export type EveningResult = {
  seconds: { quiet: number; fakeCookie: number; storm: number };
  recorder: Recorder;
  saves: SavesCheck & { refused: Map<string, number> };
  mail: MailCheck & { kinds: string; outageSeconds: number; drainSeconds: number };
  memory: Memory[];
  kill: { atSecond: number; restartSeconds: number };
  clock: { from: string; to: string };
  rates: { publicRate: number; visitors: number; fakeRate: number };
  /** The machine's load average (1 minute) when the run began: other work on it shows here. */
  loadAtStart: number;
  /** CPU seconds the two app processes and this benchmark's clients used from the reference to the storm's end. */
  cpu: { wallSeconds: number; servers: number; clients: number };
};

export function machine(loadAtStart: number): string {
  const cpus = os.cpus();
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`;
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${load}`;
}

const ms = (n: number) => `${n} ms`;
const share = (part: number, whole: number) => (whole === 0 ? '0 %' : `${((100 * part) / whole).toFixed(1)} %`);

function loadRow(what: string, f: LoadFigures): Row {
  const kinds = Object.entries(f.errorKinds).map(([k, n]) => `${k}: ${n}`).join(', ');
  return { what, requests: f.requests, 'req/s': f.perSecond, p50: ms(f.p50), p95: ms(f.p95), '429s': `${f.tooMany} (${share(f.tooMany, f.requests)})`, errors: kinds ? `${f.errors} (${kinds})` : 0 };
}

/** Public load in each phase, and the made-up cookie client beside it. */
export function loadRows(r: EveningResult): Row[] {
  const { recorder, seconds } = r;
  return [
    loadRow('public, quiet server (reference)', loadFigures(recorder.tally('public', 'quiet'), seconds.quiet)),
    loadRow('public, with the made-up cookie client', loadFigures(recorder.tally('public', 'fake-cookie'), seconds.fakeCookie)),
    loadRow('public, the storm (all of the below at once)', loadFigures(recorder.tally('public', 'storm'), seconds.storm)),
    loadRow('made-up session cookies, one address', loadFigures(recorder.tally('fake-cookie', 'storm'), seconds.storm)),
    loadRow('"Lights are on" with a photo (through nginx)', loadFigures(recorder.tally('saves', 'storm'), seconds.storm)),
  ];
}

export function checkRows(r: EveningResult): Row[] {
  const s = r.saves;
  const m = r.mail;
  const refused = [...s.refused].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none';
  return [
    { check: 'saves acknowledged / stored in SQLite', result: `${s.acknowledged} / ${s.acknowledged - s.lost} (lost: ${s.lost})` },
    { check: 'saves sent; not acknowledged (why)', result: `${s.sent}; ${s.sent - s.acknowledged} (${refused})` },
    { check: 'stored, but the answer never arrived (client gave up at 120 s, or the kill)', result: s.storedUnacknowledged },
    { check: 'mails queued / delivered once', result: `${m.queued} / ${m.delivered} (duplicates: ${m.duplicates}, lost: ${m.lost})` },
    { check: 'mails by kind', result: m.kinds },
    { check: `mails retried after the ${m.outageSeconds} s outage`, result: `${m.retried}; outbox drained ${m.drainSeconds} s after the storm` },
    { check: 'one process killed (kill -9), restarted', result: `at ${r.kill.atSecond} s of the storm; answering again after ${r.kill.restartSeconds} s` },
    { check: 'CPU used by the app processes / by the clients (this benchmark)', result: `${r.cpu.servers} s / ${r.cpu.clients} s in ${r.cpu.wallSeconds} s on ${os.cpus().length} cores` },
    ...r.memory.map((p) => ({ check: `memory (RSS) of ${p.process}, start → end`, result: `${p.startMb} MB → ${p.endMb} MB` })),
  ];
}
