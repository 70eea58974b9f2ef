import type { HelpText } from './content';

/** The three specialised centres recognised in Belgium to help victims of human trafficking, with their city. */
export const HELP_CENTRES: readonly { name: string; city: keyof Pick<HelpText, 'brussels' | 'antwerp' | 'liege'> }[] = [
  { name: 'PAG-ASA', city: 'brussels' },
  { name: 'Payoke', city: 'antwerp' },
  { name: 'Sürya', city: 'liege' },
];

/** The Belgian hotline against human trafficking, day and night: as dialled in Belgium, from abroad, and for `tel:` links. */
export const HOTLINE = {
  national: '078/055.800',
  international: '+32 78 05 58 00',
  tel: 'tel:+3278055800',
  website: 'www.stophumantrafficking.be',
  websiteUrl: 'https://www.stophumantrafficking.be',
} as const;
