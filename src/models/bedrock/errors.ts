// Owns how a Bedrock Runtime failure is read: which exceptions are worth another attempt (and whether
// they speak of region health or of our quota), and the typed errors the pipeline classifies by code
// and the explicit `retryable` flag. Decisions use the SDK's exception name and HTTP status only:
// a service message could echo request text, so it is never copied into our errors.

/** Job error codes this adapter sets (the worker stores `code` on a FAILED job). */
export const BEDROCK_ERROR_CODES = {
  /** AccessDeniedException, missing/invalid credentials: retrying cannot help; fix IAM or model access. */
  accessDenied: 'MODEL_ACCESS_DENIED',
  /** ValidationException and other 4xx: the request itself is wrong (model id, parameters, size). */
  requestInvalid: 'MODEL_REQUEST_INVALID',
  /** ResourceNotFoundException: the model / profile / ARN does not exist in that region. */
  modelNotFound: 'MODEL_NOT_FOUND',
  /** Every attempt in every region failed transiently; SQS redelivery tries again later. */
  unavailable: 'UPSTREAM_UNAVAILABLE',
  /** Every attempt was throttled; SQS redelivery tries again later. */
  throttled: 'RATE_LIMITED',
} as const;

/**
 * - `throttled`: our quota (429); back off, then try another region; says nothing about region health.
 * - `unavailable`: the region or model is unhealthy (5xx, timeouts, network); counts toward its breaker.
 * - `permanent`: the same request fails again anywhere; never retried.
 */
export type AttemptFailureKind = 'throttled' | 'unavailable' | 'permanent';

const THROTTLED = new Set(['ThrottlingException', 'ServiceQuotaExceededException', 'TooManyRequestsException']);
const UNAVAILABLE = new Set([
  'ServiceUnavailableException',
  'InternalServerException',
  'ModelNotReadyException',
  'ModelTimeoutException',
  'ModelErrorException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const ACCESS = new Set([
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'IncompleteSignature',
  'CredentialsProviderError',
]);
const NOT_FOUND = new Set(['ResourceNotFoundException']);
/** Node/HTTP2 socket errors: the connection, not the request, failed. */
const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ERR_HTTP2_\w+|ERR_STREAM_PREMATURE_CLOSE)$/;

export interface ReadFailure {
  kind: AttemptFailureKind;
  /** Safe to log and label metrics with: an exception name or a fixed word. */
  name: string;
  /** For permanent failures: the job error code. */
  code?: string;
}

/** Reads one failed attempt. `timedOut` says our own per-attempt deadline aborted it. */
export function readFailure(err: unknown, timedOut = false): ReadFailure {
  if (timedOut) return { kind: 'unavailable', name: 'AttemptTimeout' };
  const e = (err ?? {}) as { name?: unknown; code?: unknown; $metadata?: { httpStatusCode?: number } };
  const name = typeof e.name === 'string' && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(e.name) ? e.name : 'Error';
  const status = e.$metadata?.httpStatusCode;
  if (THROTTLED.has(name) || status === 429) return { kind: 'throttled', name };
  if (ACCESS.has(name) || status === 401 || status === 403) return { kind: 'permanent', name, code: BEDROCK_ERROR_CODES.accessDenied };
  if (NOT_FOUND.has(name)) return { kind: 'permanent', name, code: BEDROCK_ERROR_CODES.modelNotFound };
  if (UNAVAILABLE.has(name) || (status !== undefined && status >= 500)) return { kind: 'unavailable', name };
  if (name === 'ValidationException' || (status !== undefined && status >= 400)) {
    return { kind: 'permanent', name, code: BEDROCK_ERROR_CODES.requestInvalid };
  }
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_CODES.test(code)) return { kind: 'unavailable', name: code };
  // No HTTP status at all: the request never got an answer (socket closed, stream reset, abort).
  return { kind: 'unavailable', name: status === undefined ? (name === 'Error' ? 'NetworkError' : name) : name };
}

/**
 * A model call that failed for good or for now. `retryable` is read by the worker's classifier and
 * wins over the code: true → the consumer backs off and SQS redelivers; false → the job is FAILED.
 * The message names the role, exception and regions only — never request or response text.
 */
export class BedrockModelError extends Error {
  constructor(
    readonly code: string,
    readonly retryable: boolean,
    message: string,
    readonly details: { role: string; lastFailure?: string; regionsTried: string[]; attempts: number },
  ) {
    super(message);
    this.name = 'BedrockModelError';
  }
}
