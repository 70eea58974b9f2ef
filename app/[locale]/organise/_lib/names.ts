import 'server-only';
import { getTranslations } from 'next-intl/server';

/** A province's name in `locale` where we have it ("West-Vlaanderen"), else as stored (same rule as the public list). */
export async function provinceNamer(locale: string): Promise<(province: string) => string> {
  const t = await getTranslations({ locale, namespace: 'Provinces' });
  const o = await getTranslations({ locale, namespace: 'Organise' });
  return (province: string) => {
    if (!province) return o('noProvince');
    const key = province.normalize('NFD').replace(/[^A-Za-z]/g, '');
    return key && t.has(key as never) ? t(key as never) : province;
  };
}
