export * from './answer';
export * from './countries';
export * from './form-token';
export * from './limits';
export * from './submit';
export * from './validation';
