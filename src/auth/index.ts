// Owns the public surface of authentication and authorisation.
export * from './principal';
export * from './tokens';
export * from './apiKeys';
