import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { ClientMessages } from '@/app/_lib/client-messages';
import { Link } from '@/i18n/navigation';

/** A page about one organisation (new or existing): the way back to the list, its heading and the console's tabs. */
export async function PartnerPageFrame({ title, children }: { title: string; children: ReactNode }) {
  const t = await getTranslations('partners.organise');
  return (
    <ClientMessages namespaces={['partners']}>
      <main id="main" className="page narrow">
        <p>
          <Link href="/organise/partners">{t('back')}</Link>
        </p>
        <h1>{title}</h1>
        <OrganiseNav current="partners" />
        {children}
      </main>
    </ClientMessages>
  );
}
