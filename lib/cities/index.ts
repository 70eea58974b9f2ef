export * from './cities';
export * from './errors';
export * from './gazetteer';
export * from './poster-languages';
