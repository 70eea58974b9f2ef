import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/constants';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

const load = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8'));

describe('translations', () => {
  const english = keys(load('en')).sort();

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of English', (locale) => {
    expect(keys(load(locale)).sort()).toEqual(english);
  });

  it.each([...LOCALES])('%s has no empty message', (locale) => {
    const messages = load(locale);
    const empty = keys(messages).filter((k) => k.split('.').reduce((o, p) => o[p], messages) === '');
    expect(empty).toEqual([]);
  });
});
