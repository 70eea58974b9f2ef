export * from './csv';
export * from './download';
export * from './formats';
export * from './press';
export * from './registrations';
export * from './table';
export * from './press-pack';
