import type { Locale } from '@/lib/constants';
import { languageOfColumn, type ImportColumn } from '@/lib/imports/columns';
import { languageName } from '@/lib/localized';

type ImportTranslator = (key: string, values?: Record<string, string>) => string;

/**
 * A column's words (label, meaning, example) in the organiser's language: its
 * own messages, or for a name per language (`name_nl`) the shared ones with
 * the language named, so that a new language needs no new messages here.
 */
export function importColumnWords(t: ImportTranslator, column: ImportColumn, locale: Locale | string): { label: string; meaning: string; example: string } {
  const language = languageOfColumn(column);
  if (language) {
    const values = { language: languageName(language, locale) };
    return { label: t('otherNameColumn.label', values), meaning: t('otherNameColumn.meaning', values), example: t('otherNameColumn.example', values) };
  }
  return { label: t(`columns.${column}.label`), meaning: t(`columns.${column}.meaning`), example: t(`columns.${column}.example`) };
}
