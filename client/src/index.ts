// Owns the public surface of @chartcoder/client.
export * from './client';
export * from './errors';
export * as documents from './generated/graphql';
