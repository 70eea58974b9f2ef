/**
 * Text that leaves the app for a spreadsheet or a file system: the cells of
 * the CSV exports (registrations, open data), the press pack's credits and
 * its file names. One place decides what such text may carry.
 *
 * - A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 *   return before one) as a formula (OWASP "CSV injection"): such text gets a
 *   leading apostrophe, which spreadsheets show as text.
 * - A spreadsheet may split a file on another separator than ours (Belgian
 *   Excel and LibreOffice nl-BE split a comma file on `;`), and a line on a
 *   line break inside quotes it no longer sees: whatever follows a `;`, `,`,
 *   tab or line break then starts a cell. So a formula character there gets
 *   the apostrophe too (`Town Hall;=1+1` → `Town Hall;'=1+1`), as does one
 *   after quotes or spaces there (Excel still runs a quoted `"=1+1"`, and a
 *   reader may trim spaces).
 * - Bidirectional controls (U+202A–U+202E embeddings and overrides,
 *   U+2066–U+2069 isolates) make text show in another order than it is
 *   written (`photo\u202Egpj.exe` shows as `photoexe.jpg`): they are removed.
 *   File names also lose the marks (U+200E, U+200F, U+061C) and every control
 *   and reserved character.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
/** What a spreadsheet may split cells or rows on. */
const SEPARATORS = new Set([';', ',', '\t', '\r', '\n']);
/** What a reader may drop before a cell's text (quotes, spaces). */
const SKIPPED = new Set(['"', ' ']);
const FORMULA_CHARACTERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;
/** What Windows, macOS or Linux refuse or misread in a file name, controls and bidi characters included. */
const FILE_NAME_RESERVED = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+/g;
const MAX_STEM = 120;

/** OWASP "CSV injection": text a spreadsheet would run as a formula (or DDE) gets a leading apostrophe. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Text without the characters that reorder what is shown (embeddings, overrides, isolates). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * A text cell as a spreadsheet may receive it, whatever separator it splits
 * on: no formula at its start nor after any `;`, `,`, tab or line break, and
 * no bidirectional override.
 */
export function spreadsheetText(text: string): string {
  let out = '';
  // Whether what comes next may be read as the start of a cell.
  let cellStart = true;
  for (const character of withoutBidiControls(text)) {
    if (cellStart && FORMULA_CHARACTERS.has(character)) out += "'";
    out += character;
    if (SEPARATORS.has(character)) cellStart = true;
    else if (!SKIPPED.has(character)) cellStart = false;
  }
  return out;
}

/** One field of a tab-separated line (the press pack's credits): on one line, without tabs, and as spreadsheetText. */
export function tabSeparatedField(text: string): string {
  return spreadsheetText(text.replace(/[\t\r\n\u2028\u2029]+/g, ' '));
}

/**
 * A file name every file system accepts, shown as written: no path
 * separators, no reserved, control or bidirectional characters, no leading
 * or trailing dots or spaces, at most 120 characters.
 */
export function safeFileStem(text: string): string {
  const stem = text.normalize('NFC').replace(FILE_NAME_RESERVED, ' ').replace(BIDI_MARKS, ' ').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  return [...stem].slice(0, MAX_STEM).join('').trim() || 'photo';
}
