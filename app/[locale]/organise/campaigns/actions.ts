'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { publicDataChanged } from '@/app/_lib/public-data';
import { currentActor } from '@/app/_auth/current-actor';
import { fieldError, notFoundState, refused, unexpected } from '@/app/_lib/action-results';
import type { ActionState } from '@/lib/action-state';
import { CAMPAIGNS_TAG, lightsTag } from '@/lib/cache-tags';
import { createCampaign, DateOutsideYearError, DuplicateYearError, NotPublishedError, setMapCampaign, UnknownCampaignError, updateCampaign } from '@/lib/campaigns';
import { canManageCampaigns } from '@/lib/permissions';
import { campaignFormInput, mapCampaignSchema, parseEditCampaign, parseNewCampaign, toCampaignInput } from '@/lib/validation/campaigns';
import { invalidIn } from '../_lib/results';

/** Public pages read campaigns (theme, date, which one the map shows) from the cache. */
function revalidateCampaigns(years: number[]) {
  publicDataChanged(CAMPAIGNS_TAG, ...new Set(years.map(lightsTag)));
  revalidatePath('/[locale]/organise', 'layout');
}

export async function createCampaignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canManageCampaigns(actor)) return refused(actor);
  const parsed = parseNewCampaign(campaignFormInput(formData));
  if (!parsed.success) return invalidIn('Campaigns', parsed.error, formData);
  const t = await getTranslations('Campaigns');
  try {
    const campaign = await createCampaign(actor, { ...toCampaignInput(parsed.data), year: parsed.data.year });
    revalidateCampaigns([campaign.year]);
    return { ok: true, code: 'ok', message: t('created', { year: campaign.year }), fieldErrors: {} };
  } catch (error) {
    if (error instanceof DuplicateYearError) return fieldError('year', t('errors.duplicateYear'), formData);
    return unexpected(error, formData);
  }
}

/** Saves a campaign's date, theme, deadline (e.g. to extend it) and publication. */
export async function updateCampaignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canManageCampaigns(actor)) return refused(actor);
  const parsed = parseEditCampaign(campaignFormInput(formData));
  if (!parsed.success) return invalidIn('Campaigns', parsed.error, formData);
  const t = await getTranslations('Campaigns');
  try {
    const campaign = await updateCampaign(actor, parsed.data.id, toCampaignInput(parsed.data));
    revalidateCampaigns([campaign.year]);
    return { ok: true, code: 'ok', message: t('saved', { year: campaign.year }), fieldErrors: {} };
  } catch (error) {
    if (error instanceof UnknownCampaignError) return notFoundState();
    if (error instanceof DateOutsideYearError) return fieldError('eventDate', t('errors.dateInYear'), formData);
    return unexpected(error, formData);
  }
}

/** Chooses which campaign the public map shows ("none": the latest published). */
export async function setMapCampaignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canManageCampaigns(actor)) return refused(actor);
  const parsed = mapCampaignSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) return invalidIn('Campaigns', parsed.error, formData);
  const t = await getTranslations('Campaigns');
  try {
    const { years } = await setMapCampaign(actor, parsed.data.id === 'none' ? null : parsed.data.id);
    revalidateCampaigns(years);
    return { ok: true, code: 'ok', message: t('mapChosen'), fieldErrors: {} };
  } catch (error) {
    if (error instanceof UnknownCampaignError) return notFoundState();
    if (error instanceof NotPublishedError) return fieldError('id', t('errors.notPublished'), formData);
    return unexpected(error, formData);
  }
}
