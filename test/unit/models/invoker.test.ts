// Unit: one Converse call's failure policy — attempts per region, failover, total budget, breaker
// skipping, permanent errors — with a scripted sender, a fake clock and a recorded sleep.
import type { ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import { ConverseInvoker, BedrockModelError, readFailure, type InvokerOptions } from '../../../src/models/bedrock';

type Script = (region: string, n: number) => 'ok' | 'throttle' | 'unavailable' | 'denied' | 'validation' | 'network' | 'hang';

function sdkError(name: string, status?: number): Error {
  const err = new Error('service message that may echo request text');
  err.name = name;
  if (status) Object.assign(err, { $metadata: { httpStatusCode: status } });
  return err;
}

const OK: ConverseCommandOutput = { output: { message: { role: 'assistant', content: [] } }, stopReason: 'tool_use', usage: undefined, metrics: undefined, $metadata: {} };

function setup(script: Script, overrides: Partial<InvokerOptions> = {}) {
  let now = 0;
  const clock = { nowMs: () => now };
  const sleeps: number[] = [];
  const calls: string[] = [];
  const invoker = new ConverseInvoker({
    regions: ['r1-east-1', 'r2-west-2'],
    attemptsPerRegion: 3,
    maxAttemptsPerCall: 6,
    backoff: { baseMs: 100, maxMs: 1_000 },
    requestTimeoutMs: 50,
    breakerFailureThreshold: 5,
    breakerOpenMs: 10_000,
    maxInFlightPerRegion: 64,
    clock,
    random: () => 0.5,
    sleep: async (ms) => void sleeps.push(ms),
    send: async (region, _input, signal) => {
      calls.push(region);
      const outcome = script(region, calls.filter((r) => r === region).length);
      if (outcome === 'ok') return OK;
      if (outcome === 'throttle') throw sdkError('ThrottlingException', 429);
      if (outcome === 'unavailable') throw sdkError('ServiceUnavailableException', 503);
      if (outcome === 'denied') throw sdkError('AccessDeniedException', 403);
      if (outcome === 'validation') throw sdkError('ValidationException', 400);
      if (outcome === 'network') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(sdkError('AbortError'))));
    },
    ...overrides,
  });
  return { invoker, calls, sleeps, advance: (ms: number) => void (now += ms) };
}

const build = (region: string) => ({ modelId: `m-${region}`, messages: [] });

describe('ConverseInvoker', () => {
  it('returns the first success with the attempt count and region', async () => {
    const { invoker, calls, sleeps } = setup(() => 'ok');
    await expect(invoker.invoke('coder', build)).resolves.toMatchObject({ region: 'r1-east-1', attempts: 1 });
    expect(calls).toEqual(['r1-east-1']);
    expect(sleeps).toEqual([]);
  });

  it('keeps at most maxInFlightPerRegion calls open in a region; the rest wait their turn (MODEL_MAX_IN_FLIGHT_PER_REGION, back-pressure)', async () => {
    const answers: Array<() => void> = [];
    let open = 0;
    let maxOpen = 0;
    const { invoker } = setup(() => 'ok', {
      maxInFlightPerRegion: 2,
      requestTimeoutMs: 60_000,
      send: async () => {
        open++;
        maxOpen = Math.max(maxOpen, open);
        await new Promise<void>((r) => answers.push(r));
        open--;
        return OK;
      },
    });
    const calls = Array.from({ length: 5 }, () => invoker.invoke('coder', build));
    await new Promise((r) => setImmediate(r));
    expect(answers).toHaveLength(2);
    expect(invoker.inFlight.get('r1-east-1')).toMatchObject({ inUse: 2, waiting: 3 });
    while (answers.length) {
      answers.shift()!();
      await new Promise((r) => setImmediate(r));
    }
    await expect(Promise.all(calls)).resolves.toHaveLength(5);
    expect(maxOpen).toBe(2);
    expect(invoker.inFlight.get('r1-east-1')).toMatchObject({ inUse: 0, waiting: 0 });
  });

  it('retries throttling in the primary with growing jittered delays, then fails over without a pause', async () => {
    const { invoker, calls, sleeps } = setup((region) => (region === 'r1-east-1' ? 'throttle' : 'ok'));
    await expect(invoker.invoke('coder', build)).resolves.toMatchObject({ region: 'r2-west-2', attempts: 4 });
    expect(calls).toEqual(['r1-east-1', 'r1-east-1', 'r1-east-1', 'r2-west-2']);
    expect(sleeps).toEqual([50, 100]); // 0.5 × 100, 0.5 × 200
  });

  it('stops at maxAttemptsPerCall and throws a retryable RATE_LIMITED when only throttled', async () => {
    const { invoker, calls } = setup(() => 'throttle');
    const err = await invoker.invoke('coder', build).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BedrockModelError);
    expect(err).toMatchObject({ code: 'RATE_LIMITED', retryable: true, details: { attempts: 6, regionsTried: ['r1-east-1', 'r2-west-2'] } });
    expect(calls).toHaveLength(6);
    expect((err as Error).message).not.toContain('service message');
  });

  it('UPSTREAM_UNAVAILABLE when any attempt was a 5xx, timeout or network error', async () => {
    const { invoker } = setup((region) => (region === 'r1-east-1' ? 'network' : 'unavailable'), { breakerFailureThreshold: 100 });
    await expect(invoker.invoke('summarizer', build)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
  });

  it('a per-attempt timeout aborts the request and counts as unavailability', async () => {
    const { invoker } = setup((_r, n) => (n === 1 ? 'hang' : 'ok'));
    await expect(invoker.invoke('coder', build)).resolves.toMatchObject({ region: 'r1-east-1', attempts: 2 });
  });

  it.each([
    ['denied', 'MODEL_ACCESS_DENIED'],
    ['validation', 'MODEL_REQUEST_INVALID'],
  ] as const)('%s is thrown at once, not retried, not failed over', async (outcome, code) => {
    const { invoker, calls } = setup(() => outcome);
    await expect(invoker.invoke('coder', build)).rejects.toMatchObject({ code, retryable: false });
    expect(calls).toHaveLength(1);
  });

  it('opens the primary breaker after N calls found it unavailable, skips it while open, probes it after openMs', async () => {
    let primaryDown = true;
    const { invoker, calls, advance } = setup((region) => (region === 'r1-east-1' && primaryDown ? 'unavailable' : 'ok'), {
      breakerFailureThreshold: 3,
    });
    // Each call tries r1 three times, then r2: one call is one failure against r1.
    await invoker.invoke('coder', build);
    await invoker.invoke('coder', build);
    expect(invoker.breakers.get('r1-east-1')!.current()).toBe('closed');
    await invoker.invoke('coder', build);
    expect(invoker.breakers.get('r1-east-1')!.current()).toBe('open');
    calls.length = 0;
    await expect(invoker.invoke('coder', build)).resolves.toMatchObject({ region: 'r2-west-2', attempts: 1 });
    expect(calls).toEqual(['r2-west-2']);

    advance(10_000);
    primaryDown = false;
    calls.length = 0;
    await expect(invoker.invoke('coder', build)).resolves.toMatchObject({ region: 'r1-east-1' });
    expect(calls).toEqual(['r1-east-1']);
    expect(invoker.breakers.get('r1-east-1')!.current()).toBe('closed');
  });

  it('a request that fails every attempt (a poison note) does not open a healthy region\'s breaker by itself', async () => {
    // Threshold below the attempts one call makes: counted per attempt, this one request would open both regions.
    const { invoker } = setup(() => 'unavailable', { breakerFailureThreshold: 2 });
    await expect(invoker.invoke('coder', build)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', details: { attempts: 6 } });
    expect(invoker.breakers.get('r1-east-1')!.current()).toBe('closed');
    expect(invoker.breakers.get('r2-west-2')!.current()).toBe('closed');
  });

  it('fails fast (retryable) when every region is open', async () => {
    const { invoker, calls } = setup(() => 'unavailable', { breakerFailureThreshold: 1, attemptsPerRegion: 1 });
    await expect(invoker.invoke('coder', build)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    calls.length = 0;
    await expect(invoker.invoke('coder', build)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true, details: { attempts: 0 } });
    expect(calls).toEqual([]);
  });

  it('builds the request per region (per-region model ids)', async () => {
    const seen: string[] = [];
    const { invoker } = setup((region) => (region === 'r1-east-1' ? 'unavailable' : 'ok'), {
      attemptsPerRegion: 1,
      send: async (region, input) => {
        seen.push(input.modelId!);
        if (region === 'r1-east-1') throw sdkError('InternalServerException', 500);
        return OK;
      },
    });
    await invoker.invoke('coder', build);
    expect(seen).toEqual(['m-r1-east-1', 'm-r2-west-2']);
  });
});

describe('readFailure', () => {
  it.each([
    [sdkError('ThrottlingException', 429), 'throttled'],
    [sdkError('ServiceQuotaExceededException', 400), 'throttled'],
    [sdkError('ModelNotReadyException', 429), 'throttled'],
    [sdkError('ModelTimeoutException', 408), 'unavailable'],
    [sdkError('InternalServerException', 500), 'unavailable'],
    [sdkError('ServiceUnavailableException', 503), 'unavailable'],
    [sdkError('TimeoutError'), 'unavailable'],
    [Object.assign(new Error('x'), { code: 'ECONNRESET' }), 'unavailable'],
    [sdkError('AccessDeniedException', 403), 'permanent'],
    [sdkError('ValidationException', 400), 'permanent'],
    [sdkError('ResourceNotFoundException', 404), 'permanent'],
    [sdkError('CredentialsProviderError'), 'permanent'],
  ])('%s → %s', (err, kind) => {
    expect(readFailure(err).kind).toBe(kind);
  });
});
