'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { LightsOnMode } from '@/lib/constants';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { zoneInWords } from '@/lib/dates';

export type LightTimesValue = {
  on: { mode: LightsOnMode; time: string | null };
  offTime: string | null;
  timeZone: string;
};

/** "From sunset, 21:32 until 01:00" — in the building's own local time. */
export function useLightTimesText(): (value: LightTimesValue) => string {
  const t = useTranslations('Lights');
  const locale = useLocale();
  return ({ on, offTime, timeZone }) => {
    const onText =
      on.mode === 'sunset'
        ? on.time
          ? t('onAtSunset', { time: on.time })
          : t('onAtSunsetUnknown')
        : t('onAtTime', { time: on.time ?? '' });
    const offText = offTime ? ` ${t('offAt', { time: offTime })}` : '';
    // Belgian times need no explanation; an embassy's do.
    const zone = timeZone === DEFAULT_TIME_ZONE ? '' : ` (${t('localTime', { zone: zoneInWords(timeZone, locale) })})`;
    return `${onText}${offText}${zone}`;
  };
}

export function LightTimes({ value }: { value: LightTimesValue }) {
  const text = useLightTimesText();
  return <span className="light-times">{text(value)}</span>;
}
