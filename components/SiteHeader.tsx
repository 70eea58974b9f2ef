import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { UserRole } from '@/lib/constants';
import { localePath } from '@/lib/localized';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ExitLink } from './help/ExitLink';
import './help/site-header.css';

export type HeaderUser = { name: string; role: UserRole };

export async function SiteHeader({ user, signOut }: { user: HeaderUser | null; signOut: () => Promise<void> }) {
  const t = await getTranslations('Common');
  const h = await getTranslations('Header');
  const roles = await getTranslations('Roles');
  const help = await getTranslations('Help');
  const exit = await getTranslations('Exit');
  const about = await getTranslations('About');
  const locale = await getLocale();
  return (
    <>
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={localePath('/', locale)} className="brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- a 24px static SVG */}
          <img src="/blue-heart.svg" alt="" width={24} height={22} />
          <span>{t('appName')}</span>
        </Link>
        {user ? (
          <>
            {/* Who is signed in stays in view on a phone too (its role at least); the rest is in the menu there. */}
            <span data-testid="signed-in-user" className="site-header__who">
              <span className="visually-hidden">{h('signedInAs', { name: user.name })}</span>
              <span className="site-header__name" aria-hidden="true">
                {user.name}
              </span>{' '}
              <span className="role-badge">{roles(user.role)}</span>
            </span>
            {/* A disclosure, so that it works without JavaScript; on a wide screen it is always open (globals.css). */}
            <details className="site-menu">
              <summary className="site-menu__toggle">{h('menu')}</summary>
              <div className="site-header__user">
                <nav aria-label={h('userMenu')} className="site-header__nav">
                  <a href={localePath('/about', locale)}>{about('navLink')}</a>{' '}
                  {user.role === 'organiser' ? (
                    <>
                      <Link href={localePath('/organise', locale)}>{h('organise')}</Link>{' '}
                      <Link href={localePath('/organise/coordinators', locale)}>{h('coordinators')}</Link>{' '}
                    </>
                  ) : null}
                  {user.role === 'partner' ? (
                    <Link href={localePath('/partner', locale)}>{h('partnerSpace')}</Link>
                  ) : (
                    <Link href={localePath('/coordinate', locale)}>{h('coordinate')}</Link>
                  )}{' '}
                  <Link href={localePath('/account', locale)}>{h('account')}</Link>
                </nav>
                <form action={signOut}>
                  <button type="submit" className="button-link">
                    {h('signOut')}
                  </button>
                </form>
                <LanguageSwitcher current={locale} label={t('languages')} />
              </div>
            </details>
          </>
        ) : (
          <div className="site-header__user">
            <a href={localePath('/about', locale)} className="site-header__about">
              {about('navLink')}
            </a>
            <Link href={localePath('/sign-in', locale)}>{h('signIn')}</Link>
            <LanguageSwitcher current={locale} label={t('languages')} />
          </div>
        )}
      </div>
    </header>
    {/* Beside the header, not in it: it stays at the top of the screen while the visitor scrolls (globals.css). */}
    {/* The question leads to the help page, in the visitor's own language (lib/help/routing.ts). */}
    <div className="hotline hotline--exit" role="note">
      <p className="hotline__text">
        <a href={localePath('/help', locale)}>{help('stripQuestion')}</a> {help('stripCall')}{' '}
        <a href="tel:+3278055800">{t('hotlineNumber')}</a>
        <span className="hotline__website">
          {' '}·{' '}
          <a href="https://www.stophumantrafficking.be" rel="noopener">
            {t('hotlineWebsite')}
          </a>
        </span>
      </p>
      <ExitLink label={exit('button')} />
    </div>
    </>
  );
}
