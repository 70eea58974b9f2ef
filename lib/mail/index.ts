export * from './compose';
export * from './outbox';
export * from './sign-in';
export * from './transport';
