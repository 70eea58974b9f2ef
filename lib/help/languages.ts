/**
 * The languages of the public help page for victims and witnesses: more than
 * the interface's four, since the people it is for may read none of them.
 * One list, from which the routes (`/help/{code}`), the language list on the
 * page and the content files (`messages/help/{code}.json`) derive. Plain
 * values only: safe for the browser.
 */

export type HelpLanguage = {
  /** The language's code in the page's address (`/help/ro`). */
  code: string;
  /** The BCP 47 tag for the page's `lang` attribute. */
  tag: string;
  /** The language's name in itself, as the language list shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Other tags a browser may send for it (`Accept-Language`), beside the code itself. */
  also?: readonly string[];
};

export const HELP_LANGUAGES = [
  { code: 'en', tag: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', tag: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'nl', tag: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'de', tag: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'es', tag: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt', tag: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'it', tag: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'ro', tag: 'ro', name: 'Română', dir: 'ltr', also: ['mo'] },
  { code: 'bg', tag: 'bg', name: 'Български', dir: 'ltr' },
  { code: 'pl', tag: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'uk', tag: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ru', tag: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'sq', tag: 'sq', name: 'Shqip', dir: 'ltr' },
  { code: 'tr', tag: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'ar', tag: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'zh', tag: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { code: 'vi', tag: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'ti', tag: 'ti', name: 'ትግርኛ', dir: 'ltr' },
  { code: 'tl', tag: 'tl', name: 'Tagalog', dir: 'ltr', also: ['fil'] },
] as const satisfies readonly HelpLanguage[];

export type HelpLanguageCode = (typeof HELP_LANGUAGES)[number]['code'];

export const HELP_LANGUAGE_CODES: readonly HelpLanguageCode[] = HELP_LANGUAGES.map((l) => l.code);

export const DEFAULT_HELP_LANGUAGE: HelpLanguageCode = 'en';

export function isHelpLanguage(code: string): code is HelpLanguageCode {
  return (HELP_LANGUAGE_CODES as readonly string[]).includes(code);
}

export function helpLanguage(code: HelpLanguageCode): HelpLanguage {
  return HELP_LANGUAGES.find((l) => l.code === code)!;
}

/** The help page in one language. */
export function helpPath(code: HelpLanguageCode): string {
  return `/help/${code}`;
}

/** Longer than any real header: the rest is not read. */
const MAX_ACCEPT_LANGUAGE = 1024;

/** The help language a browser's tag stands for (`ro-RO` → `ro`, `zh-CN` → `zh`, `fil` → `tl`), if any. */
function languageOfTag(tag: string): HelpLanguageCode | null {
  const lower = tag.toLowerCase();
  const primary = lower.split('-')[0]!;
  for (const l of HELP_LANGUAGES as readonly HelpLanguage[]) {
    const names = [l.code, l.tag.toLowerCase(), ...(l.also ?? [])];
    if (names.includes(lower) || names.includes(primary)) return l.code as HelpLanguageCode;
  }
  return null;
}

/**
 * The help page's language for a browser's `Accept-Language` header: its
 * most wanted language the page has, else `fallback` (the language of the
 * page the visitor came from).
 */
export function negotiateHelpLanguage(acceptLanguage: string | null | undefined, fallback: HelpLanguageCode = DEFAULT_HELP_LANGUAGE): HelpLanguageCode {
  const wanted = (acceptLanguage ?? '')
    .slice(0, MAX_ACCEPT_LANGUAGE)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((w) => w.tag !== '' && w.tag !== '*' && w.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const w of wanted) {
    const code = languageOfTag(w.tag);
    if (code) return code;
  }
  return fallback;
}
