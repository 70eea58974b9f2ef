/**
 * The reminders on a clock the test drives, on a real SQLite file: each goes
 * out once, at its moment in the building's own time zone, to the right
 * people, in each person's language; a second scheduler process at the same
 * moment queues nothing more.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { illuminations, outbox, sentReminders, users, type Campaign } from '@/db/schema';
import { queueDueReminders, reminderKey } from '@/lib/reminders/schedule';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/** The mails queued for an address, of one kind. */
const mailsTo = (email: string, kind?: string) =>
  getDb()
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, email), kind ? eq(outbox.kind, `reminder.${kind}`) : like(outbox.kind, 'reminder.%')))
    .all();

/**
 * A campaign on 30 July 2031 with registrations closing 16 July (midnight,
 * Brussels): Ghent (a coordinator reading Dutch) has an approved belfry lit at
 * sunset; Liège (French) has registered nothing; an embassy in Tokyo
 * (English) lights up at 19:30 Tokyo time; Arlon's coordinator is
 * deactivated.
 */
function world() {
  const db = getDb();
  const campaign: Campaign = createCampaign(db, {
    year: 2031,
    published: true,
    theme: { en: 'Reach every victim', fr: 'Atteindre chaque victime', nl: 'Elk slachtoffer bereiken', de: 'Jedes Opfer erreichen' },
    registrationDeadline: new Date('2031-07-16T22:00:00Z'),
  });
  const ghent = createCity(db, { name: 'Ghent', names: { nl: 'Gent', fr: 'Gand' }, province: 'East Flanders', lat: 51.05, lng: 3.72 });
  const liege = createCity(db, { name: 'Liège', names: { nl: 'Luik', de: 'Lüttich' }, province: 'Liège', lat: 50.63, lng: 5.57 });
  const tokyo = createCity(db, { name: 'Tokyo', country: 'JP', province: '', lat: 35.68, lng: 139.76, timeZone: 'Asia/Tokyo' });
  const arlon = createCity(db, { name: 'Arlon', province: 'Luxembourg', lat: 49.68, lng: 5.81 });
  const griet = createUser(db, { email: 'griet@gent.be', name: 'Griet', locale: 'nl' }, [ghent.id]);
  const luc = createUser(db, { email: 'luc@liege.be', name: 'Luc', locale: 'fr' }, [liege.id]);
  const kenji = createUser(db, { email: 'kenji@embassy.example', name: 'Kenji', locale: 'en' }, [tokyo.id]);
  createUser(db, { email: 'gone@arlon.be', name: 'Gone', locale: 'fr', deactivatedAt: new Date('2031-01-01T00:00:00Z') }, [arlon.id]);
  const organiser = createUser(db, { email: 'olivia@bluelights.example', name: 'Olivia', role: 'organiser', locale: 'de' });
  const belfry = createBuilding(db, { cityId: ghent.id, name: 'Belfry of Ghent', address: 'Sint-Baafsplein', lat: 51.0536, lng: 3.7245 });
  const belfryReg = createIllumination(db, { campaignId: campaign.id, buildingId: belfry.id, status: 'approved', lightsOnMode: 'sunset', lightsOffTime: '01:00' });
  const embassy = createBuilding(db, { cityId: tokyo.id, name: 'Embassy of Belgium', kind: 'embassy', address: '5 Nibancho', lat: 35.6877, lng: 139.7364 });
  const embassyReg = createIllumination(db, { campaignId: campaign.id, buildingId: embassy.id, status: 'approved', lightsOnMode: 'time', lightsOnTime: '19:30', lightsOffTime: '23:00' });
  return { campaign, ghent, liege, tokyo, arlon, griet, luc, kenji, organiser, belfry, belfryReg, embassy, embassyReg };
}

let w: ReturnType<typeof world>;
beforeAll(() => {
  w = world();
});

describe('before the registration deadline', () => {
  it('reminds only coordinators of invited cities with nothing registered, 7 and then 1 day before, each once, in their language', () => {
    // 8 days before: too early.
    queueDueReminders(new Date('2031-07-08T21:00:00Z'));
    expect(mailsTo(w.luc.email, 'deadline')).toEqual([]);

    // 7 days before (and a bit): Liège's coordinator, in French; Ghent and Tokyo have registered.
    const sevenDays = new Date('2031-07-09T23:00:00Z');
    expect(queueDueReminders(sevenDays).deadline).toBe(1);
    const [first] = mailsTo(w.luc.email, 'deadline');
    expect(first!.locale).toBe('fr');
    expect(first!.subject).toBe('Blue Lights 2031 : inscriptions jusqu’au mercredi 16 juillet 2031, 23:59');
    expect(first!.text).toContain('Liège n’a encore inscrit aucun bâtiment');
    expect(first!.text).toContain('Thème 2031 : Atteindre chaque victime');
    expect(mailsTo(w.griet.email, 'deadline')).toEqual([]);
    expect(mailsTo(w.kenji.email, 'deadline')).toEqual([]);
    expect(mailsTo('gone@arlon.be')).toEqual([]);

    // Every later run that day (any process, after a restart): nothing more.
    expect(queueDueReminders(sevenDays).deadline).toBe(0);
    expect(queueDueReminders(new Date('2031-07-12T09:00:00Z')).deadline).toBe(0);

    // 1 day before: the second reminder.
    expect(queueDueReminders(new Date('2031-07-15T22:30:00Z')).deadline).toBe(1);
    expect(mailsTo(w.luc.email, 'deadline')).toHaveLength(2);
    // After the deadline: none.
    expect(queueDueReminders(new Date('2031-07-17T08:00:00Z')).deadline).toBe(0);
    expect(mailsTo(w.luc.email, 'deadline')).toHaveLength(2);
  });

  it('follows the days organisers set for the campaign, and sends only the nearest one that has come', () => {
    const db = getDb();
    const campaign = createCampaign(db, { year: 2032, registrationDeadline: new Date('2032-07-16T22:00:00Z'), deadlineReminderDays: [14, 3] });
    const namur = createCity(db, { name: 'Namur', province: 'Namur', lat: 50.46, lng: 4.87 });
    const nina = createUser(db, { email: 'nina@namur.be', name: 'Nina', locale: 'de' }, [namur.id]);
    // The server was down from 14 days before until 2 days before: one reminder (3 days), not two.
    // (Ghent, Liège and Tokyo have registered nothing for 2032 either: their coordinators get one too.)
    expect(queueDueReminders(new Date('2032-07-14T12:00:00Z')).deadline).toBe(4);
    const mails = mailsTo(nina.email, 'deadline');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Blue Lights 2032: Anmeldung bis Freitag, 16. Juli 2032, 23:59');
    const keys = db.select().from(sentReminders).where(eq(sentReminders.userId, nina.id)).all().map((r) => r.key);
    expect(keys).toEqual([reminderKey('deadline', campaign.id, nina.id, '3d')]);
  });
});

describe('the evening', () => {
  it('the day before, from 09:00 in each building’s zone: its coordinator’s times and a calendar file, once', () => {
    // 08:59 in Ghent on the 29th (06:59 UTC): Tokyo's day-before has started (09:00 Tokyo = 00:00 UTC), Ghent's not.
    queueDueReminders(new Date('2031-07-29T06:59:00Z'));
    expect(mailsTo(w.griet.email, 'day_before')).toEqual([]);
    const [tokyoMail] = mailsTo(w.kenji.email, 'day_before');
    expect(tokyoMail!.locale).toBe('en');
    expect(tokyoMail!.subject).toBe('Tomorrow evening: Embassy of Belgium lights up blue');
    expect(tokyoMail!.text).toContain('lights on at 19:30, off at 23:00, Japan Standard Time');

    queueDueReminders(new Date('2031-07-29T07:00:00Z'));
    const [ghentMail] = mailsTo(w.griet.email, 'day_before');
    expect(ghentMail!.locale).toBe('nl');
    expect(ghentMail!.subject).toBe('Morgenavond: Belfry of Ghent licht blauw op');
    expect(ghentMail!.text).toContain('Morgen, woensdag 30 juli 2031');
    expect(ghentMail!.text).toMatch(/Belfry of Ghent \(Gent\): verlichting aan om 21:3\d \(zonsondergang\), uit om 01:00, Midden-Europese tijd/);
    const [ics] = ghentMail!.attachments;
    expect(ics!.filename).toBe('blue-lights-2031-belfry-of-ghent.ics');
    expect(ics!.content).toMatch(/DTSTART;TZID=Europe\/Brussels:20310730T213\d00\r\n/);
    expect(ics!.content).toContain('DTEND;TZID=Europe/Brussels:20310731T010000\r\n');
    expect(ics!.content).toContain('SUMMARY:Blauwe lichten: Belfry of Ghent');

    // Again, later that day: nothing new for anyone.
    expect(queueDueReminders(new Date('2031-07-29T15:00:00Z')).day_before).toBe(0);
    expect(mailsTo(w.griet.email, 'day_before')).toHaveLength(1);
    expect(mailsTo(w.kenji.email, 'day_before')).toHaveLength(1);
    expect(mailsTo(w.luc.email, 'day_before')).toEqual([]);
  });

  it('a building approved after the day-before reminder gets one of its own, the others are not repeated', () => {
    const db = getDb();
    const hall = createBuilding(db, { cityId: w.ghent.id, name: 'Ghent City Hall', lat: 51.0547, lng: 3.7253 });
    createIllumination(db, { campaignId: w.campaign.id, buildingId: hall.id, status: 'approved', lightsOnMode: 'time', lightsOnTime: '22:00', lightsOffTime: '00:00' });
    expect(queueDueReminders(new Date('2031-07-29T16:00:00Z')).day_before).toBe(1);
    const mails = mailsTo(w.griet.email, 'day_before');
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain('Ghent City Hall');
    expect(mails[1]!.text).not.toContain('Belfry of Ghent');
  });

  it('at lights-on, a link to "Lights are on", building by building, unless it is confirmed already', () => {
    // 19:30 in Tokyo is 10:30 UTC on the 30th.
    queueDueReminders(new Date('2031-07-30T10:29:00Z'));
    expect(mailsTo(w.kenji.email, 'lights_on')).toEqual([]);
    queueDueReminders(new Date('2031-07-30T10:30:00Z'));
    const [tokyo] = mailsTo(w.kenji.email, 'lights_on');
    // The link lands on the building's card of tonight in the workspace.
    expect(tokyo!.text).toContain(`http://localhost:3000/coordinate?year=${w.campaign.year}#building-${w.embassy.id}`);
    expect(mailsTo(w.griet.email, 'lights_on')).toEqual([]);

    // Ghent City Hall confirmed before its 22:00: only the belfry's lights-on mail, at sunset.
    const db = getDb();
    const hallReg = db.select().from(illuminations).where(and(eq(illuminations.campaignId, w.campaign.id), eq(illuminations.lightsOnTime, '22:00'))).get()!;
    db.update(illuminations).set({ litAt: new Date('2031-07-30T19:00:00Z') }).where(eq(illuminations.id, hallReg.id)).run();
    queueDueReminders(new Date('2031-07-30T19:45:00Z'));
    const ghent = mailsTo(w.griet.email, 'lights_on');
    expect(ghent).toHaveLength(1);
    expect(ghent[0]!.locale).toBe('nl');
    expect(ghent[0]!.subject).toBe('Verlichting aan: Belfry of Ghent');
    expect(ghent[0]!.text).toContain(`http://localhost:3000/nl/coordinate?year=${w.campaign.year}#building-${w.belfry.id}`);
    expect(ghent[0]!.text).not.toContain(`#building-${hallReg.buildingId}`);
    // After lights-off: nothing is caught up.
    expect(queueDueReminders(new Date('2031-07-30T23:30:00Z')).lights_on).toBe(0);
  });

  it('the next morning, from 08:00 until confirming closes at noon: those not confirmed, asking for a photo', () => {
    // Tokyo's morning came first: 08:30 there was 23:30 UTC, when the embassy was not confirmed.
    const [tokyo] = mailsTo(w.kenji.email, 'morning_after');
    expect(tokyo!.subject).toBe('Were the lights on? Please confirm Embassy of Belgium');
    expect(tokyo!.text).toContain('Please confirm before 12:00 today (Japan Standard Time) and add a photo');
    // In Ghent the city hall was confirmed on the night, the belfry not. 07:59 there: nothing yet.
    queueDueReminders(new Date('2031-07-31T05:59:00Z'));
    expect(mailsTo(w.griet.email, 'morning_after')).toEqual([]);
    queueDueReminders(new Date('2031-07-31T06:00:00Z'));
    const [ghent] = mailsTo(w.griet.email, 'morning_after');
    expect(ghent!.subject).toBe('Brandde de verlichting? Bevestig Belfry of Ghent');
    expect(ghent!.text).toContain('Bevestig vóór 12:00 vandaag (Midden-Europese tijd) en voeg een foto toe');
    expect(ghent!.text).not.toContain('Ghent City Hall');
    expect(ghent!.text).toContain(`http://localhost:3000/nl/coordinate?year=${w.campaign.year}#building-${w.belfry.id}`);
    expect(queueDueReminders(new Date('2031-07-31T09:00:00Z')).morning_after).toBe(0);
    expect(mailsTo(w.kenji.email, 'morning_after')).toHaveLength(1);
    // After noon, confirming is closed: nothing is caught up.
    const db = getDb();
    const late = createBuilding(db, { cityId: w.ghent.id, name: 'Gravensteen', lat: 51.0573, lng: 3.7207 });
    createIllumination(db, { campaignId: w.campaign.id, buildingId: late.id, status: 'approved', lightsOnMode: 'time', lightsOnTime: '22:30' });
    expect(queueDueReminders(new Date('2031-07-31T10:00:00Z')).morning_after).toBe(0);
  });
});

describe('the organisers’ digest', () => {
  it('goes out from 08:00 Brussels time, once a day, in each organiser’s language, and not on a day with nothing new', () => {
    const db = getDb();
    const building = createBuilding(db, { cityId: w.liege.id, name: 'Palais des Princes-Évêques', lat: 50.6455, lng: 5.5734 });
    createIllumination(db, { campaignId: w.campaign.id, buildingId: building.id, status: 'submitted', updatedAt: new Date('2031-08-01T12:00:00Z') });
    // 07:59 in Brussels on 2 August.
    expect(queueDueReminders(new Date('2031-08-02T05:59:00Z')).digest).toBe(0);
    expect(queueDueReminders(new Date('2031-08-02T06:00:00Z')).digest).toBeGreaterThanOrEqual(1);
    const digests = db.select().from(outbox).where(and(eq(outbox.recipient, w.organiser.email), eq(outbox.kind, 'digest'))).all();
    expect(digests).toHaveLength(1);
    expect(digests[0]!.locale).toBe('de');
    expect(digests[0]!.text).toContain('Palais des Princes-Évêques (Lüttich, 2031)');
    expect(queueDueReminders(new Date('2031-08-02T18:00:00Z')).digest).toBe(0);
    // The next morning: nothing new, no mail.
    expect(queueDueReminders(new Date('2031-08-03T06:00:00Z')).digest).toBe(0);
    expect(db.select().from(outbox).where(and(eq(outbox.recipient, w.organiser.email), eq(outbox.kind, 'digest'))).all()).toHaveLength(1);
  });
});

describe('several scheduler processes', () => {
  it('at the same moment, the reminders due are queued once between them', async () => {
    const db = getDb();
    const campaign = createCampaign(db, { year: 2033, registrationDeadline: new Date('2033-07-16T22:00:00Z') });
    const cities = Array.from({ length: 12 }, (_, i) => createCity(db, { name: `Race ${i}`, lat: 50 + i / 100, lng: 4 }));
    const people = cities.map((c, i) => createUser(db, { email: `race-${i}@example.org`, locale: (['en', 'fr', 'nl', 'de'] as const)[i % 4] }, [c.id]));
    const now = new Date('2033-07-15T23:00:00Z').toISOString();
    const worker = () => run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/helpers/outbox-worker.ts'], { cwd: root, env: { ...process.env, MODE: 'reminders', NOW: now } });
    const results = await Promise.all([worker(), worker(), worker()]);
    const queued = results.map((r) => (JSON.parse(r.stdout) as { deadline: number }).deadline);
    // Between them, one mail per person concerned (these twelve, and the earlier tests' coordinators).
    const recorded = db.select().from(sentReminders).where(eq(sentReminders.campaignId, campaign.id)).all();
    expect(queued.reduce((a, b) => a + b, 0)).toBe(recorded.length);
    expect(new Set(recorded.map((r) => r.userId)).size).toBe(recorded.length);
    expect(recorded.length).toBeGreaterThanOrEqual(people.length);
    for (const p of people) expect(mailsTo(p.email, 'deadline')).toHaveLength(1);
    // Each in its reader's language.
    const languages = people.map((p) => db.select({ locale: users.locale }).from(users).where(eq(users.id, p.id)).get()!.locale);
    expect(people.map((p) => mailsTo(p.email, 'deadline')[0]!.locale)).toEqual(languages);
  });
});
