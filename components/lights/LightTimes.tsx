'use client';

import { useTranslations } from 'next-intl';
import type { PublicLight } from '@/lib/light-view';

/** "From sunset, 21:32 until 01:00" — in the building's own local time. */
export function LightTimes({ light }: { light: Pick<PublicLight, 'lightsOn' | 'lightsOff'> }) {
  const t = useTranslations('Lights');
  const { lightsOn, lightsOff } = light;
  const on =
    lightsOn.mode === 'sunset'
      ? lightsOn.time
        ? t('onAtSunset', { time: lightsOn.time })
        : t('onAtSunsetUnknown')
      : t('onAtTime', { time: lightsOn.time ?? '' });
  return (
    <span className="light-times">
      {on}
      {lightsOff.time ? ` ${t('offAt', { time: lightsOff.time })}` : ''}
    </span>
  );
}
