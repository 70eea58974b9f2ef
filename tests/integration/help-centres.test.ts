/**
 * Help centres kept by organisers, on real SQLite: added with a name and a
 * city only, edited, a position both coordinates or neither, every change
 * audited and seen by the public data's revision; the demo seeds the three
 * specialised centres by name and city, nothing guessed.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createCity, createUser } from '@/lib/demo/builders';
import { DEMO_HELP_CENTRES } from '@/lib/demo/demo-data';
import { auditLog, helpCentres } from '@/db/schema';
import { ForbiddenError } from '@/lib/permissions';
import { currentPublicRevision } from '@/lib/public-data/revision';
import { actorOf, form } from '../helpers/organise-fixtures';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next/cache', () => import('../helpers/next-cache'));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { saveHelpCentreAction } = await import('@/app/[locale]/organise/help-centres/actions');
const { createHelpCentre, listHelpCentres, mappedHelpCentres, updateHelpCentre } = await import('@/lib/help-centres/help-centres');
const { seedDemoData } = await import('@/lib/demo/seed');

const empty = { ok: false, message: '', fieldErrors: {} };
const centre = (name: string) => getDb().select().from(helpCentres).where(eq(helpCentres.name, name)).get();
const auditOf = (id: number) => getDb().select().from(auditLog).where(eq(auditLog.entity, 'help_centre')).all().filter((a) => a.entityId === String(id));

beforeEach(() => {
  session.actor = actorOf(createUser(getDb(), { role: 'organiser' }));
});

describe('help centres', () => {
  it('adds one with a name and a city only, listed but not mapped, audited', async () => {
    const city = createCity(getDb(), { name: 'Mons-test' });
    const revision = await currentPublicRevision();
    const state = await saveHelpCentreAction(empty, form([['name', 'Centre Mons'], ['cityId', String(city.id)], ['address', ''], ['phone', ''], ['website', ''], ['lat', ''], ['lng', '']]));
    expect(state).toMatchObject({ ok: true, message: 'Centre Mons added.' });
    const row = centre('Centre Mons')!;
    expect(row).toMatchObject({ cityId: city.id, address: '', phone: '', website: '', lat: null, lng: null });
    expect((await listHelpCentres()).map((c) => c.name)).toContain('Centre Mons');
    expect((await mappedHelpCentres()).map((c) => c.name)).not.toContain('Centre Mons');
    expect(auditOf(row.id).map((a) => [a.action, a.actorId])).toEqual([['help_centre.create', session.actor!.id]]);
    expect(await currentPublicRevision()).toBeGreaterThan(revision);
  });

  it('edits one, adding its position, phone and website; the change is audited with before and after', async () => {
    const city = createCity(getDb(), { name: 'Namur-test' });
    const row = await createHelpCentre(session.actor, { name: 'Centre Namur', cityId: city.id, address: '', phone: '', website: '', lat: null, lng: null });
    const state = await saveHelpCentreAction(
      empty,
      form([['id', String(row.id)], ['name', 'Centre Namur'], ['cityId', String(city.id)], ['address', 'Rue de Fer 1'], ['phone', '+32 81 12 34 56'], ['website', 'https://www.example.org/namur'], ['lat', '50,4669'], ['lng', '4.8675']]),
    );
    expect(state).toMatchObject({ ok: true, message: 'Centre Namur saved.' });
    expect(centre('Centre Namur')).toMatchObject({ address: 'Rue de Fer 1', phone: '+32 81 12 34 56', website: 'https://www.example.org/namur', lat: 50.4669, lng: 4.8675 });
    expect((await mappedHelpCentres()).map((c) => c.name)).toContain('Centre Namur');
    const update = auditOf(row.id).find((a) => a.action === 'help_centre.update')!;
    expect(update.before).toMatchObject({ lat: null, phone: '' });
    expect(update.after).toMatchObject({ lat: 50.4669, phone: '+32 81 12 34 56' });
  });

  it('answers bad input with every field’s error, keeps the input and stores nothing', async () => {
    const before = getDb().select().from(helpCentres).all().length;
    const state = await saveHelpCentreAction(
      empty,
      form([['name', ''], ['cityId', ''], ['address', 'x'.repeat(201)], ['phone', 'call us'], ['website', 'javascript:alert(1)'], ['lat', '50.5'], ['lng', '']]),
    );
    expect(state).toMatchObject({ ok: false, code: 'invalid' });
    expect(state.fieldErrors).toEqual({
      name: ['This field is required.'],
      cityId: ['This field is required.'],
      address: ['Use at most 200 characters.'],
      phone: ['Use digits, spaces and + ( ) . / - only.'],
      website: ['Enter a full address starting with https://, e.g. https://www.example.org.'],
      lng: ['Give both latitude and longitude, or neither.'],
    });
    expect(state.values).toMatchObject({ phone: 'call us', lat: '50.5' });
    const unknownCity = await saveHelpCentreAction(empty, form([['name', 'Nowhere'], ['cityId', '987654']]));
    expect(unknownCity.fieldErrors).toEqual({ cityId: ['Choose a city from the list.'] });
    expect(getDb().select().from(helpCentres).all()).toHaveLength(before);
  });

  it('is for organisers only', async () => {
    const city = createCity(getDb());
    const coordinator = actorOf(createUser(getDb(), { role: 'coordinator' }), [city.id]);
    const input = { name: 'Not mine', cityId: city.id, address: '', phone: '', website: '', lat: null, lng: null };
    await expect(createHelpCentre(coordinator, input)).rejects.toBeInstanceOf(ForbiddenError);
    const row = await createHelpCentre(session.actor, { ...input, name: 'Kept' });
    await expect(updateHelpCentre(coordinator, row.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    session.actor = coordinator;
    expect(await saveHelpCentreAction(empty, form([['name', 'Not mine'], ['cityId', String(city.id)]]))).toMatchObject({ code: 'forbidden' });
    expect(centre('Not mine')).toBeUndefined();
  });

  it('refuses half a position in the database itself', () => {
    const city = createCity(getDb());
    expect(() => getDb().insert(helpCentres).values({ name: 'Half', cityId: city.id, lat: 50.1 }).run()).toThrow(/CHECK/);
  });
});

describe('the demo data', () => {
  it('seeds the three specialised centres with their names and cities only', async () => {
    seedDemoData(getDb());
    const seeded = (await listHelpCentres()).filter((c) => DEMO_HELP_CENTRES.some((d) => d.name === c.name));
    expect(seeded.map((c) => [c.name, c.city.name]).sort()).toEqual([
      ['PAG-ASA', 'Brussels'],
      ['Payoke', 'Antwerp'],
      ['Sürya', 'Liège'],
    ]);
    for (const c of seeded) expect(c).toMatchObject({ address: '', phone: '', website: '', lat: null, lng: null });
  });
});
