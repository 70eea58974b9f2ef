import type { ReactNode } from 'react';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { canUsePartnerSpace } from '@/lib/permissions';
import '@/components/registration/registration.css';
import './partner.css';

/**
 * The partners' workspace: their organisations' events and profile. Only
 * partners and organisers (who help them); every page and action checks again.
 */
export default async function PartnerLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await signedInActor(locale, '/partner');
  requireRight(canUsePartnerSpace(actor));
  return children;
}
