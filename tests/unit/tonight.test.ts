import { describe, expect, it } from 'vitest';
import type { Campaign } from '@/db/schema';
import { pickTonight, type TonightCandidate } from '@/lib/registrations/night';

const campaign = (id: number, year: number, eventDate: string) => ({ id, year, eventDate, published: true }) as Campaign;

function candidate(c: Campaign, id: number, name: string, over: Partial<TonightCandidate['building']> = {}): TonightCandidate {
  return {
    campaign: c,
    building: {
      illuminationId: id,
      buildingId: 100 + id,
      name,
      status: 'approved',
      city: { id: 1, name: 'Ghent', names: {} },
      lat: 51.05,
      lng: 3.72,
      cityTimeZone: 'Europe/Brussels',
      lightsOnMode: 'sunset',
      lightsOnTime: null,
      lightsOffTime: '01:00',
      litAt: null,
      litPhoto: null,
      ...over,
    },
  };
}

describe('which campaign is tonight', () => {
  const night = new Date('2031-07-30T19:10:00Z');

  it('is the one whose window is open, not the newest', () => {
    const tonight = campaign(1, 2031, '2031-07-30');
    const next = campaign(2, 2032, '2032-07-30');
    const picked = pickTonight([candidate(next, 1, 'Later'), candidate(tonight, 2, 'Belfry'), candidate(tonight, 3, 'Abbey')], night);
    expect(picked?.campaign.year).toBe(2031);
    // By city, then name.
    expect(picked?.buildings.map((b) => b.name)).toEqual(['Abbey', 'Belfry']);
    expect(picked?.morningAfter).toBe(false);
  });

  it('leaves out what is not going ahead, and is nothing when no window is open', () => {
    const tonight = campaign(1, 2031, '2031-07-30');
    const picked = pickTonight([candidate(tonight, 1, 'Withdrawn', { status: 'withdrawn' }), candidate(tonight, 2, 'Rejected', { status: 'rejected' }), candidate(tonight, 3, 'Submitted', { status: 'submitted' })], night);
    expect(picked?.buildings.map((b) => b.name)).toEqual(['Submitted']);
    expect(pickTonight([candidate(tonight, 1, 'Withdrawn', { status: 'withdrawn' })], night)).toBeNull();
    expect(pickTonight([candidate(tonight, 1, 'Belfry')], new Date('2031-07-29T21:59:00Z'))).toBeNull();
  });

  it('of two campaigns open at once, is the one with the later event date', () => {
    const moved = campaign(1, 2031, '2031-07-29');
    const tonight = campaign(2, 2030, '2031-07-30');
    expect(pickTonight([candidate(moved, 1, 'Yesterday'), candidate(tonight, 2, 'Today')], night)?.campaign.id).toBe(2);
  });
});
