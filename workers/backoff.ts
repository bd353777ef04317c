// Owns the retry delay: exponential in the SQS ApproximateReceiveCount, so the schedule survives
// worker restarts (the count lives on the message, not in any process).

import { LIMITS } from '../src/domain/constants';

/**
 * Seconds a failed message stays invisible before its next delivery: base * 2^(receiveCount-1),
 * capped at maxSeconds and at the SQS visibility maximum (12 hours).
 */
export function backoffSeconds(receiveCount: number, baseSeconds: number, maxSeconds: number): number {
  const exponent = Math.max(0, Math.floor(receiveCount) - 1);
  // 2^exponent overflows to Infinity long before it matters; Math.min handles that.
  const raw = baseSeconds * 2 ** exponent;
  return Math.floor(Math.min(raw, maxSeconds, LIMITS.maxVisibilityTimeoutSeconds));
}
