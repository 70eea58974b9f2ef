/**
 * The scheduler inside each server process (SCHEDULER=on, the default): a
 * loop that runs the jobs (./run.ts) every minute, sooner when a mail falls
 * due (a retry) or is queued in this process (a notice leaves at once).
 * Several processes may run it on one database: mails are leased row by row
 * and reminders recorded under unique keys (lib/mail/outbox.ts,
 * lib/reminders), so nothing goes twice. Its timers never keep the process
 * alive.
 */
import { nextMailDueAt, onMailQueued } from '@/lib/mail/outbox';
import { runJobs, senderId } from './run';

/** The longest sleep between two rounds: reminders are due at minutes like 21:43. */
export const SCHEDULER_TICK_MS = 60_000;

export type Scheduler = { owner: string; stop: () => void; wake: () => void };

export function startScheduler({ tickMs = SCHEDULER_TICK_MS }: { tickMs?: number } = {}): Scheduler {
  const owner = senderId();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(round, Math.max(0, delayMs));
    timer.unref();
  };

  async function round() {
    if (running) {
      // Woken during a round: run once more right after it.
      again = true;
      return;
    }
    running = true;
    try {
      await runJobs({ owner });
    } catch (error) {
      console.error('[blue-lights] scheduled jobs failed:', error);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      return schedule(0);
    }
    let next = tickMs;
    try {
      const due = nextMailDueAt();
      if (due) next = Math.min(next, due.getTime() - Date.now() + 50);
    } catch (error) {
      console.error('[blue-lights] outbox not readable:', error);
    }
    schedule(next);
  }

  const unsubscribe = onMailQueued(() => schedule(0));
  schedule(0);
  return {
    owner,
    wake: () => schedule(0),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
