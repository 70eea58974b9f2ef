import { describe, expect, it } from 'vitest';
import { formatDeadline, formatDeadlineInZone, zoneInWords } from '@/lib/dates';
import { deadlineFromLastDay, deadlineLastDay } from '@/lib/time';

const BRUSSELS = 'Europe/Brussels';
// The midnight that ends 16 July 2027 in Brussels (summer time): how the seed and older campaigns store it.
const MIDNIGHT_OF_THE_17TH = new Date('2027-07-16T22:00:00.000Z');

describe('registration deadlines', () => {
  it('names the last day and 23:59 for a deadline stored at the midnight of the 17th', () => {
    expect(formatDeadline(MIDNIGHT_OF_THE_17TH, 'en', BRUSSELS)).toBe('Friday 16 July 2027, 23:59');
    expect(formatDeadline(MIDNIGHT_OF_THE_17TH, 'fr', BRUSSELS)).toBe('vendredi 16 juillet 2027, 23:59');
    expect(formatDeadline(MIDNIGHT_OF_THE_17TH, 'nl', BRUSSELS)).toBe('vrijdag 16 juli 2027, 23:59');
    expect(formatDeadline(MIDNIGHT_OF_THE_17TH, 'de', BRUSSELS)).toBe('Freitag, 16. Juli 2027, 23:59');
  });

  it('stores the end of the last day in the campaign zone, and reads it back as that day', () => {
    const stored = deadlineFromLastDay('2027-07-16', BRUSSELS);
    expect(stored.toISOString()).toBe('2027-07-16T21:59:59.999Z');
    expect(formatDeadline(stored, 'en', BRUSSELS)).toBe('Friday 16 July 2027, 23:59');
    expect(deadlineLastDay(stored, BRUSSELS)).toBe('2027-07-16');
    expect(deadlineLastDay(MIDNIGHT_OF_THE_17TH, BRUSSELS)).toBe('2027-07-16');
    // In winter Brussels is one hour ahead of UTC, not two.
    expect(deadlineFromLastDay('2027-01-15', BRUSSELS).toISOString()).toBe('2027-01-15T22:59:59.999Z');
  });

  it('shows a deadline set to another time of day as it is', () => {
    const afternoon = new Date('2027-07-16T13:00:00.000Z');
    expect(formatDeadline(afternoon, 'en', BRUSSELS)).toBe('Friday 16 July 2027, 15:00');
    expect(deadlineLastDay(afternoon, BRUSSELS)).toBe('2027-07-16');
  });

  it('says the zone in words after the time', () => {
    expect(formatDeadlineInZone(MIDNIGHT_OF_THE_17TH, 'en', BRUSSELS)).toBe('Friday 16 July 2027, 23:59 (Central European Time)');
    expect(formatDeadlineInZone(MIDNIGHT_OF_THE_17TH, 'fr', BRUSSELS)).toBe('vendredi 16 juillet 2027, 23:59 (heure d’Europe centrale)');
  });
});

describe('time zones in words', () => {
  const july = new Date('2027-07-30T12:00:00Z');
  it('names Brussels in the four languages, never by its IANA id', () => {
    expect(zoneInWords(BRUSSELS, 'en', july)).toBe('Central European Time');
    expect(zoneInWords(BRUSSELS, 'fr', july)).toBe('heure d’Europe centrale');
    expect(zoneInWords(BRUSSELS, 'nl', july)).toBe('Midden-Europese tijd');
    expect(zoneInWords(BRUSSELS, 'de', july)).toBe('Mitteleuropäische Zeit');
  });

  it('names an embassy’s zone abroad in the reader’s language', () => {
    expect(zoneInWords('Asia/Tokyo', 'en', july)).toBe('Japan Standard Time');
    expect(zoneInWords('Asia/Tokyo', 'fr', july)).toBe('heure normale du Japon');
    expect(zoneInWords('Asia/Tokyo', 'nl', july)).toBe('Japanse standaardtijd');
    expect(zoneInWords('Asia/Tokyo', 'de', july)).toBe('Japanische Normalzeit');
  });

  it('says the same name in winter and in summer', () => {
    expect(zoneInWords(BRUSSELS, 'en', new Date('2027-01-15T12:00:00Z'))).toBe(zoneInWords(BRUSSELS, 'en', july));
  });

  it('never gives back an IANA id', () => {
    for (const zone of ['Europe/Brussels', 'America/New_York', 'Africa/Kinshasa', 'Asia/Kathmandu', 'UTC']) {
      for (const locale of ['en', 'fr', 'nl', 'de']) expect(zoneInWords(zone, locale, july)).not.toContain('/');
    }
  });
});
