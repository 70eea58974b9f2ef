export * from './columns';
export * from './errors';
export * from './imports';
export * from './limits';
export * from './read';
export * from './template';
export * from './validate';
