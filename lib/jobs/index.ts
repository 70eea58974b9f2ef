export * from './run';
export * from './scheduler';
