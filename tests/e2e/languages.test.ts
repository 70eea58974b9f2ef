/**
 * No English left on the French, Dutch and German pages: every page a
 * visitor, a coordinator and an organiser opens is visited in each language,
 * and its visible text (with titles, labels and alternative texts, which
 * screen readers read) must not hold any English message of three words or
 * more (or two long ones) whose translation differs; the zoom buttons' titles
 * are checked on their own. What it looks for comes from en.json, so a
 * new English text is checked the day it is added.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAST_YEAR } from '@/lib/demo/demo-data';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();
const LANGUAGES = ['fr', 'nl', 'de'] as const;

type Messages = { [key: string]: string | Messages };
const load = (locale: string): Messages => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8'));

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(messages)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/**
 * The literal text of an ICU message, in the pieces a page can show whole:
 * placeholders cut it, and the branches of a plural or select are read in
 * turn ("{count, plural, one {# building} other {# buildings}}").
 */
export function literalPieces(message: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < message.length; i++) {
    const c = message[i]!;
    if (c !== '{') {
      current += c === '#' ? '\u0000' : c;
      continue;
    }
    pieces.push(current);
    current = '';
    let depth = 1;
    let j = i + 1;
    while (j < message.length && depth > 0) {
      if (message[j] === '{') depth++;
      else if (message[j] === '}') depth--;
      j++;
    }
    const inner = message.slice(i + 1, j - 1);
    const branched = inner.match(/^\s*\w+\s*,\s*(plural|select|selectordinal)\s*,([\s\S]*)$/);
    if (branched) {
      // `key {text} key {text}`: each branch's text, read the same way.
      const body = branched[2]!;
      for (let k = 0; k < body.length; k++) {
        if (body[k] !== '{') continue;
        let d = 1;
        let m = k + 1;
        while (m < body.length && d > 0) {
          if (body[m] === '{') d++;
          else if (body[m] === '}') d--;
          m++;
        }
        pieces.push(...literalPieces(body.slice(k + 1, m - 1)));
        k = m - 1;
      }
    }
    i = j - 1;
  }
  pieces.push(current);
  return pieces.flatMap((p) => p.split('\u0000')).map((p) => p.replace(/\s+/g, ' ').trim());
}

/** English phrases that must not appear on a page in `locale`. */
function englishPhrases(locale: string): string[] {
  const english = flatten(load('en'));
  const translated = flatten(load(locale));
  // A phrase the translation uses too (a name, "Blue Lights") is no leftover.
  const own = [...translated.values()].join('\n');
  const phrases = new Set<string>();
  for (const [key, value] of english) {
    if (translated.get(key) === value) continue;
    for (const piece of literalPieces(value)) {
      const phrase = piece.replace(/^[\s,.:;!?()–—-]+|[\s,.:;!?()–—-]+$/g, '');
      // Three words or more, or two long ones ("Brussels-Capital Region"): shorter pieces ("lit blue") also occur in people's own texts.
      const words = phrase.split(' ').length;
      if ((words >= 3 || (words === 2 && phrase.length >= 12)) && !own.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** What a person sees or hears on the page: its text, its title, and the labels and alternatives screen readers read. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')].flatMap((el) =>
      ['title', 'aria-label', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

async function visit(page: Page, url: string, { map = false } = {}): Promise<string> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  // Maps come after the page, in the browser: their controls must be there before the text is read.
  if (map) await page.locator('.leaflet-control-zoom-in').first().waitFor({ timeout: 20_000 });
  return pageText(page);
}

/** The phrases found, as "page: phrase". */
function leftovers(url: string, text: string, phrases: string[]): string[] {
  return phrases.filter((p) => text.includes(p)).map((p) => `${url}: “${p}”`);
}

/** A building on this year's public map in a province of several words (the feed's feature ids are building ids). */
async function oneApprovedBuilding(): Promise<number> {
  const feed = (await (await fetch(`${e2e.baseURL}/api/lights/${new Date().getUTCFullYear()}`)).json()) as { features: { id: number; properties: { province: string } }[] };
  return (feed.features.find((f) => f.properties.province === 'Brussels-Capital Region') ?? feed.features[0]!).id;
}

describe('pages in French, Dutch and German', () => {
  it('the public pages carry no English message', async () => {
    const building = await oneApprovedBuilding();
    const found: string[] = [];
    const page = await e2e.newPage();
    for (const locale of LANGUAGES) {
      const phrases = englishPhrases(locale);
      const pages: [string, boolean][] = [
        [`/${locale}`, true],
        [`/${locale}/buildings/${building}`, false],
        [`/${locale}/years/${PAST_YEAR}`, true],
        [`/${locale}/embed`, true],
        [`/${locale}/about`, false],
        [`/${locale}/sign-in`, false],
        [`/${locale}/sign-in/check-email`, false],
        [`/${locale}/no-such-page`, false],
      ];
      for (const [url, map] of pages) {
        if (url.endsWith('no-such-page')) {
          await page.goto(url);
          found.push(...leftovers(url, await pageText(page), phrases));
          continue;
        }
        found.push(...leftovers(url, await visit(page, url, { map }), phrases));
      }
      // The map's zoom buttons, which Leaflet titles in English.
      await page.goto(`/${locale}`);
      await expect(page.locator('.leaflet-control-zoom-in').getAttribute('title')).resolves.toBe(flatten(load(locale)).get('MapControls.zoomIn'));
    }
    expect(found).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    // The check itself finds English where there is some: on the English page (a fresh visitor:
    // the pages above left a language cookie that would send this one to /de).
    const english = await e2e.newPage();
    expect(leftovers('/', await visit(english, '/', { map: true }), englishPhrases('fr')).length).toBeGreaterThan(10);
  });

  it('a coordinator’s pages carry no English message', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Brussels'] });
    const page = await e2e.newPage();
    await signIn(page, coordinator.email);
    // This year's campaign holds Brussels's demo registrations (the workspace opens on next year's).
    await page.goto(`/coordinate?year=${new Date().getUTCFullYear()}`);
    const own = await page.locator('a[href*="/coordinate/"]').evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')!).find((h) => /\/coordinate\/\d+$/.test(h)),
    );
    const found: string[] = [];
    for (const locale of LANGUAGES) {
      const phrases = englishPhrases(locale);
      const pages: [string, boolean][] = [
        [`/${locale}/coordinate`, false],
        [`/${locale}/coordinate/new`, true],
        [`/${locale}/account`, false],
        ...(own ? [[`/${locale}/coordinate/${own.split('/').pop()}`, true] as [string, boolean]] : []),
      ];
      for (const [url, map] of pages) found.push(...leftovers(url, await visit(page, url, { map }), phrases));
    }
    expect(own, 'a registration of Brussels to open').toBeTruthy();
    expect(found).toEqual([]);

    // In English too, dates are written day first, on the 24-hour clock. (`/en/…` also drops the
    // language cookie the pages above left, which would send `/…` to `/de/…`.)
    const english = await visit(page, `/en/coordinate/${own!.split('/').pop()}`);
    expect(english).toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}(,| at) \d{2}:\d{2}\b/);
    expect(english).not.toMatch(/\d{1,2}:\d{2} (AM|PM)/);
  });

  it('an organiser’s pages carry no English message', async () => {
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    const found: string[] = [];
    for (const locale of LANGUAGES) {
      const phrases = englishPhrases(locale);
      for (const url of ['/organise', '/organise/review', '/organise/registrations', '/organise/press', '/organise/campaigns', '/organise/cities?q=washington', '/organise/coordinators', '/organise/outbox', '/organise/audit']) {
        const localized = `/${locale}${url}`;
        found.push(...leftovers(localized, await visit(page, localized), phrases));
      }
    }
    expect(found).toEqual([]);
  });
});
