export * from './csp';
export * from './rate-limit';
export * from './request-limits';
export * from './transport-security';
export * from './page-cache';
export * from './page-fill';
