import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('Common');
  return (
    <footer className="site-footer">
      <p>{t('footer')}</p>
    </footer>
  );
}
