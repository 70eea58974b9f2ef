import { LOCALE_ALTERNATION } from '../constants';
import { DEFAULT_HELP_LANGUAGE, helpPath, isHelpLanguage, negotiateHelpLanguage, type HelpLanguageCode } from './languages';

/**
 * The help page lives outside the four interface languages' routing: its
 * address names its own language (`/help/ro`), and the page is written in
 * it from top to bottom. `/help` (or `/fr/help`, as the hotline strip of a
 * French page links it) leads to the language the visitor's browser asks
 * for, else the interface's.
 */
const HELP = new RegExp(`^(?:/(${LOCALE_ALTERNATION}))?/help(?:/([^/]+))?$`);

export type HelpRoute = { language: HelpLanguageCode } | { redirectTo: string };

/** What a request for `pathname` is on the help page's side, or null when it is another page. */
export function helpRoute(pathname: string, acceptLanguage: string | null): HelpRoute | null {
  const match = HELP.exec(pathname);
  if (!match) return null;
  const [, prefix, code] = match;
  if (code !== undefined && isHelpLanguage(code)) return prefix === undefined ? { language: code } : { redirectTo: helpPath(code) };
  // The interface's language, when the help page has it too.
  const fallback = prefix !== undefined && isHelpLanguage(prefix) ? prefix : DEFAULT_HELP_LANGUAGE;
  return { redirectTo: helpPath(negotiateHelpLanguage(acceptLanguage, fallback)) };
}
