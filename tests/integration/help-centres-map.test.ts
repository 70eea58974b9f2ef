/**
 * The help centres the public map page gets, on real SQLite: every centre in
 * the reader's language, kept until the public data changes, and fresh as
 * soon as an organiser edits one (the database moves the public revision).
 */
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createCity, createUser } from '@/lib/demo/builders';
import { createHelpCentre, updateHelpCentre } from '@/lib/help-centres/help-centres';
import { mappedCentres } from '@/lib/help-centres/public';
import { actorOf } from '../helpers/organise-fixtures';

const { cachedHelpCentres } = await import('@/app/_data/public');

describe("the map page's help centres", () => {
  it('are in the reader language, with or without a position, and follow an organiser edit at once', async () => {
    const organiser = actorOf(createUser(getDb(), { role: 'organiser' }));
    const city = createCity(getDb(), { name: 'Antwerpen', names: { en: 'Antwerp', fr: 'Anvers' } });
    const input = { name: 'Payoke-test', cityId: city.id, address: '', phone: '', website: '', lat: null, lng: null };
    const row = await createHelpCentre(organiser, input);

    const before = (await cachedHelpCentres('fr')).find((c) => c.id === row.id);
    expect(before).toMatchObject({ name: 'Payoke-test', city: 'Anvers', tel: '', lat: null, lng: null });
    expect(mappedCentres(await cachedHelpCentres('fr')).map((c) => c.id)).not.toContain(row.id);
    // Kept: asked again without a change, the same value.
    expect(await cachedHelpCentres('fr')).toBe(await cachedHelpCentres('fr'));

    await updateHelpCentre(organiser, row.id, { ...input, phone: '03 201 16 90', website: 'https://www.payoke.be/', lat: 51.2194, lng: 4.4025 });
    const after = (await cachedHelpCentres('en')).find((c) => c.id === row.id);
    expect(after).toMatchObject({ city: 'Antwerp', phone: '03 201 16 90', tel: 'tel:032011690', site: 'www.payoke.be', lat: 51.2194, lng: 4.4025 });
    expect(mappedCentres(await cachedHelpCentres('fr')).map((c) => c.id)).toContain(row.id);
  });
});
