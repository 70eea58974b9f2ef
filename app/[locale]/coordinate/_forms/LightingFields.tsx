import { useLocale, useTranslations } from 'next-intl';
import { formatCalendarDate, zoneInWords } from '@/lib/dates';
import { useState } from 'react';
import { Field, RadioGroupField } from '@/components/forms';
import type { LatLng } from '@/components/map/LocationPicker';
import { LOCAL_TIME_PATTERN, type LightsOnMode } from '@/lib/constants';
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
  const tooEarly = position && LOCAL_TIME_PATTERN.test(offTime) && endsBeforeSunset({ eventDate, lat: position.lat, lng: position.lng, lightsOffTime: offTime });
  // With a fixed time, a lights-off before lights-on on the evening itself is a slip too (on 22:00, off 21:00).
  const offBeforeOn = mode === 'time' && endsBeforeLightsOn({ lightsOnTime: onTime.trim(), lightsOffTime: offTime.trim() });
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
            <Field name="lightsOnTime" label={t('lightsOnTime')} value={onTime} onChange={(e) => setOnTime(e.target.value)} errors={errors.lightsOnTime} placeholder="21:30" inputMode="numeric" autoComplete="off" />
          ) : null}
          <Field
            name="lightsOffTime"
            label={t('lightsOffTime')}
            hint={t('lightsOffHint')}
            value={offTime}
            onChange={(e) => setOffTime(e.target.value)}
            errors={errors.lightsOffTime}
            placeholder="01:00"
            inputMode="numeric"
            autoComplete="off"
          />
          {offBeforeOn ? (
            <p className="warning" role="status">
              {t('endsBeforeLightsOn', { off: offTime.trim(), on: onTime.trim() })}
            </p>
          ) : tooEarly && sunset?.time ? (
            <p className="warning" role="status">
              {t('endsBeforeSunset', { off: offTime, sunset: sunset.time })}
            </p>
          ) : null}
        </>
      }
    />
  );
}
