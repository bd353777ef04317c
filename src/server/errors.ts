// Owns how errors leave the API: every error gets one extensions.code, no stack traces, and no
// message that could echo submitted values (graphql-js coercion errors quote the offending input,
// which may be note text).
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ChartcoderError } from '../errors';

/** Apollo/graphql-js codes that pass through unchanged. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED']);

/** Quoted values longer than this are elided from messages (enum names and ids are shorter). */
const MAX_QUOTED_CHARS = 40;
const LONG_QUOTED = new RegExp(`"((?:[^"\\\\]|\\\\.){${MAX_QUOTED_CHARS + 1},})"`, 'g');

/** Removes submitted values from graphql-js messages. */
export function scrubMessage(message: string): string {
  return message
    .replace(/got invalid value [\s\S]*?(;|$)/g, 'got an invalid value$1')
    .replace(LONG_QUOTED, () => `"…"`)
    .replace(/(cannot represent (?:a )?(?:non[- ]\w+ )?value): [\s\S]*$/i, '$1')
    .slice(0, 500)
    .trim();
}

/** An input path: field names and list indexes joined by dots (`decisions.2.evidence`). */
const INPUT_PATH = /^[A-Za-z][A-Za-z0-9]{0,40}(?:\.(?:[A-Za-z][A-Za-z0-9]{0,40}|\d{1,4})){0,4}$/;

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ChartcoderError) {
    // A retry hint is the one detail a client needs to act on; other details stay in the logs.
    const retry = typeof original.details?.retryAfterSeconds === 'number' ? { retryAfterSeconds: original.details.retryAfterSeconds } : {};
    // The name of the refused input (`text`, `decisions.2`) lets a form mark the right field; it is a
    // schema path, never a submitted value, and anything not shaped like one is left out.
    const field = typeof original.details?.field === 'string' && INPUT_PATH.test(original.details.field) ? { field: original.details.field } : {};
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code, ...retry, ...field } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { message: scrubMessage(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) {
    return { message: scrubMessage(formatted.message), locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

