'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, Choice, FieldErrors, FormMessage, SubmitButton, TextAreaField } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { reviewAction, sendDigestAction } from './actions';
import { EditChanges } from './EditChanges';
import { ReviewQueueForm } from './ReviewQueueForm';
import { RowDecision } from './RowDecision';

export type ReviewRow = {
  id: number;
  year: number;
  name: string;
  /** Its names in other languages, as the organiser would approve them. */
  otherNames: { lang: string; language: string; name: string }[];
  kind: string;
  address: string;
  description: string;
  lat: number;
  lng: number;
  city: string;
  province: string;
  lightsOn: string;
  lightsOff: string;
  photoUrl: string | null;
  submittedBy: string | null;
  updatedAt: string;
  isEdit: boolean;
  /** Imported without coordinates: still at its city's centre. */
  needsPlacing: boolean;
  /** Far from its city's centre, or across a border ("23 km from the centre of Ghent…"), or null. */
  far: string | null;
  changes: string[];
  /** The version of the registration this row shows; the decision names it. */
  version: string;
};

/**
 * The queue as one form: check rows and decide for all of them below the
 * table, or decide one row with its own buttons (`approve:ID`, `reject:ID`
 * with that row's reason). Each row sends the version it shows (`version:ID`),
 * so that a registration edited meanwhile is not decided unseen.
 */
export function ReviewForm({ rows }: { rows: ReviewRow[] }) {
  const t = useTranslations('Review');
  const [state, action] = useActionState(reviewAction, initialActionState);
  const field = bindFields(state);
  const checked = new Set(field('ids').defaultValue.split(',').filter(Boolean).map(Number));
  // A fresh form after a decision, and whenever a row now shows other content than
  // before: what the browser still had checked was chosen for the content shown then.
  const shown = rows.map((r) => `${r.id}:${r.version}`).join(' ');
  return (
    <ReviewQueueForm state={state} action={action} empty={rows.length === 0} formKey={`${state.ok ? state.message : 'review'} ${shown}`}>
      <FieldErrors id="ids-error" errors={state.fieldErrors.ids} />
      <table className="data review-table">
        <caption>{t('caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('select')}</th>
            <th scope="col">{t('building')}</th>
            <th scope="col">{t('city')}</th>
            <th scope="col">{t('times')}</th>
            <th scope="col">{t('submitted')}</th>
            <th scope="col">{t('decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const reason = field(`reason:${r.id}`);
            return (
              <tr key={r.id} data-testid={`review-${r.id}`}>
                <td data-label={t('select')}>
                  <input type="hidden" name={`version:${r.id}`} value={r.version} />
                  {/* One choice of the group "which rows"; its errors stand above the table. */}
                  <Choice
                    type="checkbox"
                    name="ids"
                    value={r.id}
                    id={`select-${r.id}`}
                    defaultChecked={checked.has(r.id)}
                    label={<span className="visually-hidden">{t('selectOne', { name: r.name })}</span>}
                    invalid={Boolean(state.fieldErrors.ids)}
                    aria-describedby={state.fieldErrors.ids ? 'ids-error' : undefined}
                  />
                </td>
                <th scope="row">
                  <strong>{r.name}</strong> <span className="muted">({r.kind})</span>
                  {r.otherNames.length ? (
                    <ul className="review-other-names" aria-label={t('otherNames')}>
                      {r.otherNames.map((n) => (
                        <li key={n.lang}>
                          <span className="muted">{n.language}:</span> <span lang={n.lang}>{n.name}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <br />
                  )}
                  {r.address}
                  <br />
                  <a href={`https://www.openstreetmap.org/?mlat=${r.lat}&mlon=${r.lng}#map=18/${r.lat}/${r.lng}`} rel="noopener" target="_blank">
                    {t('coordinates', { lat: r.lat.toFixed(5), lng: r.lng.toFixed(5) })}
                  </a>
                  {r.needsPlacing ? <p className="changed">{t('needsPlacing')}</p> : null}
                  {r.far ? (
                    <p className="changed" data-testid="far-from-city">
                      {r.far}
                    </p>
                  ) : null}
                  {r.description ? <p className="building__description">{r.description}</p> : null}
                  {r.photoUrl ? (
                    <a href={r.photoUrl} target="_blank" rel="noopener">
                      {/* eslint-disable-next-line @next/next/no-img-element -- served by our own photo route, already resized */}
                      <img src={r.photoUrl} alt={t('photoOf', { name: r.name })} className="review-photo" loading="lazy" />
                    </a>
                  ) : (
                    <p className="muted">{t('noPhoto')}</p>
                  )}
                  {r.isEdit ? <EditChanges note={t('isEdit')} changes={r.changes} /> : null}
                </th>
                <td data-label={t('city')}>
                  {r.city}
                  <br />
                  <span className="muted">{r.province}</span>
                  <br />
                  {r.year}
                </td>
                <td data-label={t('times')}>
                  {t('lightsOn', { time: r.lightsOn })}
                  <br />
                  {t('lightsOff', { time: r.lightsOff })}
                </td>
                <td data-label={t('submitted')}>
                  {r.submittedBy ?? '—'}
                  <br />
                  <span className="muted">{r.updatedAt}</span>
                </td>
                <td data-label={t('decision')}>
                  <RowDecision
                    id={r.id}
                    name={r.name}
                    reason={reason}
                    reasonId={`reason-${r.id}`}
                    labels={{ approve: t('approve'), reject: t('reject'), reason: t('reason'), rejectOne: t('rejectOne', { name: r.name }) }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <fieldset className="bulk-review card">
        <legend className="fieldset-legend">{t('bulkLegend')}</legend>
        <TextAreaField {...field('reason')} id="bulk-reason" label={t('bulkReason')} />
        <div className="buttons">
          <button type="submit" name="decision" value="approve" className="button">
            {t('approveSelected')}
          </button>
          <button type="submit" name="decision" value="reject" className="button danger">
            {t('rejectSelected')}
          </button>
        </div>
      </fieldset>
    </ReviewQueueForm>
  );
}

export function DigestForm() {
  const t = useTranslations('Review');
  const [state, action] = useActionState(sendDigestAction, initialActionState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <SubmitButton className="button secondary">{t('sendDigest')}</SubmitButton>
    </form>
  );
}
