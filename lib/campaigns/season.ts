/**
 * The organisers' season checklist, computed from what is in the database:
 * campaign → cities → coordinators → reminders → publish → review → press →
 * the night → results. Pure: it takes the facts and the moment.
 */
import { DEFAULT_TIME_ZONE, LOCALES, type IlluminationStatus, type LocalizedText } from '@/lib/constants';
import { localDate } from '@/lib/time';

export const SEASON_STEPS = ['campaign', 'cities', 'coordinators', 'reminders', 'publish', 'review', 'press', 'night', 'results'] as const;
export type SeasonStepKey = (typeof SEASON_STEPS)[number];

export type SeasonFacts = {
  campaign: { year: number; eventDate: string; theme: LocalizedText; published: boolean; deadlineReminderDays: number[] } | null;
  /** Cities in the register (all campaigns share them). */
  cities: number;
  /** Active coordinators with at least one city, and how many of them have ever signed in. */
  coordinators: number;
  coordinatorsSignedIn: number;
  /** Deadline reminders queued for this campaign (one per coordinator and day). */
  remindersSent: number;
  statuses: Record<IlluminationStatus, number>;
  /** Partners' events of the campaign waiting for review (they share the review step with the buildings). */
  eventsWaiting: number;
  /** Approved registrations confirmed lit on the night. */
  lit: number;
};

export type SeasonStep = {
  key: SeasonStepKey;
  done: boolean;
  /** The step's figure: languages of the theme, cities, coordinators, reminders sent, waiting for review (buildings and events), approved, lit. */
  count: number;
  /** Where the step is done (a path inside the site, without the language). */
  href: string;
};

export type SeasonChecklist = { steps: SeasonStep[]; next: SeasonStep | null };

/** The day of the event is over (Brussels calendar): the night has been. */
export function eventIsOver(eventDate: string, now: Date, timeZone = DEFAULT_TIME_ZONE): boolean {
  return localDate(now, timeZone) > eventDate;
}

/**
 * Each step done or not, with its figure and link, and the first step not done
 * (null once everything is). Reminders count as set when the campaign has days
 * before the deadline to remind on (7 and 1 by default); the press list is
 * ready once something is approved; the night and the results are done once
 * the day is over.
 */
export function seasonChecklist(facts: SeasonFacts, now: Date): SeasonChecklist {
  const c = facts.campaign;
  const year = c?.year;
  const edit = year ? `/organise/campaigns?edit=${year}#campaign-${year}` : '/organise/campaigns';
  const languages = c ? LOCALES.filter((l) => (c.theme[l] ?? '').trim() !== '').length : 0;
  const { submitted, approved, rejected } = facts.statuses;
  // The review step waits for buildings and partners' events alike.
  const waiting = submitted + facts.eventsWaiting;
  const over = c ? eventIsOver(c.eventDate, now) : false;
  const steps: SeasonStep[] = [
    { key: 'campaign', done: Boolean(c) && languages === LOCALES.length, count: languages, href: edit },
    { key: 'cities', done: facts.cities > 0, count: facts.cities, href: '/organise/cities' },
    { key: 'coordinators', done: facts.coordinators > 0, count: facts.coordinators, href: '/organise/coordinators' },
    { key: 'reminders', done: Boolean(c?.deadlineReminderDays.length), count: facts.remindersSent, href: edit },
    { key: 'publish', done: Boolean(c?.published), count: approved, href: edit },
    { key: 'review', done: Boolean(c) && waiting === 0 && approved + rejected > 0, count: waiting, href: year ? `/organise/review?year=${year}` : '/organise/review' },
    { key: 'press', done: approved > 0, count: approved, href: year ? `/organise/press?year=${year}` : '/organise/press' },
    { key: 'night', done: over, count: facts.lit, href: year ? `/organise/registrations?year=${year}&status=approved` : '/organise/registrations' },
    { key: 'results', done: over && Boolean(c?.published) && approved > 0, count: approved, href: year ? `/years/${year}/results` : '/organise' },
  ];
  return { steps, next: steps.find((s) => !s.done) ?? null };
}
