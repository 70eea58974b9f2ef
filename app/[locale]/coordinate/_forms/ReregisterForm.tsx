'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxGroupField, FormMessage, SubmitButton } from '@/components/forms';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { reregisterAction } from '../actions';

export type ReturningOption = { id: number; label: string; name: string };

/**
 * "Same as last year": register again one by one (ticked) or all at once.
 * Both forms share one answer, so the message shown is always the last one.
 */
export function ReregisterForm({ campaignId, buildings }: { campaignId: number; buildings: ReturningOption[] }) {
  const t = useTranslations('Coordinate');
  const [state, action] = useActionState<ActionState, FormData>(reregisterAction, initialActionState);
  return (
    <div className="returning">
      <FormMessage state={state} />
      <form action={action}>
        <input type="hidden" name="campaignId" value={campaignId} />
        <CheckboxGroupField
          name="buildingIds"
          legend={t('returningLegend')}
          options={buildings.map((b) => ({ value: b.id, label: b.label }))}
          errors={state.fieldErrors.buildingIds}
        />
        <SubmitButton className="button secondary">{t('reregisterSelected')}</SubmitButton>
      </form>
      <form action={action}>
        <input type="hidden" name="campaignId" value={campaignId} />
        {buildings.map((b) => (
          <input key={b.id} type="hidden" name="buildingIds" value={b.id} />
        ))}
        <SubmitButton>{t('reregisterAll', { count: buildings.length })}</SubmitButton>
      </form>
    </div>
  );
}
