// Owns the SDK's typed errors: one class per `extensions.code` the API answers with, so callers
// switch on classes or codes, never on message text (which never carries note text either).

export interface GraphqlErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class ChartcoderClientError extends Error {
  constructor(
    /** The API's `extensions.code` ('NETWORK' when no answer arrived, 'TIMEOUT' when waiting gave up). */
    readonly code: string,
    message: string,
    /** Every GraphQL error of the answer (the first one named this error). */
    readonly errors: readonly GraphqlErrorShape[] = [],
    /** HTTP status when there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** Worth retrying with the same idempotency key: no answer, throttled, or a model/store briefly unavailable. */
  get retryable(): boolean {
    return RETRYABLE_CODES.has(this.code);
  }
}

export class ValidationError extends ChartcoderClientError {}
export class PayloadTooLargeError extends ChartcoderClientError {}
export class UnauthenticatedError extends ChartcoderClientError {}
export class ForbiddenError extends ChartcoderClientError {}
export class NotFoundError extends ChartcoderClientError {}
export class ConflictError extends ChartcoderClientError {}
export class RateLimitedError extends ChartcoderClientError {
  /** The server's hint, when it gave one. */
  get retryAfterSeconds(): number | undefined {
    const v = this.errors[0]?.extensions?.retryAfterSeconds;
    return typeof v === 'number' ? v : undefined;
  }
}
export class UpstreamUnavailableError extends ChartcoderClientError {}
export class QueryTooComplexError extends ChartcoderClientError {}
export class NetworkError extends ChartcoderClientError {}
export class TimeoutError extends ChartcoderClientError {}
export class InternalError extends ChartcoderClientError {}

const RETRYABLE_CODES = new Set(['NETWORK', 'RATE_LIMITED', 'UPSTREAM_UNAVAILABLE']);

const BY_CODE: Readonly<Record<string, new (code: string, message: string, errors?: readonly GraphqlErrorShape[], status?: number) => ChartcoderClientError>> = {
  BAD_USER_INPUT: ValidationError,
  GRAPHQL_VALIDATION_FAILED: ValidationError,
  GRAPHQL_PARSE_FAILED: ValidationError,
  PAYLOAD_TOO_LARGE: PayloadTooLargeError,
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
  NOT_FOUND: NotFoundError,
  CONFLICT: ConflictError,
  RATE_LIMITED: RateLimitedError,
  UPSTREAM_UNAVAILABLE: UpstreamUnavailableError,
  QUERY_TOO_COMPLEX: QueryTooComplexError,
  NETWORK: NetworkError,
  TIMEOUT: TimeoutError,
};

/** The typed error for a GraphQL answer's errors (the first error's code decides). */
export function errorFromGraphql(errors: readonly GraphqlErrorShape[], status?: number): ChartcoderClientError {
  const code = errors[0]?.extensions?.code ?? 'INTERNAL';
  const Type = BY_CODE[code] ?? InternalError;
  return new Type(code, errors[0]?.message ?? 'GraphQL error', errors, status);
}
