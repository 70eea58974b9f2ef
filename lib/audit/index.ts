export * from './changes';
export * from './record';
export * from './view';
