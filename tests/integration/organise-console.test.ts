import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createCampaign, createUser } from '@/lib/demo/builders';
import { auditLog, campaigns, cities } from '@/db/schema';
import { actorOf, form, openQueue, organiseWorld } from '../helpers/organise-fixtures';
import { currentPublicRevision } from '@/lib/public-data/revision';
import { session } from '../helpers/acting-user';
import { revalidatePath } from '../helpers/next-cache';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next/cache', () => import('../helpers/next-cache'));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { createCampaignAction, setMapCampaignAction, updateCampaignAction } = await import('@/app/[locale]/organise/campaigns/actions');
const { saveCityAction } = await import('@/app/[locale]/organise/cities/actions');
const { getDashboard } = await import('@/lib/campaigns/dashboard');
const { listAudit } = await import('@/lib/audit/view');
const { auditChanges } = await import('@/lib/audit/changes');
const { searchPlaces } = await import('@/lib/cities/gazetteer');

const empty = { ok: false, message: '', fieldErrors: {} };
const organiser = () => actorOf(createUser(getDb(), { role: 'organiser' }));

beforeEach(() => revalidatePath.mockClear());

describe('campaigns', () => {
  it('creates next year’s campaign, refusing bad input with every field’s error', async () => {
    session.actor = organiser();
    const bad = await createCampaignAction(empty, form([
      ['year', '2051'], ['eventDate', '2052-07-30'], ['theme_en', ''], ['registrationDeadline', '2052-08-01'],
    ]));
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    expect(bad.fieldErrors).toEqual({
      theme_en: ['This field is required.'],
      eventDate: ['The day must fall in the campaign’s year.'],
      registrationDeadline: ['The last day to register cannot be after the day itself.'],
    });
    expect(bad.values).toMatchObject({ year: '2051' });
    expect(getDb().select().from(campaigns).where(eq(campaigns.year, 2051)).all()).toEqual([]);

    const before = await currentPublicRevision();
    const ok = await createCampaignAction(empty, form([
      ['year', '2051'], ['eventDate', '2051-07-30'], ['theme_en', 'Light the way'], ['theme_fr', 'Éclairer la voie'],
      ['registrationDeadline', '2051-07-16'], ['published', 'on'],
    ]));
    expect(ok).toMatchObject({ ok: true, message: 'The 2051 campaign was created.' });
    const row = getDb().select().from(campaigns).where(eq(campaigns.year, 2051)).get()!;
    expect(row).toMatchObject({ eventDate: '2051-07-30', theme: { en: 'Light the way', fr: 'Éclairer la voie' }, published: true, showOnMap: false });
    // The end of the last day, in Brussels summer time.
    expect(row.registrationDeadline.toISOString()).toBe('2051-07-16T21:59:59.999Z');
    // Public pages read campaigns: the data the public sees has moved on.
    expect(await currentPublicRevision()).toBeGreaterThan(before);

    const again = await createCampaignAction(empty, form([['year', '2051'], ['eventDate', '2051-07-30'], ['theme_en', 'x'], ['registrationDeadline', '2051-07-16']]));
    expect(again.fieldErrors).toEqual({ year: ['There is already a campaign for this year.'] });
  });

  it('extends a deadline, and shows at most one campaign on the map', async () => {
    session.actor = organiser();
    const a = createCampaign(getDb(), { year: 2052 });
    const b = createCampaign(getDb(), { year: 2053 });
    const draft = createCampaign(getDb(), { year: 2054, published: false });
    const beforeSave = await currentPublicRevision();
    const saved = await updateCampaignAction(empty, form([
      ['id', String(a.id)], ['eventDate', '2052-07-30'], ['theme_en', 'Extended'], ['registrationDeadline', '2052-07-25'], ['published', 'on'],
    ]));
    expect(saved.ok).toBe(true);
    expect(getDb().select().from(campaigns).where(eq(campaigns.id, a.id)).get()!.registrationDeadline.toISOString()).toBe('2052-07-25T21:59:59.999Z');
    expect(await currentPublicRevision()).toBeGreaterThan(beforeSave);

    // The cached public pages are out of date from now on.
    const revision = await currentPublicRevision();
    expect((await setMapCampaignAction(empty, form([['id', String(a.id)]]))).ok).toBe(true);
    expect(await currentPublicRevision()).toBeGreaterThan(revision);
    expect((await setMapCampaignAction(empty, form([['id', String(b.id)]]))).ok).toBe(true);
    const shown = getDb().select().from(campaigns).where(eq(campaigns.showOnMap, true)).all();
    expect(shown.map((c) => c.year)).toEqual([2053]);

    const refused = await setMapCampaignAction(empty, form([['id', String(draft.id)]]));
    expect(refused.fieldErrors).toEqual({ id: ['Publish this campaign before showing it on the map.'] });
    expect((await setMapCampaignAction(empty, form([['id', 'none']]))).ok).toBe(true);
    expect(getDb().select().from(campaigns).where(eq(campaigns.showOnMap, true)).all()).toEqual([]);
  });

  it('refuses coordinators', async () => {
    const w = organiseWorld(2055);
    session.actor = w.coordinatorActor;
    expect(await createCampaignAction(empty, form([['year', '2056']]))).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('cities', () => {
  it('tells places of one name apart by their region and population, the largest first', () => {
    const washingtons = searchPlaces('washington', { limit: 30 }).filter((p) => p.name === 'Washington' && p.country === 'US');
    expect(washingtons.length).toBeGreaterThanOrEqual(7);
    expect(washingtons[0]).toMatchObject({ province: 'District of Columbia' });
    expect(washingtons[0]!.population).toBeGreaterThan(500_000);
    // No two alike: each has its own state or size.
    const labels = washingtons.map((p) => `${p.province}|${p.population}`);
    expect(new Set(labels).size).toBe(labels.length);
    expect(washingtons.map((p) => p.population ?? 0)).toEqual([...washingtons.map((p) => p.population ?? 0)].sort((a, b) => b - a));
    expect(searchPlaces('gent')[0]).toMatchObject({ name: 'Gent', province: 'East Flanders' });
    expect(searchPlaces('gent')[0]!.population).toBeGreaterThan(200_000);
  });

  it('adds a city found in the offline gazetteer, with its province and time zone', async () => {
    const [nivelles] = searchPlaces('nivelles');
    expect(nivelles).toMatchObject({ name: 'Nivelles', country: 'BE', province: 'Walloon Brabant', timeZone: 'Europe/Brussels' });
    expect(nivelles!.lat).toBeCloseTo(50.598, 2);
    expect(searchPlaces('LIEGE')[0]).toMatchObject({ name: 'Liège', province: 'Liège' });

    session.actor = organiser();
    const state = await saveCityAction(empty, form([
      ['name', 'Nivelles'], ['name_nl', 'Nijvel'], ['name_fr', 'Nivelles'], ['country', 'be'], ['province', nivelles!.province],
      ['lat', '50,59833'], ['lng', String(nivelles!.lng)], ['timeZone', ''],
    ]));
    expect(state).toMatchObject({ ok: true, message: 'Nivelles was added (time zone Central European Time).' });
    const row = getDb().select().from(cities).where(eq(cities.name, 'Nivelles')).get()!;
    // A name equal to the city's own is not stored again.
    expect(row).toMatchObject({ country: 'BE', province: 'Walloon Brabant', lat: 50.59833, names: { nl: 'Nijvel' }, timeZone: 'Europe/Brussels' });
    const audit = getDb().select().from(auditLog).where(eq(auditLog.action, 'city.create')).all();
    expect(audit.at(-1)).toMatchObject({ entityId: String(row.id), after: { name: 'Nivelles' } });

    const dup = await saveCityAction(empty, form([['name', 'Nivelles'], ['country', 'BE'], ['lat', '50.6'], ['lng', '4.3'], ['timeZone', '']]));
    expect(dup.fieldErrors).toEqual({ name: ['There is already a city with this name in this country.'] });

    const bad = await saveCityAction(empty, form([['name', ''], ['country', 'Belgium'], ['lat', '95'], ['lng', 'east'], ['timeZone', 'Mars/Olympus']]));
    expect(bad.fieldErrors).toEqual({
      name: ['This field is required.'],
      country: ['Enter a two-letter country code, e.g. BE.'],
      lat: ['A latitude lies between -90 and 90.'],
      lng: ['Enter a number, e.g. 50,8467 or 50.8467.'],
      timeZone: ['Enter a time zone such as Europe/Brussels, or leave it empty.'],
    });

    const beforeEdit = await currentPublicRevision();
    const edit = await saveCityAction(empty, form([['id', String(row.id)], ['name', 'Nivelles'], ['name_de', 'Nivelles'], ['country', 'BE'], ['province', 'Walloon Brabant'], ['lat', '50.6'], ['lng', '4.33'], ['timeZone', 'Europe/Brussels']]));
    expect(edit.ok).toBe(true);
    expect(await currentPublicRevision()).toBeGreaterThan(beforeEdit);
  });
});

describe('dashboard', () => {
  it('counts by status, against last year, by province, and lists invited cities with nothing registered', async () => {
    const before = organiseWorld(2061);
    const now = organiseWorld(2062);
    session.actor = now.organiserActor;
    const quiet = getDb().insert(cities).values({ name: 'Quiet Town 2062', province: 'Namur', lat: 50.4, lng: 4.9 }).returning().get();
    createUser(getDb(), { role: 'coordinator', email: 'quiet-2062@example.org', name: 'Quentin Quiet' }, [quiet.id]);
    const { reviewIlluminations } = await import('@/lib/review/decisions');
    const queueNow = await openQueue(now.organiserActor, 2062);
    const queueBefore = await openQueue(now.organiserActor, 2061);
    await reviewIlluminations(now.organiserActor, { items: [queueNow.target(now.citadelReg.id)], decision: 'approve' });
    await reviewIlluminations(now.organiserActor, { items: [queueBefore.target(before.citadelReg.id), queueBefore.target(before.belfryReg.id)], decision: 'approve' });

    const d = (await getDashboard(now.organiserActor, 2062))!;
    expect(d.statuses).toEqual({ submitted: 2, approved: 1, rejected: 0, withdrawn: 0 });
    expect(d.current).toEqual({ year: 2062, registeredBuildings: 3, registeredCities: 2, approvedBuildings: 1, approvedCities: 1 });
    expect(d.previous).toEqual({ year: 2061, registeredBuildings: 3, registeredCities: 2, approvedBuildings: 2, approvedCities: 2 });
    expect(d.byProvince).toEqual([
      { province: 'Namur', cities: 1, registered: 2, approved: 1, submitted: 1 },
      { province: 'Hainaut', cities: 1, registered: 1, approved: 0, submitted: 1 },
    ]);
    const chase = d.toChase.find((c) => c.name === 'Quiet Town 2062');
    expect(chase?.coordinators).toEqual([{ name: 'Quentin Quiet', email: 'quiet-2062@example.org' }]);
    expect(d.toChase.find((c) => c.id === now.namur.id)).toBeUndefined();
  });
});

describe('audit view', () => {
  it('filters by entity, actor and action, paginates, and keeps before and after as data', async () => {
    const w = organiseWorld(2071);
    const { reviewIlluminations } = await import('@/lib/review/decisions');
    const queue = await openQueue(w.organiserActor, 2071);
    await reviewIlluminations(w.organiserActor, { items: [queue.target(w.citadelReg.id)], decision: 'reject', reason: '<script>alert(1)</script>' });
    const page = await listAudit(w.organiserActor, { actor: w.organiser.id, entity: 'illumination', page: 1 });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ action: 'illumination.reject', actor: { email: w.organiser.email }, after: { reviewReason: '<script>alert(1)</script>' } });
    // What it concerns, by name: the building, its city and the campaign's year.
    expect(page.rows[0]!.subject).toEqual({ building: 'Namur Citadel', city: { name: w.namur.name, names: expect.any(Object) }, year: 2071 });
    expect(auditChanges(page.rows[0]!.before, page.rows[0]!.after)).toEqual([
      { field: 'status', before: 'submitted', after: 'rejected' },
      { field: 'reviewReason', before: null, after: '<script>alert(1)</script>' },
    ]);
    const all = await listAudit(w.organiserActor, { page: 1 });
    expect(all.rows.length).toBeLessThanOrEqual(all.pageSize);
    const future = await listAudit(w.organiserActor, { from: '2999-01-01', page: 1 });
    expect(future.total).toBe(0);
    await expect(listAudit(w.coordinatorActor, { page: 1 })).rejects.toThrow(/not allowed/);
  });
});

describe('coordinators', () => {
  it('names the person in every confirmation: cities saved, deactivated, active again', async () => {
    session.actor = organiser();
    const { setUserActiveAction, setUserCitiesAction } = await import('@/app/[locale]/organise/coordinators/actions');
    const city = getDb().insert(cities).values({ name: 'Namur', country: 'BE', province: 'Namur', lat: 50.46, lng: 4.87, timeZone: 'Europe/Brussels' }).returning().get();
    const person = createUser(getDb(), { role: 'coordinator', name: 'Nora Namur', email: 'nora@example.org' });
    const unnamed = createUser(getDb(), { role: 'coordinator', name: '', email: 'no-name@example.org' });

    const saved = await setUserCitiesAction(empty, form([['userId', person.id], ['cityIds', String(city.id)]]));
    expect(saved).toMatchObject({ ok: true, message: 'Cities of Nora Namur saved.' });
    const off = await setUserActiveAction(empty, form([['userId', person.id], ['active', 'false']]));
    expect(off).toMatchObject({ ok: true, message: 'Nora Namur is deactivated and signed out everywhere.' });
    const on = await setUserActiveAction(empty, form([['userId', person.id], ['active', 'true']]));
    expect(on).toMatchObject({ ok: true, message: 'Nora Namur is active again and can sign in.' });
    // Someone invited without a name is named by their address.
    const addressed = await setUserActiveAction(empty, form([['userId', unnamed.id], ['active', 'false']]));
    expect(addressed).toMatchObject({ ok: true, message: 'no-name@example.org is deactivated and signed out everywhere.' });
  });
});
