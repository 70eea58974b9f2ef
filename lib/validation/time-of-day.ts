/**
 * A time of day as people type it, read as `HH:MM` (24-hour). An iPhone's
 * numeric keypad has no colon, and habits differ by language, so all of
 * these are 21:30: `21:30`, `2130`, `21.30`, `21,30`, `21h30`, `21u30`,
 * `21 h 30`, `9:30 pm`, `9.30pm`, `9:30 p.m.`; `930` is 09:30 and `21` is
 * 21:00. A spreadsheet's `21:30:00` loses its seconds.
 *
 * Pure and free of Node and zod: the server's validation and the form (which
 * tidies what was typed when the field is left) share it.
 */

export type TimeOfDayResult =
  | { ok: true; time: string }
  /** `time`: not a time at all; `range`: hours over 23 or minutes over 59; `twelveHour`: `13 pm`, `0 am`. */
  | { ok: false; error: 'time' | 'range' | 'twelveHour' };

// Hours and minutes with a separator (":", ".", ",", "h", "u", spaces), optionally seconds.
const SEPARATED = /^(\d{1,2})\s*(?:[:.,hu]|\s)\s*(?:(\d{2})(?::\d{2}(?:[.,]\d+)?)?)?$/;
// Digits only: "21" (hours), "930", "2130".
const DIGITS = /^\d{1,4}$/;
// "pm", "p.m.", "p. m.", "am"…
const MERIDIEM = /\s*([ap])\.?\s*m\.?$/;

const pad = (n: number) => String(n).padStart(2, '0');

export function parseTimeOfDay(input: string): TimeOfDayResult {
  let v = input.normalize('NFKC').trim().toLowerCase();
  if (v === '') return { ok: false, error: 'time' };
  let meridiem: 'a' | 'p' | null = null;
  const m = v.match(MERIDIEM);
  if (m && m.index! > 0) {
    meridiem = m[1] as 'a' | 'p';
    v = v.slice(0, m.index).trim();
  }

  let hours: number;
  let minutes: number;
  const separated = v.match(SEPARATED);
  if (DIGITS.test(v)) {
    // 1–2 digits are hours; 3–4 digits end with the minutes.
    if (v.length <= 2) [hours, minutes] = [Number(v), 0];
    else [hours, minutes] = [Number(v.slice(0, -2)), Number(v.slice(-2))];
  } else if (separated) {
    [hours, minutes] = [Number(separated[1]), Number(separated[2] ?? '0')];
  } else {
    return { ok: false, error: 'time' };
  }

  if (meridiem) {
    if (hours < 1 || hours > 12) return { ok: false, error: 'twelveHour' };
    if (minutes > 59) return { ok: false, error: 'range' };
    // 12 am is midnight, 12 pm noon.
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return { ok: false, error: 'range' };
  return { ok: true, time: `${pad(hours)}:${pad(minutes)}` };
}

/** What the form shows once a field is left: the time as `HH:MM` when it reads as one, else what was typed. */
export function tidyTimeOfDay(input: string): string {
  const r = parseTimeOfDay(input);
  return r.ok ? r.time : input;
}
