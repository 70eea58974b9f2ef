export * from './sign-in';
export * from './transport';
