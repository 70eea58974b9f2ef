'use server';

import { getLocale } from 'next-intl/server';
import { signOut } from '@/auth';
import { DEFAULT_LOCALE } from '@/lib/languages';

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: locale === DEFAULT_LOCALE ? '/' : `/${locale}` });
}
