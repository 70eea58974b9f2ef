/**
 * The organisers' season checklist read from a real database: what counts as
 * invited, signed in, reminded and lit, which campaign the overview opens
 * on, and the "Next: …" an organiser action answers with.
 */
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { sentReminders } from '@/db/schema';
import { actorOf } from '../helpers/organise-fixtures';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next/cache', () => import('../helpers/next-cache'));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { getSeason } = await import('@/lib/campaigns/season-facts');
const { saveCityAction } = await import('@/app/[locale]/organise/cities/actions');

const initial = { ok: false, message: '', fieldErrors: {} };
const at = (iso: string) => new Date(iso);

describe('the season, from the database', () => {
  it('starts at creating a campaign, and the first action answers with the next step', async () => {
    const db = getDb();
    const organiser = actorOf(createUser(db, { role: 'organiser' }));
    const empty = await getSeason(organiser, at('2041-02-01T10:00:00Z'));
    expect(empty).toMatchObject({ campaign: null, reason: null, years: [] });
    expect(empty.checklist.next?.key).toBe('campaign');

    createCampaign(db, { year: 2041, theme: { en: 'Shine', fr: 'Briller', nl: 'Schijn', de: 'Scheinen' }, registrationDeadline: at('2041-07-16T21:59:00Z') });
    session.actor = organiser;
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: 'Mechelen', country: 'BE', province: 'Antwerp', lat: '51.0259', lng: '4.4776' })) form.set(k, v);
    const state = await saveCityAction(initial, form);
    expect(state).toMatchObject({ ok: true, next: { href: '/organise/coordinators', label: 'Next: invite coordinators' } });
    await expect(getSeason(null, at('2041-02-01T10:00:00Z'))).rejects.toThrow(/not allowed|sign in/i);
  });

  it('counts active coordinators with a city, those who signed in, deadline reminders sent and buildings lit', async () => {
    const db = getDb();
    const organiser = actorOf(createUser(db, { role: 'organiser' }));
    const campaign = createCampaign(db, { year: 2042, published: true, theme: { en: 'Shine', fr: 'Briller', nl: 'Schijn', de: 'Scheinen' }, registrationDeadline: at('2042-07-16T21:59:00Z') });
    const city = createCity(db, { name: 'Lier' });
    const signedIn = createUser(db, { emailVerified: at('2042-01-10T10:00:00Z') }, [city.id]);
    createUser(db, {}, [city.id]);
    createUser(db, { deactivatedAt: at('2042-01-11T10:00:00Z'), emailVerified: at('2042-01-10T10:00:00Z') }, [city.id]);
    createUser(db, {}, []);
    const hall = createBuilding(db, { cityId: city.id, name: 'Lier Town Hall' });
    const tower = createBuilding(db, { cityId: city.id, name: 'Zimmer Tower' });
    createIllumination(db, { campaignId: campaign.id, buildingId: hall.id, status: 'approved', litAt: at('2042-07-30T19:40:00Z') });
    createIllumination(db, { campaignId: campaign.id, buildingId: tower.id, status: 'submitted' });
    db.insert(sentReminders).values({ key: `deadline:${campaign.id}:${signedIn.id}:7`, kind: 'deadline', campaignId: campaign.id, userId: signedIn.id, at: at('2042-07-09T08:00:00Z') }).run();

    // On the night: tonight's campaign, one lit, one still waiting for review.
    const night = await getSeason(organiser, at('2042-07-30T20:00:00Z'));
    expect(night).toMatchObject({ campaign: { year: 2042 }, reason: 'tonight' });
    // Coordinators of other tests' cities count too: this database is the file's.
    expect(night.facts.coordinatorsSignedIn).toBe(1);
    expect(night.facts).toMatchObject({ remindersSent: 1, lit: 1, statuses: { submitted: 1, approved: 1 } });
    const byKey = Object.fromEntries(night.checklist.steps.map((s) => [s.key, s]));
    expect(byKey.review).toMatchObject({ done: false, count: 1 });
    expect(byKey.press).toMatchObject({ done: true, count: 1 });
    expect(byKey.night).toMatchObject({ done: false, count: 1 });

    // A year asked for is shown whatever the moment.
    const chosen = await getSeason(organiser, at('2042-07-30T20:00:00Z'), 2041);
    expect(chosen).toMatchObject({ campaign: { year: 2041 }, reason: 'chosen' });
    expect(chosen.years).toEqual([2042, 2041]);
  });
});
