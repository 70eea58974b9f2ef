export * from './memo';
export * from './revision';
