/**
 * The reminders, each sent once to each person it concerns, in their
 * language:
 *
 * - `deadline`: N days before a campaign's registration deadline (the
 *   campaign's own list, 7 and 1 by default), to the coordinators of invited
 *   cities that have registered nothing; only the nearest N that has come;
 * - `day_before`: from 09:00 the day before (building's time zone) until
 *   lights-on, each coordinator's approved buildings with their times and a
 *   calendar file ("tomorrow", or "tonight" when sent on the day itself);
 * - `lights_on`: from lights-on until lights-off, a link to "Lights are on"
 *   for the buildings not yet confirmed;
 * - `morning_after`: from 08:00 the next morning until confirming closes
 *   (12:00), the buildings still not confirmed, asking for a photo;
 * - `digest`: from 08:00 each day (Brussels), the organisers' digest of new
 *   submissions.
 *
 * Everything is a function of an explicit `now`. A reminder is recorded in
 * `sent_reminders` under a key (kind, campaign, person, building or day)
 * inserted in the same write transaction as its mail's outbox row, after the
 * keys already there were read in that transaction: across restarts and
 * server processes a reminder is queued once, and only with its mail.
 * Moments missed while no process ran are caught up while the reminder still
 * makes sense (a day-before reminder after lights-on does not).
 */
import 'server-only';
import { and, eq, gt, gte, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import { getDb, writeTransaction, type Db } from '@/db';
import { buildings, campaigns, cities, illuminations, sentReminders, type Campaign } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { DEFAULT_TIME_ZONE, type ApprovedVersion } from '@/lib/constants';
import { localDayEnd } from '@/lib/lights/day';
import { lightingWindow } from '@/lib/lights/window';
import { enqueueMail } from '@/lib/mail/outbox';
import { type RenderedMail } from '@/lib/mail/compose';
import { litWindow } from '@/lib/registrations/night';
import { enqueueSubmissionDigest } from '@/lib/review/mails';
import { addDays, localDate, zonedTimeToUtc } from '@/lib/time';
import { coordinatorsOfCities, type Recipient } from '@/lib/users/recipients';
import { eveningWord } from './evening-word';
import { dayBeforeReminder, deadlineReminder, lightsOnReminder, morningAfterReminder, type EveningItem } from './mails';

export const REMINDER_KINDS = ['deadline', 'day_before', 'lights_on', 'morning_after', 'digest'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Local times of the day the reminders go out from. */
export const REMINDER_TIMES = { dayBefore: '09:00', morningAfter: '08:00', digest: '08:00' } as const;

const DAY_MS = 86_400_000;

type Tx = Pick<Db, 'select' | 'insert'>;

/** The unique key of one reminder. */
export function reminderKey(kind: ReminderKind, campaignId: number | null, userId: string | null, subject: string): string {
  return [kind, campaignId ?? '-', userId ?? '-', subject].join(':');
}

/**
 * One mail to plan: its recipient and its parts (a building, or the one
 * reminder), each under its key. Rendered with the parts not yet recorded.
 */
type Planned<T = unknown> = {
  recipient: Recipient;
  campaignId: number;
  parts: { key: string; value: T }[];
  render: (values: T[]) => RenderedMail;
};

/**
 * Queues each planned mail for its parts whose keys are not recorded yet, in
 * one write (immediate) transaction: the keys are read, then the mail and its
 * keys written, with no other process in between. (A building approved after
 * the day-before reminder thus gets a reminder of its own, later.)
 */
function queueOnce(kind: ReminderKind, planned: Planned[], now: Date): number {
  if (planned.length === 0) return 0;
  return writeTransaction(
    (tx) => {
      let queued = 0;
      const recorded = new Set(
        tx
          .select({ key: sentReminders.key })
          .from(sentReminders)
          .where(inArray(sentReminders.key, planned.flatMap((p) => p.parts.map((part) => part.key))))
          .all()
          .map((r) => r.key),
      );
      for (const p of planned) {
        const fresh = p.parts.filter((part) => !recorded.has(part.key));
        if (fresh.length === 0) continue;
        const mail = p.render(fresh.map((part) => part.value));
        const outboxId = enqueueMail(tx, { ...mail, to: p.recipient.email, userId: p.recipient.id, locale: p.recipient.locale, kind: `reminder.${kind}` }, now);
        // The primary key would refuse a second row for a key: the mail would then roll back with it.
        tx.insert(sentReminders)
          .values(fresh.map((part) => ({ key: part.key, kind, campaignId: p.campaignId, userId: p.recipient.id, outboxId, at: now })))
          .run();
        for (const part of fresh) recorded.add(part.key);
        queued++;
      }
      return queued;
    },
  );
}

// ---------------------------------------------------------------------------
// Before the deadline
// ---------------------------------------------------------------------------

/** The nearest of the campaign's reminder days that has come, or null before the first (or after the deadline). */
export function dueDeadlineReminder(campaign: Pick<Campaign, 'registrationDeadline' | 'deadlineReminderDays'>, now: Date): number | null {
  const left = campaign.registrationDeadline.getTime() - now.getTime();
  if (left <= 0) return null;
  const due = campaign.deadlineReminderDays.filter((days) => left <= days * DAY_MS);
  return due.length ? Math.min(...due) : null;
}

function planDeadline(now: Date): Planned[] {
  const db = getDb();
  const open = db.select().from(campaigns).where(gt(campaigns.registrationDeadline, now)).all();
  const planned: Planned[] = [];
  for (const campaign of open) {
    const days = dueDeadlineReminder(campaign, now);
    if (days === null) continue;
    // Registered: anything not withdrawn (a rejected registration is being dealt with), as on the overview.
    const registered = new Set(
      selectRegistrations({ cityId: buildings.cityId }, db)
        .where(and(eq(illuminations.campaignId, campaign.id), ne(illuminations.status, 'withdrawn')))
        .all()
        .map((r) => r.cityId),
    );
    const allCities = db.select().from(cities).all();
    const recipients = coordinatorsOfCities(db, allCities.map((c) => c.id));
    for (const r of recipients) {
      const idle = allCities.filter((c) => r.cityIds.includes(c.id) && !registered.has(c.id));
      if (idle.length === 0) continue;
      planned.push({
        recipient: r,
        campaignId: campaign.id,
        parts: [{ key: reminderKey('deadline', campaign.id, r.id, `${days}d`), value: null }],
        render: () => deadlineReminder(r.locale, r.name ?? r.email, campaign, idle),
      });
    }
  }
  return planned;
}

// ---------------------------------------------------------------------------
// The evening
// ---------------------------------------------------------------------------

type Evening = { campaign: Campaign; item: EveningItem; cityId: number; onAt: Date | null; offAt: Date | null; litAt: Date | null; timeZone: string };

/** The buildings going ahead (an approved version, not withdrawn) of campaigns whose day is near `now`. */
function eveningsNear(now: Date): Evening[] {
  const db = getDb();
  const day = localDate(now, 'UTC');
  const near = db.select().from(campaigns).where(and(gte(campaigns.eventDate, addDays(day, -2)), lte(campaigns.eventDate, addDays(day, 2)))).all();
  if (near.length === 0) return [];
  const rows = selectRegistrations({ illumination: illuminations, buildingId: buildings.id, city: cities }, db)
    .where(and(inArray(illuminations.campaignId, near.map((c) => c.id)), isNotNull(illuminations.approved), ne(illuminations.status, 'withdrawn')))
    .all();
  return rows.map(({ illumination, buildingId, city }) => {
    const campaign = near.find((c) => c.id === illumination.campaignId)!;
    // What was approved is what lights up (and what the public map shows), not an edit awaiting review.
    const v = illumination.approved as ApprovedVersion;
    const facts = {
      buildingId,
      year: campaign.year,
      eventDate: campaign.eventDate,
      theme: campaign.theme,
      name: v.name,
      names: v.names,
      address: v.address,
      city: { name: city.name, names: city.names, timeZone: city.timeZone },
      lat: v.lat,
      lng: v.lng,
      lightsOnMode: v.lightsOnMode,
      lightsOnTime: v.lightsOnTime,
      lightsOffTime: v.lightsOffTime,
    };
    const window = lightingWindow({ ...facts, timeZone: city.timeZone });
    const lit = litWindow(campaign.eventDate, v.lat, v.lng, city.timeZone);
    return {
      campaign,
      cityId: city.id,
      onAt: window.onAt,
      offAt: window.offAt,
      litAt: illumination.litAt,
      timeZone: city.timeZone,
      item: { illuminationId: illumination.id, facts, litCloses: { at: lit.closesAt, timeZone: lit.timeZone } },
    };
  });
}

type EveningMail = (r: Recipient, campaign: Campaign, items: EveningItem[]) => RenderedMail;

/**
 * Groups due evenings by coordinator and campaign: one mail each, one key per
 * building. `split` parts a group further where one mail could not say the
 * same of all its buildings ("tonight" in Brussels, "tomorrow" in New York).
 */
function planEvening(kind: ReminderKind, due: Evening[], render: EveningMail, split: (e: Evening) => string = () => ''): Planned[] {
  if (due.length === 0) return [];
  const recipients = coordinatorsOfCities(getDb(), due.map((e) => e.cityId));
  const planned: Planned[] = [];
  for (const r of recipients) {
    const groups = new Map<string, Evening[]>();
    for (const e of due) {
      if (!r.cityIds.includes(e.cityId)) continue;
      const group = `${e.campaign.id} ${split(e)}`;
      groups.set(group, [...(groups.get(group) ?? []), e]);
    }
    for (const evenings of groups.values()) {
      const campaignId = evenings[0]!.campaign.id;
      const sorted = [...evenings].sort((a, b) => (a.onAt?.getTime() ?? 0) - (b.onAt?.getTime() ?? 0) || a.item.facts.name.localeCompare(b.item.facts.name));
      const plan: Planned<Evening> = {
        recipient: r,
        campaignId,
        parts: sorted.map((e) => ({ key: reminderKey(kind, campaignId, r.id, `building-${e.item.facts.buildingId}`), value: e })),
        render: (fresh) => render(r, fresh[0]!.campaign, fresh.map((e) => e.item)),
      };
      planned.push(plan as Planned);
    }
  }
  return planned;
}

/** Whether `now` is in [from, until). */
const within = (now: Date, from: Date, until: Date) => now.getTime() >= from.getTime() && now.getTime() < until.getTime();

/**
 * The day-before reminder is due from 09:00 the day before until lights-on
 * (noon on the day where the sun does not set). Sent on the day itself it
 * says "tonight" (./evening-word.ts); after lights-on it is not sent, the
 * lights-on reminder says what is needed.
 */
function dueDayBefore(e: Evening, now: Date): boolean {
  const from = zonedTimeToUtc(addDays(e.campaign.eventDate, -1), REMINDER_TIMES.dayBefore, e.timeZone);
  const until = e.onAt ?? zonedTimeToUtc(e.campaign.eventDate, '12:00', e.timeZone);
  return within(now, from, until);
}

function dueLightsOn(e: Evening, now: Date): boolean {
  if (!e.onAt || e.litAt) return false;
  return within(now, e.onAt, e.offAt ?? new Date(localDayEnd(e.campaign.eventDate, e.timeZone)));
}

function dueMorningAfter(e: Evening, now: Date): boolean {
  if (e.litAt) return false;
  const closes = e.item.litCloses!;
  return within(now, zonedTimeToUtc(addDays(e.campaign.eventDate, 1), REMINDER_TIMES.morningAfter, closes.timeZone), closes.at);
}

// ---------------------------------------------------------------------------
// The organisers' daily digest
// ---------------------------------------------------------------------------

/**
 * From 08:00 (Brussels) each day, the digest of the submissions since the
 * last one: the day's key and the digest (its mails and its cut-off) are
 * written in one transaction, so that it goes out once a day whichever
 * process gets there first. A day without new submissions sends nothing.
 */
export function queueDailyDigest(now: Date): number {
  const today = localDate(now, DEFAULT_TIME_ZONE);
  if (now.getTime() < zonedTimeToUtc(today, REMINDER_TIMES.digest, DEFAULT_TIME_ZONE).getTime()) return 0;
  const key = reminderKey('digest', null, null, today);
  return writeTransaction(
    (tx: Tx) => {
      if (tx.select({ key: sentReminders.key }).from(sentReminders).where(eq(sentReminders.key, key)).get()) return 0;
      tx.insert(sentReminders).values({ key, kind: 'digest', at: now }).run();
      return enqueueSubmissionDigest(tx, null, now).recipients;
    },
  );
}

export type ReminderReport = Record<ReminderKind, number>;

/** Queues every reminder due at `now`; returns how many mails of each kind. */
export function queueDueReminders(now: Date = new Date()): ReminderReport {
  const evenings = eveningsNear(now);
  const name = (r: Recipient) => r.name ?? r.email;
  const dayBefore: EveningMail = (r, campaign, items) => dayBeforeReminder(r.locale, name(r), campaign, items, now);
  const lightsOn: EveningMail = (r, campaign, items) => lightsOnReminder(r.locale, name(r), campaign, items);
  // The earliest close first: the mail gives that one.
  const morning: EveningMail = (r, campaign, items) =>
    morningAfterReminder(r.locale, name(r), campaign, [...items].sort((a, b) => a.litCloses!.at.getTime() - b.litCloses!.at.getTime()));
  return {
    deadline: queueOnce('deadline', planDeadline(now), now),
    day_before: queueOnce(
      'day_before',
      planEvening('day_before', evenings.filter((e) => dueDayBefore(e, now)), dayBefore, (e) => eveningWord(e.campaign.eventDate, e.timeZone, now)),
      now,
    ),
    lights_on: queueOnce('lights_on', planEvening('lights_on', evenings.filter((e) => dueLightsOn(e, now)), lightsOn), now),
    morning_after: queueOnce('morning_after', planEvening('morning_after', evenings.filter((e) => dueMorningAfter(e, now)), morning), now),
    digest: queueDailyDigest(now),
  };
}
