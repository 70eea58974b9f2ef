import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createCampaign, createIllumination } from '@/lib/demo/builders';
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
const { listPublicLights } = await import('@/lib/lights/public');

const mailDir = startFileMailbox('review-versions');
beforeEach(() => {
  revalidatePath.mockClear();
});

describe('an approval approves what the organiser saw', () => {
  const approveAudits = (id: number) => auditOf(id).filter((a) => a.action.startsWith('illumination.approve') || a.action.startsWith('illumination.reject'));

  it('refuses to approve a registration edited after the queue was opened, and approves nothing', async () => {
    const w = organiseWorld(2041);
    session.actor = w.organiserActor;
    const queue = await openQueue(w.organiserActor, 2041);
    // The coordinator changes the description while the organiser reads the queue.
    await edit(w.coordinatorActor, w.citadelReg, { description: 'Open late on 30 July: the whole citadel lit blue.' });

    const state = await reviewAction(initial, form([['decision', `approve:${w.citadelReg.id}`], queue.field(w.citadelReg.id)]));
    expect(state).toMatchObject({ ok: false, code: 'conflict' });
    expect(state.message).toBe('“Namur Citadel” changed since you opened it — review again. Nothing was decided for it.');
    const row = illumination(w.citadelReg.id);
    expect(row).toMatchObject({ status: 'submitted', approved: null, reviewedBy: null });
    expect(approveAudits(w.citadelReg.id)).toEqual([]);
    expect(await listPublicLights(w.campaign.id)).toEqual([]);
    // The page is rendered again, so that it shows the registration as it is now.
    expect(revalidatePath).toHaveBeenCalled();

    // Opened again, the queue shows the new text under a new version, which can be approved.
    const again = await openQueue(w.organiserActor, 2041);
    expect(again.queue.find((q) => q.id === w.citadelReg.id)?.building.description).toBe('Open late on 30 July: the whole citadel lit blue.');
    expect(again.field(w.citadelReg.id)).not.toEqual(queue.field(w.citadelReg.id));
    const approved = await reviewAction(initial, form([['decision', `approve:${w.citadelReg.id}`], again.field(w.citadelReg.id)]));
    expect(approved).toMatchObject({ ok: true, code: 'ok' });
    expect(illumination(w.citadelReg.id).approved).toMatchObject({ description: 'Open late on 30 July: the whole citadel lit blue.' });
  });

  it('refuses when the building was edited through its registration of another year', async () => {
    const w = organiseWorld(2042);
    session.actor = w.organiserActor;
    // The citadel also takes part in another campaign; its facts are shared by both registrations.
    const other = createCampaign(getDb(), { year: 2043 });
    const otherReg = createIllumination(getDb(), { campaignId: other.id, buildingId: w.citadel.id, status: 'approved', lightsOffTime: '23:00' });
    const queue = await openQueue(w.organiserActor, 2042);
    await edit(w.coordinatorActor, otherReg, { name: 'Citadel of Namur', lat: 50.4601 });
    // This year's registration itself was not touched: only what it would freeze changed.
    expect(illumination(w.citadelReg.id).updatedAt).toEqual(w.citadelReg.updatedAt);

    const state = await reviewAction(initial, form([['decision', `approve:${w.citadelReg.id}`], queue.field(w.citadelReg.id)]));
    expect(state).toMatchObject({ ok: false, code: 'conflict' });
    expect(state.message).toContain('“Citadel of Namur” changed since you opened it — review again.');
    expect(illumination(w.citadelReg.id)).toMatchObject({ status: 'submitted', approved: null });
    expect(approveAudits(w.citadelReg.id)).toEqual([]);
  });

  it('decides the unchanged registrations of a bulk decision and skips and names the changed one', async () => {
    const w = organiseWorld(2044);
    session.actor = w.organiserActor;
    const monsActor = { id: w.monsCoordinator.id, role: 'coordinator' as const, cityIds: [w.mons.id] };
    const queue = await openQueue(w.organiserActor, 2044);
    await edit(monsActor, w.belfryReg, { lightsOffTime: '01:00' });

    const state = await reviewAction(
      initial,
      form([['decision', 'approve'], ['ids', String(w.citadelReg.id)], ['ids', String(w.belfryReg.id)], queue.field(w.citadelReg.id), queue.field(w.belfryReg.id), ['reason', '']]),
    );
    expect(state).toMatchObject({ ok: false, code: 'conflict' });
    expect(state.message).toBe(
      'Namur Citadel approved; it is on the public map now. “Mons Belfry” changed since you opened it — review again. Nothing was decided for it.',
    );
    // Nothing stays checked: the changed one must be chosen again after a look.
    expect(state.values?.ids).toBeUndefined();

    expect(illumination(w.citadelReg.id)).toMatchObject({ status: 'approved', reviewedBy: w.organiser.id });
    expect(illumination(w.belfryReg.id)).toMatchObject({ status: 'submitted', approved: null, reviewedBy: null });
    expect(approveAudits(w.belfryReg.id)).toEqual([]);
    expect((await listPublicLights(w.campaign.id)).map((l) => l.name)).toEqual(['Namur Citadel']);
    await deliver();
    expect((await waitForMail(mailDir, w.coordinator.email)).subject).toBe('Approved: Namur Citadel');
    expect(await mailsFor(mailDir, w.monsCoordinator.email)).toEqual([]);

    // The queue shows the skipped one again (now last: oldest first), with its new lighting time.
    const again = await openQueue(w.organiserActor, 2044);
    expect(again.queue.map((q) => [q.building.name, q.lightsOffTime])).toEqual([['Royal Theatre of Namur', '23:00'], ['Mons Belfry', '01:00']]);
  });

  it('names every changed registration of a bulk rejection and rejects nothing for text it was not written for', async () => {
    const w = organiseWorld(2045);
    session.actor = w.organiserActor;
    const monsActor = { id: w.monsCoordinator.id, role: 'coordinator' as const, cityIds: [w.mons.id] };
    const queue = await openQueue(w.organiserActor, 2045);
    await edit(w.coordinatorActor, w.citadelReg, { address: 'Route Merveilleuse 1' });
    await edit(monsActor, w.belfryReg, { kind: 'town_hall' });

    const state = await reviewAction(
      initial,
      form([['decision', 'reject'], ['ids', String(w.citadelReg.id)], ['ids', String(w.belfryReg.id)], queue.field(w.citadelReg.id), queue.field(w.belfryReg.id), ['reason', 'No photo.']]),
    );
    expect(state).toMatchObject({ ok: false, code: 'conflict' });
    expect(state.message).toBe('2 registrations changed since you opened them — review again: Namur Citadel and Mons Belfry. Nothing was decided for them.');
    // The reason typed stays in the form.
    expect(state.values?.reason).toBe('No photo.');
    for (const reg of [w.citadelReg, w.belfryReg]) {
      expect(illumination(reg.id)).toMatchObject({ status: 'submitted', reviewReason: null, reviewedBy: null });
      expect(approveAudits(reg.id)).toEqual([]);
    }
  });

  it('refuses a decision that names no version, as if the registration had changed', async () => {
    const w = organiseWorld(2046);
    session.actor = w.organiserActor;
    const state = await reviewAction(initial, form([['decision', `reject:${w.theatreReg.id}`], [`reason:${w.theatreReg.id}`, 'Which theatre?']]));
    expect(state).toMatchObject({ ok: false, code: 'conflict' });
    expect(state.message).toContain('“Royal Theatre of Namur” changed since you opened it — review again.');
    expect(illumination(w.theatreReg.id)).toMatchObject({ status: 'submitted', reviewReason: null });
  });
});
