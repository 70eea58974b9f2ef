export * from './events';
export * from './ics';
export * from './files';
