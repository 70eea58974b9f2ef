import { EVENT_MARK_SVG_BODY } from '@/components/map/event-mark';

export { EVENT_MARK_SVG_BODY };

/** The events' sign (components/map/event-mark.ts) beside words: the list's heading, the switch, the page. */
export function EventMark({ size = 22 }: { size?: number }) {
  return (
    <svg
      className="event-mark"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      dangerouslySetInnerHTML={{ __html: EVENT_MARK_SVG_BODY }}
    />
  );
}
