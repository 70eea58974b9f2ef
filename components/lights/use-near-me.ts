'use client';

import { useState } from 'react';

export type NearMe =
  | { state: 'off' }
  | { state: 'locating' }
  | { state: 'on'; lat: number; lng: number }
  | { state: 'unavailable' };

/**
 * "Near me": the visitor's position, asked of the browser only when they
 * press the button (the browser then asks them for permission); pressed
 * again, it is forgotten.
 */
export function useNearMe(): [NearMe, () => void] {
  const [near, setNear] = useState<NearMe>({ state: 'off' });
  const toggle = () => {
    if (near.state === 'on' || near.state === 'locating') {
      setNear({ state: 'off' });
      return;
    }
    if (!('geolocation' in navigator)) {
      setNear({ state: 'unavailable' });
      return;
    }
    setNear({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => setNear({ state: 'on', lat: position.coords.latitude, lng: position.coords.longitude }),
      () => setNear({ state: 'unavailable' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };
  return [near, toggle];
}
