import { describe, expect, it } from 'vitest';
import { localeOfPath, localePath, pathWithoutLocale, switchLocalePath } from '@/lib/localized';

describe('paths in each language', () => {
  it('prefixes every language but English', () => {
    expect(localePath('/', 'en')).toBe('/');
    expect(localePath('/buildings/7', 'en')).toBe('/buildings/7');
    expect(localePath('/', 'fr')).toBe('/fr');
    expect(localePath('/buildings/7', 'nl')).toBe('/nl/buildings/7');
  });

  it('reads the language and the path back from a prefixed path', () => {
    expect(localeOfPath('/de/years/2025')).toBe('de');
    expect(localeOfPath('/years/2025')).toBe('en');
    expect(pathWithoutLocale('/de/years/2025')).toBe('/years/2025');
    expect(pathWithoutLocale('/fr')).toBe('/');
    expect(pathWithoutLocale('/en')).toBe('/');
    expect(pathWithoutLocale('/years/2025')).toBe('/years/2025');
    // A page whose first segment only starts like a language keeps it.
    expect(pathWithoutLocale('/french-fries')).toBe('/french-fries');
  });

  it('switches a page to another language with a prefix, English included', () => {
    expect(switchLocalePath('/', 'en')).toBe('/en');
    expect(switchLocalePath('/', 'fr')).toBe('/fr');
    expect(switchLocalePath('/fr/buildings/7', 'en')).toBe('/en/buildings/7');
    expect(switchLocalePath('/fr/buildings/7', 'de')).toBe('/de/buildings/7');
    expect(switchLocalePath('/years/2025', 'nl')).toBe('/nl/years/2025');
  });
});
