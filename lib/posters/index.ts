export * from './data';
export * from './pdf';
