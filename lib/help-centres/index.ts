export * from './help-centres';
export * from './validation';
