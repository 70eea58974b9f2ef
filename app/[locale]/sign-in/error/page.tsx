import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function SignInErrorPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { error } = await searchParams;
  const t = await getTranslations('SignIn');
  // Auth.js says "Verification" for a link that expired or was used already.
  const body = error === 'Verification' ? t('errorLink') : error === 'AccessDenied' ? t('errorDenied') : t('errorOther');
  return (
    <main id="main" className="page narrow">
      <h1>{t('errorTitle')}</h1>
      <p role="alert">{body}</p>
      <p>
        <Link href="/sign-in" className="button">
          {t('again')}
        </Link>
      </p>
    </main>
  );
}
