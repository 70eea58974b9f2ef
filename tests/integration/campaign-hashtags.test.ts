/**
 * Organisers set a campaign's hashtags in its form: saved through the real
 * server action on real SQLite, recorded in the audit log, seen by the public
 * data at once; bad ones answered field by field, nothing stored; nobody
 * else may change them.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createCampaign, createUser } from '@/lib/demo/builders';
import { auditLog, campaigns } from '@/db/schema';
import { DEFAULT_CAMPAIGN_HASHTAGS } from '@/lib/constants';
import { currentPublicRevision } from '@/lib/public-data/revision';
import { actorOf, form, organiseWorld } from '../helpers/organise-fixtures';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next/cache', () => import('../helpers/next-cache'));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { createCampaignAction, updateCampaignAction } = await import('@/app/[locale]/organise/campaigns/actions');
const { getPublishedCampaign } = await import('@/lib/campaigns/campaigns');
const { toPublicCampaign } = await import('@/lib/lights/public');

const empty = { ok: false, message: '', fieldErrors: {} };
const organiser = () => actorOf(createUser(getDb(), { role: 'organiser' }));
const hashtagsOf = (id: number) => getDb().select({ h: campaigns.hashtags }).from(campaigns).where(eq(campaigns.id, id)).get()!.h;

/** The edit form as the page sends it, with the hashtags as typed. */
function editForm(id: number, year: number, hashtags?: string) {
  const entries: [string, string][] = [
    ['id', String(id)], ['eventDate', `${year}-07-30`], ['theme_en', 'Light the way'], ['registrationDeadline', `${year}-07-16`], ['published', 'on'],
  ];
  if (hashtags !== undefined) entries.push(['hashtags', hashtags]);
  return form(entries);
}

describe('a campaign’s hashtags', () => {
  it('are saved as typed (spaces or commas, # optional), audited, and public at once', async () => {
    const actor = organiser();
    session.actor = actor;
    const campaign = createCampaign(getDb(), { year: 2071 });
    expect(hashtagsOf(campaign.id)).toEqual(DEFAULT_CAMPAIGN_HASHTAGS);
    const before = await currentPublicRevision();

    const saved = await updateCampaignAction(empty, editForm(campaign.id, 2071, '#BlueHeart, Brugge2027 #JournéeMondiale'));
    expect(saved).toMatchObject({ ok: true, message: 'The 2071 campaign was saved.' });
    expect(hashtagsOf(campaign.id)).toEqual(['BlueHeart', 'Brugge2027', 'JournéeMondiale']);
    // The public pages read them from the public data, which has moved on.
    expect(await currentPublicRevision()).toBeGreaterThan(before);
    expect(toPublicCampaign((await getPublishedCampaign(2071))!).hashtags).toEqual(['BlueHeart', 'Brugge2027', 'JournéeMondiale']);

    const entry = getDb().select().from(auditLog).where(eq(auditLog.entityId, String(campaign.id))).all().at(-1)!;
    expect(entry).toMatchObject({ action: 'campaign.update', actorId: actor.id });
    expect(entry.before).toMatchObject({ hashtags: DEFAULT_CAMPAIGN_HASHTAGS });
    expect(entry.after).toMatchObject({ hashtags: ['BlueHeart', 'Brugge2027', 'JournéeMondiale'] });

    // Emptied: no hashtags at all.
    expect((await updateCampaignAction(empty, editForm(campaign.id, 2071, '  '))).ok).toBe(true);
    expect(hashtagsOf(campaign.id)).toEqual([]);
  });

  it('answer bad ones field by field, naming each, and store nothing', async () => {
    session.actor = organiser();
    const campaign = createCampaign(getDb(), { year: 2072, hashtags: ['Kept'] });
    const bad = await updateCampaignAction(empty, editForm(campaign.id, 2072, '#Blue-Heart #2027 #fine'));
    expect(bad).toMatchObject({ ok: false, code: 'invalid', message: 'Please correct the fields marked below.' });
    expect(bad.fieldErrors).toEqual({
      hashtags: [
        '“Blue-Heart” cannot be a hashtag: use only letters, digits and _ (no spaces, hyphens, dots or apostrophes), e.g. BlueHeart.',
        '“2027” needs at least one letter: the networks do not link a hashtag of digits alone.',
      ],
    });
    expect(bad.values).toMatchObject({ hashtags: '#Blue-Heart #2027 #fine' });

    const many = await updateCampaignAction(empty, editForm(campaign.id, 2072, 'a b c d e f'));
    expect(many.fieldErrors).toEqual({ hashtags: ['Use at most 5 hashtags.'] });
    const long = await updateCampaignAction(empty, editForm(campaign.id, 2072, `#${'x'.repeat(41)}`));
    expect(long.fieldErrors).toEqual({ hashtags: [`“${'x'.repeat(41)}” is too long: a hashtag has at most 40 characters.`] });
    expect(hashtagsOf(campaign.id)).toEqual(['Kept']);
    // Nothing else of the form was saved either.
    expect(getDb().select().from(campaigns).where(eq(campaigns.id, campaign.id)).get()!.theme).toEqual({ en: 'Blue Lights 2072' });
  });

  it('are kept by a form without the field, and given by default to a new campaign', async () => {
    session.actor = organiser();
    const campaign = createCampaign(getDb(), { year: 2073, hashtags: ['Kept'] });
    expect((await updateCampaignAction(empty, editForm(campaign.id, 2073))).ok).toBe(true);
    expect(hashtagsOf(campaign.id)).toEqual(['Kept']);

    const created = await createCampaignAction(empty, form([
      ['year', '2074'], ['eventDate', '2074-07-30'], ['theme_en', 'New'], ['registrationDeadline', '2074-07-16'], ['hashtags', '#Nieuw #BlueHeart'],
    ]));
    expect(created.ok).toBe(true);
    expect(getDb().select().from(campaigns).where(eq(campaigns.year, 2074)).get()!.hashtags).toEqual(['Nieuw', 'BlueHeart']);
    const plain = await createCampaignAction(empty, form([['year', '2075'], ['eventDate', '2075-07-30'], ['theme_en', 'New'], ['registrationDeadline', '2075-07-16']]));
    expect(plain.ok).toBe(true);
    expect(getDb().select().from(campaigns).where(eq(campaigns.year, 2075)).get()!.hashtags).toEqual(DEFAULT_CAMPAIGN_HASHTAGS);
  });

  it('may be changed by organisers only', async () => {
    const w = organiseWorld(2076);
    for (const actor of [w.coordinatorActor, null]) {
      session.actor = actor;
      const refused = await updateCampaignAction(empty, editForm(w.campaign.id, 2076, '#Hijacked'));
      expect(refused).toMatchObject({ ok: false, code: actor ? 'forbidden' : 'unauthenticated' });
    }
    expect(hashtagsOf(w.campaign.id)).toEqual(DEFAULT_CAMPAIGN_HASHTAGS);
  });
});
