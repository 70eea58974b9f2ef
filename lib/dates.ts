/**
 * Dates and times as each language writes them, for pages and mails alike:
 * day before month and the 24-hour clock (British English for English, the
 * Belgian conventions for French, Dutch and German). Plain Intl, so that the
 * browser can use it too.
 */

/** The locale used to format dates for Belgian readers (day before month, 24-hour clock). */
export function formattingLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : `${locale}-BE`;
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
 * The zone's name in the reader's language at `instant`: "Central European
 * Time", "heure d’Europe centrale", "Midden-Europese tijd", "Japanische
 * Normalzeit"; the IANA name where the language has none.
 */
export function zoneName(instant: Date, locale: string, timeZone: string): string {
  const part = formatter(locale, { timeZoneName: 'longGeneric', timeZone }).formatToParts(instant).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
