/**
 * The invitation mail: what Blue Lights is, the site's address, and what to
 * do next, in the invited person's language. Queued in the invitation's own
 * transaction (lib/users/users.ts).
 */
import 'server-only';
import { asc, gte, inArray } from 'drizzle-orm';
import type { Db } from '@/db';
import { campaigns, cities, type Campaign } from '@/db/schema';
import { DEFAULT_TIME_ZONE, type Locale, type UserRole } from '@/lib/constants';
import { formatDeadlineInZone } from '@/lib/dates';
import { cityName, localize } from '@/lib/localized';
import { mailTranslator, renderMail, siteLink, type RenderedMail } from '@/lib/mail/compose';

type Reader = Pick<Db, 'select'>;

export type InvitationFacts = {
  name: string;
  email: string;
  role: UserRole;
  /** The cities a coordinator acts for, in the reader's language. */
  cities: string[];
  /** The campaign open for registration, if there is one. */
  campaign: Pick<Campaign, 'year' | 'theme' | 'registrationDeadline'> | null;
};

export function invitationMail(locale: Locale, facts: InvitationFacts): RenderedMail {
  const t = mailTranslator(locale, 'InvitationMail');
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const steps = [
    t('stepOpen', { url: siteLink('/sign-in', locale) }),
    t('stepEmail', { email: facts.email }),
    facts.role === 'organiser'
      ? t('stepOrganiser')
      : facts.campaign
        ? t('stepRegister', {
            year: facts.campaign.year,
            deadline: formatDeadlineInZone(facts.campaign.registrationDeadline, locale, DEFAULT_TIME_ZONE),
          })
        : t('stepRegisterLater'),
  ];
  return renderMail(locale, {
    subject: t('subject'),
    name: facts.name,
    blocks: [
      t('intro'),
      facts.role === 'organiser' ? t('asOrganiser') : t('asCoordinator', { cities: list.format(facts.cities), count: facts.cities.length }),
      ...(facts.campaign ? [t('theme', { year: facts.campaign.year, theme: localize(facts.campaign.theme, locale) })] : []),
      t('nextHeading'),
      { steps },
      { label: t('action'), link: siteLink('/sign-in', locale) },
    ],
  });
}

/** What the invitation tells, read in the invitation's transaction. */
export function invitationFacts(tx: Reader, input: { name: string; email: string; role: UserRole; cityIds: number[] }, locale: Locale, now: Date): InvitationFacts {
  const rows = input.cityIds.length ? tx.select().from(cities).where(inArray(cities.id, input.cityIds)).all() : [];
  const campaign = tx.select().from(campaigns).where(gte(campaigns.registrationDeadline, now)).orderBy(asc(campaigns.registrationDeadline)).limit(1).get();
  return {
    name: input.name,
    email: input.email,
    role: input.role,
    cities: rows.map((c) => cityName(c, locale)).sort((a, b) => a.localeCompare(b, locale)),
    campaign: campaign ?? null,
  };
}
