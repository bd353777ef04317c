// Owns the delay between attempts of one Converse call: exponential with full jitter (AWS
// Architecture Blog, "Exponential Backoff and Jitter"), so many workers throttled together do not
// retry in lockstep. Randomness is injected so tests are exact.

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** Delay before retry number `retry` (1 = the first retry): uniform in [0, min(max, base·2^(retry-1))]. */
export function backoffDelayMs(retry: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.floor(retry) - 1);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  return Math.floor(random() * ceiling);
}
