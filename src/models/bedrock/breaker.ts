// Owns the per-region circuit breaker: after `failureThreshold` consecutive unavailability failures
// the region is skipped for `openMs`, then ONE half-open probe decides: success closes it, failure
// re-opens it. Throttling is not counted (it says "slow down", not "this region is down").
// Time is injected so tests drive it with a fake clock.
import type { Clock } from '../../domain/clock';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  failureThreshold: number;
  openMs: number;
  clock: Clock;
  /** Told about every state change (metrics, logs). */
  onStateChange?: (state: BreakerState) => void;
}

export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private consecutiveFailures = 0;
  private openedAtMs = 0;
  private probeInFlight = false;

  constructor(private readonly options: BreakerOptions) {}

  /** The state as of now (an open breaker whose time is up reports half-open). */
  current(): BreakerState {
    if (this.state === 'open' && this.options.clock.nowMs() - this.openedAtMs >= this.options.openMs) return 'half-open';
    return this.state;
  }

  /**
   * May a request go to this region now? Closed: yes. Open: no until `openMs` has passed, then the
   * first caller becomes the half-open probe and everyone else waits for its verdict.
   */
  tryAcquire(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open') {
      if (this.options.clock.nowMs() - this.openedAtMs < this.options.openMs) return false;
      this.set('half-open');
    }
    if (this.probeInFlight) return false;
    this.probeInFlight = true;
    return true;
  }

  onSuccess(): void {
    this.consecutiveFailures = 0;
    this.probeInFlight = false;
    if (this.state !== 'closed') this.set('closed');
  }

  onFailure(): void {
    this.consecutiveFailures++;
    if (this.state === 'half-open' || this.consecutiveFailures >= this.options.failureThreshold) this.open();
  }

  /** An attempt ended with a verdict that says nothing about region health (throttled, permanent). */
  onNeutral(): void {
    // A probe that was throttled proved the region answers: treat it as alive.
    if (this.state === 'half-open') this.onSuccess();
  }

  private open(): void {
    this.openedAtMs = this.options.clock.nowMs();
    this.probeInFlight = false;
    if (this.state !== 'open') this.set('open');
  }

  private set(state: BreakerState): void {
    this.state = state;
    this.options.onStateChange?.(state);
  }
}
