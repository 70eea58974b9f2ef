/** A positive integer id from a URL segment, or null for anything else ("12abc", "-1", "1e3"). */
export function parseId(value: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

/** A campaign year from a URL segment, or null. */
export function parseYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const n = Number(value);
  return n >= 2000 && n <= 2999 ? n : null;
}
