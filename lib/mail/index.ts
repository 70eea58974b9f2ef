export * from './compose';
export * from './outbox';
export * from './outbox-failures';
export * from './sign-in';
export * from './transport';
