import { getLocale, getTranslations } from 'next-intl/server';
import type { DayTimeline } from '@/lib/lights/day';
import { AfterTheDay } from './AfterTheDay';
import { localePath } from '@/lib/localized';
import './results-link.css';

/** Whether the day is over by the server's clock: the first render's answer, before the browser's clock takes over. */
function overOnServer(timeline: DayTimeline): boolean {
  return Date.now() >= timeline.endsAt;
}

/** "Results of 2026 and photos of the night": a link on a campaign's map page, shown once its day has passed. */
export async function ResultsLink({ year, timeline }: { year: number; timeline: DayTimeline }) {
  const locale = await getLocale();
  const t = await getTranslations('Results');
  return (
    <AfterTheDay timeline={timeline} serverAfter={overOnServer(timeline)}>
      <p className="results-link" data-testid="results-link">
        <a href={localePath(`/years/${year}/results`, locale)}>{t('homeLink', { year })}</a>
      </p>
    </AfterTheDay>
  );
}
