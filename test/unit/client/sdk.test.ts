// The client SDK against a real in-process API (HTTP + graphql-ws) and pipeline: submitAndWait live
// over the subscription and by polling when the websocket is unusable; one idempotency key across
// retries (a lost answer does not create a second job); typed errors by extensions.code; pagination.
import WebSocket from 'ws';
import {
  ChartcoderClient, ForbiddenError, NetworkError, NotFoundError, TimeoutError, UnauthenticatedError, ValidationError, paginate,
  type JobStatusEvent,
} from '../../../client/src';
import { startMemoryService, type MemoryService } from '../../helpers/memoryService';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const validateFhir = (require('../../../scripts/fhir-validate.js') as { createFhirValidator: () => (r: unknown) => { valid: boolean; errors: string[] } }).createFhirValidator();

const NOTE = 'ASSESSMENT:\n1. Essential hypertension.\n2. Type 2 diabetes mellitus without complications.\nSeen by Dr. Quill Farrowdale.';

describe('@chartcoder/client', () => {
  let service: MemoryService;
  let token: string;
  const clients: ChartcoderClient[] = [];
  const client = (options: Partial<ConstructorParameters<typeof ChartcoderClient>[0]> = {}) => {
    const c = new ChartcoderClient({ url: service.url, token, webSocketImpl: WebSocket, ...options });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    service = await startMemoryService();
    token = await service.token();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await service.stop();
  });

  it('submitAndWait follows the job live over graphql-ws and returns the report with its codes and FHIR Bundle', async () => {
    const events: JobStatusEvent[] = [];
    const { job, report, via } = await client().submitAndWait({ text: NOTE, noteType: 'PROGRESS_NOTE' }, { onEvent: (e) => events.push(e), fhir: true });
    expect(via).toBe('subscription');
    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(job.status);
    expect(events.at(-1)!.status).toBe(job.status);
    // Versions only increase: the stream is ordered.
    expect(events.map((e) => e.version)).toEqual([...events.map((e) => e.version)].sort((a, b) => a - b));
    expect(report!.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['I10']));
    for (const c of report!.codes) for (const e of c.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.text);
    // report { fhir } through the real resolver: a schema-valid R4 Bundle of this job.
    expect(validateFhir(report!.fhir)).toEqual({ valid: true, errors: [] });
    expect((report!.fhir as { identifier: { value: string } }).identifier.value).toBe(job.id);
    expect(JSON.stringify(report)).not.toContain('Farrowdale');
  });

  it('falls back to polling when the websocket cannot connect, and still returns the report', async () => {
    const sleeps: number[] = [];
    const c = client({ wsUrl: 'ws://127.0.0.1:9/graphql', sleep: async (ms) => {
      sleeps.push(ms);
      await new Promise((r) => setTimeout(r, 20));
    } });
    const { job, report, via } = await c.submitAndWait({ text: NOTE }, { pollIntervalMs: 50 });
    expect(via).toBe('polling');
    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(job.status);
    expect(report).not.toBeNull();
    expect(sleeps.every((ms) => ms === 50)).toBe(true);
  });

  it('keeps one idempotency key across retries: a submission whose answer was lost is not created twice', async () => {
    const before = service.store.jobs.size;
    const sent: string[] = [];
    let lose = 1;
    const lossy: typeof fetch = async (url, init) => {
      sent.push(JSON.parse(String(init!.body)).variables?.input?.idempotencyKey);
      const res = await fetch(url, init);
      // The server did the work; the answer never arrives.
      if (lose-- > 0) throw new TypeError('socket hang up');
      return res;
    };
    const job = await client({ fetch: lossy, sleep: async () => undefined }).submitNote({ text: NOTE });
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^sdk-[0-9a-f]{32}$/);
    expect(sent[1]).toBe(sent[0]);
    expect(service.store.jobs.size).toBe(before + 1);
    expect(job.id).toBe([...service.store.jobs.values()].find((j) => j.idempotencyKey === sent[0])!.jobId);
  });

  it('gives up after the retry budget with a typed NetworkError', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('connect ECONNREFUSED');
    };
    const delays: number[] = [];
    const err = await client({ fetch: down, retryAttempts: 3, retryBaseDelayMs: 100, sleep: async (ms) => void delays.push(ms) }).getJob('x').catch((e) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.code).toBe('NETWORK');
    expect(delays).toEqual([100, 200, 400]);
  });

  it('throws typed errors by extensions.code, never retrying a decided answer', async () => {
    let calls = 0;
    const c = client({ fetch: (url, init) => (calls++, fetch(url, init)) });
    await expect(c.submitNote({ text: '   ' })).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toBe(1);
    await expect(c.getJob('no-such-job')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(c.getJob('no-such-job')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client({ token: 'not-a-token' }).getJob('x')).rejects.toBeInstanceOf(UnauthenticatedError);
    const readerToken = await service.token(['reader']);
    await expect(client({ token: readerToken }).submitNote({ text: NOTE })).rejects.toBeInstanceOf(ForbiddenError);
    // Over the websocket too: a job of another tenant is not found.
    const other = await service.token(['reader'], 'globex');
    const { id } = await c.submitNote({ text: NOTE });
    const watch = client({ token: other }).watchJob(id);
    await expect(watch.next()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives up waiting at the deadline with a TimeoutError even when the subscription stays silent', async () => {
    const c = client();
    service.pauseWorker();
    try {
      const { id } = await c.submitNote({ text: NOTE });
      const err = await c.waitForJob(id, { timeoutMs: 300 }).catch((e) => e);
      expect(err).toBeInstanceOf(TimeoutError);
      expect(err.code).toBe('TIMEOUT');
    } finally {
      service.resumeWorker();
    }
  });

  it('pages through jobs with cursors: every job once, newest first', async () => {
    const tenantToken = await service.token(['submitter', 'reader'], 'paging');
    const c = client({ token: tenantToken });
    service.pauseWorker();
    const ids: string[] = [];
    try {
      for (let i = 0; i < 5; i++) ids.push((await c.submitNote({ text: `${NOTE} ${i}` })).id);
    } finally {
      service.resumeWorker();
    }
    const first = await c.listJobs({ first: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const all: string[] = [];
    for await (const job of c.allJobs(undefined, 2)) all.push(job.id);
    expect(all).toEqual([...ids].reverse());
  });

  it('paginate stops at the last page', async () => {
    const pages = [
      { items: [1, 2], hasNextPage: true, endCursor: 'a' },
      { items: [3], hasNextPage: false, endCursor: 'b' },
    ];
    const afters: (string | null)[] = [];
    const seen: number[] = [];
    for await (const n of paginate(async (after) => (afters.push(after), pages[afters.length - 1]))) seen.push(n);
    expect(seen).toEqual([1, 2, 3]);
    expect(afters).toEqual([null, 'a']);
  });
});
