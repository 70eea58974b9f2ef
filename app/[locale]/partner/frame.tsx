import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/app/_lib/client-messages';
import { Link } from '@/i18n/navigation';

/** A page with the event form (new or existing): the way back to the list and its heading. */
export async function EventPageFrame({ title, children }: { title: string; children: ReactNode }) {
  const t = await getTranslations('partnerSpace');
  return (
    <ClientMessages namespaces={['partnerSpace', 'events', 'RegistrationForm', 'MapControls', 'Errors']}>
      <main id="main" className="page narrow">
        <p>
          <Link href="/partner">{t('backToList')}</Link>
        </p>
        <h1>{title}</h1>
        {children}
      </main>
    </ClientMessages>
  );
}
