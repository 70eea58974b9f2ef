import { z } from 'zod';
import { DEADLINE_REMINDER_LIMITS, DEFAULT_TIME_ZONE } from '@/lib/constants';
import { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText } from '@/lib/languages';
import { deadlineFromLastDay } from '@/lib/time';
import { HASHTAG_LENGTH_MAX, HASHTAGS_MAX, parseHashtags } from '@/lib/share/hashtags';
import { LIMITS, text } from './common';

export const CAMPAIGN_LIMITS = { YEAR_MIN: 2000, YEAR_MAX: 2999 } as const;

const isoDate = z
  .string({ error: 'required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { error: 'date' });

/**
 * The last day to register, `YYYY-MM-DD` as an <input type="date"> sends it;
 * stored as the end of that day on the campaign's clock (23:59:59.999 in
 * Brussels), so that coordinators have the whole day, as people mean it.
 */
const lastDay = isoDate;
const deadline = lastDay.transform((v) => deadlineFromLastDay(v, DEFAULT_TIME_ZONE));

/**
 * Days before the deadline to remind cities that have registered nothing:
 * whole numbers separated by commas or spaces ("7, 1"); empty for none.
 */
const reminderDays = z
  .string({ error: 'required' })
  .trim()
  .max(40, { error: 'tooLong' })
  .refine((v) => v === '' || /^\d{1,3}(?:\s*[,;\s]\s*\d{1,3})*$/.test(v), { error: 'reminderDays' })
  .transform((v) => (v === '' ? [] : [...new Set(v.split(/[\s,;]+/).map(Number))].sort((a, b) => b - a)))
  .refine((days) => days.length <= DEADLINE_REMINDER_LIMITS.COUNT_MAX && days.every((d) => d >= 1 && d <= DEADLINE_REMINDER_LIMITS.DAYS_MAX), {
    error: 'reminderDays',
  });

/**
 * The campaign's hashtags as typed: "#BlueHeart, EndHumanTrafficking" (spaces
 * or commas, `#` optional); each bad one named in its own error. Empty: none.
 * A form without the field (a page opened before it existed) changes nothing.
 */
const HASHTAG_ERRORS = { chars: 'hashtagChars', noLetter: 'hashtagNoLetter', tooLong: 'hashtagTooLong', tooMany: 'hashtagsTooMany' } as const;
const hashtags = z
  .string()
  .max((HASHTAG_LENGTH_MAX + 2) * HASHTAGS_MAX * 2, { error: 'tooLong' })
  .transform((value, ctx) => {
    const r = parseHashtags(value);
    if (r.ok) return r.tags;
    for (const p of r.problems) ctx.addIssue({ code: 'custom', message: HASHTAG_ERRORS[p.problem], params: { ...p } });
    return z.NEVER;
  })
  .nullish()
  .transform((v) => v ?? undefined);

const checkbox = z.union([z.literal('on'), z.literal('true'), z.literal(''), z.null(), z.undefined()]).transform((v) => v === 'on' || v === 'true');

/** The form's field for the theme in `locale`: `theme_fr`. */
export const themeField = <L extends Locale>(locale: L) => `theme_${locale}` as const;
/** The theme in each language of lib/languages.ts; English's is required (the others fall back to it). */
const themeFields = Object.fromEntries(LOCALES.map((l) => [themeField(l), text(LIMITS.THEME_MAX, { required: l === DEFAULT_LOCALE })])) as {
  [L in Locale as `theme_${L}`]: ReturnType<typeof text>;
};

const campaignFields = z.object({
  eventDate: isoDate,
  ...themeFields,
  registrationDeadline: deadline,
  reminderDays,
  hashtags,
  published: checkbox,
});

const year = z.coerce.number({ error: 'year' }).int({ error: 'year' }).min(CAMPAIGN_LIMITS.YEAR_MIN, { error: 'year' }).max(CAMPAIGN_LIMITS.YEAR_MAX, { error: 'year' });

export const newCampaignSchema = campaignFields.extend({ year });
export const editCampaignSchema = campaignFields.extend({ id: z.coerce.number().int().positive() });

/**
 * The checks across fields. They run on whichever fields are valid on their
 * own, so that a form shows every error at once (zod skips an object's
 * refinements while any of its fields fails).
 */
function crossIssues(input: Record<string, unknown>, withYear: boolean): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const date = isoDate.safeParse(input.eventDate);
  const due = lastDay.safeParse(input.registrationDeadline);
  const y = withYear ? year.safeParse(input.year) : undefined;
  if (date.success && y?.success && !date.data.startsWith(`${y.data}-`)) {
    issues.push({ code: 'custom', path: ['eventDate'], message: 'dateInYear', input: input.eventDate });
  }
  // Registrations may stay open up to the end of the day itself, never after it.
  if (date.success && due.success && due.data > date.data) {
    issues.push({ code: 'custom', path: ['registrationDeadline'], message: 'deadlineAfterEvent', input: input.registrationDeadline });
  }
  return issues;
}

function withCrossChecks<S extends z.ZodType>(schema: S, withYear: boolean) {
  return (input: Record<string, unknown>): z.ZodSafeParseResult<z.infer<S>> => {
    const base = schema.safeParse(input);
    const extra = crossIssues(input, withYear);
    if (base.success && extra.length === 0) return base;
    return { success: false, error: new z.ZodError([...(base.success ? [] : base.error.issues), ...extra]) } as z.ZodSafeParseResult<z.infer<S>>;
  };
}

export const parseNewCampaign = withCrossChecks(newCampaignSchema, true);
export const parseEditCampaign = withCrossChecks(editCampaignSchema, false);

export const mapCampaignSchema = z.object({ id: z.union([z.literal('none'), z.coerce.number().int().positive()], { error: 'choice' }) });

export type CampaignInput = {
  eventDate: string;
  theme: LocalizedText;
  registrationDeadline: Date;
  deadlineReminderDays: number[];
  /** Without `#`; undefined: left as they are (the default ones for a new campaign). */
  hashtags?: string[];
  published: boolean;
};

/** The parsed form as the domain takes it: themes gathered per language, empty ones left out. */
export function toCampaignInput(v: z.infer<typeof campaignFields>): CampaignInput {
  const theme: LocalizedText = { en: v.theme_en };
  for (const l of LOCALES) {
    const value = v[themeField(l)];
    if (l !== DEFAULT_LOCALE && value) theme[l] = value;
  }
  return { eventDate: v.eventDate, theme, registrationDeadline: v.registrationDeadline, deadlineReminderDays: v.reminderDays, hashtags: v.hashtags, published: v.published };
}

export function campaignFormInput(formData: FormData) {
  // A field missing from the form is empty (so "required" is what the user reads).
  const get = (k: string) => formData.get(k) ?? '';
  return {
    id: get('id'),
    year: get('year'),
    eventDate: get('eventDate'),
    ...Object.fromEntries(LOCALES.map((l) => [themeField(l), get(themeField(l))])),
    registrationDeadline: get('registrationDeadline'),
    reminderDays: get('reminderDays'),
    hashtags: formData.get('hashtags'),
    published: formData.get('published'),
  };
}
