import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SignIn');
  return (
    <main id="main" className="page narrow">
      <h1>{t('checkTitle')}</h1>
      <p>{t('checkBody')}</p>
      <p>{t('checkNoMail')}</p>
      <p>
        <Link href="/sign-in">{t('again')}</Link>
      </p>
    </main>
  );
}
