'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { reviewEventAction } from './actions';
import { EditChanges } from './EditChanges';
import { ReviewQueueForm } from './ReviewQueueForm';
import { RowDecision } from './RowDecision';

type InLanguage = { lang: string; language: string; text: string };

export type EventReviewRow = {
  id: number;
  year: number;
  /** The version of the event this row shows; the decision names it. */
  version: string;
  title: string;
  otherTitles: InLanguage[];
  kind: string;
  organisation: string;
  description: string;
  otherDescriptions: InLanguage[];
  /** When, on the place's own clock, and that clock named. */
  when: string;
  zone: string;
  city: string;
  address: string;
  lat: number;
  lng: number;
  link: string;
  linkIsWeb: boolean;
  accessibility: string;
  /** For organisers only. */
  contact: string;
  submittedBy: string | null;
  updatedAt: string;
  isEdit: boolean;
  changes: string[];
};

/**
 * Partners' events waiting for review, each with its own decision: approve,
 * or reject with a reason (`approve:ID`, `reject:ID` with `reason:ID`). Each
 * row sends the version it shows (`version:ID`), so that an event edited
 * meanwhile is not decided unseen.
 */
export function EventReviewForm({ rows }: { rows: EventReviewRow[] }) {
  const t = useTranslations('Review.events');
  const [state, action] = useActionState(reviewEventAction, initialActionState);
  const field = bindFields(state);
  const shown = rows.map((r) => `${r.id}:${r.version}`).join(' ');
  const notGiven = <span className="muted">{t('notGiven')}</span>;
  return (
    <ReviewQueueForm state={state} action={action} empty={rows.length === 0} formKey={`${state.ok ? state.message : 'events'} ${shown}`}>
      <table className="data review-table event-review-table">
        <caption>{t('caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('event')}</th>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('details')}</th>
            <th scope="col">{t('sentBy')}</th>
            <th scope="col">{t('decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const reason = field(`reason:${r.id}`);
            return (
              <tr key={r.id} data-testid={`event-review-${r.id}`}>
                <th scope="row">
                  <input type="hidden" name={`version:${r.id}`} value={r.version} />
                  <strong>{r.title}</strong> <span className="muted">({r.kind})</span>
                  {r.otherTitles.length ? (
                    <ul className="review-other-names" aria-label={t('otherTitles')}>
                      {r.otherTitles.map((n) => (
                        <li key={n.lang}>
                          <span className="muted">{n.language}:</span> <span lang={n.lang}>{n.text}</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="event-review__organisation">{t('organisation', { name: r.organisation })}</p>
                  {r.description ? <p className="building__description">{r.description}</p> : null}
                  {r.otherDescriptions.map((d) => (
                    <details key={d.lang}>
                      <summary>{t('otherDescription', { language: d.language })}</summary>
                      <p lang={d.lang}>{d.text}</p>
                    </details>
                  ))}
                  {r.isEdit ? <EditChanges note={t('isEdit')} changes={r.changes} /> : null}
                </th>
                <td data-label={t('when')}>
                  <strong>{r.when}</strong>
                  <br />
                  <span className="muted">{r.zone}</span>
                  <br />
                  {r.city}
                  {r.address ? (
                    <>
                      <br />
                      {r.address}
                    </>
                  ) : null}
                  <br />
                  <a href={`https://www.openstreetmap.org/?mlat=${r.lat}&mlon=${r.lng}#map=18/${r.lat}/${r.lng}`} rel="noopener" target="_blank">
                    {t('coordinates', { lat: r.lat.toFixed(5), lng: r.lng.toFixed(5) })}
                  </a>
                </td>
                <td data-label={t('details')}>
                  <dl className="event-review__facts">
                    <dt>{t('link')}</dt>
                    <dd>
                      {!r.link ? (
                        notGiven
                      ) : r.linkIsWeb ? (
                        <a href={r.link} rel="noopener noreferrer nofollow" target="_blank" className="event-review__link">
                          {r.link}
                        </a>
                      ) : (
                        r.link
                      )}
                    </dd>
                    <dt>{t('accessibility')}</dt>
                    <dd>{r.accessibility || notGiven}</dd>
                    <dt>{t('contact')}</dt>
                    <dd>{r.contact || notGiven}</dd>
                  </dl>
                </td>
                <td data-label={t('sentBy')}>
                  {r.submittedBy ?? '—'}
                  <br />
                  <span className="muted">{r.updatedAt}</span>
                </td>
                <td data-label={t('decision')}>
                  <RowDecision
                    id={r.id}
                    name={r.title}
                    reason={reason}
                    reasonId={`event-reason-${r.id}`}
                    labels={{
                      approve: t('approve'),
                      reject: t('reject'),
                      reason: t('reason'),
                      rejectOne: (
                        <>
                          {t('rejectOne')}
                          <span className="visually-hidden"> {r.title}</span>
                        </>
                      ),
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ReviewQueueForm>
  );
}
