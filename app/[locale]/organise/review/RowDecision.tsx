'use client';

import type { ReactNode } from 'react';
import { TextAreaField } from '@/components/forms';

type BoundField = { name: string; defaultValue: string; errors?: string[] };

/**
 * One row's own decision in a review queue: approve, or reject with a reason
 * (the buttons' `approve:ID` / `reject:ID` tell the action which row it is
 * for). `name` follows each button for a screen reader; `rejectOne` opens the
 * reason.
 */
export function RowDecision({
  id,
  name,
  reason,
  reasonId,
  labels,
}: {
  id: number;
  name: string;
  reason: BoundField;
  reasonId: string;
  labels: { approve: string; reject: string; reason: string; rejectOne: ReactNode };
}) {
  return (
    <div className="review-actions">
      <button type="submit" name="decision" value={`approve:${id}`} className="button">
        {labels.approve}
        <span className="visually-hidden"> {name}</span>
      </button>
      <details open={Boolean(reason.errors)}>
        <summary>{labels.rejectOne}</summary>
        <TextAreaField {...reason} id={reasonId} label={labels.reason} />
        <button type="submit" name="decision" value={`reject:${id}`} className="button danger">
          {labels.reject}
          <span className="visually-hidden"> {name}</span>
        </button>
      </details>
    </div>
  );
}
