import { describe, expect, it } from 'vitest';
import { isRegistrationOpen } from '@/lib/campaigns/registration-open';
import { canRegister, type Actor } from '@/lib/permissions';
import { deadlineFromLastDay } from '@/lib/time';

const BRUSSELS = 'Europe/Brussels';
// The last day to register is 16 July: the organisers' form stores the end of that day in Brussels.
const deadline = deadlineFromLastDay('2027-07-16', BRUSSELS);
const campaign = { registrationDeadline: deadline };
const at = (iso: string) => new Date(iso);
const coordinator: Actor = { id: 'c', role: 'coordinator', cityIds: [1] };
const organiser: Actor = { id: 'o', role: 'organiser', cityIds: [] };

describe('registration open', () => {
  it('is open through the last millisecond of the last day in Brussels, and closed at its midnight', () => {
    expect(deadline.toISOString()).toBe('2027-07-16T21:59:59.999Z');
    expect(isRegistrationOpen(campaign, at('2027-07-16T21:59:59.998Z'))).toBe(true);
    // 23:59:59.999 on 16 July in Brussels (summer time, UTC+2).
    expect(isRegistrationOpen(campaign, at('2027-07-16T21:59:59.999Z'))).toBe(true);
    // Midnight: 17 July has begun in Brussels, although it is still the 16th in UTC.
    expect(isRegistrationOpen(campaign, at('2027-07-16T22:00:00.000Z'))).toBe(false);
    expect(isRegistrationOpen(campaign, at('2027-07-30T20:00:00.000Z'))).toBe(false);
  });

  it('follows Brussels winter time for a last day in winter', () => {
    const winter = { registrationDeadline: deadlineFromLastDay('2027-01-15', BRUSSELS) };
    expect(isRegistrationOpen(winter, at('2027-01-15T22:59:59.999Z'))).toBe(true);
    expect(isRegistrationOpen(winter, at('2027-01-15T23:00:00.000Z'))).toBe(false);
  });

  it('is closed when there is no campaign to register in', () => {
    expect(isRegistrationOpen(undefined, at('2027-07-01T00:00:00Z'))).toBe(false);
    expect(isRegistrationOpen(null, at('2027-07-01T00:00:00Z'))).toBe(false);
  });

  it('is what the permissions hold a coordinator to, at the same boundary (organisers are not bound)', () => {
    const target = { cityId: 1, registrationDeadline: deadline };
    expect(canRegister(coordinator, target, at('2027-07-16T21:59:59.999Z'))).toBe(true);
    expect(canRegister(coordinator, target, at('2027-07-16T22:00:00.000Z'))).toBe(false);
    expect(canRegister(organiser, target, at('2027-07-16T22:00:00.000Z'))).toBe(true);
  });
});
