export * from './abroad';
export * from './data';
export * from './pdf';
