'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PublicMapHandle } from '@/components/map/public-map-client';

/**
 * Tells the page's CSS how tall the strips that stay at the top of the
 * screen are (`--sticky-top`): the map sticks below them on a desktop, and
 * "Show on map" scrolls the map to just under them. Their height depends on
 * the language and the screen, so it is measured, and measured again when it
 * changes.
 */
function useStickyTop(): void {
  useEffect(() => {
    const strips = [...document.querySelectorAll<HTMLElement>('.site-header, .hotline')];
    const measure = () => {
      let height = 0;
      for (const strip of strips) {
        const { position } = getComputedStyle(strip);
        if (position === 'sticky' || position === 'fixed') height += strip.getBoundingClientRect().height;
      }
      document.documentElement.style.setProperty('--sticky-top', `${Math.ceil(height)}px`);
    };
    const observer = new ResizeObserver(measure);
    for (const strip of strips) observer.observe(strip);
    return () => observer.disconnect();
  }, []);
}

/**
 * The map's region of the page. On a phone, a button lays the map over the
 * whole screen below the hotline strip (which stays in view) and brings the
 * list back; Escape does too.
 */
export function MapRegion({ label, handle, children }: { label: string; handle: PublicMapHandle | null; children: ReactNode }) {
  const f = useTranslations('Finder');
  const [full, setFull] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useStickyTop();
  const map = handle?.map.map;
  useEffect(() => {
    // Leaflet measures its box once: tell it the box changed (if the map is still on the page).
    if (map?.getContainer().isConnected) map.invalidateSize();
    if (!full) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // First the popup, if one is open; then the full screen.
      if (map && document.querySelector('#lights-map .leaflet-popup')) {
        map.closePopup();
        return;
      }
      setFull(false);
      button.current?.focus();
    };
    // Before Leaflet hears it (it closes popups too).
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [full, map]);
  return (
    <div className={full ? 'explorer__map is-full' : 'explorer__map'} id="lights-map" role="region" aria-label={label}>
      <button ref={button} type="button" className="map-full-toggle" onClick={() => setFull(!full)}>
        {full ? f('leaveFullMap') : f('fullMap')}
      </button>
      {children}
    </div>
  );
}
