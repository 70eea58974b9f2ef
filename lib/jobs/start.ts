import { env } from '@/lib/env';
import { startScheduler, type Scheduler } from './scheduler';

// One scheduler per process, also when a development server loads this again.
const globalForJobs = globalThis as unknown as { blueLightsScheduler?: Scheduler };

/** Starts this process's scheduler, unless SCHEDULER=off (then cron runs `npm run jobs:run`). */
export function startBackgroundJobs(): void {
  if (env().SCHEDULER === 'off' || globalForJobs.blueLightsScheduler) return;
  // `next build` loads the server's code to render pages; it sends no mail.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  globalForJobs.blueLightsScheduler = startScheduler();
}
