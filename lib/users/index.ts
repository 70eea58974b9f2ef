export * from './sessions';
export * from './users';
export * from './invitation';
export * from './invite';
export * from './recipients';
