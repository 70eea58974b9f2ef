export * from './figures';
export * from './read';
