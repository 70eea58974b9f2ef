import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HelpPage } from '@/components/help/HelpPage';
import { isHelpLanguage } from '@/lib/help/languages';
import { helpText } from '@/lib/help/content';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isHelpLanguage(lang)) return {};
  return { title: (await helpText(lang)).title };
}

/** Help for victims and witnesses of human trafficking, in one of the help page's languages (lib/help/languages.ts). */
export default async function Help({ params }: Props) {
  const { lang } = await params;
  if (!isHelpLanguage(lang)) notFound();
  return <HelpPage code={lang} text={await helpText(lang)} />;
}
