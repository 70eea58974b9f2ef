/**
 * The connection keeps each SQL text's compiled statement (see db/index.ts):
 * reusing one must never change what a query answers.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createCity } from '@/lib/demo/builders';
import { cities } from '@/db/schema';

const { db, sqlite } = openDatabase(path.join(process.env.DATA_DIR!, 'statements', DB_FILE_NAME));
afterAll(() => sqlite.close());

describe('compiled statements', () => {
  it('are compiled once per SQL text', () => {
    const text = 'select count(*) as n from "cities"';
    expect(sqlite.prepare(text)).toBe(sqlite.prepare(text));
    expect(sqlite.prepare(`${text} where "id" > 0`)).not.toBe(sqlite.prepare(text));
  });

  it('answer rows in the shape each use asks for, whoever used them before', () => {
    createCity(db, { name: 'Liège' });
    const query = () => db.select({ name: cities.name }).from(cities).where(eq(cities.name, 'Liège'));
    // drizzle reads the rows as arrays and maps them itself…
    expect(query().all()).toEqual([{ name: 'Liège' }]);
    // …and the same statement, asked for plainly, still gives objects.
    expect(sqlite.prepare(query().toSQL().sql).get('Liège')).toEqual({ name: 'Liège' });
    expect(query().get()).toEqual({ name: 'Liège' });
  });

  it('see the rows written after they were compiled', () => {
    const count = () => (sqlite.prepare('select count(*) as n from "cities" where "name" like ?').get('Sta%') as { n: number }).n;
    expect(count()).toBe(0);
    createCity(db, { name: 'Stavelot' });
    expect(count()).toBe(1);
  });
});
