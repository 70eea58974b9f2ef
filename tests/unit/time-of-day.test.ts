import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, localTime } from '@/lib/validation/common';
import { registrationFormInput, registrationSchema } from '@/lib/validation/registration';
import { parseTimeOfDay, tidyTimeOfDay } from '@/lib/validation/time-of-day';

describe('a time of day as people type it', () => {
  it('reads every usual way of writing 21:30 (an iPhone keypad has no colon)', () => {
    for (const typed of ['2130', '21.30', '21h30', '21H30', '21u30', '21:30', '21,30', '21 h 30', ' 21:30 ', '9:30 pm', '9.30pm', '9:30 PM', '9:30 p.m.', '21:30:00', '21:30:00.000']) {
      expect(parseTimeOfDay(typed), typed).toEqual({ ok: true, time: '21:30' });
    }
  });

  it('reads digits alone as hours, or hours and minutes', () => {
    expect(parseTimeOfDay('930')).toEqual({ ok: true, time: '09:30' });
    expect(parseTimeOfDay('0930')).toEqual({ ok: true, time: '09:30' });
    expect(parseTimeOfDay('21')).toEqual({ ok: true, time: '21:00' });
    expect(parseTimeOfDay('1')).toEqual({ ok: true, time: '01:00' });
    expect(parseTimeOfDay('0000')).toEqual({ ok: true, time: '00:00' });
    expect(parseTimeOfDay('100')).toEqual({ ok: true, time: '01:00' });
    expect(parseTimeOfDay('21h')).toEqual({ ok: true, time: '21:00' });
    expect(parseTimeOfDay('9pm')).toEqual({ ok: true, time: '21:00' });
  });

  it('knows that 12 am is midnight and 12 pm noon', () => {
    expect(parseTimeOfDay('12 am')).toEqual({ ok: true, time: '00:00' });
    expect(parseTimeOfDay('12:30 am')).toEqual({ ok: true, time: '00:30' });
    expect(parseTimeOfDay('12 pm')).toEqual({ ok: true, time: '12:00' });
    expect(parseTimeOfDay('1 am')).toEqual({ ok: true, time: '01:00' });
  });

  it('says what is wrong with a time that does not exist, or is not a time', () => {
    expect(parseTimeOfDay('25:00')).toEqual({ ok: false, error: 'range' });
    expect(parseTimeOfDay('12:60')).toEqual({ ok: false, error: 'range' });
    expect(parseTimeOfDay('2400')).toEqual({ ok: false, error: 'range' });
    expect(parseTimeOfDay('2160')).toEqual({ ok: false, error: 'range' });
    expect(parseTimeOfDay('13 pm')).toEqual({ ok: false, error: 'twelveHour' });
    expect(parseTimeOfDay('0 am')).toEqual({ ok: false, error: 'twelveHour' });
    for (const bad of ['abc', '', '   ', 'pm', '21:3', '12345', '21:30 tomorrow', '-1', '21::30', 'sunset', '1e3']) {
      expect(parseTimeOfDay(bad), bad).toEqual({ ok: false, error: 'time' });
    }
  });

  it('tidies a field that reads as a time and leaves anything else as typed', () => {
    expect(tidyTimeOfDay('2130')).toBe('21:30');
    expect(tidyTimeOfDay('9.30pm')).toBe('21:30');
    expect(tidyTimeOfDay('25:00')).toBe('25:00');
    expect(tidyTimeOfDay('abc')).toBe('abc');
  });
});

describe('the time fields of the forms', () => {
  const form = z.object({ on: localTime });
  const keyOf = (on: unknown) => {
    const r = form.safeParse({ on });
    return r.success ? r.data.on : fieldErrorsOf(r.error).on?.[0]?.key;
  };

  it('store what was typed as HH:MM, and give each kind of mistake its own message key', () => {
    expect(keyOf('2130')).toBe('21:30');
    expect(keyOf('9:30 pm')).toBe('21:30');
    expect(keyOf('25:00')).toBe('timeRange');
    expect(keyOf('12:60')).toBe('timeRange');
    expect(keyOf('13 pm')).toBe('timeTwelveHour');
    expect(keyOf('abc')).toBe('time');
    expect(keyOf(undefined)).toBe('required');
  });

  it('apply to the registration’s lights-on and lights-off times', () => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ cityId: '3', name: 'Belfry', kind: 'tower', lat: '51,05', lng: '3,72', lightsOnMode: 'time', lightsOnTime: '2130', lightsOffTime: '1h' })) data.set(k, v);
    const r = registrationSchema.safeParse(registrationFormInput(data));
    expect(r.success && r.data).toMatchObject({ lightsOnTime: '21:30', lightsOffTime: '01:00' });
    data.set('lightsOffTime', '25:00');
    const bad = registrationSchema.safeParse(registrationFormInput(data));
    expect(bad.success ? null : fieldErrorsOf(bad.error).lightsOffTime).toEqual([{ key: 'timeRange' }]);
  });
});
