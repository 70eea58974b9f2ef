import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cachedLights, cachedPublicCampaignYear } from '@/app/_data/public';
import { enterLocale } from '@/app/_lib/locale';
import { HOTLINE } from '@/lib/help/centres';
import { localePath, localize } from '@/lib/localized';
import './about.css';

type Props = { params: Promise<{ locale: string }> };

const BLUE_HEART_URL = 'https://www.unodc.org/blueheart/';
const TRUST_FUND_URL = 'https://www.unodc.org/unodc/en/human-trafficking-fund/human-trafficking-fund_about.html';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'About' });
  return { title: t('metaTitle') };
}

/** The current campaign's year and theme in `locale` (English where it has none), if a campaign with a theme is public. */
async function currentTheme(locale: string): Promise<{ year: number; theme: string } | null> {
  const year = await cachedPublicCampaignYear();
  const campaign = year === null ? null : (await cachedLights(year))?.campaign;
  const theme = campaign ? localize(campaign.theme, locale).trim() : '';
  return campaign && theme ? { year: campaign.year, theme } : null;
}

/** What the Blue Heart Campaign and 30 July are, why blue, and what a person, a city or an organisation can do. */
export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  enterLocale(locale);
  const t = await getTranslations('About');
  const current = await currentTheme(locale);
  return (
    <main id="main" className="page narrow about">
      <h1 className="about__title">
        {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG */}
        <img src="/blue-heart.svg" alt="" width={36} height={33} />
        {t('title')}
      </h1>
      <p>{t('campaign')}</p>
      <p>
        <a href={BLUE_HEART_URL} rel="noopener">
          {t('campaignLink')}
        </a>
      </p>

      <h2>{t('worldDayTitle')}</h2>
      <p>{t('worldDay')}</p>

      <h2>{t('whyBlueTitle')}</h2>
      <p>{t('whyBlue')}</p>

      {current && (
        <>
          <h2>{t('themeTitle')}</h2>
          <p className="about__theme">{t('theme', current)}</p>
        </>
      )}

      <h2>{t('youTitle')}</h2>
      <ul className="about__actions">
        <li>
          <a href={localePath('/help', locale)}>{t('signs')}</a>
        </li>
        <li>
          {t('hotline')}{' '}
          <a href={HOTLINE.tel} className="about__hotline">
            {HOTLINE.national}
          </a>{' '}
          ·{' '}
          <a href={HOTLINE.websiteUrl} rel="noopener">
            {HOTLINE.website}
          </a>
        </li>
        <li>{t('wear')}</li>
        <li>
          <a href={localePath('/', locale)}>{t('share')}</a>
        </li>
        <li>
          <a href={TRUST_FUND_URL} rel="noopener">
            {t('donate')}
          </a>
        </li>
      </ul>

      <h2>{t('takePartTitle')}</h2>
      <p>{t('takePart')}</p>
      <p>
        <a className="button" href={localePath('/take-part', locale)}>
          {t('takePartLink')}
        </a>
      </p>
    </main>
  );
}
