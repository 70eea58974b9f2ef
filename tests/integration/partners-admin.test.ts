/**
 * Partner organisations kept by organisers, on real SQLite: added with names
 * and descriptions per language, a website (http/https only) and a logo
 * checked by its content and re-encoded (a transparent logo stays
 * transparent); ordered up and down; a logo sent by the organisation's people
 * approved or refused, and not served to the public until approved; a partner
 * invited for organisations with a mail in their language. Every change
 * audited; refused changes store nothing.
 */
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { auditLog, outbox, partnerMembers, partners, sessions, users } from '@/db/schema';
import { createCampaign, createPartner, createPartnerUser, createUser } from '@/lib/demo/builders';
import type { Actor } from '@/lib/permissions';
import { ForbiddenError } from '@/lib/permissions';
import { preparePhoto, readPhoto, storePhoto } from '@/lib/photos/photos';
import { actorOf, form } from '../helpers/organise-fixtures';
import { fileOf, pngImage } from '../helpers/images';

const session = vi.hoisted(() => ({ actor: null as Actor }));
vi.mock('@/app/_auth/current-actor', () => ({ currentActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));
class Redirected extends Error {
  constructor(readonly to: string) {
    super(to);
  }
}
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Redirected(href);
  },
}));

const { savePartnerAction, movePartnerAction, decideLogoAction, invitePartnerAction, setPartnerMembershipsAction } = await import('@/app/[locale]/organise/partners/actions');
const { setUserActiveAction } = await import('@/app/[locale]/organise/coordinators/actions');
const { actorForSession } = await import('@/lib/users/sessions');
const { GET } = await import('@/app/uploads/[name]/route');
const { listPartners, updatePartner } = await import('@/lib/partners/organisations');

const empty = { ok: false, message: '', fieldErrors: {} };
const byName = (name: string) => getDb().select().from(partners).where(eq(partners.name, name)).get();
const auditOf = (id: number) => getDb().select().from(auditLog).where(eq(auditLog.entity, 'partner')).all().filter((a) => a.entityId === String(id));
const count = (table: typeof partners | typeof users | typeof outbox) => getDb().select().from(table).all().length;
const getUpload = (name: string) => GET(new Request(`http://x/uploads/${name}`), { params: Promise.resolve({ name }) });

const partnerForm = (entries: [string, string | File][]) => {
  const fd = new FormData();
  const base: Record<string, string> = { name: '', kind: 'ngo', website: '', description: '', listed: 'on' };
  for (const [k, v] of Object.entries(base)) if (!entries.some(([e]) => e === k)) fd.append(k, v);
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

/** A logo with a transparent background: a blue square on nothing. */
const transparentLogo = () =>
  sharp({ create: { width: 120, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: 40, height: 40, channels: 4, background: { r: 20, g: 70, b: 200, alpha: 1 } } }, left: 40, top: 10 }])
    .png()
    .toBuffer();

let organiser: NonNullable<Actor>;
beforeEach(() => {
  organiser = actorOf(createUser(getDb(), { role: 'organiser' }));
  session.actor = organiser;
});

describe('adding and editing an organisation', () => {
  it('adds one with names and descriptions per language, a website and a transparent logo kept transparent, audited', async () => {
    const logo = fileOf(await transparentLogo(), 'logo.png', 'image/png');
    const before = count(partners);
    await expect(
      savePartnerAction(
        empty,
        partnerForm([
          ['name', 'Croix-Rouge de Belgique'],
          ['name_nl', 'Rode Kruis België'],
          ['name_fr', 'Croix-Rouge de Belgique'],
          ['kind', 'ngo'],
          ['website', 'www.rodekruis.be'],
          ['description', 'Helps victims.'],
          ['description_nl', 'Helpt slachtoffers.'],
          ['logo', logo],
        ]),
      ),
    ).rejects.toMatchObject({ to: expect.stringMatching(/^\/organise\/partners\?added=\d+$/) });
    expect(count(partners)).toBe(before + 1);
    const row = byName('Croix-Rouge de Belgique')!;
    // Only the names that differ are kept.
    expect(row).toMatchObject({ names: { nl: 'Rode Kruis België' }, descriptions: { nl: 'Helpt slachtoffers.' }, website: 'https://www.rodekruis.be', listed: true, kind: 'ngo' });
    expect(row.logo).toMatch(/^[a-f0-9]{32}\.webp$/);
    const stored = readPhoto(row.logo!)!;
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.hasAlpha).toBe(true);
    // The corner stays see-through, the square stays opaque.
    const { data, info } = await sharp(stored).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(data[3]).toBe(0);
    expect(data[(30 * info.width + 60) * 4 + 3]).toBe(255);
    // At the end of the order, and audited.
    const list = await listPartners(organiser);
    expect(list.at(-1)!.id).toBe(row.id);
    expect(auditOf(row.id).map((a) => a.action)).toEqual(['partner.create']);
  });

  it('refuses a website that is not http(s), a logo that is not an image, and stores nothing', async () => {
    const before = { partners: count(partners), audit: getDb().select().from(auditLog).all().length };
    const state = await savePartnerAction(
      empty,
      partnerForm([
        ['name', 'Evil Corp'],
        ['website', 'javascript:alert(1)'],
        ['logo', fileOf('<svg onload="alert(1)"></svg>', 'logo.png', 'image/png')],
      ]),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors.website).toEqual(['Enter a web address starting with https://, e.g. https://www.pag-asa.be.']);
    expect(state.fieldErrors.logo).toEqual(['The logo must be a PNG, JPEG or WebP image.']);
    expect(state.values?.name).toBe('Evil Corp');
    const missing = await savePartnerAction(empty, partnerForm([['name', ''], ['kind', 'cult']]));
    expect(missing.fieldErrors.name).toBeDefined();
    expect(missing.fieldErrors.kind).toBeDefined();
    expect({ partners: count(partners), audit: getDb().select().from(auditLog).all().length }).toEqual(before);
  });

  it('refuses a second organisation by the same name, per field', async () => {
    createPartner(getDb(), { name: 'Payoke' });
    const state = await savePartnerAction(empty, partnerForm([['name', 'payoke']]));
    expect(state.fieldErrors.name).toEqual(['An organisation by this name exists already.']);
  });

  it('edits one, replacing and removing the logo, audited with before and after', async () => {
    const partner = createPartner(getDb(), { name: 'Sürya', website: 'https://surya.example' });
    const state = await savePartnerAction(empty, partnerForm([['id', String(partner.id)], ['name', 'Sürya asbl'], ['kind', 'institution'], ['website', 'https://www.surya-asbl.be'], ['listed', '']]));
    expect(state).toMatchObject({ ok: true, message: 'Sürya asbl saved.' });
    expect(byName('Sürya asbl')).toMatchObject({ kind: 'institution', listed: false, website: 'https://www.surya-asbl.be' });
    const withLogo = await savePartnerAction(empty, partnerForm([['id', String(partner.id)], ['name', 'Sürya asbl'], ['logo', fileOf(await pngImage(), 'l.png', 'image/png')]]));
    expect(withLogo.ok).toBe(true);
    expect(byName('Sürya asbl')!.logo).toMatch(/\.webp$/);
    await savePartnerAction(empty, partnerForm([['id', String(partner.id)], ['name', 'Sürya asbl'], ['removeLogo', 'on']]));
    expect(byName('Sürya asbl')!.logo).toBeNull();
    const audit = auditOf(partner.id);
    expect(audit.map((a) => a.action)).toEqual(['partner.update', 'partner.update', 'partner.update']);
    expect(audit[0]!.before).toMatchObject({ name: 'Sürya' });
    expect(audit[0]!.after).toMatchObject({ name: 'Sürya asbl', listed: false });
  });

  it('is for organisers only: a partner and a coordinator are refused, in the action and in the domain', async () => {
    const own = createPartner(getDb(), { name: 'Own org' });
    const partner = actorOf(createPartnerUser(getDb(), {}, [own.id]), [own.id]);
    session.actor = partner;
    expect(await savePartnerAction(empty, partnerForm([['id', String(own.id)], ['name', 'Hijacked']]))).toMatchObject({ ok: false, code: 'forbidden' });
    await expect(updatePartner(partner, own.id, { name: 'Hijacked', names: {}, kind: 'ngo', website: '', description: '', descriptions: {}, listed: true })).rejects.toBeInstanceOf(ForbiddenError);
    session.actor = actorOf(createUser(getDb(), { role: 'coordinator' }), []);
    expect(await movePartnerAction(empty, form([['id', String(own.id)], ['direction', 'up']]))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(byName('Own org')).toBeDefined();
  });
});

describe('the organisers’ order', () => {
  it('moves an organisation up and down, one place at a time, renumbering shared positions, audited', async () => {
    const ids = () => getDb().select().from(partners).orderBy(partners.position, partners.id).all().map((p) => p.id);
    const a = createPartner(getDb(), { name: 'Order A', position: 0 });
    const b = createPartner(getDb(), { name: 'Order B', position: 0 });
    const start = ids();
    const at = start.indexOf(b.id);
    expect(start[at - 1]).toBe(a.id);
    const up = await movePartnerAction(empty, form([['id', String(b.id)], ['direction', 'up']]));
    expect(up).toMatchObject({ ok: true, message: 'Order B moved up.' });
    const after = ids();
    expect(after.indexOf(b.id)).toBe(after.indexOf(a.id) - 1);
    expect(new Set(getDb().select().from(partners).all().map((p) => p.position)).size).toBe(after.length);
    await movePartnerAction(empty, form([['id', String(b.id)], ['direction', 'down']]));
    expect(ids().indexOf(b.id)).toBe(ids().indexOf(a.id) + 1);
    expect(auditOf(b.id).map((x) => x.action)).toEqual(['partner.move', 'partner.move']);
    const last = ids().at(-1)!;
    const name = getDb().select().from(partners).where(eq(partners.id, last)).get()!.name;
    expect(await movePartnerAction(empty, form([['id', String(last)], ['direction', 'down']]))).toMatchObject({ ok: true, message: `${name} is already at the end of the list.` });
    expect(await movePartnerAction(empty, form([['id', '999999'], ['direction', 'up']]))).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('a logo sent by the organisation’s people', () => {
  async function withPending() {
    const current = storePhoto(await preparePhoto(await pngImage()));
    const pending = storePhoto(await preparePhoto(await pngImage({ width: 80, height: 80 })));
    const partner = createPartner(getDb(), { logo: current, logoPending: pending });
    return { partner, current, pending };
  }

  it('is not served to the public, nor to another organisation’s people, until approved', async () => {
    const { partner, current, pending } = await withPending();
    const other = createPartner(getDb());
    session.actor = null;
    expect((await getUpload(current)).status).toBe(200);
    expect((await getUpload(pending)).status).toBe(401);
    session.actor = actorOf(createPartnerUser(getDb(), {}, [other.id]), [other.id]);
    expect((await getUpload(pending)).status).toBe(403);
    session.actor = actorOf(createUser(getDb(), { role: 'coordinator' }), []);
    expect((await getUpload(pending)).status).toBe(403);
    session.actor = actorOf(createPartnerUser(getDb(), {}, [partner.id]), [partner.id]);
    const own = await getUpload(pending);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    session.actor = organiser;
    expect((await getUpload(pending)).status).toBe(200);
  });

  it('approved: becomes the public logo, audited', async () => {
    const { partner, pending } = await withPending();
    await expect(decideLogoAction(empty, form([['id', String(partner.id)], ['decision', 'approve'], ['logo', pending]]))).rejects.toMatchObject({ to: `/organise/partners/${partner.id}?logo=approved` });
    expect(getDb().select().from(partners).where(eq(partners.id, partner.id)).get()).toMatchObject({ logo: pending, logoPending: null });
    session.actor = null;
    expect((await getUpload(pending)).status).toBe(200);
    expect(auditOf(partner.id).map((a) => a.action)).toEqual(['partner.logo_approve']);
  });

  it('refused: goes, the current logo stays; a decision on a logo replaced meanwhile is refused', async () => {
    const { partner, current, pending } = await withPending();
    const stale = await decideLogoAction(empty, form([['id', String(partner.id)], ['decision', 'approve'], ['logo', 'a'.repeat(32) + '.webp']]));
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(getDb().select().from(partners).where(eq(partners.id, partner.id)).get()!.logoPending).toBe(pending);
    await expect(decideLogoAction(empty, form([['id', String(partner.id)], ['decision', 'refuse'], ['logo', pending]]))).rejects.toMatchObject({ to: `/organise/partners/${partner.id}?logo=refused` });
    expect(getDb().select().from(partners).where(eq(partners.id, partner.id)).get()).toMatchObject({ logo: current, logoPending: null });
    session.actor = null;
    // No longer anyone's logo: nothing serves it.
    expect((await getUpload(pending)).status).toBe(404);
    expect(auditOf(partner.id).map((a) => a.action)).toEqual(['partner.logo_refuse']);
  });
});

describe('inviting a partner', () => {
  it('invites a person for organisations, with the mail in their language naming them and the deadline, linking to the configured address', async () => {
    createCampaign(getDb(), { year: 2098, registrationDeadline: new Date('2098-07-16T21:59:00Z') });
    const pag = createPartner(getDb(), { name: 'PAG-ASA', names: { nl: 'PAG-ASA vzw' } });
    const club = createPartner(getDb(), { name: 'Blue Runners' });
    const state = await invitePartnerAction(empty, form([['name', 'Pieter Peeters'], ['email', 'Pieter@PAG-ASA.example'], ['locale', 'nl'], ['partnerIds', String(pag.id)], ['partnerIds', String(club.id)]]));
    expect(state).toMatchObject({ ok: true, message: 'Invitation sent to pieter@pag-asa.example.' });
    const user = getDb().select().from(users).where(eq(users.email, 'pieter@pag-asa.example')).get()!;
    expect(user).toMatchObject({ role: 'partner', locale: 'nl', name: 'Pieter Peeters' });
    expect(getDb().select().from(partnerMembers).where(eq(partnerMembers.userId, user.id)).all().map((m) => m.partnerId).sort()).toEqual([pag.id, club.id].sort());
    const mail = getDb().select().from(outbox).where(eq(outbox.recipient, 'pieter@pag-asa.example')).get()!;
    expect(mail).toMatchObject({ kind: 'invitation', locale: 'nl', subject: 'U bent als partner uitgenodigd voor Blue Lights' });
    expect(mail.text).toContain('Blue Runners en PAG-ASA vzw');
    expect(mail.text).toContain('stands en evenementen van uw organisatie');
    expect(mail.text).toMatch(/tot .*2098/);
    expect(mail.text).toContain(`${process.env.AUTH_URL ?? 'http://localhost:3000'}/nl/sign-in`.replace(/\/\/+nl/, '/nl'));
    const audit = getDb().select().from(auditLog).where(eq(auditLog.entityId, user.id)).get()!;
    expect(audit).toMatchObject({ action: 'user.invite', after: { role: 'partner', partnerIds: [pag.id, club.id] } });
  });

  it('refuses without an organisation, with an address already invited, or an organisation that does not exist; nothing stored', async () => {
    const pag = createPartner(getDb());
    const before = { users: count(users), outbox: count(outbox) };
    const none = await invitePartnerAction(empty, form([['name', 'No Org'], ['email', 'no-org@example.org'], ['locale', 'fr']]));
    expect(none.fieldErrors.partnerIds).toEqual(['Choose at least one organisation.']);
    createUser(getDb(), { email: 'taken@example.org' });
    const taken = await invitePartnerAction(empty, form([['name', 'Taken'], ['email', 'taken@example.org'], ['locale', 'fr'], ['partnerIds', String(pag.id)]]));
    expect(taken.fieldErrors.email).toEqual(['Someone with this e-mail address is already invited.']);
    const gone = await invitePartnerAction(empty, form([['name', 'Gone'], ['email', 'gone@example.org'], ['locale', 'fr'], ['partnerIds', '999999']]));
    expect(gone.fieldErrors.partnerIds).toEqual(['One of these organisations no longer exists. Choose again.']);
    expect({ users: count(users), outbox: count(outbox) }).toEqual({ ...before, users: before.users + 1 });
  });
});

describe('a partner’s people', () => {
  it('change organisations, and are deactivated like a coordinator: their sessions end at once', async () => {
    const first = createPartner(getDb());
    const second = createPartner(getDb());
    const user = createPartnerUser(getDb(), { name: 'Petra Partner' }, [first.id]);
    getDb().insert(sessions).values({ sessionToken: `token-${user.id}`, userId: user.id, expires: new Date(Date.now() + 3_600_000) }).run();
    expect(await actorForSession(`token-${user.id}`)).toMatchObject({ role: 'partner', partnerIds: [first.id] });
    const moved = await setPartnerMembershipsAction(empty, form([['userId', user.id], ['partnerIds', String(second.id)]]));
    expect(moved).toMatchObject({ ok: true, message: 'The organisations of Petra Partner were saved.' });
    expect(await actorForSession(`token-${user.id}`)).toMatchObject({ partnerIds: [second.id] });
    expect((await setPartnerMembershipsAction(empty, form([['userId', user.id]]))).fieldErrors.partnerIds).toEqual(['Choose at least one organisation.']);
    const off = await setUserActiveAction(empty, form([['userId', user.id], ['active', 'false']]));
    expect(off.ok).toBe(true);
    expect(await actorForSession(`token-${user.id}`)).toBeNull();
    expect(getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([]);
  });
});

describe('the audit log', () => {
  it('tells a change to an organisation as a sentence, its kind in words', async () => {
    const { auditWords } = await import('@/app/[locale]/organise/audit/words');
    const { line } = await auditWords('en', { rows: [], total: 0, page: 1, pages: 1, pageSize: 50, cities: {} });
    const entry = {
      id: 1,
      at: new Date(),
      actor: { id: 'x', name: 'Olga Organiser', email: 'olga@example.org' },
      action: 'partner.update',
      entity: 'partner',
      entityId: '1',
      before: { kind: 'ngo' },
      after: { kind: 'sports_club' },
      subject: { building: 'Blue Runners' },
    };
    const said = line(entry);
    expect(said.sentence).toBe('Olga Organiser changed the partner Blue Runners.');
    expect(said.changes).toMatchObject([{ before: 'NGO', after: 'Sports club' }]);
    expect(line({ ...entry, action: 'partner.logo_approve', before: {}, after: {} }).sentence).toBe('Olga Organiser approved the new logo of Blue Runners.');
  });
});
