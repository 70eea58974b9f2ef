import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { currentActor } from '@/app/_auth/current-actor';
import { signOutAction } from '@/app/_auth/sign-out-action';
import { SiteHeader, type HeaderUser } from '@/components/SiteHeader';
import { routing } from '@/i18n/routing';
import { languageOf } from '@/lib/languages';
import { getProfile } from '@/lib/users/users';
import { siteUrl } from '@/app/_lib/site-url';
import '../globals.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Common' });
  return {
    // Absolute links for social preview images: the configured public address, else this request's.
    metadataBase: await siteUrl(),
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    description: t('footer'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d91' };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Common');
  const actor = await currentActor();
  const profile = actor ? await getProfile(actor.id) : undefined;
  const user: HeaderUser | null = profile ? { name: profile.name || profile.email, role: profile.role } : null;
  return (
    <html lang={locale} dir={languageOf(locale).dir}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* Only what the header's client parts need (none); pages hand their own forms their messages (ClientMessages). */}
        <NextIntlClientProvider messages={{}}>
          <SiteHeader user={user} signOut={signOutAction} />
          {children}
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
