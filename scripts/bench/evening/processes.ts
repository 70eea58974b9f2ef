/**
 * The two app processes as `npm run serve` runs them behind nginx
 * (TRUSTED_PROXY_HOPS=1, one DATA_DIR), each on the evening's clock.
 */
import fs from 'node:fs';
import { startApp, stopApp, type AppProcess } from '@/tests/e2e/app-process';
import type { EveningClock } from './clock';

export type AppSettings = { dataDir: string; distDir: string; siteUrl: string; smtpPort: number };

export function startEveningApp(settings: AppSettings, port: number, clock: EveningClock): Promise<AppProcess> {
  return startApp({
    dataDir: settings.dataDir,
    port,
    host: '127.0.0.1',
    env: {
      NEXT_DIST_DIR: settings.distDir,
      HOST: '127.0.0.1',
      TRUSTED_PROXY_HOPS: '1',
      AUTH_URL: settings.siteUrl,
      EMAIL_SERVER: `smtp://127.0.0.1:${settings.smtpPort}`,
      EMAIL_FROM: 'Blue Lights <no-reply@bluelights.example>',
      ...clock.env(),
    },
  });
}

/** Resident memory of a process, in MB (VmRSS of /proc/PID/status). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
    return line ? Math.round(Number(line[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process has used so far, in seconds (/proc/PID/stat, 100 ticks a second). */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** `kill -9`: no warning, no graceful stop; resolves once the process is gone. */
export async function killHard(app: AppProcess): Promise<void> {
  await stopApp(app, 'SIGKILL');
}

export { stopApp };
