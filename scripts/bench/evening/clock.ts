/**
 * The evening's clock: the app processes run under libfaketime (as Debian's
 * `faketime` does), starting at 19:00 in Brussels on 30 July and running ten
 * times faster than the wall clock, so that half an hour of the evening
 * passes in three minutes. A process started later (the one restarted after
 * being killed) starts at the evening's time of that moment, not at 19:00
 * again. Timers (setTimeout) keep real time: only the date is driven.
 */
export const FAKETIME_LIBRARY = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

/** 19:00 in Brussels (summer time, UTC+2) on the day. */
export const EVENING_START = new Date('2027-07-30T17:00:00Z');
export const EVENING_YEAR = EVENING_START.getUTCFullYear();
export const CLOCK_SPEED = 10;

export type EveningClock = {
  /** The evening's time at a wall-clock moment (ms since the epoch). */
  at: (realMs?: number) => Date;
  /** The environment that starts a process on the evening's clock now. */
  env: () => Record<string, string>;
};

export function eveningClock(startedAtRealMs: number, start = EVENING_START, speed = CLOCK_SPEED): EveningClock {
  const at = (realMs = Date.now()) => new Date(start.getTime() + (realMs - startedAtRealMs) * speed);
  return {
    at,
    env: () => ({
      LD_PRELOAD: FAKETIME_LIBRARY,
      FAKETIME: `@${at().toISOString().slice(0, 19).replace('T', ' ')} x${speed}`,
      // Monotonic clocks stay real: timers, time-outs and the event loop run as usual.
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      TZ: 'UTC',
    }),
  };
}

/** "19:07" in Brussels for an instant of the evening (summer time, UTC+2). */
export function brusselsClock(date: Date): string {
  return new Date(date.getTime() + 2 * 3600_000).toISOString().slice(11, 16);
}
