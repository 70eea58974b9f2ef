export * from './campaigns';
export * from './dashboard';
export * from './moment';
export * from './registration-open';
export * from './season';
export * from './season-facts';
export * from './workspace';
