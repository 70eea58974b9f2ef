/**
 * The events' sign, drawn the same on the map's markers (event-layer.ts), in
 * the list and on an event's page (components/lights/EventMark.tsx): a navy
 * pin whose point is at its top right, with a white calendar. Not a heart
 * (the buildings') nor a drop with a cross (the help centres'), and told
 * apart from both in greyscale by its shape. Our own constant SVG, never a
 * user string.
 */
export const EVENT_MARK_SVG_BODY =
  '<path d="M30 2H17a13 13 0 1 0 13 13z" fill="#0b3d91" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"/>' +
  '<rect x="10" y="10" width="14" height="11.5" rx="1.5" fill="#fff"/>' +
  '<path d="M10 13.6h14" stroke="#0b3d91" stroke-width="1.6"/>' +
  '<path d="M13.5 8.2v3.4M20.5 8.2v3.4" stroke="#fff" stroke-width="2" stroke-linecap="round"/>' +
  '<path d="M13 16.6h2M16 16.6h2M19 16.6h2M13 19.2h2M16 19.2h2" stroke="#0b3d91" stroke-width="1.6"/>';

/** Where the pin's point is in its 32×32 box. */
export const EVENT_MARK_POINT = { x: 30, y: 2 } as const;
