import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';

export async function SiteHeader() {
  const t = await getTranslations('Common');
  const locale = await getLocale();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- a 24px static SVG */}
          <img src="/blue-heart.svg" alt="" width={24} height={22} />
          <span>{t('appName')}</span>
        </Link>
        <LanguageSwitcher current={locale} label={t('languages')} />
      </div>
      <p className="hotline" role="note">
        {t('hotlineLabel')} <a href="tel:+3278055800">{t('hotlineNumber')}</a> ·{' '}
        <a href="https://www.stophumantrafficking.be" rel="noopener">
          {t('hotlineWebsite')}
        </a>
      </p>
    </header>
  );
}
