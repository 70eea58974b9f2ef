import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { canManagePartners } from '@/lib/permissions';
import { PartnerForm } from '../forms';
import { PartnerPageFrame } from '../frame';
import '@/components/organise/partners.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'partners.organise' });
  return { title: t('newTitle') };
}

/** Adding a partner organisation; once added, the list shows it in its place (last). */
export default async function NewPartnerPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/partners/new');
  requireRight(canManagePartners(actor));
  const t = await getTranslations('partners.organise');
  return (
    <PartnerPageFrame title={t('newTitle')}>
      <PartnerForm initial={{ name: '', names: {}, kind: 'ngo', website: '', description: '', descriptions: {}, listed: true, logo: null }} />
    </PartnerPageFrame>
  );
}
