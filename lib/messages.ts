/**
 * The interface's texts in each language, read from `messages/{code}.json`
 * for the server's own use (mails, the import's words), one file per
 * language of lib/languages.ts: a new language needs no import here. Pages
 * get theirs through next-intl (i18n/request.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type english from '@/messages/en.json';
import type { Locale } from './languages';

/** A language's messages, with English's keys (tests/unit/messages.test.ts holds every file to them). */
export type Messages = typeof english;

export const MESSAGES_DIR = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'messages');

const loaded = new Map<Locale, Messages>();

/** The messages of `locale`, read once. */
export function messagesOf(locale: Locale): Messages {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = JSON.parse(fs.readFileSync(path.join(MESSAGES_DIR(), `${locale}.json`), 'utf8')) as Messages;
    loaded.set(locale, messages);
  }
  return messages;
}
