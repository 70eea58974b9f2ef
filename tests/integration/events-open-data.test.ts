import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, cities, events, partners } from '@/db/schema';
import { createCampaign, createCity, createEvent, createPartner } from '@/lib/demo/builders';
import { PAST_YEAR } from '@/lib/demo/demo-data';
import { seedDemoData } from '@/lib/demo/seed';
import { approvedEventVersionOf } from '@/lib/events/approved-version';
import { forgetMemoised } from '@/lib/public-data/memo';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { users } from '@/db/schema';
import { pressPack } from '@/lib/exports/press-pack';
import { actorOf } from '../helpers/organise-fixtures';
import { listOpenEvents } from '@/lib/events/open-data';
import { listListedPartners, partnersOfYear } from '@/lib/partners/public';

const { GET } = await import('@/app/api/events/[file]/route');
const get = (file: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://x/api/events/${file}`, { headers }), { params: Promise.resolve({ file: file.split('?')[0]! }) });
const text = async (r: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer());

/** The feed as a calendar program reads it: every VEVENT, with its zone registered from the file's own VTIMEZONE. */
function parseCalendar(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = calendar.getAllSubcomponents('vevent');
  return { calendar, events: vevents.map((v) => ({ vevent: v, event: new ICAL.Event(v) })) };
}

const SECRET = 'Call Jan on +32 470 00 00 00';
let hiddenTitles: string[];
let pendingEditId: number;
let formulaId: number;

beforeAll(() => {
  const db = getDb();
  seedDemoData(db);
  const past = db.select().from(campaigns).where(eq(campaigns.year, PAST_YEAR)).get()!;
  const brussels = db.select().from(cities).where(eq(cities.name, 'Brussels')).get()!;
  const pagAsa = db.select().from(partners).where(eq(partners.name, 'PAG-ASA')).get()!;
  // Contact on every demo event: it must never come out.
  db.update(events).set({ contact: SECRET }).run();
  const base = { campaignId: past.id, partnerId: pagAsa.id, cityId: brussels.id, contact: SECRET };
  createEvent(db, { ...base, title: 'Waiting for review', status: 'submitted', startsAt: new Date(`${PAST_YEAR}-07-30T10:00:00Z`) });
  createEvent(db, { ...base, title: 'Turned down', status: 'rejected', startsAt: new Date(`${PAST_YEAR}-07-30T10:00:00Z`) });
  createEvent(db, { ...base, title: 'Withdrawn', status: 'withdrawn', approved: null, startsAt: new Date(`${PAST_YEAR}-07-30T10:00:00Z`) });
  // Approved, then edited: the public keeps the approved version until the edit is reviewed.
  const edited = createEvent(db, { ...base, title: 'Walk as approved', kind: 'walk', startsAt: new Date(`${PAST_YEAR}-07-29T16:00:00Z`) });
  db.update(events).set({ title: 'Walk as edited', status: 'submitted' }).where(eq(events.id, edited.id)).run();
  pendingEditId = edited.id;
  const formula = createEvent(db, { ...base, title: '=HYPERLINK("http://evil.example","Click")', titles: { fr: '@SUM(A1)' }, kind: 'other', startsAt: new Date(`${PAST_YEAR}-07-31T09:00:00Z`) });
  formulaId = formula.id;
  // An event of a campaign that is not published.
  const hidden = createCampaign(db, { year: 2044, published: false });
  createEvent(db, { ...base, campaignId: hidden.id, title: 'Not published yet' });
  hiddenTitles = ['Waiting for review', 'Turned down', 'Withdrawn', 'Walk as edited', 'Not published yet'];
  forgetMemoised();
});

describe('the events calendar feed', () => {
  it('is a calendar a real parser reads: every approved event at its local times, in its zone', async () => {
    const response = await get(`${PAST_YEAR}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^"/);
    expect(response.headers.get('cache-control')).toContain('s-maxage=300');
    const body = await text(response);
    const { calendar, events: parsed } = parseCalendar(body);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Blue lights ${PAST_YEAR}: events and information stands`);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');

    const byTitle = new Map(parsed.map((p) => [p.event.summary, p]));
    // The demo's 2023: three PAG-ASA stands on 30 July and the launch in Liège on 24 July, plus this file's two.
    const stands = parsed.filter((p) => p.event.summary === 'PAG-ASA information stand');
    expect(stands.map((s) => s.event.location).sort()).toEqual([
      'Carrefour de l’Europe 2, 1000 Brussels (Central Station), Brussels',
      'Ladeuzeplein, 3000 Leuven, Leuven',
      'Place de l’Université, 1348 Louvain-la-Neuve, Louvain-la-Neuve',
    ]);
    const launch = byTitle.get('Launch of the Blue Heart Campaign in Belgium')!;
    expect(launch.event.startDate.zone.tzid).toBe('Europe/Brussels');
    expect(launch.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
    expect(launch.event.startDate.toString()).toBe(`${PAST_YEAR}-07-24T18:00:00`);
    expect(launch.event.endDate.toString()).toBe(`${PAST_YEAR}-07-24T20:00:00`);
    // The zone's own rules in the file convert the local time to the right instant (CEST, UTC+2).
    expect(launch.event.startDate.toJSDate().toISOString()).toBe(`${PAST_YEAR}-07-24T16:00:00.000Z`);
    const brussels = stands.find((s) => s.event.location.startsWith('Carrefour'))!;
    expect(brussels.event.startDate.toString()).toBe(`${PAST_YEAR}-07-30T13:00:00`);
    expect(brussels.event.endDate.toJSDate().toISOString()).toBe(`${PAST_YEAR}-07-30T16:00:00.000Z`);
    expect(brussels.vevent.getFirstPropertyValue('geo')).toEqual([50.8455, 4.3571]);
    expect(brussels.event.uid).toMatch(/^event-\d+@localhost$/);
    expect(String(brussels.vevent.getFirstPropertyValue('url'))).toMatch(/^http:\/\/localhost:\d+\/events\/\d+$/);
    expect(brussels.vevent.getFirstPropertyValue('last-modified')).toBeTruthy();
    expect(brussels.event.description).toContain('Information stand · PAG-ASA');
    expect(brussels.event.description).toContain('Accessibility: Step-free');

    // Only approved versions: the pending edit shows as approved, and nothing else leaks.
    expect(byTitle.get('Walk as approved')?.event.uid).toBe(`event-${pendingEditId}@localhost`);
    expect(parsed).toHaveLength(6);
    for (const title of hiddenTitles) expect(body).not.toContain(title);
    expect(body).not.toContain('Jan on');
  });

  it('is in the language asked for, with the same UIDs', async () => {
    const en = parseCalendar(await text(await get(`${PAST_YEAR}.ics`)));
    const fr = parseCalendar(await text(await GET(new Request(`http://x/api/events/${PAST_YEAR}.ics?lang=fr`), { params: Promise.resolve({ file: `${PAST_YEAR}.ics` }) })));
    expect(fr.calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Lumières bleues ${PAST_YEAR} : événements et stands d’information`);
    expect(fr.events.map((e) => e.event.uid).sort()).toEqual(en.events.map((e) => e.event.uid).sort());
    expect(fr.events.map((e) => e.event.summary)).toContain('Stand d’information de PAG-ASA');
    expect(fr.events.find((e) => e.event.summary === 'Stand d’information de PAG-ASA')!.vevent.getFirstPropertyValue('url')).toMatch(/\/fr\/events\/\d+$/);
    const bad = await GET(new Request(`http://x/api/events/${PAST_YEAR}.ics?lang=xx`), { params: Promise.resolve({ file: `${PAST_YEAR}.ics` }) });
    expect(bad.status).toBe(400);
  });

  it('answers 304 to a cache that holds it, and 404 for a year not published or a file it does not know', async () => {
    const first = await get(`${PAST_YEAR}.ics`);
    const again = await get(`${PAST_YEAR}.ics`, { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect((await get('2044.ics')).status).toBe(404);
    expect((await get(`${PAST_YEAR}.pdf`)).status).toBe(404);
    expect((await get('twenty.ics')).status).toBe(404);
  });
});

describe('the events in the open data', () => {
  it('GeoJSON: one point feature per approved event, [lng, lat], no contact', async () => {
    const response = await get(`${PAST_YEAR}.geojson`);
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const body = await text(response);
    const fc = JSON.parse(body);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(6);
    const launch = fc.features.find((f: { properties: { kind: string } }) => f.properties.kind === 'launch');
    expect(launch.geometry).toEqual({ type: 'Point', coordinates: [5.573, 50.6452] });
    expect(launch.properties).toMatchObject({
      city: 'Liège',
      partner: 'Blue Heart Campaign (UNODC)',
      partner_fr: 'Campagne Cœur bleu (ONUDC)',
      title_nl: 'Lancering van de Blue Heart-campagne in België',
      time_zone: 'Europe/Brussels',
      date: `${PAST_YEAR}-07-24`,
      start: '18:00',
      end: '20:00',
      starts_at: `${PAST_YEAR}-07-24T16:00:00.000Z`,
      url: `/events/${launch.id}`,
    });
    expect(Object.keys(launch.properties)).not.toContain('contact');
    for (const title of hiddenTitles) expect(body).not.toContain(title);
    expect(body).not.toContain('Jan on');
  });

  it('CSV: per-language columns, no formula, nothing unapproved', async () => {
    const response = await get(`${PAST_YEAR}.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="blue-lights-${PAST_YEAR}-events.csv"`);
    const body = await text(response);
    expect(body.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = body.slice(1).trimEnd().split('\r\n');
    const columns = header!.split(',');
    expect(columns).toEqual(expect.arrayContaining(['title_en', 'title_fr', 'title_nl', 'title_de', 'partner_fr', 'start', 'end', 'time_zone']));
    expect(columns).not.toContain('contact');
    expect(lines).toHaveLength(6);
    const formula = lines.find((l) => l.startsWith(`${formulaId},`))!;
    expect(formula).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(formula).toContain("'@SUM(A1)");
    expect(body).not.toMatch(/,=|,@|,\+/);
    expect(lines.some((l) => l.includes('Louvain-la-Neuve') && l.includes(',13:00,17:00,'))).toBe(true);
    for (const title of hiddenTitles) expect(body).not.toContain(title);
    expect(body).not.toContain('Jan on');
  });

  it('follows the public revision: an event approved later shows at once', async () => {
    const before = JSON.parse(await text(await get(`${PAST_YEAR}.geojson`))).features.length;
    const db = getDb();
    const row = db.select().from(events).where(eq(events.title, 'Waiting for review')).get()!;
    db.update(events).set({ status: 'approved', approved: approvedEventVersionOf(row) }).where(eq(events.id, row.id)).run();
    const after = JSON.parse(await text(await get(`${PAST_YEAR}.geojson`))).features.length;
    expect(after).toBe(before + 1);
    db.update(events).set({ status: 'submitted', approved: null }).where(eq(events.id, row.id)).run();
  });
});

describe('a partner of another year', () => {
  it('has no event in this year’s feed', async () => {
    const db = getDb();
    const other = createPartner(db, { name: 'Elsewhere only' });
    const city = createCity(db, { name: 'Nowhere' });
    const later = createCampaign(db, { year: 2045, published: true });
    createEvent(db, { campaignId: later.id, partnerId: other.id, cityId: city.id, title: 'Elsewhere event' });
    expect(await text(await get('2045.ics'))).toContain('Elsewhere event');
    expect(await text(await get(`${PAST_YEAR}.ics`))).not.toContain('Elsewhere');
  });
});

describe('the press pack', () => {
  it('holds the events as CSV (approved only) and the partners in the organisers’ order', async () => {
    const organiser = getDb().select().from(users).where(eq(users.role, 'organiser')).get()!;
    const pack = await pressPack(actorOf(organiser), PAST_YEAR, 'fr', {
      creditsHeading: 'Photos',
      roles: { registration: 'the building', night: 'on the night' },
      noCredit: 'no credit',
      sentences: { en: 'en', fr: 'fr', nl: 'nl', de: 'de' },
      languages: { en: 'English', fr: 'French', nl: 'Dutch', de: 'German' },
      partnersHeading: 'Partenaires',
      partnersColumns: { name: 'Organisation', website: 'Site web', events: 'Événements' },
    });
    const files = unzipSync(pack.body);
    const csv = Papa.parse<Record<string, string>>(strFromU8(files[`blue-lights-${PAST_YEAR}-events.csv`]!).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(csv.filter((r) => r.kind === 'information_stand').map((r) => r.city).sort()).toEqual(['Brussels', 'Leuven', 'Louvain-la-Neuve']);
    expect(csv.filter((r) => r.kind === 'launch').map((r) => r.city)).toEqual(['Liège']);
    const all = strFromU8(files[`blue-lights-${PAST_YEAR}-events.csv`]!);
    for (const title of hiddenTitles) expect(all).not.toContain(title);
    expect(all).not.toContain('Jan on');
    const partnersFile = strFromU8(files['partners.txt']!);
    const lines = partnersFile.split('\r\n');
    expect(lines[0]).toBe('Partenaires');
    expect(lines[2]).toBe('Organisation\tSite web\tÉvénements');
    expect(lines.slice(3, 5)).toEqual(['PAG-ASA\thttps://www.pag-asa.be\t5', 'Campagne Cœur bleu (ONUDC)\thttps://www.unodc.org/blueheart/\t1']);
  });
});

describe('the partners the public sees', () => {
  it('are the listed ones in the organisers’ order, with the approved logo only, and their events of the year', async () => {
    const db = getDb();
    const year = createCampaign(db, { year: 2046, published: true });
    const city = createCity(db, { name: 'Partner Town' });
    const second = createPartner(db, { name: 'Second', position: 20, logo: 'approved-logo.webp', logoPending: 'pending-logo.webp' });
    const first = createPartner(db, { name: 'First', position: 10, logoPending: 'only-pending.webp' });
    const hidden = createPartner(db, { name: 'Not listed', position: 5, listed: false });
    createPartner(db, { name: 'No event', position: 30 });
    createEvent(db, { campaignId: year.id, partnerId: second.id, cityId: city.id, title: 'Second’s stand' });
    createEvent(db, { campaignId: year.id, partnerId: first.id, cityId: city.id, title: 'First’s waiting stand', status: 'submitted' });
    createEvent(db, { campaignId: year.id, partnerId: hidden.id, cityId: city.id, title: 'Unlisted partner’s walk', kind: 'walk' });
    const events = await listOpenEvents(year.id);
    // An unlisted organisation's approved event is still public; the organisation is not on the partners' list.
    expect(events.map((e) => e.title).sort()).toEqual(['Second’s stand', 'Unlisted partner’s walk']);
    const listed = (await listListedPartners()).filter((p) => ['First', 'Second', 'Not listed', 'No event'].includes(p.name));
    expect(listed.map((p) => [p.name, p.logoUrl])).toEqual([
      ['First', null],
      ['Second', '/uploads/approved-logo.webp'],
      ['No event', null],
    ]);
    const ofEarlierYear = partnersOfYear(listed, events, false);
    expect(ofEarlierYear.map((p) => [p.partner.name, p.events.map((e) => e.title)])).toEqual([['Second', ['Second’s stand']]]);
    const ofThisYear = partnersOfYear(listed, events, true);
    expect(ofThisYear.map((p) => [p.partner.name, p.events.length])).toEqual([
      ['First', 0],
      ['Second', 1],
      ['No event', 0],
    ]);
  });
});
