import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { approvedVersionOf } from '@/lib/demo/builders';
import { auditLog, buildings, campaigns } from '@/db/schema';
import { session } from '../helpers/acting-user';
import { mailsFor, startFileMailbox, waitForMail } from '../helpers/mailbox';
import { revalidatePath } from '../helpers/next-cache';
import { auditOf, deliver, edit, form, illumination, initial, openQueue, organiseWorld } from '../helpers/organise-fixtures';

// Only the request-bound parts of Next are stood in for: who is signed in,
// the cache, and translations. The database and the SMTP server are real.
vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next/cache', () => import('../helpers/next-cache'));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { reviewAction } = await import('@/app/[locale]/organise/review/actions');
const { sendSubmissionDigest } = await import('@/lib/review/mails');
const { listPublicLights } = await import('@/lib/lights/public');

const mailDir = startFileMailbox('review');
beforeEach(() => {
  revalidatePath.mockClear();
});

describe('reviewing registrations', () => {
  it('approves several at once: freezes the public version, revalidates the year, tells each city', async () => {
    const w = organiseWorld(2031);
    session.actor = w.organiserActor;
    const queue = await openQueue(w.organiserActor, 2031);
    const before = Date.now();
    const state = await reviewAction(
      initial,
      form([['decision', 'approve'], ['ids', String(w.citadelReg.id)], ['ids', String(w.belfryReg.id)], queue.field(w.citadelReg.id), queue.field(w.belfryReg.id), queue.field(w.theatreReg.id)]),
    );
    expect(state).toMatchObject({ ok: true, code: 'ok' });
    expect(state.message).toContain('2 registrations approved: ');

    const citadel = illumination(w.citadelReg.id);
    expect(citadel.status).toBe('approved');
    expect(citadel.approved).toEqual(approvedVersionOf(w.citadel, w.citadelReg));
    expect(citadel.approved).toMatchObject({ name: 'Namur Citadel', lightsOnMode: 'time', lightsOnTime: '21:30', lightsOffTime: '00:30' });
    expect(citadel.reviewedBy).toBe(w.organiser.id);
    expect(citadel.reviewedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(illumination(w.belfryReg.id).status).toBe('approved');
    expect(illumination(w.theatreReg.id).status).toBe('submitted');

    const lights = await listPublicLights(w.campaign.id);
    expect(lights.map((l) => l.name).sort()).toEqual(['Mons Belfry', 'Namur Citadel']);

    await deliver();
    const namurMail = await waitForMail(mailDir, w.coordinator.email);
    expect(namurMail.subject).toBe('Approved: Namur Citadel');
    expect(namurMail.text).toContain('Namur Citadel');
    expect(namurMail.text).not.toContain('Mons Belfry');
    const monsMail = await waitForMail(mailDir, w.monsCoordinator.email);
    expect(monsMail.subject).toBe('Approved: Mons Belfry');

    const audit = auditOf(w.citadelReg.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'illumination.approve', actorId: w.organiser.id });
    expect(audit[0]!.before).toMatchObject({ status: 'submitted', approved: null });
    expect(audit[0]!.after).toMatchObject({ status: 'approved', approved: { name: 'Namur Citadel' } });
  });

  it('requires a reason to reject, keeps the input, and changes nothing', async () => {
    const w = organiseWorld(2032);
    session.actor = w.organiserActor;
    const state = await reviewAction(
      initial,
      form([['decision', 'reject'], ['ids', String(w.theatreReg.id)], ['reason', '   ']]),
    );
    expect(state).toMatchObject({ ok: false, code: 'invalid', message: 'Please correct the fields marked below.' });
    expect(state.fieldErrors).toEqual({ reason: ['Give the coordinator a reason for the rejection.'] });
    expect(state.values).toMatchObject({ ids: String(w.theatreReg.id) });
    expect(illumination(w.theatreReg.id).status).toBe('submitted');
    expect(auditOf(w.theatreReg.id)).toEqual([]);

    const none = await reviewAction(initial, form([['decision', 'approve']]));
    expect(none.fieldErrors).toEqual({ ids: ['Select at least one registration.'] });

    // A row's own reject button reads that row's reason field, and names the error after it.
    const row = await reviewAction(initial, form([['decision', `reject:${w.theatreReg.id}`]]));
    expect(row.fieldErrors).toEqual({ [`reason:${w.theatreReg.id}`]: ['Give the coordinator a reason for the rejection.'] });
  });

  it('rejects one row with its reason, mails the reason, and never makes it public', async () => {
    const w = organiseWorld(2033);
    session.actor = w.organiserActor;
    const reason = 'The photo shows another building; <b>please</b> send one of the citadel.';
    const queue = await openQueue(w.organiserActor, 2033);
    const state = await reviewAction(
      initial,
      form([['decision', `reject:${w.citadelReg.id}`], [`reason:${w.citadelReg.id}`, reason], ['reason', ''], queue.field(w.citadelReg.id)]),
    );
    expect(state).toMatchObject({ ok: true, code: 'ok' });
    const row = illumination(w.citadelReg.id);
    expect(row).toMatchObject({ status: 'rejected', reviewReason: reason, approved: null, reviewedBy: w.organiser.id });
    expect(await listPublicLights(w.campaign.id)).toEqual([]);

    await deliver();
    const mail = await waitForMail(mailDir, w.coordinator.email);
    expect(mail.subject).toBe('Not approved: Namur Citadel');
    expect(mail.text).toContain(`Reason: ${reason}`);
    // The reason is text in the HTML part, never markup.
    expect(mail.html).toContain('&lt;b&gt;please&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>please</b>');
    expect(auditOf(w.citadelReg.id)[0]).toMatchObject({ action: 'illumination.reject', after: { status: 'rejected', reviewReason: reason } });
  });

  it('keeps the earlier approved version on the map when an edit is rejected', async () => {
    const w = organiseWorld(2034);
    session.actor = w.organiserActor;
    const first = await openQueue(w.organiserActor, 2034);
    await reviewAction(initial, form([['decision', `approve:${w.citadelReg.id}`], first.field(w.citadelReg.id)]));
    const approved = illumination(w.citadelReg.id).approved;
    // The coordinator edits it: the building's facts change and it goes back to review.
    await edit(w.coordinatorActor, w.citadelReg, { name: 'Namur Citadel (renamed)' });

    const again = await openQueue(w.organiserActor, 2034);
    const state = await reviewAction(
      initial,
      form([['decision', 'reject'], ['ids', String(w.citadelReg.id)], ['reason', 'Keep the historic name.'], again.field(w.citadelReg.id)]),
    );
    expect(state.ok).toBe(true);
    const row = illumination(w.citadelReg.id);
    expect(row.status).toBe('rejected');
    expect(row.approved).toEqual(approved);
    expect((await listPublicLights(w.campaign.id)).map((l) => l.name)).toEqual(['Namur Citadel']);
    await deliver();
    const mails = await mailsFor(mailDir, w.coordinator.email);
    expect(mails.at(-1)?.text).toContain('the version approved earlier stays on the public map');
  });

  it('tells the coordinator of an unpublished campaign that the building shows on the public map once the campaign is published', async () => {
    const w = organiseWorld(2039);
    getDb().update(campaigns).set({ published: false }).where(eq(campaigns.id, w.campaign.id)).run();
    session.actor = w.organiserActor;
    const queue = await openQueue(w.organiserActor, 2039);
    await reviewAction(initial, form([['decision', `approve:${w.citadelReg.id}`], queue.field(w.citadelReg.id)]));
    expect(illumination(w.citadelReg.id).status).toBe('approved');
    // Approved, and not on the public map while the campaign is unpublished: the mail must not say it is.
    await deliver();
    const mail = await waitForMail(mailDir, w.coordinator.email);
    expect(mail.subject).toBe('Approved: Namur Citadel');
    expect(mail.text).toContain('It will show on the public map once the 2039 campaign is published.');
    expect(mail.text).not.toContain('on the public map now');

    // Once published, the next approval says it is on the map now.
    getDb().update(campaigns).set({ published: true }).where(eq(campaigns.id, w.campaign.id)).run();
    const again = await openQueue(w.organiserActor, 2039);
    await reviewAction(initial, form([['decision', `approve:${w.theatreReg.id}`], again.field(w.theatreReg.id)]));
    await deliver();
    const later = await waitForMail(mailDir, w.coordinator.email, 1);
    expect(later.subject).toBe('Approved: Royal Theatre of Namur');
    expect(later.text).toContain('It is on the public map now.');
  });

  it('points out in the queue a building far from its city’s centre, or across a border, with the distance', async () => {
    const w = organiseWorld(2040);
    // The theatre placed in Liège by mistake (54 km from Namur's centre), the belfry just across the French border from Mons.
    getDb().update(buildings).set({ lat: 50.6455, lng: 5.5734 }).where(eq(buildings.id, w.theatre.id)).run();
    getDb().update(buildings).set({ lat: 50.33, lng: 3.97 }).where(eq(buildings.id, w.belfry.id)).run();
    const { queue } = await openQueue(w.organiserActor, 2040);
    const far = Object.fromEntries(queue.map((q) => [q.building.name, q.far]));
    expect(far).toEqual({
      'Namur Citadel': null,
      'Royal Theatre of Namur': { reason: 'distance', km: 54 },
      'Mons Belfry': { reason: 'border', km: 14 },
    });
  });

  it('reviews all or nothing: one registration reviewed meanwhile leaves the whole batch untouched', async () => {
    const w = organiseWorld(2035);
    session.actor = w.organiserActor;
    // Two organisers open the queue; the other one approves the belfry first.
    const queue = await openQueue(w.organiserActor, 2035);
    await reviewAction(initial, form([['decision', `approve:${w.belfryReg.id}`], queue.field(w.belfryReg.id)]));
    const state = await reviewAction(
      initial,
      form([['decision', 'approve'], ['ids', String(w.theatreReg.id)], ['ids', String(w.belfryReg.id)], queue.field(w.theatreReg.id), queue.field(w.belfryReg.id)]),
    );
    expect(state).toMatchObject({ ok: false, code: 'conflict' });
    expect(illumination(w.theatreReg.id).status).toBe('submitted');
    expect(auditOf(w.theatreReg.id)).toEqual([]);
  });

  it('refuses coordinators and the public, and changes nothing', async () => {
    const w = organiseWorld(2036);
    session.actor = w.coordinatorActor;
    const asCoordinator = await reviewAction(initial, form([['decision', `approve:${w.citadelReg.id}`]]));
    expect(asCoordinator).toMatchObject({ ok: false, code: 'forbidden' });
    session.actor = null;
    const asPublic = await reviewAction(initial, form([['decision', `approve:${w.citadelReg.id}`]]));
    expect(asPublic).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(illumination(w.citadelReg.id).status).toBe('submitted');
  });

  it('sends organisers a digest of the submissions since the last digest, once', async () => {
    const w = organiseWorld(2037);
    const first = await sendSubmissionDigest('system');
    expect(first.items).toBeGreaterThanOrEqual(3);
    await deliver();
    const mail = await waitForMail(mailDir, w.organiser.email);
    expect(mail.subject).toMatch(/new registrations to review$/);
    expect(mail.text).toContain('Namur Citadel (Namur');
    expect(mail.text).toContain('Royal Theatre of Namur');

    expect(await sendSubmissionDigest('system')).toEqual({ items: 0, recipients: 0 });
    expect(await mailsFor(mailDir, w.organiser.email)).toHaveLength(1);

    // A later submission makes the next digest, alone.
    const later = organiseWorld(2038);
    const second = await sendSubmissionDigest(w.organiserActor);
    expect(second.items).toBe(3);
    await deliver();
    const next = await waitForMail(mailDir, later.organiser.email);
    expect(next.text).toContain('(Namur 2038');
    expect(next.text).not.toContain('2037');
    const digests = getDb().select().from(auditLog).where(eq(auditLog.action, 'digest.sent')).all();
    expect(digests).toHaveLength(2);
  });
});
