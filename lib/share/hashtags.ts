/**
 * A campaign's hashtags as organisers type them ("#BlueHeart, EndHumanTrafficking")
 * and as the share kit shows them ("#BlueHeart #EndHumanTrafficking"). Stored
 * without `#`. Safe in the browser.
 */

/** The most hashtags a campaign may have: more crowd a post and read as spam. */
export const HASHTAGS_MAX = 5;
/** The longest hashtag, in characters, without its `#`. */
export const HASHTAG_LENGTH_MAX = 40;

/** Letters of any script (with their accents), digits and `_`: what the networks link as one hashtag. */
const HASHTAG = /^[\p{L}\p{M}\p{Nd}_]+$/u;
const HAS_LETTER = /\p{L}/u;

export type HashtagProblem =
  /** A character the networks would cut the hashtag at (`-`, `.`, `'`, an emoji…). */
  | { problem: 'chars'; tag: string }
  /** Digits and `_` only: the networks do not link it. */
  | { problem: 'noLetter'; tag: string }
  | { problem: 'tooLong'; tag: string; max: number }
  | { problem: 'tooMany'; max: number };

export type HashtagsResult = { ok: true; tags: string[] } | { ok: false; problems: HashtagProblem[] };

/**
 * Reads hashtags separated by spaces or commas, each with or without its `#`.
 * The same hashtag twice (in any case) is kept once, as first written; an
 * empty text is no hashtags. Every problem is reported, not only the first.
 */
export function parseHashtags(input: string): HashtagsResult {
  const words = input
    .normalize('NFC')
    .split(/[\s,;\u3001\uFF0C]+/u)
    .filter((w) => w !== '');
  const tags: string[] = [];
  const seen = new Set<string>();
  const problems: HashtagProblem[] = [];
  for (const word of words) {
    const tag = word.startsWith('#') ? word.slice(1) : word;
    if (tag === '') continue; // a lone "#" is a slip, not a hashtag
    if (!HASHTAG.test(tag)) problems.push({ problem: 'chars', tag });
    else if (!HAS_LETTER.test(tag)) problems.push({ problem: 'noLetter', tag });
    else if ([...tag].length > HASHTAG_LENGTH_MAX) problems.push({ problem: 'tooLong', tag, max: HASHTAG_LENGTH_MAX });
    else if (!seen.has(tag.toLocaleLowerCase())) {
      seen.add(tag.toLocaleLowerCase());
      tags.push(tag);
    }
  }
  if (tags.length > HASHTAGS_MAX) problems.push({ problem: 'tooMany', max: HASHTAGS_MAX });
  return problems.length ? { ok: false, problems } : { ok: true, tags };
}

/** "#BlueHeart #EndHumanTrafficking", as people paste them under a post. */
export function formatHashtags(tags: readonly string[]): string {
  return tags.map((t) => `#${t}`).join(' ');
}
