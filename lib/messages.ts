/**
 * The interface's texts in each language, as the server uses them itself
 * (mails, the import's words); pages get theirs through next-intl
 * (i18n/request.ts). Imported, not read from disk, so that the build compiles
 * them as it compiles the pages' (next.config.ts): a new language of
 * lib/languages.ts needs its line here, and the compiler asks for it.
 */
import type { Locale } from './languages';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';

/** A language's messages, with English's keys (tests/unit/messages.test.ts holds every file to them). */
export type Messages = typeof en;

const MESSAGES = { en, fr, nl, de } satisfies Record<Locale, Messages>;

/** The messages of `locale`. */
export function messagesOf(locale: Locale): Messages {
  return MESSAGES[locale];
}
