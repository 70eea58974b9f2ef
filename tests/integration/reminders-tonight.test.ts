/**
 * The day-before reminder on a clock the test drives around midnight, in the
 * buildings' own time zones (Brussels, New York, Tokyo): before midnight
 * there it says "tomorrow"; sent on the day itself (a building approved
 * late, a server started late) it says "tonight"; after lights-on it is not
 * sent at all, the lights-on reminder takes over.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { outbox, type Campaign } from '@/db/schema';
import { queueDueReminders } from '@/lib/reminders/schedule';
import { eveningWord } from '@/lib/reminders/evening-word';

const mailsTo = (email: string, kind: string) =>
  getDb()
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, email), eq(outbox.kind, `reminder.${kind}`)))
    .orderBy(outbox.id)
    .all();

let campaign: Campaign;
let cities: Record<'brussels' | 'newYork' | 'tokyo', number>;

/** A building lit at a fixed time, approved now (as an organiser approving late would). */
function approve(city: keyof typeof cities, name: string, lightsOnTime: string) {
  const db = getDb();
  const building = createBuilding(db, { cityId: cities[city], name, lat: 50.85, lng: 4.35 });
  return createIllumination(db, { campaignId: campaign.id, buildingId: building.id, status: 'approved', lightsOnMode: 'time', lightsOnTime, lightsOffTime: '23:30' });
}

const people = { anna: 'anna@brussels.example', nate: 'nate@newyork.example', toshi: 'toshi@tokyo.example', both: 'both@embassies.example' };

beforeAll(() => {
  const db = getDb();
  campaign = createCampaign(db, { year: 2041, published: true, eventDate: '2041-07-30', registrationDeadline: new Date('2041-07-16T22:00:00Z') });
  cities = {
    brussels: createCity(db, { name: 'Brussels', lat: 50.8467, lng: 4.3524, timeZone: 'Europe/Brussels' }).id,
    newYork: createCity(db, { name: 'New York', country: 'US', province: '', lat: 40.7128, lng: -74.006, timeZone: 'America/New_York' }).id,
    tokyo: createCity(db, { name: 'Tokyo', country: 'JP', province: '', lat: 35.68, lng: 139.76, timeZone: 'Asia/Tokyo' }).id,
  };
  createUser(db, { email: people.anna, locale: 'fr' }, [cities.brussels]);
  createUser(db, { email: people.nate, locale: 'en' }, [cities.newYork]);
  createUser(db, { email: people.toshi, locale: 'de' }, [cities.tokyo]);
});

describe('the word for the evening', () => {
  it('is "tomorrow" until midnight on the building’s clock, and "tonight" from then on', () => {
    // 23:59 in Brussels on the 29th is 21:59 UTC; a minute after midnight there is 22:01 UTC.
    expect(eveningWord('2041-07-30', 'Europe/Brussels', new Date('2041-07-29T21:59:00Z'))).toBe('tomorrow');
    expect(eveningWord('2041-07-30', 'Europe/Brussels', new Date('2041-07-29T22:01:00Z'))).toBe('tonight');
    // At that moment it is still the 29th in New York (18:01), and already the 30th in Tokyo (07:01).
    expect(eveningWord('2041-07-30', 'America/New_York', new Date('2041-07-29T22:01:00Z'))).toBe('tomorrow');
    expect(eveningWord('2041-07-30', 'Asia/Tokyo', new Date('2041-07-29T22:01:00Z'))).toBe('tonight');
  });
});

describe('the day-before reminder around midnight', () => {
  it('in Brussels: "tomorrow" before midnight, "tonight" for a building approved after it, nothing after lights-on', () => {
    approve('brussels', 'Town Hall', '21:30');
    // 23:59 on the 29th in Brussels.
    expect(queueDueReminders(new Date('2041-07-29T21:59:00Z')).day_before).toBeGreaterThanOrEqual(1);
    const [first] = mailsTo(people.anna, 'day_before');
    expect(first!.subject).toBe('Demain soir : Town Hall s’illumine en bleu');

    // Approved at 00:01 on the day itself: its own reminder says tonight.
    approve('brussels', 'Egmont Palace', '22:00');
    queueDueReminders(new Date('2041-07-29T22:01:00Z'));
    const [, late] = mailsTo(people.anna, 'day_before');
    expect(late!.subject).toBe('Ce soir : Egmont Palace s’illumine en bleu');
    expect(late!.text).toContain('Ce soir, mardi 30 juillet 2041, votre bâtiment s’illumine en bleu');
    expect(late!.text).not.toMatch(/[Dd]emain/);
    expect(late!.text).toContain('Egmont Palace');
    expect(late!.text).not.toContain('Town Hall');

    // Approved during the evening, after its lights-on (21:00): no day-before mail, the lights-on one instead.
    approve('brussels', 'Manneken-Pis', '21:00');
    const evening = new Date('2041-07-30T19:15:00Z');
    const report = queueDueReminders(evening);
    expect(mailsTo(people.anna, 'day_before')).toHaveLength(2);
    expect(report.lights_on).toBeGreaterThanOrEqual(1);
    expect(mailsTo(people.anna, 'lights_on').map((m) => m.subject)).toContain('Allumage : Manneken-Pis');
  });

  it('in New York and Tokyo, on their own clocks', () => {
    approve('newYork', 'Consulate General', '20:00');
    approve('tokyo', 'Embassy of Belgium', '19:30');
    // 23:59 on the 29th in New York is 03:59 UTC on the 30th, when it is already 12:59 on the 30th in Tokyo.
    queueDueReminders(new Date('2041-07-30T03:59:00Z'));
    expect(mailsTo(people.nate, 'day_before').map((m) => m.subject)).toEqual(['Tomorrow evening: Consulate General lights up blue']);
    expect(mailsTo(people.toshi, 'day_before').map((m) => m.subject)).toEqual(['Heute Abend: Embassy of Belgium leuchtet blau']);

    // A minute after midnight in New York, a second building approved late: tonight.
    approve('newYork', 'Permanent Mission', '20:30');
    queueDueReminders(new Date('2041-07-30T04:01:00Z'));
    expect(mailsTo(people.nate, 'day_before').map((m) => m.subject)).toEqual([
      'Tomorrow evening: Consulate General lights up blue',
      'Tonight: Permanent Mission lights up blue',
    ]);
    expect(mailsTo(people.nate, 'day_before')[1]!.text).toContain('Tonight, Tuesday 30 July 2041, your building lights up blue');
  });

  it('tells one coordinator of two zones "tonight" and "tomorrow" in separate mails, each true where its building stands', () => {
    const db = getDb();
    const brussels = createCity(db, { name: 'Bruxelles-Ville', lat: 50.8467, lng: 4.3524, timeZone: 'Europe/Brussels' });
    const boston = createCity(db, { name: 'Boston', country: 'US', province: '', lat: 42.36, lng: -71.06, timeZone: 'America/New_York' });
    createUser(db, { email: people.both, locale: 'en' }, [brussels.id, boston.id]);
    for (const [cityId, name] of [[brussels.id, 'Royal Palace'], [boston.id, 'Consulate of Belgium']] as const) {
      const b = createBuilding(db, { cityId, name, lat: 50, lng: 4 });
      createIllumination(db, { campaignId: campaign.id, buildingId: b.id, status: 'approved', lightsOnMode: 'time', lightsOnTime: '21:45' });
    }
    // 02:00 UTC on the 30th: 04:00 on the 30th in Brussels, 22:00 on the 29th in Boston.
    queueDueReminders(new Date('2041-07-30T02:00:00Z'));
    const subjects = mailsTo(people.both, 'day_before').map((m) => m.subject).sort();
    expect(subjects).toEqual(['Tomorrow evening: Consulate of Belgium lights up blue', 'Tonight: Royal Palace lights up blue']);
  });
});
