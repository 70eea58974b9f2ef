export * from './languages';
export { HELP_CENTRES, HOTLINE } from './centres';
export { DEFAULT_EXIT_URL, EXIT_ATTRIBUTE, EXIT_SCRIPT } from './exit-script';
export type { HelpText } from './content';
