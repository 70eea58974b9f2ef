import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { env, resetEnvCache } from '@/lib/env';
import { DEFAULT_EXIT_URL } from '@/lib/help/exit-script';
import { HELP_LANGUAGES, negotiateHelpLanguage } from '@/lib/help/languages';
import { helpRoute } from '@/lib/help/routing';
import { pageTarget } from '@/lib/http/page-cache';

const dir = path.join(import.meta.dirname, '../../messages/help');
const load = (code: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(dir, `${code}.json`), 'utf8'));
const english = load('en');
const keys = Object.keys(english).sort();

describe('the help page’s languages', () => {
  it('have one content file each, and no file is without its language', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(HELP_LANGUAGES.map((l) => l.code).sort());
    expect(HELP_LANGUAGES).toHaveLength(19);
    expect(HELP_LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it.each(HELP_LANGUAGES.map((l) => l.code))('%s has every key of English, each a text, none empty', (code) => {
    const text = load(code);
    expect(Object.keys(text).sort()).toEqual(keys);
    for (const [key, value] of Object.entries(text)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
      // Read as ICU messages when the app is built: no placeholders, no quotes that would escape.
      expect(value as string, key).not.toMatch(/[{}']/);
    }
  });

  it.each(HELP_LANGUAGES.map((l) => l.code))('%s says which of its strings a native speaker should review', (code) => {
    const review = load(code)._review as string;
    if (review === 'all' || review === 'none') return;
    const named = review.split(/\s+/);
    expect(named.length).toBeGreaterThan(0);
    for (const key of named) expect(keys, key).toContain(key);
  });
});

describe('the help page’s language for a browser', () => {
  it('is the most wanted language the page has', () => {
    expect(negotiateHelpLanguage('ro-RO,ro;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ro');
    expect(negotiateHelpLanguage('en;q=0.5, ar-MA')).toBe('ar');
    expect(negotiateHelpLanguage('ja, zh-CN;q=0.8, en;q=0.1')).toBe('zh');
    expect(negotiateHelpLanguage('fil-PH')).toBe('tl');
    expect(negotiateHelpLanguage('pt-BR,pt;q=0.9')).toBe('pt');
  });

  it('is the language of the page the visitor came from when the browser asks for none of them', () => {
    expect(negotiateHelpLanguage('ja, ko;q=0.5')).toBe('en');
    expect(negotiateHelpLanguage('', 'fr')).toBe('fr');
    expect(negotiateHelpLanguage(null, 'nl')).toBe('nl');
    expect(negotiateHelpLanguage('*, ro;q=0', 'de')).toBe('de');
    expect(negotiateHelpLanguage('garbage;;;q=x,,')).toBe('en');
  });
});

describe('addresses of the help page', () => {
  it('lead /help, and an interface language’s /fr/help, to a language of the page', () => {
    expect(helpRoute('/help', 'ro-RO,ro;q=0.9')).toEqual({ redirectTo: '/help/ro' });
    expect(helpRoute('/help', null)).toEqual({ redirectTo: '/help/en' });
    expect(helpRoute('/fr/help', 'ja')).toEqual({ redirectTo: '/help/fr' });
    expect(helpRoute('/fr/help', 'ar')).toEqual({ redirectTo: '/help/ar' });
    expect(helpRoute('/nl/help/ti', 'en')).toEqual({ redirectTo: '/help/ti' });
    expect(helpRoute('/help/xx', 'uk')).toEqual({ redirectTo: '/help/uk' });
  });

  it('serve a language of the page as it is, and leave every other address alone', () => {
    expect(helpRoute('/help/ar', 'en')).toEqual({ language: 'ar' });
    expect(helpRoute('/helpful', 'en')).toBeNull();
    expect(helpRoute('/help/ro/more', 'en')).toBeNull();
    expect(helpRoute('/about', 'en')).toBeNull();
  });

  it('are kept once each in the public page cache, as the About page is per interface language', () => {
    expect(pageTarget('/help/ro', '')).toEqual({ key: '/help/ro', path: '/help/ro', city: null, page: null });
    expect(pageTarget('/help/ro', '?utm_source=flyer')?.key).toBe('/help/ro');
    expect(pageTarget('/help/ro', '?x=1')).toBeNull();
    expect(pageTarget('/help/zz', '')).toBeNull();
    expect(pageTarget('/fr/about', '')).toEqual({ key: '/fr/about', path: '/fr/about', city: null, page: null });
    expect(pageTarget('/en/about', '')?.path).toBe('/about');
    expect(pageTarget('/en/about', '?page=2')).toBeNull();
  });
});

describe('EXIT_URL', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvCache();
  });

  function exitUrl(value: string | undefined): string {
    process.env = { ...saved };
    if (value === undefined) delete process.env.EXIT_URL;
    else process.env.EXIT_URL = value;
    resetEnvCache();
    return env().EXIT_URL;
  }

  it('is a neutral site by default, and any http(s) address when set', () => {
    expect(exitUrl(undefined)).toBe(DEFAULT_EXIT_URL);
    expect(exitUrl('https://www.rtbf.be/meteo')).toBe('https://www.rtbf.be/meteo');
    expect(exitUrl('http://127.0.0.1:8080/weather')).toBe('http://127.0.0.1:8080/weather');
  });

  it('is refused when it is not an http(s) address', () => {
    expect(() => exitUrl('javascript:alert(1)')).toThrow(/EXIT_URL/);
    expect(() => exitUrl('ftp://example.org/')).toThrow(/EXIT_URL/);
    expect(() => exitUrl('www.bbc.com/weather')).toThrow(/EXIT_URL/);
  });
});
