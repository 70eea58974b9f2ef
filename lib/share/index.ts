export * from './hashtags';
export * from './links';
export * from './moment';
