/**
 * The events the public may see, on real SQLite: only approved versions (an
 * edit awaiting review shows the version approved before it), only in a
 * published campaign, never a submitted, rejected or withdrawn one, and never
 * the organisers' `contact`.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { events } from '@/db/schema';
import { createCampaign, createCity, createEvent, createPartner } from '@/lib/demo/builders';
import { getPublicEvent, listPublicEvents } from '@/lib/events/public';

describe('public events', () => {
  it('are the approved versions of a published campaign only, without the contact', async () => {
    const db = getDb();
    const year = 2091;
    const published = createCampaign(db, { year, published: true });
    const hidden = createCampaign(db, { year: 2092, published: false });
    const city = createCity(db, { name: 'Leuven', names: { fr: 'Louvain' } });
    const partner = createPartner(db, { name: 'PAG-ASA', logo: 'approved.webp', logoPending: 'pending.webp' });
    const base = { campaignId: published.id, partnerId: partner.id, cityId: city.id, contact: 'secret-phone 0470 00 00 00' };
    const approved = createEvent(db, { ...base, title: 'Stand', titles: { fr: 'Stand FR' } });
    const submitted = createEvent(db, { ...base, title: 'Not yet', status: 'submitted' });
    const rejected = createEvent(db, { ...base, title: 'Refused', status: 'rejected' });
    const withdrawn = createEvent(db, { ...base, title: 'Gone' });
    db.update(events).set({ status: 'withdrawn' }).where(eq(events.id, withdrawn.id)).run();
    const unpublished = createEvent(db, { ...base, campaignId: hidden.id, title: 'Unpublished' });
    // An approved event edited since: the live columns change, the public keeps the approved version.
    const edited = createEvent(db, { ...base, title: 'Walk as approved' });
    db.update(events).set({ status: 'submitted', title: 'Walk as edited', address: 'Edited street' }).where(eq(events.id, edited.id)).run();

    const list = await listPublicEvents(year, 'fr');
    expect(list.map((e) => e.id).sort()).toEqual([approved.id, edited.id].sort());
    expect(list.find((e) => e.id === approved.id)).toMatchObject({ title: 'Stand FR', city: { name: 'Louvain' }, partner: { name: 'PAG-ASA', logo: '/uploads/approved.webp' } });
    expect(list.find((e) => e.id === edited.id)?.title).toBe('Walk as approved');
    expect(JSON.stringify(list)).not.toContain('secret-phone');
    expect(JSON.stringify(list)).not.toContain('pending.webp');
    expect(JSON.stringify(list)).not.toContain('Edited street');

    expect((await getPublicEvent(approved.id, 'en'))?.year).toBe(year);
    expect((await getPublicEvent(edited.id, 'en'))?.event.title).toBe('Walk as approved');
    for (const id of [submitted.id, rejected.id, withdrawn.id, unpublished.id, 999_999]) expect(await getPublicEvent(id, 'en')).toBeUndefined();
    expect(await listPublicEvents(2092, 'en')).toEqual([]);
  });
});

describe("the map page's events", () => {
  it('are kept until the public data changes, and follow an approval at once', async () => {
    const { cachedPublicEvents } = await import('@/app/_data/events');
    const db = getDb();
    const campaign = createCampaign(db, { year: 2093, published: true });
    const city = createCity(db);
    const partner = createPartner(db);
    const first = createEvent(db, { campaignId: campaign.id, partnerId: partner.id, cityId: city.id, title: 'First' });
    const before = await cachedPublicEvents(2093, 'en');
    expect(before.map((e) => e.title)).toEqual(['First']);
    expect(await cachedPublicEvents(2093, 'en')).toBe(before);
    // A new approved version: the database moves the public revision, the page's events follow.
    const approved = { ...first.approved!, title: 'First, renamed' };
    db.update(events).set({ approved }).where(eq(events.id, first.id)).run();
    expect((await cachedPublicEvents(2093, 'en')).map((e) => e.title)).toEqual(['First, renamed']);
  });
});

describe('the map data', () => {
  it('carries the approved events with the buildings, and takes a new version when one changes', async () => {
    const { cachedMapData } = await import('@/app/_data/public');
    const { isMapDocument, mapDataFor } = await import('@/lib/lights/map-data');
    const db = getDb();
    const campaign = createCampaign(db, { year: 2094, published: true });
    const city = createCity(db, { name: 'Mons', names: { nl: 'Bergen' } });
    const partner = createPartner(db, { name: 'PAG-ASA' });
    const base = { campaignId: campaign.id, partnerId: partner.id, cityId: city.id, contact: 'secret-phone 0470 00 00 00' };
    const stand = createEvent(db, { ...base, title: 'Stand', titles: { fr: 'Stand FR' } });
    createEvent(db, { ...base, title: 'Not yet', status: 'submitted' });
    const read = async () => {
      const payload = (await cachedMapData(2094))!;
      const text = new TextDecoder().decode(payload.encoded.identity.body);
      const doc: unknown = JSON.parse(text);
      if (!isMapDocument(doc)) throw new Error('not a map document');
      return { payload, text, doc };
    };
    const before = await read();
    expect(before.text).not.toContain('secret-phone');
    expect(before.text).not.toContain('Not yet');
    expect(mapDataFor(before.doc, 'fr').events).toMatchObject([{ id: stand.id, title: 'Stand FR', partner: 'PAG-ASA', city: { id: city.id, name: 'Mons' } }]);
    // An organiser approves a new version: the data, and so its address, change at once.
    db.update(events).set({ approved: { ...stand.approved!, title: 'Stand, moved' } }).where(eq(events.id, stand.id)).run();
    const after = await read();
    expect(after.payload.version).not.toBe(before.payload.version);
    expect(mapDataFor(after.doc, 'en').events?.map((e) => e.title)).toEqual(['Stand, moved']);
    expect(mapDataFor(after.doc, 'nl').events?.[0]?.city.name).toBe('Bergen');
  });
});
