'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { justSent } from '../_forms/just-sent';

/**
 * A card's confirmation ("Confirmed at 21:12", the photo). Drawn right after
 * the person sent it from this page, it takes the focus and comes into view;
 * on a page opened later it stays quiet.
 */
export function Confirmed({ illuminationId, photo, children }: { illuminationId: number; /** The photo shown, if any: a photo added later is an answer too. */ photo: string | null; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!justSent.delete(illuminationId)) return;
    ref.current?.focus({ preventScroll: true });
    // The whole card, its name too, below the sticky strips (its scroll-margin-top).
    (ref.current?.closest('article') ?? ref.current)?.scrollIntoView({ block: 'nearest' });
  }, [illuminationId, photo]);
  return (
    <div ref={ref} tabIndex={-1} className="tonight-card__result">
      {children}
    </div>
  );
}
