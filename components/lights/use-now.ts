'use client';

import { useSyncExternalStore } from 'react';

/**
 * The browser's clock, ticking every 15 seconds. `null` on the server and
 * while hydrating: what depends on the time is rendered in the browser only,
 * so the cached server HTML never shows a stale "lit now" or countdown.
 */
const TICK_MS = 15_000;
let now: number | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => null,
  );
}
