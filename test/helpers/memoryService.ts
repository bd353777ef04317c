// Owns an in-process Chartcoder for client-side tests: the real HTTP + graphql-ws API server and the
// real pipeline (clinical engine, local models) over in-memory ports, with a one-message-at-a-time
// worker loop. Disposes itself via stop(). The store honours idempotency keys as the DynamoDB one does.
import { randomBytes } from 'node:crypto';
import type { CreateJobResult } from '../../src/domain/ports';
import type { NewJob } from '../../src/domain/job';
import { ClinicalEngine } from '../../src/engine';
import { LocalTokenVerifier, mintLocalToken, type Role } from '../../src/auth';
import { JobService } from '../../src/services/jobService';
import { localModelProvider } from '../../src/models/local';
import { Pipeline } from '../../workers/pipeline';
import { MemoryEventBus, MemoryJobQueue, MemoryJobStore } from '../unit/workers/fakes';
import { startTestApiServer } from './apiServer';

/** Same tenant and idempotency key → the job the first submission created (as DynamoJobStore does). */
class IdempotentMemoryJobStore extends MemoryJobStore {
  override async create(input: NewJob): Promise<CreateJobResult> {
    const existing = input.idempotencyKey === undefined
      ? undefined
      : [...this.jobs.values()].find((j) => j.tenantId === input.tenantId && j.idempotencyKey === input.idempotencyKey);
    return existing ? { job: await this.get(existing.tenantId, existing.jobId), created: false } : super.create(input);
  }
}

export interface MemoryService {
  url: string;
  store: MemoryJobStore;
  queue: MemoryJobQueue;
  token(roles?: Role[], tenant?: string): Promise<string>;
  /** The worker takes no message until resumed (to watch a job sit in QUEUED). */
  pauseWorker(): void;
  resumeWorker(): void;
  stop(): Promise<void>;
}

let sharedEngine: ClinicalEngine | undefined;

export async function startMemoryService(): Promise<MemoryService> {
  sharedEngine ??= new ClinicalEngine();
  const engine = sharedEngine;
  const store = new IdempotentMemoryJobStore();
  const queue = new MemoryJobQueue();
  const events = new MemoryEventBus();
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const jobs = new JobService({ store, sealer: store.sealer, queue, events, limits: { maxNoteChars: 200_000, maxBatchSize: 100 }, logger: silent });
  const pipeline = new Pipeline({ store, sealer: store.sealer, events, engine, models: localModelProvider(engine), clock: { nowMs: () => Date.now() } });

  const abort = new AbortController();
  let paused = false;
  let resume: () => void = () => undefined;
  const worker = (async () => {
    while (!abort.signal.aborted) {
      let messages;
      try {
        messages = await queue.receive({ waitTimeSeconds: 20, abortSignal: abort.signal });
      } catch {
        return; // aborted
      }
      // Paused while long-polling: hold what arrived until resumed.
      while (paused && !abort.signal.aborted) await new Promise<void>((r) => (resume = r));
      if (abort.signal.aborted) return;
      for (const m of messages) {
        await pipeline.run({ tenantId: m.tenantId, jobId: m.jobId });
        await queue.delete(m.receiptHandle);
      }
    }
  })();

  const services = {
    jobs,
    store,
    events,
    codeSet: engine.codeSet,
    admin: { redriveDeadLetters: async () => ({ requeued: queue.deadLetters.length, resent: 0, dropped: 0, failed: 0 }) },
  };
  const secret = randomBytes(32);
  const { api, url } = await startTestApiServer(services, new LocalTokenVerifier(secret));
  return {
    url,
    store,
    queue,
    token: (roles = ['submitter', 'reader', 'admin'], tenant = 'acme') => mintLocalToken(secret, { tenant, roles, subject: `user@${tenant}` }),
    pauseWorker: () => void (paused = true),
    resumeWorker: () => {
      paused = false;
      resume();
    },
    stop: async () => {
      abort.abort();
      resume();
      queue.wake();
      await worker;
      await api.stop();
    },
  };
}
