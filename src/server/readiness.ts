// Owns what /readyz tells the load balancer. Ready means this API instance can accept work now: it is not
// shutting down and every critical dependency (the jobs table, the notes queue) answered within its
// deadline. Informational checks (a model region's circuit breaker) are reported without taking the
// instance out of rotation: a submit only writes and enqueues, so an open breaker delays jobs but must
// never make the service refuse notes.

export interface ReadinessCheck {
  name: string;
  /** Default true: a failing critical check makes /readyz answer 503. */
  critical?: boolean;
  /**
   * Resolves when healthy, optionally with a short state (ids and states only, never payloads); throws when
   * not (a NotReadyError carries the state to show, anything else shows as "failing").
   */
  check(): Promise<string | void>;
}

export type ReadinessStatus = 'ready' | 'degraded' | 'not ready' | 'shutting down';

export interface ReadinessReport {
  httpStatus: 200 | 503;
  body: { status: ReadinessStatus; checks: Record<string, string> };
}

/** A dependency that answers slower than this is as good as down to a load balancer's probe. */
export const READINESS_CHECK_TIMEOUT_MS = 2_000;

export class Readiness {
  private shuttingDown = false;

  constructor(
    private readonly checks: readonly ReadinessCheck[],
    private readonly options: { timeoutMs?: number; onFailure?: (check: string, err: unknown) => void } = {},
  ) {}

  /** From now on /readyz answers 503 so the load balancer drains this instance while it finishes requests. */
  beginShutdown(): void {
    this.shuttingDown = true;
  }

  async report(): Promise<ReadinessReport> {
    if (this.shuttingDown) return { httpStatus: 503, body: { status: 'shutting down', checks: {} } };
    const timeoutMs = this.options.timeoutMs ?? READINESS_CHECK_TIMEOUT_MS;
    const results = await Promise.all(
      this.checks.map(async (c) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new ReadinessTimeoutError(timeoutMs)), timeoutMs);
          });
          const state = await Promise.race([c.check(), timeout]);
          return { check: c, ok: true, state: typeof state === 'string' && state ? state : 'ok' };
        } catch (err) {
          this.options.onFailure?.(c.name, err);
          const state = err instanceof ReadinessTimeoutError ? 'timeout' : err instanceof NotReadyError ? err.state : 'failing';
          return { check: c, ok: false, state };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    const checks = Object.fromEntries(results.map((r) => [r.check.name, r.state]));
    if (results.some((r) => !r.ok && r.check.critical !== false)) return { httpStatus: 503, body: { status: 'not ready', checks } };
    return { httpStatus: 200, body: { status: results.some((r) => !r.ok) ? 'degraded' : 'ready', checks } };
  }
}

/** Thrown by a check that knows why it is not healthy, in a few safe words (e.g. "open: us-east-1"). */
export class NotReadyError extends Error {
  constructor(readonly state: string) {
    super(state);
    this.name = 'NotReady';
  }
}

/**
 * The Bedrock check's answer from the regions' breaker states (absent = closed): "closed" when all are,
 * else each region's state; NotReadyError when every region is open (no model call can start).
 */
export function bedrockBreakerState(regions: readonly string[], states: ReadonlyMap<string, 'closed' | 'half-open' | 'open'>): string {
  const of = (region: string) => states.get(region) ?? 'closed';
  const summary = regions.map((r) => `${r} ${of(r)}`).join(', ');
  if (regions.every((r) => of(r) === 'open')) throw new NotReadyError(summary);
  return regions.every((r) => of(r) === 'closed') ? 'closed' : summary;
}

class ReadinessTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
    this.name = 'ReadinessTimeout';
  }
}
