export * from './mails';
export * from './schedule';
