import { useLocale, useTranslations } from 'next-intl';
import { formatCalendarDate, zoneInWords } from '@/lib/dates';
import { useState } from 'react';
import { RadioGroupField, TimeField } from '@/components/forms';
import type { LatLng } from '@/components/map/LocationPicker';
import { LOCAL_TIME_PATTERN, type LightsOnMode } from '@/lib/constants';
import { tidyTimeOfDay } from '@/lib/validation/time-of-day';
import { endsBeforeLightsOn, endsBeforeSunset, sunsetSuggestion } from '@/lib/registrations/timing';

type Props = {
  eventDate: string;
  /** Where the building stands, once known: its sunset is suggested. */
  position: LatLng | null;
  initial: { lightsOnMode: LightsOnMode; lightsOnTime: string; lightsOffTime: string };
  errors: Record<string, string[]>;
};

/** When the lights go on (at sunset, or at a fixed time) and off, with the local sunset to go by. */
export function LightingFields({ eventDate, position, initial, errors }: Props) {
  const t = useTranslations('RegistrationForm');
  const locale = useLocale();
  const [mode, setMode] = useState<LightsOnMode>(initial.lightsOnMode);
  const [onTime, setOnTime] = useState(initial.lightsOnTime);
  const [offTime, setOffTime] = useState(initial.lightsOffTime);

  // The suggestion is computed here, in the building's own time zone (an embassy abroad gets its own).
  const sunset = position ? sunsetSuggestion(eventDate, position.lat, position.lng) : null;
  const eventDay = formatCalendarDate(eventDate, locale);
  // As the server will read them ("2130" is 21:30).
  const on = tidyTimeOfDay(onTime.trim());
  const off = tidyTimeOfDay(offTime.trim());
  const tooEarly = position && LOCAL_TIME_PATTERN.test(off) && endsBeforeSunset({ eventDate, lat: position.lat, lng: position.lng, lightsOffTime: off });
  // With a fixed time, a lights-off before lights-on on the evening itself is a slip too (on 22:00, off 21:00).
  const offBeforeOn = mode === 'time' && endsBeforeLightsOn({ lightsOnTime: on, lightsOffTime: off });
  const suggestion = !sunset
    ? t('sunsetNeedsPosition')
    : sunset.time
      ? t('sunsetIs', { date: eventDay, time: sunset.time, timeZone: zoneInWords(sunset.timeZone, locale) })
      : t('noSunset', { date: eventDay });

  return (
    <RadioGroupField
      name="lightsOnMode"
      legend={t('lightsOnLegend')}
      className="lighting"
      errors={errors.lightsOnMode}
      value={mode}
      onChange={(v) => setMode(v as LightsOnMode)}
      options={[
        { value: 'sunset', label: t('atSunset'), hint: <span data-testid="sunset-suggestion">{suggestion}</span> },
        { value: 'time', label: t('fixedTime') },
      ]}
      after={
        <>
          {mode === 'time' ? (
            <TimeField name="lightsOnTime" label={t('lightsOnTime')} hint={t('timeHint')} value={onTime} onValueChange={setOnTime} errors={errors.lightsOnTime} />
          ) : null}
          <TimeField name="lightsOffTime" label={t('lightsOffTime')} hint={t('lightsOffHint')} value={offTime} onValueChange={setOffTime} errors={errors.lightsOffTime} placeholder="01:00" />
          {offBeforeOn ? (
            <p className="warning" role="status">
              {t('endsBeforeLightsOn', { off, on })}
            </p>
          ) : tooEarly && sunset?.time ? (
            <p className="warning" role="status">
              {t('endsBeforeSunset', { off, sunset: sunset.time })}
            </p>
          ) : null}
        </>
      }
    />
  );
}
