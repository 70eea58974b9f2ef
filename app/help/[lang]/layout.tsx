import type { Viewport } from 'next';
import type { ReactNode } from 'react';
import { helpLanguage, isHelpLanguage } from '@/lib/help/languages';
import '../../globals.css';

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d91' };

/**
 * The help page is written in its own language from top to bottom, Arabic
 * right to left: its root element carries the language and direction
 * (unknown languages are a 404 in the page).
 */
export default async function HelpLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const language = helpLanguage(isHelpLanguage(lang) ? lang : 'en');
  return (
    <html lang={language.tag} dir={language.dir}>
      <body>{children}</body>
    </html>
  );
}
