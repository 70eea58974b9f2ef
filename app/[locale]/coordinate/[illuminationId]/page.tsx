import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { StatusBadge } from '@/components/registration/StatusBadge';
import { Link, redirect } from '@/i18n/navigation';
import { parseId } from '@/lib/ids';
import { cityName, localePath } from '@/lib/localized';
import { ForbiddenError, isOrganiser } from '@/lib/permissions';
import { photoRightsOf } from '@/lib/photos/rights';
import { photoUrl } from '@/lib/photos/photos';
import { getRegistration, listRegistrableCities, type RegistrationDetail } from '@/lib/registrations/read';
import { RegistrationNotFoundError } from '@/lib/registrations/errors';
import { isLitWindowOpen, litWindow } from '@/lib/registrations/night';
import { LitForm } from '../_forms/LitForm';
import { PhotoRightsForm } from '../_forms/PhotoRightsForm';
import { RegistrationForm } from '../_forms/RegistrationForm';
import type { Locale } from '@/lib/constants';
import { otherNameField } from '@/lib/validation/registration';
import { WithdrawForm } from '../_forms/WithdrawForm';
import { formatters, mapTiles } from '../shared';
import { ClientMessages } from '@/app/_lib/client-messages';

type Params = Promise<{ locale: string; illuminationId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Coordinate' });
  return { title: t('title') };
}

async function load(illuminationId: string): Promise<RegistrationDetail | 'forbidden' | null> {
  // Only the id's own spelling: "1e1" or "0x0a" would otherwise open registration 10.
  const id = parseId(illuminationId);
  if (id === null) return null;
  try {
    return await getRegistration(await currentActor(), id);
  } catch (error) {
    if (error instanceof RegistrationNotFoundError) return null;
    if (error instanceof ForbiddenError) return 'forbidden';
    throw error;
  }
}

/** One registration: edit it until the deadline (organisers: always), withdraw it, confirm it lit on the night. */
export default async function RegistrationPage({ params }: { params: Params }) {
  const { locale, illuminationId } = await params;
  setRequestLocale(locale);
  const actor = await currentActor();
  if (!actor) return redirect({ href: `/sign-in?callbackUrl=/coordinate/${encodeURIComponent(illuminationId)}`, locale });
  const t = await getTranslations('Coordinate');
  const detail = await load(illuminationId);
  if (!detail) notFound();
  // Another city's registration: a 403 with the translated notice (app/[locale]/forbidden.tsx).
  if (detail === 'forbidden') forbidden();
  const { illumination: ill, building, city, campaign, editable } = detail;
  const statuses = await getTranslations('RegistrationStatus');
  const f = await formatters();
  const form = await getTranslations('RegistrationForm');

  // The cities the registration may be moved to: the user's (organisers: all), and always its own.
  const registrable = await listRegistrableCities(actor);
  const cityOptions = [city, ...registrable.filter((c) => c.id !== city.id)].map((c) => ({ id: c.id, name: cityName(c, locale), lat: c.lat, lng: c.lng }));
  // "Lights are on" shows on the night (organisers: any time, to record or correct it).
  const litTimes = litWindow(campaign.eventDate, building.lat, building.lng, city.timeZone);
  const litOpen =
    detail.mayConfirmLit && (ill.status === 'approved' || ill.status === 'submitted') && (isOrganiser(actor) || isLitWindowOpen(litTimes, new Date()));
  // Each photo's credit and consent are asked once on the page: in the form that
  // sends the photo while it is open, else in the photos form (any time).
  const rights = await photoRightsOf([
    ...(ill.photo ? [{ name: ill.photo, role: 'registration' as const }] : []),
    ...(ill.litPhoto ? [{ name: ill.litPhoto, role: 'night' as const }] : []),
  ]);
  const rightsOf = (name: string) => {
    const r = rights.get(name)!;
    return { credit: r.credit, publish: r.publish };
  };
  const registrationRightsElsewhere = Boolean(ill.photo) && !editable;
  const nightRightsElsewhere = Boolean(ill.litPhoto) && !litOpen && detail.mayConfirmLit;

  return (
    <ClientMessages namespaces={['Coordinate', 'Kinds', 'RegistrationForm', 'PhotoRights', 'MapControls']}>
      <main id="main" className="page narrow">
        <p>
          <Link href={`/coordinate?year=${campaign.year}`}>{t('backToList')}</Link>
        </p>
        <h1>{building.name}</h1>
        <p>
          {t('campaignHeading', { year: campaign.year })} · {cityName(city, locale)}
        </p>
        <dl className="facts">
          <dt>{t('status')}</dt>
          <dd data-testid="status">
            <StatusBadge status={ill.status} label={statuses(ill.status)} />
          </dd>
        </dl>
        {ill.status === 'rejected' && ill.reviewReason ? <p className="card">{t('reason', { reason: ill.reviewReason })}</p> : null}
        {ill.status !== 'withdrawn' ? (
          <p>
            <a href={localePath(`/coordinate/${ill.id}/calendar`, locale)} download>
              {t('addToCalendar')}
            </a>
          </p>
        ) : null}
        {ill.status === 'submitted' && ill.approved ? <p className="note">{t('publicKept')}</p> : null}
        {building.needsPlacing ? (
          <p className="warning" role="note" data-testid="needs-placing">
            {t('placeIt', { city: cityName(city, locale) })}
          </p>
        ) : null}

        <RegistrationForm
          key={ill.updatedAt.getTime()}
          campaign={{ id: campaign.id, eventDate: campaign.eventDate }}
          cities={cityOptions}
          illuminationId={ill.id}
          initial={{
            cityId: String(building.cityId),
            name: building.name,
            otherNames: Object.fromEntries(Object.entries(building.names).map(([l, n]) => [otherNameField(l as Locale), n])),
            kind: building.kind,
            address: building.address,
            description: building.description,
            lat: String(building.lat),
            lng: String(building.lng),
            lightsOnMode: ill.lightsOnMode,
            lightsOnTime: ill.lightsOnTime ?? '',
            lightsOffTime: ill.lightsOffTime ?? '',
          }}
          currentPhoto={ill.photo ? { url: photoUrl(ill.photo), alt: form('photoAlt', { name: building.name }) } : null}
          photoRights={ill.photo ? rightsOf(ill.photo) : undefined}
          readOnlyReason={editable ? null : t('readOnly', { deadline: f.deadline(campaign.registrationDeadline) })}
          wasApproved={ill.approved !== null}
          {...mapTiles()}
        />

        {editable && ill.status !== 'withdrawn' ? <WithdrawForm illuminationId={ill.id} name={building.name} /> : null}

        {litOpen ? (
          <section id="lit" aria-label={t('litSection')}>
            {ill.litAt ? <p role="status">{t('litSince', { time: f.time(ill.litAt, city.timeZone) })}</p> : null}
            {ill.litPhoto ? (
              <figure className="lit-photo">
                {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves it, already resized */}
                <img src={photoUrl(ill.litPhoto)} alt={t('litPhotoAlt', { name: building.name })} width={320} />
              </figure>
            ) : null}
            <LitForm illuminationId={ill.id} hint={t('litHint', { date: f.day(campaign.eventDate) })} photoRights={ill.litPhoto ? rightsOf(ill.litPhoto) : undefined} />
          </section>
        ) : null}

        {(registrationRightsElsewhere || nightRightsElsewhere) && detail.mayConfirmLit ? (
          <PhotoRightsForm
            illuminationId={ill.id}
            registration={registrationRightsElsewhere && ill.photo ? { url: photoUrl(ill.photo), alt: form('photoAlt', { name: building.name }), rights: rightsOf(ill.photo) } : undefined}
            night={nightRightsElsewhere && ill.litPhoto ? { url: photoUrl(ill.litPhoto), alt: t('litPhotoAlt', { name: building.name }), rights: rightsOf(ill.litPhoto) } : undefined}
          />
        ) : null}

        {ill.approved ? (
          <p>
            <Link href={`/coordinate/toolkit?year=${campaign.year}#building-${building.id}`}>{t('toolkitLink', { name: building.name })}</Link>
          </p>
        ) : null}
      </main>
    </ClientMessages>
  );
}
