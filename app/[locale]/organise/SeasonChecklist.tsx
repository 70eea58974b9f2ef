import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { SeasonChecklist as Checklist, SeasonFacts, SeasonStep } from '@/lib/campaigns/season';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formatCalendarDate } from '@/lib/dates';
import { localDate } from '@/lib/time';

/** One line of figures for a step, in words. */
export async function stepDetail(step: SeasonStep, facts: SeasonFacts, locale: string, now: Date): Promise<string> {
  const t = await getTranslations('OrganiseSeason.detail');
  const c = facts.campaign;
  switch (step.key) {
    case 'campaign':
      return c ? t('campaign', { count: step.count }) : t('noCampaign');
    case 'cities':
      return t('cities', { count: step.count });
    case 'coordinators':
      return t('coordinators', { count: step.count, signedIn: facts.coordinatorsSignedIn });
    case 'reminders':
      return c?.deadlineReminderDays.length ? t('reminders', { days: new Intl.ListFormat(locale, { type: 'conjunction' }).format(c.deadlineReminderDays.map(String)), count: step.count }) : t('noReminders');
    case 'publish':
      return c?.published ? t('published') : t('unpublished');
    case 'review':
      // Partners' events are named beside the registrations once there are any waiting.
      return facts.eventsWaiting ? t('reviewWithEvents', { registrations: facts.statuses.submitted, events: facts.eventsWaiting }) : t('review', { count: step.count });
    case 'press':
      return t('press', { count: step.count });
    case 'night': {
      if (!c) return t('night', { count: step.count, date: '—' });
      const days = Math.round((Date.parse(c.eventDate) - Date.parse(localDate(now, DEFAULT_TIME_ZONE))) / 86_400_000);
      // Before the day, what will happen then; from the day on, the live count.
      return days > 0 ? t('nightAhead', { date: formatCalendarDate(c.eventDate, locale), days }) : t('night', { count: step.count, date: formatCalendarDate(c.eventDate, locale) });
    }
    case 'results':
      return t('results', { year: c?.year ?? '—' });
  }
}

/** The season's steps in order, each marked done or to do, with its figure and link; the next one stands out. */
export async function SeasonChecklist({ checklist, facts, locale, now }: { checklist: Checklist; facts: SeasonFacts; locale: string; now: Date }) {
  const t = await getTranslations('OrganiseSeason');
  const details = await Promise.all(checklist.steps.map((s) => stepDetail(s, facts, locale, now)));
  return (
    <ol className="season-checklist" data-testid="season-checklist">
      {checklist.steps.map((s, i) => {
        const isNext = checklist.next?.key === s.key;
        return (
          <li key={s.key} data-testid={`step-${s.key}`} data-done={s.done} className={s.done ? 'is-done' : isNext ? 'is-next' : undefined}>
            <span className="mark" aria-hidden="true">
              {s.done ? '✓' : i + 1}
            </span>
            <span>
              <Link href={s.href}>{t(`step.${s.key}`)}</Link> <span className="visually-hidden">—</span>
              <strong className="step-state">{s.done ? t('done') : isNext ? t('isNext') : t('toDo')}</strong>
            </span>
            <span className="step-detail">{details[i]}</span>
          </li>
        );
      })}
    </ol>
  );
}
