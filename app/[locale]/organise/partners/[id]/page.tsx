import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { cityName } from '@/lib/localized';
import { canManagePartners } from '@/lib/permissions';
import { getPartner } from '@/lib/partners/organisations';
import { photoUrl } from '@/lib/photos/photos';
import { LogoDecisionForm, PartnerForm } from '../forms';
import { PartnerPageFrame } from '../frame';
import '@/components/organise/partners.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'partners.organise' });
  return { title: t('editTitle') };
}

/** One organisation: a logo its people sent waits at the top (current and new side by side), then its details. */
export default async function PartnerPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ logo?: string | string[] }> }) {
  const { locale, id } = await params;
  const { logo: decided } = await searchParams;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, `/organise/partners/${encodeURIComponent(id)}`);
  requireRight(canManagePartners(actor));
  if (!/^\d{1,9}$/.test(id)) notFound();
  const partner = await getPartner(actor, Number(id));
  if (!partner) notFound();
  const t = await getTranslations('partners.organise');
  const name = cityName(partner, locale);
  return (
    <PartnerPageFrame title={name}>
      {decided === 'approved' || decided === 'refused' ? (
        <p role="status" className="partner-decided">
          {t(decided === 'approved' ? 'logoApproved' : 'logoRefused', { name })}
        </p>
      ) : null}
      {partner.logoPending ? (
        <section aria-labelledby="logo-review" className="card">
          <h2 id="logo-review">{t('logoReviewHeading')}</h2>
          <p>{t('logoReviewIntro', { name })}</p>
          <div className="logo-compare">
            <figure>
              {partner.logo ? (
                // eslint-disable-next-line @next/next/no-img-element -- a stored, re-encoded logo
                <img src={photoUrl(partner.logo)} alt={t('currentLogoAlt', { name })} width={200} />
              ) : (
                <p className="muted">{t('noLogoYet')}</p>
              )}
              <figcaption>{t('currentLogo')}</figcaption>
            </figure>
            <figure>
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored, re-encoded logo, served to organisers only until approved */}
              <img src={photoUrl(partner.logoPending)} alt={t('pendingLogoAlt', { name })} width={200} data-testid="pending-logo" />
              <figcaption>{t('pendingLogo')}</figcaption>
            </figure>
          </div>
          <LogoDecisionForm id={partner.id} pending={partner.logoPending} />
        </section>
      ) : null}
      <h2>{t('detailsHeading')}</h2>
      <PartnerForm
        initial={{
          id: partner.id,
          name: partner.name,
          names: partner.names as Record<string, string>,
          kind: partner.kind,
          website: partner.website,
          description: partner.description,
          descriptions: partner.descriptions as Record<string, string>,
          listed: partner.listed,
          logo: partner.logo ? { url: photoUrl(partner.logo), alt: t('currentLogoAlt', { name }) } : null,
        }}
      />
    </PartnerPageFrame>
  );
}
