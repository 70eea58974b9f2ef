/**
 * What a visitor shares, and the networks' own share addresses for it: plain
 * links, so that sharing works without JavaScript and without any script,
 * frame or pixel of theirs on our pages. Safe in the browser.
 */

import { formatHashtags } from './hashtags';

export const SHARE_NETWORKS = ['whatsapp', 'facebook', 'x', 'linkedin', 'bluesky', 'email'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export type SharePost = {
  /** The page's address, built from the site's configured address, never from a request. */
  url: string;
  /** The sentence, in the page's language, without its hashtags. */
  text: string;
  /** The campaign's hashtags, without `#`. */
  hashtags: readonly string[];
  /** A short title: the e-mail's subject, the share sheet's title. */
  title: string;
};

/** The sentence followed by its hashtags: what goes into a post. */
export function postText({ text, hashtags }: Pick<SharePost, 'text' | 'hashtags'>): string {
  return hashtags.length ? `${text} ${formatHashtags(hashtags)}` : text;
}

const q = encodeURIComponent;

/** Each network's share address for one post, every part percent-encoded. */
export function shareLinks(post: SharePost): Record<ShareNetwork, string> {
  const text = postText(post);
  return {
    whatsapp: `https://wa.me/?text=${q(`${text} ${post.url}`)}`,
    // Facebook and LinkedIn take the address only; the page's preview says the rest.
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(post.url)}`,
    x: `https://x.com/intent/post?text=${q(text)}&url=${q(post.url)}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${q(post.url)}`,
    bluesky: `https://bsky.app/intent/compose?text=${q(`${text} ${post.url}`)}`,
    // RFC 6068: percent-encoding, spaces as %20 (a "+" would stay a plus).
    email: `mailto:?subject=${q(post.title)}&body=${q(`${text}\n\n${post.url}`)}`,
  };
}

/** The page's address on the configured site (`https://bluelights.example.org/fr/buildings/4`). */
export function shareUrl(siteUrl: URL | string, path: string): string {
  return new URL(path, siteUrl).toString();
}
