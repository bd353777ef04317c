// Owns the chaos scenarios: each names one fault, the service settings it runs with, and how the fault is
// injected into the running split-mode cluster. Settings are shortened (visibility, backoff, sweeper bound)
// so a run takes minutes, not hours; the behaviour they exercise is the production one.
import { ChaosCluster, sleep } from './cluster';
import { stalledSubscriber } from './stalledSubscriber';
import type { Scenario, ScenarioContext } from './run';

/** Common to every scenario: short visibility (heartbeat at a third of it) and short, bounded retries. */
const FAST_RECOVERY: Record<string, string> = {
  VISIBILITY_TIMEOUT_SECONDS: '5',
  RETRY_BACKOFF_BASE_SECONDS: '1',
  RETRY_BACKOFF_MAX_SECONDS: '8',
  MAX_RECEIVE_COUNT: '8',
  WORKER_CONCURRENCY: '4',
  SWEEP_INTERVAL_MS: '2000',
  STUCK_AFTER_MS: '15000',
  BEDROCK_RETRY_BASE_MS: '50',
  BEDROCK_RETRY_MAX_MS: '400',
  BEDROCK_REQUEST_TIMEOUT_MS: '2000',
};

const pick = <T>(ctx: ScenarioContext, items: T[]): T => items[Math.floor(ctx.random() * items.length)];

/** A moment between minMs and maxMs from now, from the run's seeded generator. */
const jitter = (ctx: ScenarioContext, minMs: number, maxMs: number): Promise<void> => sleep(minMs + ctx.random() * (maxMs - minMs));

/** `times` times: after a random pause, a random live worker gets `signal` and is restarted. */
async function signalWorkers(ctx: ScenarioContext, times: number, signal: NodeJS.Signals, minPauseMs: number): Promise<void> {
  for (let k = 0; k < times; k++) {
    await jitter(ctx, minPauseMs, 1500);
    const victim = pick(ctx, ctx.cluster.workers.filter((w) => w.alive));
    victim.kill(signal);
    await ctx.cluster.restart(victim);
  }
}

export interface ScenarioScale {
  /** Worker SIGKILLs in worker-kill (10 in the full run). */
  kills: number;
}

export function scenarios(scale: ScenarioScale): Scenario[] {
  return [
    {
      name: 'worker-kill',
      fault: `a worker SIGKILLed at random moments, ${scale.kills} times, restarted each time`,
      workers: 2,
      env: FAST_RECOVERY,
      inject: (ctx) => signalWorkers(ctx, scale.kills, 'SIGKILL', 300),
    },
    {
      name: 'api-kill',
      fault: 'the API SIGKILLed and restarted 3 times while clients submit (retrying with the same idempotency key)',
      apis: 1,
      env: FAST_RECOVERY,
      inject: async (ctx) => {
        for (let k = 0; k < 3; k++) {
          await jitter(ctx, 500, 1500);
          const api = ctx.cluster.apis[0];
          api.kill('SIGKILL');
          await ctx.cluster.restart(api);
        }
      },
    },
    {
      name: 'dynamodb-outage',
      fault: 'DynamoDB Local stopped for 10 s, then restarted on its data',
      env: FAST_RECOVERY,
      inject: async (ctx) => {
        await ctx.cluster.stopDynamo();
        await sleep(10_000);
        await ctx.cluster.startDynamo();
      },
    },
    {
      name: 'queue-restart',
      fault: 'the SQS/SNS server restarted: queues, topic and messages lost; the sweeper re-enqueues from DynamoDB',
      env: FAST_RECOVERY,
      inject: async (ctx) => {
        await ctx.cluster.restartQueues(1_000);
      },
    },
    {
      name: 'bedrock-storm',
      fault: 'primary Bedrock region down for the whole run; the other throttles 30% and times out 5% of calls',
      env: FAST_RECOVERY,
      model: (base, random) => async (call) => {
        if (call.region === 'us-east-1') return { error: 'ServiceUnavailableException', status: 503, delayMs: 5 };
        const r = random();
        if (r < 0.3) return { error: 'ThrottlingException', status: 429, delayMs: 5 };
        // Longer than BEDROCK_REQUEST_TIMEOUT_MS: the client gives up on this attempt.
        if (r < 0.35) return { ...(await base(call)), delayMs: 3_000 } as Awaited<ReturnType<typeof base>>;
        return base(call);
      },
      inject: (ctx) => ctx.terminalFraction(1),
    },
    {
      name: 'poison',
      fault: 'every 10th note makes its model stage fail every time (retryable error): DLQ and FAILED with a reason',
      poisonEvery: 10,
      env: { ...FAST_RECOVERY, MAX_RECEIVE_COUNT: '3' },
      inject: (ctx) => ctx.terminalFraction(1),
    },
    {
      name: 'worker-sigterm',
      fault: 'workers SIGTERMed under load 3 times (graceful stop), restarted; visibility 30 s so a stranded message would show',
      workers: 2,
      env: { ...FAST_RECOVERY, VISIBILITY_TIMEOUT_SECONDS: '30' },
      inject: (ctx) => signalWorkers(ctx, 3, 'SIGTERM', 500),
    },
    {
      name: 'duplicate-delivery',
      fault: 'every claim check delivered twice to two workers (SQS at-least-once)',
      workers: 2,
      duplicateMessages: true,
      env: FAST_RECOVERY,
      inject: (ctx) => ctx.terminalFraction(1),
    },
    {
      name: 'slow-subscriber',
      fault: 'a websocket client holds 20 subscriptions and never reads while 5,000 extra events fan out to it',
      apis: 1,
      env: { ...FAST_RECOVERY, WS_MAX_BUFFERED_EVENTS: '200' },
      inject: async (ctx) => {
        const api = ctx.cluster.apis[0];
        const rss = (): number => ChaosCluster.rssMiB(api.child.pid) ?? 0;
        const before = rss();
        const subscriber = await stalledSubscriber(ctx.cluster.apiUrls()[0], ctx.cluster.token, 20);
        let peak = before;
        const sampler = setInterval(() => (peak = Math.max(peak, rss())), 200);
        await ctx.cluster.floodEvents(5_000);
        await sleep(3_000);
        clearInterval(sampler);
        const code = await subscriber.resumeAndWaitForClose(15_000);
        ctx.note(`stalled subscriber closed with ${code ?? 'nothing (still open)'}; API RSS ${before.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB`);
        if (code !== 1013) ctx.problem(`the stalled subscriber was not closed with 1013 (got ${code ?? 'none'})`);
      },
    },
  ];
}

/** Scenarios named in the issue that this harness does not run yet. */
export const NOT_YET: Array<{ name: string; why: string }> = [];
