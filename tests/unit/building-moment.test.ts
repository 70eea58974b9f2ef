import { describe, expect, it } from 'vitest';
import { buildingMoment } from '@/components/building/moment';

const DATE = '2026-07-30';
const at = (iso: string) => Date.parse(iso);
/** Brussels (UTC+2 in summer): on at 21:00, off at 00:30 the next night. */
const parliament = { onAt: at('2026-07-30T19:00:00Z'), offAt: at('2026-07-30T22:30:00Z'), litAt: null, timeZone: 'Europe/Brussels' };

describe('a building’s moment', () => {
  it('counts calendar days where the building stands before its day', () => {
    expect(buildingMoment(DATE, parliament, at('2026-07-20T10:00:00Z'))).toEqual({ moment: 'before', daysLeft: 10 });
    // 23:30 in Brussels on the 29th is still the day before there: tomorrow.
    expect(buildingMoment(DATE, parliament, at('2026-07-29T21:30:00Z'))).toEqual({ moment: 'before', daysLeft: 1 });
  });

  it('counts down on the day, then is lit from lights-on until lights-off, then took part', () => {
    expect(buildingMoment(DATE, parliament, at('2026-07-29T22:30:00Z'))).toEqual({ moment: 'countdown', msLeft: 20.5 * 3_600_000 });
    expect(buildingMoment(DATE, parliament, at('2026-07-30T17:40:00Z'))).toEqual({ moment: 'countdown', msLeft: 80 * 60_000 });
    expect(buildingMoment(DATE, parliament, at('2026-07-30T19:00:00Z'))).toEqual({ moment: 'lit' });
    expect(buildingMoment(DATE, parliament, at('2026-07-30T22:29:00Z'))).toEqual({ moment: 'lit' });
    expect(buildingMoment(DATE, parliament, at('2026-07-30T22:30:00Z'))).toEqual({ moment: 'after' });
    expect(buildingMoment(DATE, parliament, at('2027-03-01T12:00:00Z'))).toEqual({ moment: 'after' });
  });

  it('is lit early when its coordinator confirms it, and says "tonight" while a sunset time is unknown', () => {
    const confirmed = { ...parliament, litAt: at('2026-07-30T18:45:00Z') };
    expect(buildingMoment(DATE, confirmed, at('2026-07-30T18:50:00Z'))).toEqual({ moment: 'lit' });
    const unknown = { onAt: null, offAt: null, litAt: null, timeZone: 'Europe/Brussels' };
    expect(buildingMoment(DATE, unknown, at('2026-07-30T12:00:00Z'))).toEqual({ moment: 'tonight' });
    // Without a lights-off, its evening lasts until local midnight.
    expect(buildingMoment(DATE, unknown, at('2026-07-30T22:00:00Z'))).toEqual({ moment: 'after' });
  });

  it('keeps an embassy’s own calendar: Tokyo’s day starts while Belgium is still on the 29th', () => {
    const tokyo = { onAt: at('2026-07-30T09:50:00Z'), offAt: null, litAt: null, timeZone: 'Asia/Tokyo' };
    expect(buildingMoment(DATE, tokyo, at('2026-07-29T16:00:00Z'))).toEqual({ moment: 'countdown', msLeft: at('2026-07-30T09:50:00Z') - at('2026-07-29T16:00:00Z') });
  });
});
