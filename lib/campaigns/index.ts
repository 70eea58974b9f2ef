export * from './campaigns';
export * from './dashboard';
export * from './workspace';
