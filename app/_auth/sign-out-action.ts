'use server';

import { getLocale } from 'next-intl/server';
import { signOut } from '@/auth';

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: locale === 'en' ? '/' : `/${locale}` });
}
