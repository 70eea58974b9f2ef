/**
 * The reminders as their readers get them: in their language, with times on
 * the building's own clock and named in that language ("21:43, Central
 * European Time"), the campaign's theme, and links to the site.
 */
import type { MailAttachment } from '@/db/schema';
import { DEFAULT_TIME_ZONE, type Locale, type LocalizedText } from '@/lib/constants';
import { formatClockTime, formatDeadline, formatDeadlineInZone, zoneName } from '@/lib/dates';
import { formatEventDate } from '@/lib/lights/day';
import { lightsCalendar, calendarFileName, type LightFacts } from '@/lib/calendar/events';
import { lightingWindow } from '@/lib/lights/window';
import { buildingName, cityName, localize } from '@/lib/localized';
import { mailTranslator, renderMail, siteLink, type RenderedMail } from '@/lib/mail/compose';
import { eveningWord } from './evening-word';

type Campaign = { year: number; theme: LocalizedText; eventDate: string; registrationDeadline: Date };

const list = (locale: Locale, items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

function themeLine(locale: Locale, campaign: Pick<Campaign, 'year' | 'theme'>): string {
  return mailTranslator(locale, 'ReminderMail')('theme', { year: campaign.year, theme: localize(campaign.theme, locale) });
}

/** To a coordinator whose cities have registered nothing, some days before the deadline. */
export function deadlineReminder(locale: Locale, name: string | null, campaign: Campaign, cities: { name: string; names: Partial<Record<Locale, string>> }[]): RenderedMail {
  const t = mailTranslator(locale, 'ReminderMail');
  const deadline = formatDeadline(campaign.registrationDeadline, locale, DEFAULT_TIME_ZONE);
  return renderMail(locale, {
    subject: t('deadlineSubject', { year: campaign.year, deadline }),
    name,
    blocks: [
      t('deadlineIntro', { count: cities.length, cities: list(locale, cities.map((c) => cityName(c, locale))), year: campaign.year }),
      t('deadlineWhen', { deadline: formatDeadlineInZone(campaign.registrationDeadline, locale, DEFAULT_TIME_ZONE) }),
      themeLine(locale, campaign),
      t('deadlineHow'),
      { label: t('deadlineAction'), link: siteLink('/coordinate', locale) },
    ],
  });
}

/** One building of a coordinator's evening. */
export type EveningItem = { illuminationId: number; facts: LightFacts; litCloses?: { at: Date; timeZone: string } };

/** "Ghent Belfry (Ghent): lights on at 21:43 (sunset), off at 01:00 – Central European Time" */
function timesLine(locale: Locale, item: EveningItem): string {
  const t = mailTranslator(locale, 'ReminderMail');
  const { facts } = item;
  const zone = facts.city.timeZone;
  const window = lightingWindow({ ...facts, timeZone: zone });
  const building = buildingName(facts, locale);
  const city = cityName(facts.city, locale);
  if (!window.onAt) return t('timesUnknown', { building, city });
  return t('timesLine', {
    building,
    city,
    on: formatClockTime(window.onAt, locale, zone),
    sunset: window.mode === 'sunset' ? 'yes' : 'no',
    hasOff: window.offAt ? 'yes' : 'no',
    off: window.offAt ? formatClockTime(window.offAt, locale, zone) : '',
    zone: zoneName(window.onAt, locale, zone),
  });
}

/** A building's public page when it is on the public map, else the coordinator's own page of it. */
function pageOf(locale: Locale, item: EveningItem, published: boolean): string {
  return published ? siteLink(`/buildings/${item.facts.buildingId}`, locale) : siteLink(`/coordinate/${item.illuminationId}`, locale);
}

/**
 * The building's card in the workspace, which opens on tonight during the
 * event day: its one big "Lights are on" (app/[locale]/coordinate).
 */
function tonightCard(locale: Locale, campaign: Pick<Campaign, 'year'>, item: EveningItem): string {
  return `${siteLink(`/coordinate?year=${campaign.year}`, locale)}#building-${item.facts.buildingId}`;
}

/** The day before: the times of each approved building, and a calendar file of them. */
export function dayBeforeReminder(locale: Locale, name: string | null, campaign: Campaign & { published: boolean }, items: EveningItem[], now: Date): RenderedMail {
  const t = mailTranslator(locale, 'ReminderMail');
  const content = lightsCalendar(locale, items.map((i) => ({ facts: i.facts, url: pageOf(locale, i, campaign.published) })), now);
  const calendar: MailAttachment[] = content
    ? [{ filename: calendarFileName(campaign.year, items.length === 1 ? buildingName(items[0]!.facts, locale) : ''), contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content }]
    : [];
  const date = formatEventDate(campaign.eventDate, locale);
  // Sent on the day itself (approved late), it is about tonight, not tomorrow.
  const tonight = eveningWord(campaign.eventDate, items[0]!.facts.city.timeZone, now) === 'tonight';
  return {
    ...renderMail(locale, {
      subject: t(tonight ? 'tonightSubject' : 'dayBeforeSubject', { count: items.length, building: buildingName(items[0]!.facts, locale), date }),
      name,
      blocks: [
        t(tonight ? 'tonightIntro' : 'dayBeforeIntro', { count: items.length, date }),
        { list: items.map((i) => timesLine(locale, i)) },
        themeLine(locale, campaign),
        ...(content ? [t('dayBeforeCalendar')] : []),
        t('dayBeforeNight'),
        { label: t('openRegistrations'), link: siteLink(`/coordinate?year=${campaign.year}`, locale) },
      ],
    }),
    attachments: calendar,
  };
}

/** At lights-on: a link straight to "Lights are on" for each building. */
export function lightsOnReminder(locale: Locale, name: string | null, campaign: Campaign, items: EveningItem[]): RenderedMail {
  const t = mailTranslator(locale, 'ReminderMail');
  return renderMail(locale, {
    subject: t('lightsOnSubject', { count: items.length, building: buildingName(items[0]!.facts, locale) }),
    name,
    blocks: [
      t('lightsOnIntro', { count: items.length }),
      ...items.map((i) => ({ label: t('confirmAction', { building: buildingName(i.facts, locale) }), link: tonightCard(locale, campaign, i) })),
      themeLine(locale, campaign),
    ],
  });
}

/** The next morning: the buildings not confirmed yet, the link, and a request for a photo. */
export function morningAfterReminder(locale: Locale, name: string | null, campaign: Campaign, items: EveningItem[]): RenderedMail {
  const t = mailTranslator(locale, 'ReminderMail');
  const closes = items[0]!.litCloses!;
  return renderMail(locale, {
    subject: t('morningSubject', { count: items.length, building: buildingName(items[0]!.facts, locale) }),
    name,
    blocks: [
      t('morningIntro', { count: items.length }),
      { list: items.map((i) => `${buildingName(i.facts, locale)} (${cityName(i.facts.city, locale)})`) },
      t('morningAsk', { closes: formatClockTime(closes.at, locale, closes.timeZone), zone: zoneName(closes.at, locale, closes.timeZone) }),
      ...items.map((i) => ({ label: t('confirmAction', { building: buildingName(i.facts, locale) }), link: tonightCard(locale, campaign, i) })),
      t('morningThanks'),
    ],
  });
}
