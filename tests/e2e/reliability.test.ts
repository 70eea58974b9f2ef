/**
 * Nothing lost: concurrent coordinators through the running server, and a
 * server killed with SIGKILL in the middle of a write load.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { checkFile } from '@/db/backup';
import { buildings } from '@/db/schema';
import { actionId, callAction, type ActionReply } from '../helpers/action-client';
import { startApp, stopApp } from './app-process';
import { prepareWriters, registration } from './fixtures/writers';
import { sessionCookie } from './sessions';

const distDir = path.resolve(import.meta.dirname, '../..', process.env.NEXT_DIST_DIR || '.next');
const SAVE = () => actionId(distDir, 'app/[locale]/coordinate/actions.ts', 'saveRegistrationAction');

function namesInDatabase(dataDir: string, names: string[]): Set<string> {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    const found = new Set<string>();
    for (let i = 0; i < names.length; i += 500) {
      for (const row of db.select({ name: buildings.name }).from(buildings).where(inArray(buildings.name, names.slice(i, i + 500))).all()) {
        found.add(row.name);
      }
    }
    return found;
  } finally {
    sqlite.close();
  }
}

async function inParallel<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

const work: string[] = [];
afterAll(() => work.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('nothing lost', () => {
  it('keeps every acknowledged write of 20 coordinators saving at once, and no one sees a database error', async () => {
    const baseURL = inject('baseURL');
    const dataDir = inject('dataDir');
    const world = prepareWriters(dataDir, 2096, 20);
    const cookies = world.userIds.map((id) => sessionCookie(dataDir, id));
    const PER_WRITER = 10;
    const replies = await inParallel(cookies.length * PER_WRITER, cookies.length, async (i): Promise<[string, ActionReply]> => {
      const name = `Concurrent ${i}`;
      const reply = await callAction({ baseURL, page: '/coordinate/new', actionId: SAVE(), fields: registration(world, name, i), cookie: cookies[i % cookies.length] });
      return [name, reply];
    });
    const failures = replies.filter(([, r]) => !r.ok).map(([n, r]) => `${n}: ${r.status} ${r.code ?? ''} ${r.body.slice(0, 200)}`);
    expect(failures).toEqual([]);
    const acknowledged = replies.map(([n]) => n);
    expect(namesInDatabase(dataDir, acknowledged).size).toBe(acknowledged.length);
  });

  it('keeps every acknowledged write when the server is killed mid-load, and the database stays sound', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-crash-'));
    work.push(dir);
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir);
    // Migrate first, then fill: the server applies no migrations twice.
    openDatabase(path.join(dataDir, DB_FILE_NAME)).sqlite.close();
    const world = prepareWriters(dataDir, 2095, 10);
    const cookies = world.userIds.map((id) => sessionCookie(dataDir, id));

    const app = await startApp(dataDir);
    const acknowledged: string[] = [];
    let sent = 0;
    let stop = false;
    const writers = cookies.map(async (cookie) => {
      while (!stop) {
        const n = sent++;
        const name = `Crash ${n}`;
        try {
          const reply = await callAction({ baseURL: app.baseURL, page: '/coordinate/new', actionId: SAVE(), fields: registration(world, name, n), cookie });
          if (reply.ok) acknowledged.push(name);
        } catch {
          // The connection died with the server: not acknowledged.
        }
      }
    });
    // Let the load run, then kill the server without warning while writes are in flight.
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 50));
    await stopApp(app, 'SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(sent).toBeGreaterThan(acknowledged.length);

    const again = await startApp(dataDir);
    try {
      expect((await fetch(`${again.baseURL}/api/health`)).status).toBe(200);
      const found = namesInDatabase(dataDir, acknowledged);
      expect(acknowledged.filter((n) => !found.has(n))).toEqual([]);
    } finally {
      await stopApp(again);
    }
    expect(checkFile(path.join(dataDir, DB_FILE_NAME))).toBe('ok');
  });
});
