// Unit: the pipeline on in-memory ports with the real clinical engine and local models —
// stage order, outputs stored with their transitions, resume without repeating model calls,
// conflicts, cancellation, typed model errors, and evidence reported against the original text.

import type { Job } from '../../../src/domain/job';
import type { JobStore } from '../../../src/domain/ports';
import { ClinicalEngine } from '../../../src/engine';
import { ChartcoderError, UpstreamUnavailableError } from '../../../src/errors';
import { localModelProvider } from '../../../src/models/local';
import type { ModelProvider } from '../../../src/models/port';
import { Pipeline, type PipelineEngine } from '../../../workers/pipeline';
import type { JobReport, RedactionOutput } from '../../../src/domain/stageOutputs';
import { MemoryEventBus, MemoryJobStore } from './fakes';
import { completionsOf } from '../../../src/domain/lifecycle';
import { StageFailedError } from '../../../workers/errors';

const NOTE = [
  'CHIEF COMPLAINT',
  'Follow-up of diabetes and blood pressure.',
  '',
  'HISTORY OF PRESENT ILLNESS',
  'Mr. Harold Quimby is a 67-year-old man seen on 03/14/2026. He has type 2 diabetes mellitus with diabetic chronic kidney disease, CKD stage 3a, and essential hypertension. He denies chest pain.',
  '',
  'ASSESSMENT AND PLAN',
  'Type 2 diabetes with CKD stage 3a: continue metformin. Hypertension: continue lisinopril.',
  '',
  'Call 555-201-3344 with questions.',
].join('\n');
const PHI_STRINGS = ['Harold', 'Quimby', '03/14/2026', '555-201-3344'];

const engine = new ClinicalEngine();

function counting(models: ModelProvider) {
  const calls = { summarize: 0, code: 0 };
  const provider: ModelProvider = {
    summarizer: { id: models.summarizer.id, summarize: (r) => (calls.summarize++, models.summarizer.summarize(r)) },
    coder: { id: models.coder.id, code: (r) => (calls.code++, models.coder.code(r)) },
  };
  return { provider, calls };
}

function setup(options: { models?: ModelProvider; engine?: PipelineEngine } = {}) {
  let t = 1_700_000_000_000;
  const clock = { nowMs: () => (t += 5) };
  const store = new MemoryJobStore(() => t);
  const events = new MemoryEventBus();
  const counted = counting(options.models ?? localModelProvider(engine));
  const pipeline = new Pipeline({ store, sealer: store.sealer, events, engine: options.engine ?? engine, models: counted.provider, clock });
  return { store, events, pipeline, calls: counted.calls };
}

async function submit(store: MemoryJobStore, text = NOTE): Promise<Job> {
  return (await store.submit({ tenantId: 'acme', text, noteType: 'PROGRESS_NOTE' })).job;
}

describe('Pipeline', () => {
  it('runs every stage in order, stores each output with its transition and reports original-text evidence', async () => {
    const { store, events, pipeline, calls } = setup();
    const job = await submit(store);

    const outcome = await pipeline.run(job);

    expect(outcome.kind).toBe('finished');
    const final = await store.get('acme', job.jobId);
    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(final.status);
    expect(events.published.map((e) => e.status)).toEqual(['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING', final.status]);
    expect(events.published.map((e) => e.version)).toEqual([2, 3, 4, 5, 6]);
    // Each stage's output arrives in the write that leaves that stage; the local stages (redaction,
    // validation) ride on the write before / after a model call: 3 writes, each event still published.
    const steps = (t: (typeof store.transitions)[number]) => [t.request, ...(t.request.then ?? [])].map((s) => [s.to, s.completed?.stage]);
    expect(store.transitions.map((t) => [t.from, ...steps(t)])).toEqual([
      ['QUEUED', ['REDACTING', undefined], ['SUMMARIZING', 'REDACTING']],
      ['SUMMARIZING', ['CODING', 'SUMMARIZING']],
      ['CODING', ['VALIDATING', 'CODING'], [final.status, 'VALIDATING']],
    ]);
    expect(final.history.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(calls).toEqual({ summarize: 1, code: 1 });
    await expect(store.readSealedNote('acme', job.jobId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const redaction = (await store.getStageOutput<RedactionOutput>('acme', job.jobId, 'REDACTING'))!;
    for (const phi of PHI_STRINGS) expect(redaction.redactedText).not.toContain(phi);

    const report = (await store.getStageOutput<JobReport>('acme', job.jobId, 'VALIDATING'))!;
    expect(report.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['E11.22', 'N18.31']));
    for (const code of report.codes) {
      expect(code.evidence.length).toBeGreaterThan(0);
      for (const e of code.evidence) {
        expect(NOTE.slice(e.start, e.end)).toBe(e.text);
        expect(redaction.redactedText.slice(e.redactedStart, e.redactedEnd)).toBe(e.text);
      }
    }
    expect(report.codes.map((c) => c.rank)).toEqual(report.codes.map((_, i) => i + 1));
    expect(report.codeSetVersion).toBe(engine.codeSet.version);
    expect(Object.keys(report.models).sort()).toEqual(['CODING', 'REDACTING', 'SUMMARIZING', 'VALIDATING']);
    expect(Object.values(report.timingsMs).every((ms) => typeof ms === 'number' && ms > 0)).toBe(true);
    expect(report.needsReview).toBe(final.status === 'NEEDS_REVIEW');
    // Nothing stored after redaction carries the PHI.
    const stored = JSON.stringify(await store.getStageOutputs('acme', job.jobId));
    for (const phi of PHI_STRINGS) expect(stored).not.toContain(phi);
  });

  it('resumes a redelivered job at the first unfinished stage without repeating a finished model call', async () => {
    const base = localModelProvider(engine);
    let coderFailures = 1;
    const models: ModelProvider = {
      summarizer: base.summarizer,
      coder: {
        id: base.coder.id,
        code: async (r) => {
          if (coderFailures-- > 0) throw new UpstreamUnavailableError('model endpoint timed out');
          return base.coder.code(r);
        },
      },
    };
    const { store, pipeline, calls } = setup({ models });
    const job = await submit(store);

    await expect(pipeline.run(job)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect((await store.get('acme', job.jobId)).status).toBe('CODING');
    expect(calls).toEqual({ summarize: 1, code: 1 });

    const outcome = await pipeline.run(job);
    expect(outcome.kind).toBe('finished');
    expect(calls).toEqual({ summarize: 1, code: 2 });
    expect(store.transitions.filter((t) => t.request.completed?.stage === 'SUMMARIZING')).toHaveLength(1);
  });

  it('starts a run with one read: the sealed note comes with the job (round trips per job, issue 11 §5)', async () => {
    const { store, events } = setup();
    const job = await submit(store);
    // What the pipeline asks of its store, counted at the port (the fake's own internals are not counted).
    const calls: Record<string, number> = {};
    const counted = new Proxy(store, {
      get: (target, name, receiver) => {
        const value = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...a: unknown[]) => ((calls[String(name)] = (calls[String(name)] ?? 0) + 1), value.apply(target, a));
      },
    });
    const pipeline = new Pipeline({ store: counted, sealer: store.sealer, events, engine, models: localModelProvider(engine), clock: { nowMs: () => Date.now() } });
    expect((await pipeline.run(job)).kind).toBe('finished');
    // One read to start, then one conditional write before each model call and one at the end; nothing read back.
    expect(calls).toEqual({ getWithSealedNote: 1, transition: 3 });
  });

  it("a model call never waits for the previous transition's event, and run() returns only once every event is out", async () => {
    const base = localModelProvider(engine);
    const publishedWhenSummarizing: string[] = [];
    const { store, events, pipeline } = setup({
      models: { ...base, summarizer: { id: base.summarizer.id, summarize: (r) => (publishedWhenSummarizing.push(...events.published.map((e) => e.status)), base.summarizer.summarize(r)) } },
    });
    const job = await submit(store);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const publish = events.publish.bind(events);
    events.publish = async (e) => {
      await gate;
      return publish(e);
    };
    let done = false;
    const running = pipeline.run(job).then((o) => ((done = true), o));
    await new Promise((r) => setTimeout(r, 50));
    // The whole job ran while its first event was still being published, but the run has not reported.
    expect((await store.get('acme', job.jobId)).status).toMatch(/^(COMPLETED|NEEDS_REVIEW)$/);
    expect(publishedWhenSummarizing).toEqual([]);
    expect(done).toBe(false);
    release();
    expect((await running).kind).toBe('finished');
    // Still in version order.
    expect(events.published.map((e) => e.version)).toEqual([2, 3, 4, 5, 6]);
  });

  it('a failed event publish fails a finished run, so the redelivery re-announces the stored terminal state', async () => {
    const { store, events, pipeline } = setup();
    const job = await submit(store);
    events.beforePublish = (e) => {
      if (e.status === 'SUMMARIZING') throw Object.assign(new Error('publish failed'), { name: 'InternalErrorException' });
    };
    await expect(pipeline.run(job)).rejects.toMatchObject({ name: 'InternalErrorException' });
    // Every later event still went out, and the job's state is stored.
    const final = await store.get('acme', job.jobId);
    expect(events.published.map((e) => e.status)).toEqual(['REDACTING', 'CODING', 'VALIDATING', final.status]);
    events.beforePublish = undefined;
    expect(await pipeline.run(job)).toMatchObject({ kind: 'skipped', reason: 'ALREADY_TERMINAL' });
    expect(events.published.at(-1)).toMatchObject({ status: final.status, version: final.version });
  });

  it('stops quietly when another worker moved the job (ConflictError)', async () => {
    const { store, events, pipeline } = setup();
    const job = await submit(store);
    store.beforeTransition = (current) => {
      // Another worker wins the race for the SUMMARIZING → CODING write.
      if (current.status === 'SUMMARIZING') store.force('acme', job.jobId, {});
    };
    const outcome = await pipeline.run(job);
    expect(outcome).toEqual({ kind: 'skipped', reason: 'CONFLICT' });
    expect((await store.get('acme', job.jobId)).status).toBe('SUMMARIZING');
    expect(events.published.map((e) => e.status)).toEqual(['REDACTING', 'SUMMARIZING']);
  });

  it('skips a CANCELLED job without calling any model', async () => {
    const { store, pipeline, calls } = setup();
    const job = await submit(store);
    await store.transition('acme', job.jobId, { expectedVersion: 1, to: 'CANCELLED' });
    const outcome = await pipeline.run(job);
    expect(outcome).toEqual({ kind: 'skipped', reason: 'ALREADY_TERMINAL', status: 'CANCELLED' });
    expect(calls).toEqual({ summarize: 0, code: 0 });
  });

  it('skips a job that does not exist', async () => {
    const { pipeline } = setup();
    expect(await pipeline.run({ tenantId: 'acme', jobId: '01JCXG8Z9Q4W7N3V5T2R1PKZZZ' })).toEqual({ kind: 'skipped', reason: 'NOT_FOUND' });
  });

  it('marks the job FAILED at once on a non-retryable model error, with its code', async () => {
    const base = localModelProvider(engine);
    const models: ModelProvider = {
      summarizer: {
        id: 'bedrock:x',
        summarize: async () => {
          throw new ChartcoderError('MODEL_ACCESS_DENIED', 'no access to the model');
        },
      },
      coder: base.coder,
    };
    const { store, events, pipeline } = setup({ models });
    const job = await submit(store);
    const outcome = await pipeline.run(job);
    expect(outcome).toMatchObject({ kind: 'failed', code: 'MODEL_ACCESS_DENIED' });
    const failed = await store.get('acme', job.jobId);
    expect(failed.status).toBe('FAILED');
    expect(failed.error?.code).toBe('MODEL_ACCESS_DENIED');
    expect(events.published.at(-1)).toMatchObject({ status: 'FAILED', errorCode: 'MODEL_ACCESS_DENIED' });
  });

  it('honours an explicit retryable flag on an adapter error', async () => {
    const base = localModelProvider(engine);
    const throttled = Object.assign(new Error('slow down'), { name: 'ThrottlingException', retryable: true });
    const rejected = Object.assign(new Error('bad request'), { name: 'ValidationException', retryable: false });
    for (const [error, expectFailed] of [
      [throttled, false],
      [rejected, true],
    ] as const) {
      const models: ModelProvider = {
        summarizer: { id: 'm', summarize: () => Promise.reject(error) },
        coder: base.coder,
      };
      const { store, pipeline } = setup({ models });
      const job = await submit(store);
      if (expectFailed) {
        expect(await pipeline.run(job)).toMatchObject({ kind: 'failed', code: 'ValidationException' });
      } else {
        await expect(pipeline.run(job)).rejects.toBe(error);
        expect((await store.get('acme', job.jobId)).status).toBe('SUMMARIZING');
      }
    }
  });

  it('codes by the job\'s note type: an uncertain diagnosis is coded in a discharge summary (II.H), its symptoms in a progress note (IV.H)', async () => {
    const text = 'Cough and fever for 3 days. Assessment: probable pneumonia. Start azithromycin.';
    const codesFor = async (noteType: 'PROGRESS_NOTE' | 'DISCHARGE_SUMMARY'): Promise<string[]> => {
      const { store, pipeline } = setup();
      const job = (await store.submit({ tenantId: 'acme', text, noteType })).job;
      expect((await pipeline.run(job)).kind).toBe('finished');
      return (await store.getStageOutput<JobReport>('acme', job.jobId, 'VALIDATING'))!.codes.map((c) => c.code);
    };
    const inpatient = await codesFor('DISCHARGE_SUMMARY');
    expect(inpatient).toContain('J18.9');
    const outpatient = await codesFor('PROGRESS_NOTE');
    expect(outpatient).not.toContain('J18.9');
    // A cough of 3 days is acute by its stated duration (R05.1, ICD-10-CM FY2022+ R05 subcodes).
    expect(outpatient).toEqual(expect.arrayContaining(['R05.1', 'R50.9']));
  });

  it('fails with RAW_NOTE_UNAVAILABLE when the ciphertext is gone before redaction', async () => {
    const { store, pipeline } = setup();
    const job = await submit(store);
    store.raw.clear();
    expect(await pipeline.run(job)).toMatchObject({ kind: 'failed', code: 'RAW_NOTE_UNAVAILABLE' });
  });

  it('fails with DECRYPTION_FAILED at once when the sealed note does not open (moved from another job)', async () => {
    const { store, pipeline } = setup();
    const job = await submit(store);
    const other = await submit(store, 'A different note.');
    store.raw.set(`acme/${job.jobId}`, store.raw.get(`acme/${other.jobId}`)!);
    expect(await pipeline.run(job)).toMatchObject({ kind: 'failed', code: 'DECRYPTION_FAILED' });
  });

  it('walks a retried FAILED job past stored stages without calling their models again', async () => {
    const base = localModelProvider(engine);
    let failValidation = true;
    const wrapped: PipelineEngine = {
      codeSet: engine.codeSet,
      redact: (t) => engine.redact(t),
      analyze: (t) => engine.analyze(t),
      propose: (a) => engine.propose(a),
      validate: (a, p) => {
        if (failValidation) throw new ChartcoderError('INVALID_CODE', 'validator refused');
        return engine.validate(a, p);
      },
    };
    const { store, pipeline, calls } = setup({ models: base, engine: wrapped });
    const job = await submit(store);
    expect(await pipeline.run(job)).toMatchObject({ kind: 'failed', code: 'INVALID_CODE' });
    expect(calls).toEqual({ summarize: 1, code: 1 });

    const failed = await store.get('acme', job.jobId);
    await store.transition('acme', job.jobId, { expectedVersion: failed.version, to: 'QUEUED' });
    failValidation = false;
    expect((await pipeline.run(job)).kind).toBe('finished');
    expect(calls).toEqual({ summarize: 1, code: 1 });
    expect((await store.get('acme', job.jobId)).stages.VALIDATING).toBeDefined();
  });

  it('rejects a code whose only evidence is inside PHI and routes the report to review', async () => {
    const note = 'Seen by Dr. Parker today. Assessment: asthma, mild intermittent.';
    const wrapped: PipelineEngine = {
      codeSet: engine.codeSet,
      redact: (t) => engine.redact(t),
      analyze: (t) => engine.analyze(t),
      propose: (a) => engine.propose(a),
      validate: (a) => {
        const inPhi = a.text.indexOf('[NAME]');
        const asthma = a.text.indexOf('asthma');
        expect(inPhi).toBeGreaterThanOrEqual(0);
        return {
          accepted: [
            { code: 'J45.20', description: 'Mild intermittent asthma, uncomplicated', billable: true, confidence: 0.9, role: 'principal', rank: 1, source: 'engine', evidence: [{ start: asthma, end: asthma + 6, text: 'asthma' }] },
            { code: 'Z00.00', description: 'x', billable: true, confidence: 0.9, role: 'secondary', rank: 2, source: 'model', evidence: [{ start: inPhi, end: inPhi + 6, text: '[NAME]' }] },
          ],
          rejected: [],
          needsReview: false,
          reviewReasons: [],
        };
      },
    };
    const { store, pipeline } = setup({ engine: wrapped });
    const job = await submit(store, note);
    const outcome = await pipeline.run(job);
    expect(outcome.kind === 'finished' && outcome.job.status).toBe('NEEDS_REVIEW');
    const report = (await store.getStageOutput<JobReport>('acme', job.jobId, 'VALIDATING'))!;
    expect(report.codes.map((c) => c.code)).toEqual(['J45.20']);
    expect(note.slice(report.codes[0].evidence[0].start, report.codes[0].evidence[0].end)).toBe('asthma');
    expect(report.rejectedCodes).toContainEqual({ code: 'Z00.00', reason: 'EVIDENCE_ONLY_IN_PHI' });
    expect(report.needsReview).toBe(true);
  });

  it('flags for review a code whose every quote had to be cut at a placeholder', async () => {
    const note = 'Seen by Dr. Parker today. Assessment: asthma, mild intermittent.';
    const wrapped: PipelineEngine = {
      codeSet: engine.codeSet,
      redact: (t) => engine.redact(t),
      analyze: (t) => engine.analyze(t),
      propose: (a) => engine.propose(a),
      validate: (a) => {
        const start = a.text.indexOf('[NAME]');
        const end = a.text.indexOf(' today') + ' today'.length;
        return {
          accepted: [{ code: 'J45.20', description: 'x', billable: true, confidence: 0.9, role: 'principal', rank: 1, source: 'model', evidence: [{ start, end, text: a.text.slice(start, end) }] }],
          rejected: [],
          needsReview: false,
          reviewReasons: [],
        };
      },
    };
    const { store, pipeline } = setup({ engine: wrapped });
    const job = await submit(store, note);
    const outcome = await pipeline.run(job);
    expect(outcome.kind === 'finished' && outcome.job.status).toBe('NEEDS_REVIEW');
    const report = (await store.getStageOutput<JobReport>('acme', job.jobId, 'VALIDATING'))!;
    const [e] = report.codes[0].evidence;
    expect(e.text).toBe('today');
    expect(note.slice(e.start, e.end)).toBe('today');
    expect(report.reviewReasons).toEqual(['Every evidence quote of a code was cut short at redacted PHI']);
  });

  it('republishes the terminal event on a duplicate delivery of a finished job', async () => {
    const { store, events, pipeline } = setup();
    const job = await submit(store);
    await pipeline.run(job);
    const last = events.published.at(-1)!;
    const outcome = await pipeline.run(job);
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'ALREADY_TERMINAL' });
    expect(events.published.at(-1)).toEqual(last);
  });

  it('stops between stages when the signal is aborted, leaving the job resumable', async () => {
    const { store, pipeline } = setup();
    const job = await submit(store);
    const abort = new AbortController();
    store.beforeTransition = (current) => {
      if (current.status === 'QUEUED') abort.abort();
    };
    const outcome = await pipeline.run(job, { signal: abort.signal });
    expect(outcome.kind).toBe('interrupted');
    expect((await store.get('acme', job.jobId)).status).toBe('SUMMARIZING');
    store.beforeTransition = undefined;
    expect((await pipeline.run(job)).kind).toBe('finished');
  });

  it('a local stage failing after a model call keeps the paid output: the codes are stored before the job fails in validation', async () => {
    const failing: PipelineEngine = Object.assign(Object.create(engine) as PipelineEngine, {
      validate: () => {
        throw new StageFailedError('VALIDATION_BROKEN', 'validator failed');
      },
    });
    const { store, pipeline, calls } = setup({ engine: failing });
    const job = await submit(store);
    expect(await pipeline.run(job)).toMatchObject({ kind: 'failed', code: 'VALIDATION_BROKEN' });
    const failed = await store.get('acme', job.jobId);
    expect(failed.history.map((r) => r.to)).toEqual(['QUEUED', 'REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING', 'FAILED']);
    expect(await store.getStageOutput('acme', job.jobId, 'CODING')).toBeDefined();
    expect(calls).toEqual({ summarize: 1, code: 1 });
  });

  it('two workers redacting the same queued job (a duplicate message): one write wins and only its run calls the models', async () => {
    const { store, pipeline, calls } = setup();
    const counted = counting(localModelProvider(engine));
    const second = new Pipeline({ store, sealer: store.sealer, events: new MemoryEventBus(), engine, models: counted.provider, clock: { nowMs: () => Date.now() } });
    const job = await submit(store);
    // Both read the job QUEUED and redact (local, no lease needed); their first writes race on version 1.
    const outcomes = await Promise.all([pipeline.run(job), second.run(job)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['finished', 'skipped']);
    expect(calls.summarize + counted.calls.summarize).toBe(1);
    expect(calls.code + counted.calls.code).toBe(1);
    expect(store.transitions.filter((t) => t.from === 'QUEUED')).toHaveLength(1);
  });

  describe('one analysis per job', () => {
    // The coder's note scan is the costly part of coding; it is kept on the analysis it ran over.
    const scans = () => jest.spyOn(engine.coder as unknown as { scanNote: (...a: unknown[]) => unknown }, 'scanNote');
    afterEach(() => jest.restoreAllMocks());

    it('analyses and codes the note once: summarizing, coding and validating use the analysis made at redaction', async () => {
      const analyze = jest.spyOn(engine, 'analyze');
      const scan = scans();
      const { store, pipeline } = setup();
      const job = await submit(store);
      expect((await pipeline.run(job)).kind).toBe('finished');
      expect(analyze).toHaveBeenCalledTimes(1);
      const redaction = (await store.getStageOutput<RedactionOutput>('acme', job.jobId, 'REDACTING'))!;
      // The note's text is scanned once; the summary's faithfulness guard also reads each chosen statement
      // alone (short texts of their own), which is a check of the summary, not a second analysis of the note.
      const noteScans = scan.mock.calls.filter(([text]) => text === redaction.redactedText);
      expect(noteScans).toHaveLength(1);
      expect(scan.mock.calls.every(([text]) => typeof text === 'string' && (text === redaction.redactedText || (text as string).length < redaction.redactedText.length))).toBe(true);
      expect(redaction.analysis).toMatchObject({ v: 1 });
    });

    it('a run resumed after the redaction stage restores the stored analysis instead of analysing the note again', async () => {
      const { store, pipeline } = setup();
      const job = await submit(store);
      const abort = new AbortController();
      store.beforeTransition = (current) => {
        if (current.status === 'QUEUED') abort.abort();
      };
      expect((await pipeline.run(job, { signal: abort.signal })).kind).toBe('interrupted');
      store.beforeTransition = undefined;
      const analyze = jest.spyOn(engine, 'analyze');
      expect((await pipeline.run(job)).kind).toBe('finished');
      expect(analyze).not.toHaveBeenCalled();
    });
  });

  it('markFailed fails a live job once and leaves terminal jobs alone', async () => {
    const { store, events, pipeline } = setup();
    const job = await submit(store);
    const failed = await pipeline.markFailed(job, { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'gave up' });
    expect(failed).toMatchObject({ status: 'FAILED', error: { code: 'MAX_RECEIVE_COUNT_EXCEEDED' } });
    expect(events.published.at(-1)).toMatchObject({ status: 'FAILED', errorCode: 'MAX_RECEIVE_COUNT_EXCEEDED' });
    expect(await pipeline.markFailed(job, { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'again' })).toBeUndefined();
    expect(await pipeline.markFailed({ tenantId: 'acme', jobId: '01JCXG8Z9Q4W7N3V5T2R1PKZZZ' }, { code: 'X', reason: 'y' })).toBeUndefined();
  });
});

describe('Pipeline: exactly-once model calls when two workers hold the same job (redelivery, duplicate message, sweeper)', () => {
  const LEASE_MS = 30_000;

  /** Two worker runs on one store and one clock, each with its own lease owner and counted models. */
  function twoWorkers(modelsA?: ModelProvider) {
    let t = 1_700_000_000_000;
    const clock = { nowMs: () => t };
    const store = new MemoryJobStore(() => t);
    const events = new MemoryEventBus();
    const a = counting(modelsA ?? localModelProvider(engine));
    const b = counting(localModelProvider(engine));
    const workerA = new Pipeline({ store, sealer: store.sealer, events, engine, models: a.provider, clock, lease: { owner: 'worker-a', durationMs: LEASE_MS } });
    const workerB = new Pipeline({ store, sealer: store.sealer, events, engine, models: b.provider, clock, lease: { owner: 'worker-b', durationMs: LEASE_MS } });
    return { store, workerA, workerB, callsA: a.calls, callsB: b.calls, advance: (ms: number) => (t += ms) };
  }

  /** The local models with a summarizer that resolves `inside` when called and answers only after `release()`. */
  function heldSummarizer() {
    const base = localModelProvider(engine);
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const provider: ModelProvider = {
      ...base,
      summarizer: { id: base.summarizer.id, summarize: async (...args: Parameters<typeof base.summarizer.summarize>) => (entered(), await released, base.summarizer.summarize(...args)) },
    };
    return { provider, inside, release };
  }

  it('a second worker defers while the first one\'s lease is live, then claims the stage once the lease expired', async () => {
    const base = localModelProvider(engine);
    // Worker A dies inside the summarizer call (as a SIGKILL would leave it): the job stays SUMMARIZING.
    const dying: ModelProvider = { ...base, summarizer: { id: base.summarizer.id, summarize: async () => Promise.reject(new UpstreamUnavailableError('worker died')) } };
    const { store, workerA, workerB, callsB, advance } = twoWorkers(dying);
    const job = await submit(store);
    await expect(workerA.run(job)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect((await store.get('acme', job.jobId)).lease?.owner).toBe('worker-a');

    advance(10_000);
    const early = await workerB.run(job);
    expect(early).toEqual({ kind: 'deferred', retryAfterMs: LEASE_MS - 10_000 });
    expect(callsB).toEqual({ summarize: 0, code: 0 });

    advance(LEASE_MS);
    expect((await workerB.run(job)).kind).toBe('finished');
    expect(callsB).toEqual({ summarize: 1, code: 1 });
    expect(store.claims.map((c) => c.request.owner)).toEqual(['worker-b']);
    // The claim carries the job as B read it (conditional on that version): the store reads nothing more.
    expect(store.claims[0].request.current).toMatchObject({ jobId: job.jobId, version: store.claims[0].request.expectedVersion, lease: { owner: 'worker-a' } });
  });

  it('a live worker renews its lease with the heartbeat, so a duplicate copy keeps deferring past the first lease (long stage)', async () => {
    // A summarizer call that outlasts the lease, as a slow model or a loaded machine makes it.
    const { provider: slow, inside, release } = heldSummarizer();
    const { store, workerA, workerB, callsB, advance } = twoWorkers(slow);
    const job = await submit(store);
    const runA = workerA.run(job);
    await inside;
    advance(LEASE_MS - 1_000);
    await workerA.renewLease(job); // the heartbeat, a third of the visibility timeout apart in production
    advance(2_000); // past the lease the redaction write took
    expect(await workerB.run(job)).toEqual({ kind: 'deferred', retryAfterMs: LEASE_MS - 2_000 });
    release();
    expect((await runA).kind).toBe('finished');
    expect(callsB).toEqual({ summarize: 0, code: 0 });
    expect(store.renewals.map((r) => r.request.owner)).toEqual(['worker-a']);
    await workerA.renewLease(job); // the run is over: nothing held, nothing written
    expect(store.renewals).toHaveLength(1);
  });

  it('a heartbeat writes the lease only when it would lapse within the given time (the run\'s own writes re-stamp it), from the job the run holds', async () => {
    const { provider: slow, inside, release } = heldSummarizer();
    const { store, workerA, workerB, callsB, advance } = twoWorkers(slow);
    const job = await submit(store);
    const runA = workerA.run(job);
    await inside;
    // Heartbeats a third of the lease apart, each allowed to skip while the lease outlives two intervals.
    const beat = { ifExpiringWithinMs: (2 * LEASE_MS) / 3 };
    advance(LEASE_MS / 3 - 1); // the redaction write stamped the lease just now: the visibility extension suffices
    await workerA.renewLease(job, beat);
    expect(store.renewals).toHaveLength(0);
    advance(LEASE_MS / 3); // a third of the lease left: written, so it outlives a late next heartbeat
    await workerA.renewLease(job, beat);
    expect(store.renewals).toHaveLength(1);
    // Conditional on the version the run holds, and handed the job it holds (the store reads nothing).
    expect(store.renewals[0].request).toMatchObject({ owner: 'worker-a', current: { jobId: job.jobId, version: store.renewals[0].request.expectedVersion } });
    advance(LEASE_MS / 3 - 1); // the renewal just now still outlives two intervals
    await workerA.renewLease(job, beat);
    expect(store.renewals).toHaveLength(1);
    advance(LEASE_MS / 3); // past the first lease: the renewal holds it, a duplicate copy defers
    expect((await workerB.run(job)).kind).toBe('deferred');
    release();
    expect((await runA).kind).toBe('finished');
    expect(callsB).toEqual({ summarize: 0, code: 0 });
  });

  it('a second copy of the message reaching the same worker while it runs the job waits instead of repeating the model call', async () => {
    const { provider: slow, inside, release } = heldSummarizer();
    const { store, workerA, callsA } = twoWorkers(slow);
    const job = await submit(store);
    const first = workerA.run(job);
    await inside;
    // Same process, same lease owner: the lease alone would let this copy claim the stage.
    expect(await workerA.run(job)).toEqual({ kind: 'deferred', retryAfterMs: LEASE_MS });
    release();
    expect((await first).kind).toBe('finished');
    expect(callsA).toEqual({ summarize: 1, code: 1 });
    expect(store.claims).toHaveLength(0);
    // Once the run is over, a later copy is only re-announced.
    expect(await workerA.run(job)).toMatchObject({ kind: 'skipped', reason: 'ALREADY_TERMINAL' });
  });

  it('a renewal after another worker claimed the job is refused quietly, and the first worker\'s write then fails on its version', async () => {
    const { provider: frozen, inside, release } = heldSummarizer();
    const { store, workerA, workerB, callsB, advance } = twoWorkers(frozen);
    const job = await submit(store);
    const runA = workerA.run(job);
    await inside;
    advance(LEASE_MS + 1); // A's heartbeat stalled (a paused process): its lease lapsed
    expect((await workerB.run(job)).kind).toBe('finished');
    await workerA.renewLease(job);
    expect(store.renewals).toHaveLength(0);
    expect((await store.get('acme', job.jobId)).status).not.toBe('SUMMARIZING');
    release();
    expect(await runA).toEqual({ kind: 'skipped', reason: 'CONFLICT' });
    expect(callsB).toEqual({ summarize: 1, code: 1 });
  });

  it('a worker whose read is stale never starts a model call for a stage another worker has stored', async () => {
    const { store, workerA, workerB, callsA, callsB, advance } = twoWorkers();
    const job = await submit(store);
    // Both workers find the job mid-stage with an expired lease (its first owner died long ago).
    store.force('acme', job.jobId, { status: 'REDACTING', version: 2, lease: { owner: 'gone', expiresAt: new Date(0).toISOString() } });
    advance(1);
    const stale = await store.get('acme', job.jobId);
    expect((await workerA.run(job)).kind).toBe('finished');
    // Worker B read the job before A moved it: its claim, conditional on that version, fails.
    // Only B's own read is stale; the store itself (and its conditional writes) is the real one.
    const staleStore: JobStore = {
      create: (i) => store.create(i),
      get: async () => stale,
      getWithSealedNote: async () => ({ job: stale }),
      transition: (...args) => store.transition(...args),
      claim: (...args) => store.claim(...args),
      renewLease: (...args) => store.renewLease(...args),
      readSealedNote: (...args) => store.readSealedNote(...args),
      getStageOutput: (...args) => store.getStageOutput(...args),
      getStageOutputs: (...args) => store.getStageOutputs(...args),
      list: (...args) => store.list(...args),
      findStuck: (...args) => store.findStuck(...args),
    };
    const lateB = new Pipeline({ store: staleStore, sealer: store.sealer, events: new MemoryEventBus(), engine, models: localModelProvider(engine), clock: { nowMs: () => Date.now() }, lease: { owner: 'worker-b', durationMs: LEASE_MS } });
    expect(await lateB.run(job)).toEqual({ kind: 'skipped', reason: 'CONFLICT' });
    expect(callsA).toEqual({ summarize: 1, code: 1 });
    expect(callsB).toEqual({ summarize: 0, code: 0 });
    // Delivered again with a fresh read, the finished job is only re-announced.
    expect(await workerB.run(job)).toMatchObject({ kind: 'skipped', reason: 'ALREADY_TERMINAL' });
    expect(store.transitions.filter((t) => completionsOf(t.request).some((c) => c.stage === 'VALIDATING'))).toHaveLength(1);
  });
});

