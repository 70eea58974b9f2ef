'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { FileField, FormMessage, SelectField, SubmitButton } from '@/components/forms';
import { useRouter } from '@/i18n/navigation';
import { initialActionState } from '@/lib/action-state';
import { confirmImportAction, discardImportAction, uploadImportAction, type ImportState } from './actions';

/** After a success the action names the page to show next; the browser goes there. */
function useNext(state: ImportState) {
  const router = useRouter();
  useEffect(() => {
    if (state.ok && state.next) router.push(state.next);
    // A refusal because the stored data changed since the preview: show the rows as they are now.
    else if (state.code === 'conflict') router.refresh();
  }, [state, router]);
}

export function UploadForm({ campaigns, defaultCampaign, maxMegabytes, maxRows }: { campaigns: { id: number; label: string }[]; defaultCampaign?: number; maxMegabytes: number; maxRows: number }) {
  const t = useTranslations('Import');
  const [state, action] = useActionState(uploadImportAction, initialActionState);
  useNext(state);
  const campaignId = state.ok ? undefined : state.values?.campaignId;
  return (
    <form action={action} noValidate className="card" aria-labelledby="upload-heading">
      <FormMessage state={state} />
      <SelectField
        name="campaignId"
        id="import-campaign"
        label={t('campaign')}
        hint={t('campaignHint')}
        defaultValue={campaignId ?? (defaultCampaign ? String(defaultCampaign) : undefined)}
        errors={state.fieldErrors.campaignId}
        options={campaigns.map((c) => ({ value: c.id, label: c.label }))}
      />
      <FileField
        name="file"
        id="import-file"
        label={t('file', { max: maxMegabytes, rows: maxRows })}
        hint={t('fileHint')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        errors={state.fieldErrors.file}
        required
      />
      <SubmitButton pendingLabel={t('checking')}>{t('check')}</SubmitButton>
    </form>
  );
}

/** Import all rows (a file without errors) or only the good ones; the count shown is sent along and checked again. */
export function ConfirmForm({ id, valid, withErrors }: { id: string; valid: number; withErrors: number }) {
  const t = useTranslations('Import');
  const [state, action] = useActionState(confirmImportAction, initialActionState);
  useNext(state);
  return (
    <form action={action} className="import-confirm">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expected" value={valid} />
      <input type="hidden" name="mode" value={withErrors === 0 ? 'all' : 'valid'} />
      <SubmitButton pendingLabel={t('importing')}>{withErrors === 0 ? t('confirmAll', { count: valid }) : t('confirmValid', { count: valid })}</SubmitButton>
    </form>
  );
}

export function DiscardForm({ id }: { id: string }) {
  const t = useTranslations('Import');
  const [state, action] = useActionState(discardImportAction, initialActionState);
  useNext(state);
  return (
    <form action={action} className="import-discard">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton className="button secondary">{t('discard')}</SubmitButton>
    </form>
  );
}
