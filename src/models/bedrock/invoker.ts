// Owns one Converse call with its whole failure policy: attempts in the primary region with jittered
// backoff, then failover down the ordered region list, skipping regions whose breaker is open (a call
// counts at most once against a region's breaker);
// a per-attempt deadline; permanent errors (access denied, validation) thrown at once, never retried.
// Knows nothing about prompts or tools: it sends what it is given and returns the raw answer.
import { performance } from 'node:perf_hooks';
import type { ConverseCommandInput, ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import type { Clock } from '../../domain/clock';
import type { ModelRole } from '../port';
import { backoffDelayMs, type BackoffPolicy } from './backoff';
import { CircuitBreaker, type BreakerState } from './breaker';
import { Semaphore } from './semaphore';
import { BEDROCK_ERROR_CODES, BedrockModelError, readFailure, type ReadFailure } from './errors';

/** Sends one Converse request to one region; the adapter around BedrockRuntimeClient#send. */
export type ConverseSender = (region: string, input: ConverseCommandInput, abortSignal: AbortSignal) => Promise<ConverseCommandOutput>;

export interface InvokerTelemetry {
  /** One per attempt: `outcome` is 'ok' or the failure's safe name (ThrottlingException, AttemptTimeout, …). */
  attempt?(role: ModelRole, region: string, outcome: string, latencyMs: number): void;
  breaker?(region: string, state: BreakerState): void;
  failover?(role: ModelRole, from: string, to: string): void;
}

export interface InvokerOptions {
  regions: readonly string[];
  send: ConverseSender;
  attemptsPerRegion: number;
  maxAttemptsPerCall: number;
  backoff: BackoffPolicy;
  /** Per attempt; the SDK's requestTimeout is set to the same value as a second line. */
  requestTimeoutMs: number;
  breakerFailureThreshold: number;
  breakerOpenMs: number;
  /** Calls this process may have in flight in one region at once; further calls wait their turn (FIFO). */
  maxInFlightPerRegion: number;
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  telemetry?: InvokerTelemetry;
}

export interface InvokeResult {
  output: ConverseCommandOutput;
  region: string;
  /** Attempts this call made, across regions (1 = first try worked). */
  attempts: number;
  /** Latency of the attempt that answered. */
  latencyMs: number;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class ConverseInvoker {
  readonly breakers: ReadonlyMap<string, CircuitBreaker>;
  readonly inFlight: ReadonlyMap<string, Semaphore>;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: InvokerOptions) {
    if (options.regions.length === 0) throw new Error('ConverseInvoker needs at least one region');
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.inFlight = new Map(options.regions.map((region) => [region, new Semaphore(options.maxInFlightPerRegion)]));
    this.breakers = new Map(
      options.regions.map((region) => [
        region,
        new CircuitBreaker({
          failureThreshold: options.breakerFailureThreshold,
          openMs: options.breakerOpenMs,
          clock: options.clock,
          onStateChange: (state) => options.telemetry?.breaker?.(region, state),
        }),
      ]),
    );
  }

  /** `build(region)` makes the request for a region (model ids may differ per region). */
  async invoke(role: ModelRole, build: (region: string) => ConverseCommandInput): Promise<InvokeResult> {
    const { regions, attemptsPerRegion, maxAttemptsPerCall } = this.options;
    let attempts = 0;
    let last: ReadFailure | undefined;
    let throttledOnly = true;
    const tried: string[] = [];

    for (const region of regions) {
      if (attempts >= maxAttemptsPerCall) break;
      const breaker = this.breakers.get(region)!;
      let retry = 0;
      // One request's retries are not independent evidence about the region: a request that fails every
      // time (a poison note) would otherwise open the breaker alone and fail every other job with it.
      let countedAgainstRegion = false;
      for (let inRegion = 0; inRegion < attemptsPerRegion && attempts < maxAttemptsPerCall; inRegion++) {
        if (!breaker.tryAcquire()) break;
        if (!tried.includes(region)) {
          if (tried.length) this.options.telemetry?.failover?.(role, tried[tried.length - 1], region);
          tried.push(region);
        }
        attempts++;
        const started = performance.now();
        const outcome = await this.attempt(region, build(region));
        const latencyMs = performance.now() - started;
        if (outcome.ok) {
          breaker.onSuccess();
          this.options.telemetry?.attempt?.(role, region, 'ok', latencyMs);
          return { output: outcome.output, region, attempts, latencyMs };
        }
        last = outcome.failure;
        this.options.telemetry?.attempt?.(role, region, last.name, latencyMs);
        if (last.kind === 'permanent') {
          breaker.onNeutral();
          throw new BedrockModelError(last.code!, false, `Bedrock ${role} call failed with ${last.name} in ${region} (not retried)`, {
            role,
            lastFailure: last.name,
            regionsTried: tried,
            attempts,
          });
        }
        if (last.kind === 'unavailable') {
          throttledOnly = false;
          if (!countedAgainstRegion) breaker.onFailure();
          countedAgainstRegion = true;
        } else breaker.onNeutral();
        // No pause before moving to the next region: failover is the point of having one.
        const moreHere = inRegion + 1 < attemptsPerRegion && attempts < maxAttemptsPerCall && breaker.current() === 'closed';
        if (moreHere) await this.sleep(backoffDelayMs(++retry, this.options.backoff, this.random));
      }
    }

    if (attempts === 0) {
      throw new BedrockModelError(BEDROCK_ERROR_CODES.unavailable, true, `Bedrock ${role}: every region's circuit breaker is open`, {
        role,
        regionsTried: [],
        attempts: 0,
      });
    }
    const code = throttledOnly ? BEDROCK_ERROR_CODES.throttled : BEDROCK_ERROR_CODES.unavailable;
    throw new BedrockModelError(code, true, `Bedrock ${role} call failed after ${attempts} attempts (last: ${last?.name ?? 'none'}); the stage will be retried`, {
      role,
      lastFailure: last?.name,
      regionsTried: tried,
      attempts,
    });
  }

  private async attempt(
    region: string,
    input: ConverseCommandInput,
  ): Promise<{ ok: true; output: ConverseCommandOutput } | { ok: false; failure: ReadFailure }> {
    // The per-attempt deadline starts once the region has room: waiting for a permit is not the region's fault.
    const release = await this.inFlight.get(region)!.acquire();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.requestTimeoutMs);
    try {
      return { ok: true, output: await this.options.send(region, input, controller.signal) };
    } catch (err) {
      return { ok: false, failure: readFailure(err, timedOut) };
    } finally {
      clearTimeout(timer);
      release();
    }
  }
}
