// Owns how the worker classifies a failure: retry with backoff (transient), fail the job at once
// (permanent), or stop quietly (another worker moved the job). Also the job error codes the
// worker writes. Classification uses error codes only, never message text, which could leak.

import { ChartcoderError, ConflictError, type ErrorCode } from '../src/errors';

/** Job error codes the worker sets when it marks a job FAILED itself. */
export const WORKER_ERROR_CODES = {
  maxReceiveCountExceeded: 'MAX_RECEIVE_COUNT_EXCEEDED',
  /** The encrypted raw note was gone before redaction stored its output (TTL backstop fired). */
  rawNoteUnavailable: 'RAW_NOTE_UNAVAILABLE',
  /** A stage record exists but its output does not: the store lost data; retrying cannot help. */
  stageOutputMissing: 'STAGE_OUTPUT_MISSING',
} as const;

/**
 * Codes that say "the same request will fail again": the job is marked FAILED at once instead of
 * burning the remaining receives. Everything else (throttling, timeouts, unknown errors) is retried;
 * an unknown bug still ends FAILED, just after maxReceiveCount.
 */
const PERMANENT_CODES: ReadonlySet<string> = new Set<ErrorCode | string>([
  'MODEL_ACCESS_DENIED',
  'BAD_USER_INPUT',
  'PAYLOAD_TOO_LARGE',
  'INVALID_CODE',
  'UNKNOWN_CODE',
  'CONFIG_INVALID',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  ...Object.values(WORKER_ERROR_CODES),
]);

/** A permanent failure raised by the pipeline itself, with the code to store on the job. */
export class StageFailedError extends Error {
  readonly retryable = false;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StageFailedError';
  }
}

export type FailureKind = 'conflict' | 'permanent' | 'retryable';

export interface Classified {
  kind: FailureKind;
  /** Machine-readable; safe for logs, events and the job record. */
  code: string;
}

/**
 * An adapter may mark an error explicitly with `retryable: boolean` (e.g. a Bedrock adapter that
 * knows ThrottlingException is transient and ValidationException is not); that wins over the code.
 */
export function classifyError(err: unknown): Classified {
  if (err instanceof ConflictError) return { kind: 'conflict', code: err.code };
  const code = errorCodeOf(err);
  const explicit = (err as { retryable?: unknown } | null)?.retryable;
  if (typeof explicit === 'boolean') return { kind: explicit ? 'retryable' : 'permanent', code };
  return { kind: PERMANENT_CODES.has(code) ? 'permanent' : 'retryable', code };
}

/** A code for any thrown value: domain code, AWS SDK error name, or INTERNAL. Never the message. */
export function errorCodeOf(err: unknown): string {
  if (err instanceof ChartcoderError || err instanceof StageFailedError) return err.code;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,63}$/.test(code)) return code;
  const name = (err as { name?: unknown } | null)?.name;
  // AWS SDK v3 errors carry the service's exception name (ThrottlingException, ...): safe and useful.
  if (typeof name === 'string' && /^[A-Za-z][A-Za-z0-9]{1,63}$/.test(name) && name !== 'Error') return name;
  return 'INTERNAL';
}
