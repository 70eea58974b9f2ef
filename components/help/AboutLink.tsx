import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/localized';
import './about-link.css';

/** "What is the Blue Heart Campaign, and how can you help?": the map page's link to the About page. */
export async function AboutLink() {
  const locale = await getLocale();
  const t = await getTranslations('About');
  return (
    <p className="about-link">
      <a href={localePath('/about', locale)}>{t('mapLink')}</a>
    </p>
  );
}
