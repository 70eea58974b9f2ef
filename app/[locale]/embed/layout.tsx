import type { ReactNode } from 'react';

/**
 * Embedded in partner websites: the page carries the `embed-root` class, on
 * which the stylesheet hides the site header and footer (the locale layout
 * above renders them for every page). next.config.ts lets only these paths
 * be framed.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <div className="embed-root">{children}</div>;
}
