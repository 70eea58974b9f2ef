/**
 * Dates and times as each language writes them, for pages and mails alike:
 * day before month and the 24-hour clock, each language's `dateLocale` in
 * lib/languages.ts (British English for English, the Belgian conventions for
 * French, Dutch and German). Plain Intl, so that the browser can use it too.
 */
import { languageOf } from './languages';
import { deadlineShownAt } from './time';

/** The locale used to format dates for Belgian readers (day before month, 24-hour clock). */
export function formattingLocale(locale: string): string {
  return languageOf(locale).dateLocale;
}

// Building an Intl.DateTimeFormat costs far more than using one.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(formattingLocale(locale), options);
    formats.set(key, format);
  }
  return format;
}

/** "17 July 2027 at 23:59", "17 juillet 2027 à 23:59", "17 juli 2027 om 23:59", "17. Juli 2027 um 23:59". */
export function formatDateTime(instant: Date, locale: string, timeZone: string, dateStyle: 'long' | 'medium' | 'full' = 'long'): string {
  return formatter(locale, { dateStyle, timeStyle: 'short', timeZone, hourCycle: 'h23' }).format(instant);
}

/** Like formatDateTime, with seconds (the audit log). */
export function formatDateTimeSeconds(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone, hourCycle: 'h23' }).format(instant);
}

/** A calendar date `YYYY-MM-DD` as it is, whatever the zone: "30 July 2027", "30 juillet 2027"… */
export function formatCalendarDate(isoDate: string, locale: string, dateStyle: 'long' | 'full' = 'long'): string {
  return formatter(locale, { dateStyle, timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "21:43" on the wall clock of `timeZone`. */
export function formatClockTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, { timeStyle: 'short', timeZone, hourCycle: 'h23' }).format(instant);
}

/**
 * A time zone as a person calls it, in their language: "Central European
 * Time", "heure d’Europe centrale", "Midden-Europese tijd", "Mitteleuropäische
 * Zeit", "Japan Standard Time". The generic name (CLDR's, through Intl) rather
 * than a city ("Brussels time"): Intl knows it for every zone in every
 * language, it needs no list of our own, and it says neither summer nor
 * winter time, so it stays right all year. Where Intl has no name for the
 * zone, its offset ("GMT+05:45"), never the IANA id.
 */
export function zoneInWords(timeZone: string, locale: string, at: Date = new Date()): string {
  const named = formatter(locale, { timeZoneName: 'longGeneric', timeZone }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  if (named) return named;
  return formatter(locale, { timeZoneName: 'longOffset', timeZone }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
}

/** zoneInWords, with the instant first (as the mails call it). */
export function zoneName(instant: Date, locale: string, timeZone: string): string {
  return zoneInWords(timeZone, locale, instant);
}

/**
 * A registration deadline as people mean it: the last day, and the last
 * minute of it: "Friday 16 July 2027, 23:59", "vendredi 16 juillet 2027,
 * 23:59", "vrijdag 16 juli 2027, 23:59", "Freitag, 16. Juli 2027, 23:59".
 * A deadline stored as the midnight that ends the 16th is shown as the 16th.
 */
export function formatDeadline(deadline: Date, locale: string, timeZone: string): string {
  const shown = deadlineShownAt(deadline, timeZone);
  let day = formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(shown);
  // British English writes no comma after the weekday (newer CLDR agrees; older ICU adds one).
  if (locale === 'en') day = day.replace(/^(\p{L}+), /u, '$1 ');
  return `${day}, ${formatClockTime(shown, locale, timeZone)}`;
}

/** formatDeadline with the zone in words: "Friday 16 July 2027, 23:59 (Central European Time)". Every page and mail shows deadlines so. */
export function formatDeadlineInZone(deadline: Date, locale: string, timeZone: string): string {
  return `${formatDeadline(deadline, locale, timeZone)} (${zoneInWords(timeZone, locale, deadline)})`;
}

/** 30 July of `year`, the World Day against Trafficking in Persons. */
export function eventDateOf(year: number): string {
  return `${year}-07-30`;
}
