/**
 * Building blocks for input validation with zod. Error messages are message
 * keys of the `Errors` namespace (translated where they are shown), with the
 * limit as a parameter where there is one.
 */
import { z } from 'zod';
import { parseTimeOfDay } from './time-of-day';

export const LIMITS = {
  NAME_MAX: 120,
  ADDRESS_MAX: 200,
  DESCRIPTION_MAX: 2000,
  REASON_MAX: 1000,
  EMAIL_MAX: 254,
  PERSON_NAME_MAX: 100,
  THEME_MAX: 200,
  PROVINCE_MAX: 80,
} as const;

/** Control characters other than tab, line feed and carriage return. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;

/** A single-line or multi-line text field, trimmed, with a length limit and no control characters. */
export function text(max: number, { required = true, multiline = false } = {}) {
  let schema = z
    .string({ error: 'required' })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .max(max, { error: 'tooLong' })
        .refine((v) => !CONTROL_CHARS.test(v), { error: 'controlChars' })
        .refine((v) => multiline || !/[\r\n\t]/.test(v), { error: 'singleLine' }),
    );
  if (required) schema = schema.pipe(z.string().min(1, { error: 'required' })) as unknown as typeof schema;
  return schema;
}

/** Parses a decimal number typed by a person: "50,8467" (decimal comma) and "50.8467" both work. */
export function parseDecimal(input: unknown): number {
  if (typeof input === 'number') return input;
  if (typeof input !== 'string') return Number.NaN;
  const v = input.trim().replace(/\s+/g, '');
  if (!/^[-+]?\d{1,3}([.,]\d+)?$/.test(v)) return Number.NaN;
  return Number(v.replace(',', '.'));
}

export const latitude = z
  .unknown()
  .transform(parseDecimal)
  .pipe(z.number({ error: 'number' }).refine(Number.isFinite, { error: 'number' }).min(-90, { error: 'latitude' }).max(90, { error: 'latitude' }));

export const longitude = z
  .unknown()
  .transform(parseDecimal)
  .pipe(z.number({ error: 'number' }).refine(Number.isFinite, { error: 'number' }).min(-180, { error: 'longitude' }).max(180, { error: 'longitude' }));

const TIME_ERRORS = { time: 'time', range: 'timeRange', twelveHour: 'timeTwelveHour' } as const;

/**
 * A time of day as people type it (`2130`, `21h30`, `9:30 pm`…, see
 * ./time-of-day.ts), as `HH:MM` on the 24-hour clock; `25:00` or `13 pm` get
 * an error that says what is wrong.
 */
export const localTime = z.string({ error: 'required' }).transform((value, ctx) => {
  const r = parseTimeOfDay(value);
  if (r.ok) return r.time;
  ctx.addIssue({ code: 'custom', message: TIME_ERRORS[r.error] });
  return z.NEVER;
});

export const email = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .max(LIMITS.EMAIL_MAX, { error: 'tooLong' })
  .pipe(z.email({ error: 'email' }));

/** A positive integer id from a form field. */
export const id = z.coerce.number({ error: 'required' }).int({ error: 'required' }).positive({ error: 'required' });

export type FieldError = { key: string; params?: Record<string, string | number> };

/** All field errors of a failed parse, by field name; the first path segment names the field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, FieldError[]> {
  const out: Record<string, FieldError[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    const params: Record<string, number> | undefined =
      issue.code === 'too_big'
        ? { max: Number(issue.maximum) }
        : issue.code === 'too_small' && Number(issue.minimum) > 1
          ? { min: Number(issue.minimum) }
          : undefined;
    const key = KNOWN_KEYS.has(issue.message) ? issue.message : 'invalid';
    (out[field] ??= []).push(params ? { key, params } : { key });
  }
  return out;
}

/** The keys of the `Errors` namespace that validation uses. */
export const KNOWN_KEYS = new Set([
  'required',
  'tooLong',
  'controlChars',
  'singleLine',
  'number',
  'latitude',
  'longitude',
  'time',
  'timeRange',
  'timeTwelveHour',
  'email',
  'invalid',
  'choice',
]);
