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

export class ValidationError extends ChartcoderClientError {
  /**
   * The refused input as a dotted path (`decisions.0.reason`, `sequence`, `comment`), for showing the error
   * beside its field: `extensions.field` when the server sends it, else read from the message's leading
   * path (`decisions[0]: …`, `comment is longer…`); undefined when neither names one.
   */
  get field(): string | undefined {
    const given = this.errors[0]?.extensions?.field;
    if (typeof given === 'string' && given) return given;
    return fieldFromMessage(this.message);
  }
}
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

/** Input names the API's validation messages start with (review and submission inputs). */
const MESSAGE_FIELDS = ['decisions', 'sequence', 'summaryCorrections', 'comment', 'evidence', 'first', 'after', 'text', 'from', 'to', 'groupBy'];

/**
 * `decisions[2]: …` → `decisions.2`; `comment is …` → `comment`; `a summary correction …` → `summaryCorrections`;
 * `ADD I10: evidence …` → `evidence`. A fallback only: the code, not this, decides what an error is.
 */
export function fieldFromMessage(message: string): string | undefined {
  const indexed = /^(\w+)\[(\d+)\]/.exec(message);
  if (indexed && MESSAGE_FIELDS.includes(indexed[1])) return `${indexed[1]}.${indexed[2]}`;
  const head = /^(\w+)\b/.exec(message)?.[1];
  if (head && MESSAGE_FIELDS.includes(head)) return head;
  if (/^a summary correction\b/i.test(message)) return 'summaryCorrections';
  if (/^(?:ADD|CHANGE) [^:]+: (?:evidence|at least one evidence)/.test(message)) return 'evidence';
  if (/^Code \S+ \(/.test(message)) return 'decisions';
  return undefined;
}
