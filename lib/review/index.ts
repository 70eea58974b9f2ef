export * from './approved-version';
export * from './decisions';
export * from './mails';
export * from './queue';
