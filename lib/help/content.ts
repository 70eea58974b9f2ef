import type english from '@/messages/help/en.json';
import type { HelpLanguageCode } from './languages';

/** The help page's words in one language (`messages/help/{code}.json`), English's keys. */
export type HelpText = Omit<typeof english, '_review'>;

/**
 * The help page's words in one language. `_review` in each file names the
 * strings a native speaker should check (`all`, `none`, or their keys).
 */
export async function helpText(code: HelpLanguageCode): Promise<HelpText> {
  return (await import(`../../messages/help/${code}.json`)).default as HelpText;
}
