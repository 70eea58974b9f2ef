/**
 * The partner space's server actions on a real database: what a person sees
 * after a save with bad input, a forged organisation or event, a stale form,
 * and after the deadline. Only the session, Next's cache and next-intl's
 * server helpers are replaced.
 */
import { eq } from 'drizzle-orm';
import { createFormatter, createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { events } from '@/db/schema';
import { createCampaign, createCity, createEvent, createPartner, createPartnerUser } from '@/lib/demo/builders';
import type { Actor } from '@/lib/permissions';
import messages from '@/messages/nl.json';
import { actorOf, form } from '../helpers/organise-fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor }));

vi.mock('@/app/_auth/current-actor', () => ({ currentActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: 'nl', messages, namespace: namespace as never }),
  getFormatter: async () => createFormatter({ locale: 'nl', timeZone: 'Europe/Brussels' }),
  getLocale: async () => 'nl',
}));

const { saveEventAction, withdrawEventAction } = await import('@/app/[locale]/partner/actions');
const initial = { ok: false, message: '', fieldErrors: {} };

let open: number;
let closed: number;
let mine: number;
let theirs: number;
let partner: Actor;

const fields = (over: Record<string, string> = {}) =>
  Object.entries({
    partnerId: String(mine),
    kind: 'information_stand',
    title: 'Infostand',
    city: 'Leuven',
    country: 'BE',
    lat: '50,8789',
    lng: '4,7011',
    date: '2032-07-30',
    startTime: '14:00',
    endTime: '18:00',
    ...over,
  });

beforeAll(() => {
  const db = getDb();
  open = createCampaign(db, { year: 2032, registrationDeadline: new Date('2099-07-16T22:00:00Z') }).id;
  closed = createCampaign(db, { year: 2020, registrationDeadline: new Date('2020-07-16T22:00:00Z') }).id;
  createCity(db, { name: 'Leuven', country: 'BE', lat: 50.8798, lng: 4.7005 });
  mine = createPartner(db, { name: 'PAG-ASA' }).id;
  theirs = createPartner(db, { name: 'Other' }).id;
  partner = actorOf(createPartnerUser(db, { email: 'actions@pagasa.example' }, [mine]), [mine]);
  session.actor = partner;
});

describe('saving an event', () => {
  it('answers bad input with Dutch errors per field and keeps what was typed', async () => {
    const state = await saveEventAction(initial, form([['campaignId', String(open)], ...fields({ title: '', link: 'ftp://x', date: '2032-01-01' })]));
    expect(state).toMatchObject({ ok: false, code: 'invalid', message: 'Verbeter de velden die hieronder gemarkeerd zijn.' });
    expect(state.fieldErrors.title).toEqual(['Dit veld is verplicht.']);
    expect(state.fieldErrors.link).toEqual(['Geef een webadres dat begint met http:// of https://.']);
    expect(state.values?.city).toBe('Leuven');
    // The date's window is the campaign's: checked once the rest is right.
    const late = await saveEventAction(initial, form([['campaignId', String(open)], ...fields({ date: '2032-01-01' })]));
    expect(late.fieldErrors.date?.[0]).toMatch(/^Kies een datum van 31 mei 2032 tot 6 augustus 2032\.$/);
  });

  it('saves, then refuses a forged organisation, a stale form and a closed campaign', async () => {
    const saved = await saveEventAction(initial, form([['campaignId', String(open)], ...fields()]));
    expect(saved).toMatchObject({ ok: true });
    const id = Number(/id=(\d+)/.exec(saved.next!)![1]);
    const row = getDb().select().from(events).where(eq(events.id, id)).get()!;
    expect(row.status).toBe('submitted');

    const forged = await saveEventAction(initial, form([['campaignId', String(open)], ...fields({ partnerId: String(theirs) })]));
    expect(forged.code).toBe('forbidden');

    const other = createEvent(getDb(), { campaignId: open, partnerId: theirs, cityId: row.cityId, status: 'submitted' });
    const foreign = await saveEventAction(initial, form([['eventId', String(other.id)], ['version', String(other.updatedAt.getTime())], ...fields()]));
    expect(foreign.code).toBe('forbidden');

    const stale = await saveEventAction(initial, form([['eventId', String(id)], ['version', String(row.updatedAt.getTime() - 1)], ...fields({ title: 'Nieuw' })]));
    expect(stale).toMatchObject({ code: 'conflict', message: expect.stringContaining('intussen gewijzigd') });
    expect(stale.values?.title).toBe('Nieuw');

    const late = await saveEventAction(initial, form([['campaignId', String(closed)], ...fields({ date: '2020-07-30' })]));
    expect(late).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^De aanmelding sloot op donderdag 16 juli 2020/) });

    const unconfirmed = await withdrawEventAction(initial, form([['eventId', String(id)], ['version', String(row.updatedAt.getTime())]]));
    expect(unconfirmed.fieldErrors.confirm).toEqual(['Vink het vakje aan om te bevestigen.']);
    const withdrawn = await withdrawEventAction(initial, form([['eventId', String(id)], ['version', String(row.updatedAt.getTime())], ['confirm', 'on']]));
    expect(withdrawn).toMatchObject({ ok: true });
    expect(getDb().select().from(events).where(eq(events.id, id)).get()!.status).toBe('withdrawn');
  });
});
