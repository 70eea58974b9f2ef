'use client';

import { useMemo, useState } from 'react';
import { parseDecimal } from '@/lib/validation/common';
import type { LatLng } from './LocationPicker';

/**
 * A position chosen on a map or typed into its latitude and longitude fields:
 * the fields' text, the position they make (null until both are a valid
 * coordinate), and the map's `onChange`. A marker moved with the arrow keys
 * is out of sight of a screen reader: `announcement` says where it is
 * (`markerAt` words it).
 */
export function usePickedPosition(initialLat: string, initialLng: string, markerAt: (p: LatLng) => string) {
  const [lat, setLat] = useState(initialLat);
  const [lng, setLng] = useState(initialLng);
  const [announcement, setAnnouncement] = useState('');
  const position: LatLng | null = useMemo(() => {
    const la = parseDecimal(lat);
    const ln = parseDecimal(lng);
    return Number.isFinite(la) && Number.isFinite(ln) && Math.abs(la) <= 90 && Math.abs(ln) <= 180 ? { lat: la, lng: ln } : null;
  }, [lat, lng]);
  const onPick = (p: LatLng, how: 'pointer' | 'keyboard') => {
    setLat(String(p.lat));
    setLng(String(p.lng));
    if (how === 'keyboard') setAnnouncement(markerAt(p));
  };
  return { lat, setLat, lng, setLng, position, announcement, onPick };
}
