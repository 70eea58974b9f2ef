export * from './users';
export * from './invitation';
export * from './recipients';
