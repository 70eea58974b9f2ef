import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from './SignInForm';
import { ClientMessages } from '@/app/_lib/client-messages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  return { title: t('title') };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl } = await searchParams;
  const t = await getTranslations('SignIn');
  return (
    <ClientMessages namespaces={['SignIn']}>
      <main id="main" className="page narrow">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <SignInForm callbackUrl={typeof callbackUrl === 'string' && callbackUrl.startsWith('/') ? callbackUrl : undefined} />
        <p className="field__hint">{t('inviteOnly')}</p>
      </main>
    </ClientMessages>
  );
}
