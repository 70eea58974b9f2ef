export * from './photos';
export * from './rights';
