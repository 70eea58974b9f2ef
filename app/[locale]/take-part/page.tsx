import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { ClientMessages } from '@/app/_lib/client-messages';
import { countryOptions, DEFAULT_COUNTRY } from '@/lib/requests/countries';
import { issueFormToken } from '@/lib/requests/form-token';
import { TakePartForm } from './TakePartForm';
import './take-part.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'TakePart' });
  return { title: t('title') };
}

/** "Your town hall or embassy wants to light up blue?": the public's request to take part. */
export default async function TakePartPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Rendered for each visitor: the form carries the time it was handed out.
  await connection();
  const t = await getTranslations('TakePart');
  return (
    <ClientMessages namespaces={['TakePart']}>
      <main id="main" className="page narrow">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <h2>{t('howHeading')}</h2>
        <ol className="take-part__steps">
          <li>{t('step1')}</li>
          <li>{t('step2')}</li>
          <li>{t('step3')}</li>
        </ol>
        <p className="field__hint">{t('privacy')}</p>
        <TakePartForm startedAt={issueFormToken()} countries={countryOptions(locale)} defaultCountry={DEFAULT_COUNTRY} />
      </main>
    </ClientMessages>
  );
}
