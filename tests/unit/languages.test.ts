/**
 * The interface's languages are one list (lib/languages.ts): every place that
 * has something per language takes it from there, and each language has what
 * it needs. Iterating the list, a language added to it (see
 * add-language.test.ts) is held to all of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { defaultPosterLocales } from '@/lib/cities/poster-languages';
import { LOCALE_NAMES as CONSTANT_NAMES, LOCALES as CONSTANT_LOCALES } from '@/lib/constants';
import { formattingLocale } from '@/lib/dates';
import { HELP_LANGUAGES } from '@/lib/help/languages';
import { columnOf, IMPORT_COLUMNS, isSunset, kindOf } from '@/lib/imports/columns';
import { resetEnvCache } from '@/lib/env';
import { DEFAULT_LOCALE, LANGUAGES, languageOf, LOCALE_NAMES, LOCALES } from '@/lib/languages';
import { messagesOf } from '@/lib/messages';
import { citySchema, cityFormInput, toCityInput } from '@/lib/validation/cities';
import { campaignFormInput, parseEditCampaign, toCampaignInput } from '@/lib/validation/campaigns';
import { BUILDING_KINDS } from '@/lib/constants';

const MESSAGES = path.join(import.meta.dirname, '../../messages');

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

/** The groups of a messages file keyed by language (`Cities.nameIn`…): objects with two or more of the codes as keys. */
function languageGroups(value: unknown, at = ''): { at: string; keys: string[] }[] {
  if (!value || typeof value !== 'object') return [];
  const own = Object.keys(value);
  const here = own.filter((k) => (LOCALES as readonly string[]).includes(k)).length >= 2 ? [{ at, keys: own }] : [];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => languageGroups(v, at ? `${at}.${k}` : k))];
}

describe('the list of languages', () => {
  it('is where the constants, the names and the routing come from', () => {
    expect(CONSTANT_LOCALES).toBe(LOCALES);
    expect(LOCALES).toEqual(LANGUAGES.map((l) => l.code));
    expect(new Set(LOCALES).size).toBe(LOCALES.length);
    expect(LOCALES).toContain(DEFAULT_LOCALE);
    expect(CONSTANT_NAMES).toEqual(Object.fromEntries(LANGUAGES.map((l) => [l.code, l.name])));
    expect(LOCALE_NAMES).toBe(CONSTANT_NAMES);
    expect(routing.locales).toEqual(LOCALES);
    expect(routing.defaultLocale).toBe(DEFAULT_LOCALE);
  });

  it.each(LANGUAGES.map((l) => [l.code, l] as const))('%s: its dates follow a locale the runtime knows', (code, language) => {
    expect(language.code).toMatch(/^[a-z]{2,3}$/);
    expect(Intl.DateTimeFormat.supportedLocalesOf([language.dateLocale])).toEqual([language.dateLocale]);
    expect(formattingLocale(code)).toBe(language.dateLocale);
    expect(languageOf(code)).toBe(language);
  });

  it('an unknown code is told in English', () => {
    expect(languageOf('zz').code).toBe(DEFAULT_LOCALE);
  });

  it('the help page names a language it shares with the interface the same way', () => {
    for (const l of LANGUAGES) {
      const help = HELP_LANGUAGES.find((h) => h.code === l.code);
      if (help) expect({ name: help.name, dir: help.dir }).toEqual({ name: l.name, dir: l.dir });
    }
  });
});

describe('messages', () => {
  const english = keys(messagesOf('en')).sort();

  it.each([...LOCALES])('%s has its file, with exactly the keys of English', (code) => {
    expect(fs.existsSync(path.join(MESSAGES, `${code}.json`)), `messages/${code}.json is missing`).toBe(true);
    expect(keys(messagesOf(code)).sort()).toEqual(english);
  });

  it.each([...LOCALES])('%s names every language wherever the texts go per language', (code) => {
    const groups = languageGroups(messagesOf(code));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect({ at: group.at, keys: [...group.keys].sort() }).toEqual({ at: group.at, keys: [...LOCALES].sort() });
  });
});

describe('forms and their validation', () => {
  it('the city form has a name field per language, each optional, all gathered', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: 'Ghent', country: 'BE', province: '', lat: '51.05', lng: '3.72', timeZone: '' })) form.set(k, v);
    LOCALES.forEach((l) => form.set(`name_${l}`, `Name ${l}`));
    const parsed = citySchema.safeParse(cityFormInput(form));
    expect(parsed.success).toBe(true);
    const names = toCityInput(parsed.data!).names;
    for (const l of LOCALES) expect(names[l]).toBe(`Name ${l}`);
  });

  it('the campaign form has a theme field per language, English required, the others kept when given', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ id: '1', eventDate: '2027-07-30', registrationDeadline: '2027-07-15', reminderDays: '7' })) form.set(k, v);
    LOCALES.forEach((l) => form.set(`theme_${l}`, `Theme ${l}`));
    const parsed = parseEditCampaign(campaignFormInput(form));
    expect(parsed.success).toBe(true);
    const theme = toCampaignInput(parsed.data!).theme as Record<string, string>;
    for (const l of LOCALES) expect(theme[l]).toBe(`Theme ${l}`);

    form.set(`theme_${DEFAULT_LOCALE}`, '');
    const without = parseEditCampaign(campaignFormInput(form));
    expect(without.success).toBe(false);
    expect(without.error!.issues.map((i) => i.path.join('.'))).toEqual([`theme_${DEFAULT_LOCALE}`]);
  });
});

describe('mails', () => {
  let mail: typeof import('@/lib/mail/compose');
  beforeAll(async () => {
    process.env.AUTH_URL = 'https://bluelights.example.org';
    resetEnvCache();
    mail = await import('@/lib/mail/compose');
  });

  it.each(LANGUAGES.map((l) => [l.code, l] as const))('are written in %s, from its own messages', (code, language) => {
    const rendered = mail.renderMail(code, { subject: 'S', name: 'Ada', blocks: ['Body'] });
    expect(rendered.html).toContain(`<html lang="${code}" dir="${language.dir}">`);
    expect(rendered.text).toContain(messagesOf(code).Mail.signature);
    expect(rendered.text).toContain(mail.siteLink('/account', code));
  });
});

describe('the import', () => {
  it.each([...LOCALES])('reads headers, kinds and "sunset" in %s', (code) => {
    const words = messagesOf(code).ImportWords;
    // The names per language are read by their own headers (`name_nl`) only.
    for (const column of IMPORT_COLUMNS.filter((c): c is keyof typeof words.columns => c in words.columns)) {
      const named = words.columns[column].split(',').map((w) => w.trim());
      expect(named.length, `${code}: ImportWords.columns.${column}`).toBeGreaterThan(0);
      for (const word of named) expect(columnOf(word.toUpperCase()), `${code}: "${word}"`).toBe(column);
    }
    for (const kind of BUILDING_KINDS) expect(kindOf(messagesOf(code).Kinds[kind])).toBe(kind);
    for (const word of words.sunset.split(',')) expect(isSunset(word)).toBe(true);
    expect(isSunset('21:30')).toBe(false);
  });
});

describe('posters', () => {
  it.each(LANGUAGES.filter((l) => l.posterCountries.length).map((l) => [l.code, l] as const))('are in %s by default where it is spoken', (code, language) => {
    for (const country of language.posterCountries) expect(defaultPosterLocales({ name: 'X', province: '', country })).toContain(code);
  });
});
