export * from './help-centres';
export * from './validation';
export * from './public';
