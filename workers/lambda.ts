// Owns the AWS Lambda entry point of the worker role (Dockerfile target `lambda`, infra LambdaWorkers):
// the composition root is built once per execution environment (the cold start: engine, models, clients)
// and every invocation hands its SQS batch to the same pipeline the long-running worker runs. Partial
// batch failures are reported by message id (the event source mapping has ReportBatchItemFailures on).
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/config';
import { handleSqsBatch, type SqsBatchResponse, type SqsRecord } from './sqsBatch';

/** Stop starting stages this long before the function's timeout, so the batch result is still returned. */
export const LAMBDA_DEADLINE_MARGIN_MS = 10_000;

interface LambdaContext {
  getRemainingTimeInMillis?(): number;
}

let app: Promise<App> | undefined;
let lastSweepMs = 0;

function worker(): Promise<App> {
  // A failed start is not cached: the next invocation tries again (e.g. after a throttled KMS call).
  app ??= startApp({ config: loadConfig({ ...process.env, MODE: 'split' }), roles: new Set(['worker']), delivery: 'external' }).catch((err: unknown) => {
    app = undefined;
    throw err;
  });
  return app;
}

/**
 * Builds the composition root of this execution environment (idempotent). The handler calls it on its first
 * invocation; `npm run bench -- lambda` calls it apart to time the cold start phase by phase. This build is
 * CommonJS, so Lambda's INIT phase only loads modules: the root is built inside the first invocation.
 */
export async function init(): Promise<void> {
  await worker();
}

export async function handler(event: { Records?: SqsRecord[] }, context?: LambdaContext): Promise<SqsBatchResponse> {
  const { worker: pipeline, logger, config } = await worker();
  if (!pipeline) throw new Error('the worker role did not start its pipeline');
  const abort = new AbortController();
  const remainingMs = context?.getRemainingTimeInMillis?.();
  const deadline = remainingMs === undefined ? undefined : setTimeout(() => abort.abort(), Math.max(0, remainingMs - LAMBDA_DEADLINE_MARGIN_MS));
  try {
    const result = await handleSqsBatch(event.Records ?? [], {
      processor: pipeline.processor,
      maxReceiveCount: pipeline.maxReceiveCount,
      signal: abort.signal,
      onRecord: (o) => {
        if (o.result !== 'done') logger.warn({ messageId: o.messageId, jobId: 'jobId' in o ? o.jobId : undefined, result: o.result, reason: 'reason' in o ? o.reason : 'errorCode' in o ? o.errorCode : undefined }, 'record returned to the queue');
      },
    });
    // No periodic timer survives between invocations: the sweep for jobs whose enqueue was lost runs here,
    // at most once per interval per environment, while messages keep arriving.
    if (Date.now() - lastSweepMs >= config.worker.sweepIntervalMs) {
      lastSweepMs = Date.now();
      await pipeline.sweepOnce().catch((err: unknown) => logger.warn({ err: (err as Error).name }, 'sweep failed'));
    }
    return result;
  } finally {
    if (deadline) clearTimeout(deadline);
  }
}
