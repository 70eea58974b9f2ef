export * from './record';
export * from './view';
