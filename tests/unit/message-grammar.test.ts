/**
 * Messages whose grammar depends on their numbers, in every language: one
 * building lights up, several light up; and the local time of a building
 * abroad, written once, not in brackets within brackets.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { LOCALES, type Locale } from '@/lib/constants';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';

const MESSAGES = { en, fr, nl, de } as unknown as Record<Locale, Record<string, never>>;
const t = (locale: Locale, namespace: string) => createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never }) as unknown as (key: string, values?: Record<string, unknown>) => string;

describe('the press sentence', () => {
  const ONE: Record<Locale, string> = {
    en: 'On 30 July, 1 building in 1 city lights up blue: Ghent.',
    fr: 'Le 30 juillet, 1 bâtiment dans 1 ville s’illumine en bleu : Gand.',
    nl: 'Op 30 juli kleurt 1 gebouw in 1 stad blauw: Gent.',
    de: 'Am 30. Juli leuchtet 1 Gebäude in 1 Stadt blau: Gent.',
  };
  const MANY: Record<Locale, string> = {
    en: 'On 30 July, 3 buildings in 2 cities light up blue: Ghent and Bruges.',
    fr: 'Le 30 juillet, 3 bâtiments dans 2 villes s’illuminent en bleu : Gand et Bruges.',
    nl: 'Op 30 juli kleuren 3 gebouwen in 2 steden blauw: Gent en Brugge.',
    de: 'Am 30. Juli leuchten 3 Gebäude in 2 Städten blau: Gent und Brügge.',
  };
  const DATE: Record<Locale, string> = { en: '30 July', fr: '30 juillet', nl: '30 juli', de: '30. Juli' };
  const ONE_CITY: Record<Locale, string> = { en: 'Ghent', fr: 'Gand', nl: 'Gent', de: 'Gent' };
  const TWO_CITIES: Record<Locale, string> = { en: 'Ghent and Bruges', fr: 'Gand et Bruges', nl: 'Gent en Brugge', de: 'Gent und Brügge' };

  it.each(LOCALES)('agrees with one building and with several in %s', (locale) => {
    const p = t(locale, 'Press');
    expect(p('sentence', { date: DATE[locale], buildings: 1, cities: 1, list: ONE_CITY[locale] })).toBe(ONE[locale]);
    expect(p('sentence', { date: DATE[locale], buildings: 3, cities: 2, list: TWO_CITIES[locale] })).toBe(MANY[locale]);
  });
});

describe('a building’s local time', () => {
  it.each(LOCALES)('names the zone once, in one pair of brackets, in %s', (locale) => {
    const text = `(${t(locale, 'Lights')('localTime', { zone: 'Asia/Tokyo' })})`;
    expect(text).toMatch(/^\([^()]+\)$/);
    expect(text).toContain('Asia/Tokyo');
  });
});
