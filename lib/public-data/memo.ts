import { LRUCache } from 'lru-cache';
import { currentPublicRevision } from './revision';

/** Keys are few (per campaign year and language); the bound is a safety net, not a tuning knob. */
const MAX_ENTRIES = 500;

type Entry = { revision: number; value: Promise<unknown>; settled?: { value: unknown } };

const entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES });

/**
 * The one cache of public data: a value computed from the database, kept in
 * this process's memory for as long as the public revision it was computed
 * at is still the database's. A write anywhere (this process, another one,
 * a command-line tool) moves the revision on, so the next request computes
 * afresh; nothing has to be told.
 */
export async function memoised<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const revision = await currentPublicRevision();
  const hit = entries.get(key);
  if (hit && hit.revision === revision) return hit.value as Promise<T>;
  const value = compute();
  const entry: Entry = { revision, value };
  entries.set(key, entry);
  value.then(
    (settled) => {
      entry.settled = { value: settled };
    },
    () => {
      if (entries.get(key)?.value === value) entries.delete(key);
    },
  );
  return value;
}

/**
 * The value kept under `key` if it was computed at `revision` and is ready,
 * without computing anything: for answers given outside Next.js (see
 * lib/http/lanes.ts), which go the usual way when this is undefined.
 */
export function peekMemoised<T>(key: string, revision: number): T | undefined {
  const entry = entries.get(key);
  return entry && entry.revision === revision && entry.settled ? (entry.settled.value as T) : undefined;
}

/** Whether a value is ready under `key`, at whatever revision (a cheap check before asking the database for it). */
export function hasMemoised(key: string): boolean {
  return entries.get(key)?.settled !== undefined;
}

/** For tests: forgets every entry. */
export function forgetMemoised(): void {
  entries.clear();
}
