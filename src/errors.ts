// Owns the domain error hierarchy: every error a client can see carries one machine-readable code.
// Messages never contain note text (PHI); callers switch on `code`, never on the message.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'MODEL_ACCESS_DENIED'
  | 'INVALID_CODE'
  | 'UNKNOWN_CODE'
  | 'CONFIG_INVALID'
  | 'INTERNAL';

export class ChartcoderError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class PayloadTooLargeError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('PAYLOAD_TOO_LARGE', message, details);
  }
}

export class NotFoundError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

export class ForbiddenError extends ChartcoderError {
  constructor(message = 'Not allowed', details: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, details);
  }
}

export class UnauthenticatedError extends ChartcoderError {
  constructor(message = 'A valid bearer token is required', details: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', message, details);
  }
}

export class ConflictError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export class RateLimitedError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('RATE_LIMITED', message, details);
  }
}

export class UpstreamUnavailableError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('UPSTREAM_UNAVAILABLE', message, details);
  }
}

/** A string that is not shaped like an ICD-10-CM code at all (e.g. "12345", "E11..2"). */
export class InvalidCodeError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_CODE', message, details);
  }
}

/** A well-formed code that is not in the configured code set. */
export class UnknownCodeError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('UNKNOWN_CODE', message, details);
  }
}

export class ConfigError extends ChartcoderError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFIG_INVALID', message, details);
  }
}
