export * from './cities';
export * from './errors';
export * from './gazetteer';
