'use server';

import { formAction, on } from '@/app/_lib/form-actions';
import { doneWithNextStep, type NextStepState } from '../_lib/next-step';
import { createCampaign, DateOutsideYearError, DuplicateYearError, NotPublishedError, setMapCampaign, UnknownCampaignError, updateCampaign } from '@/lib/campaigns/campaigns';
import { canManageCampaigns } from '@/lib/permissions';
import { campaignFormInput, mapCampaignSchema, parseEditCampaign, parseNewCampaign, toCampaignInput } from '@/lib/validation/campaigns';

const ORGANISE = ['/[locale]/organise'];

/** Creates next year's campaign. */
export const createCampaignAction = formAction({
  namespace: 'Campaigns',
  can: canManageCampaigns,
  parse: (form) => parseNewCampaign(campaignFormInput(form)),
  run: (actor, campaign) => createCampaign(actor, { ...toCampaignInput(campaign), year: campaign.year }),
  errors: [on(DuplicateYearError, { field: 'year', message: 'errors.duplicateYear' })],
  revalidate: ORGANISE,
  done: (campaign, t): Promise<NextStepState> => doneWithNextStep(t('created', { year: campaign.year }), campaign.year),
});

/** Saves a campaign's date, theme, deadline (e.g. to extend it) and publication. */
export const updateCampaignAction = formAction({
  namespace: 'Campaigns',
  can: canManageCampaigns,
  parse: (form) => parseEditCampaign(campaignFormInput(form)),
  run: (actor, campaign) => updateCampaign(actor, campaign.id, toCampaignInput(campaign)),
  errors: [on(UnknownCampaignError, 'notFound'), on(DateOutsideYearError, { field: 'eventDate', message: 'errors.dateInYear' })],
  revalidate: ORGANISE,
  done: (campaign, t): Promise<NextStepState> => doneWithNextStep(t('saved', { year: campaign.year }), campaign.year),
});

/** Chooses which campaign the public map shows ("none": the latest published). */
export const setMapCampaignAction = formAction({
  namespace: 'Campaigns',
  can: canManageCampaigns,
  parse: (form) => mapCampaignSchema.safeParse({ id: form.get('id') }),
  run: (actor, { id }) => setMapCampaign(actor, id === 'none' ? null : id),
  errors: [on(UnknownCampaignError, 'notFound'), on(NotPublishedError, { field: 'id', message: 'errors.notPublished' })],
  revalidate: ORGANISE,
  done: (_, t) => t('mapChosen'),
});
