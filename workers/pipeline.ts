// Owns the job pipeline: load a job and run it from its first unfinished stage to a terminal state,
// REDACTING → SUMMARIZING → CODING → VALIDATING → COMPLETED | NEEDS_REVIEW. Each stage's output is
// stored in the same conditional write (on `version`) that moves the job on, and every stored
// transition is then published. Publishing runs beside the next stage and the run waits for it before
// it reports an outcome, so a model call never waits on the event bus yet the
// message is never acknowledged before its events are out. No AWS imports: the store, bus, engine and
// models are ports.

import { NotFoundError } from '../src/errors';
import { eventFromJob, eventsSince } from '../src/domain/events';
import { isPipelineStage, isTerminal, PIPELINE_STAGES, type Job, type JobError, type JobStatus, type PipelineStage } from '../src/domain/job';
import { applyTransition, callsPaidModel, completionsOf, leaseRemainingMs, LeaseHeldError, nextStage, ownLeaseRemainingMs } from '../src/domain/lifecycle';
import { DEFAULTS } from '../src/domain/constants';
import { randomBytes } from 'node:crypto';
import { channel } from 'node:diagnostics_channel';
import type { Clock } from '../src/domain/clock';
import type { ChainedTransition, EventBus, JobStore, LeaseRequest, NoteSealer, SealedNote } from '../src/domain/ports';
import type { ClinicalEngine } from '../src/engine';
import { OffsetMap } from '../src/engine/phi/offsetMap';
import { restoreAnalysis, storeAnalysis, type TextAnalysis } from '../src/engine';
import { buildReport } from '../src/domain/report';
import type { ModelProvider } from '../src/models/port';
import { ENGINE_STAGE_MODEL } from './constants';
import { classifyError, StageFailedError, WORKER_ERROR_CODES } from './errors';
import type { CodingOutput, JobReport, RedactionOutput, StageModels, StageTimingsMs, SummaryOutput } from '../src/domain/stageOutputs';

/** What the pipeline needs from the clinical engine; ClinicalEngine satisfies it. */
export type PipelineEngine = Pick<ClinicalEngine, 'redact' | 'analyze' | 'propose' | 'validate'> & {
  readonly codeSet: { readonly version: string };
};

export interface JobRef {
  tenantId: string;
  jobId: string;
}

export type SkipReason = 'NOT_FOUND' | 'ALREADY_TERMINAL' | 'CONFLICT';

export type PipelineOutcome =
  /** Ran to COMPLETED or NEEDS_REVIEW. */
  | { kind: 'finished'; job: Job }
  /** A permanent error: the job is now FAILED with `code`. */
  | { kind: 'failed'; job: Job; code: string }
  /** Nothing to do (missing, terminal or CANCELLED, or another worker moved it): drop the message. */
  | { kind: 'skipped'; reason: SkipReason; status?: JobStatus }
  /** The caller's signal asked to stop between stages; the job is intact and resumable. */
  | { kind: 'interrupted'; job: Job }
  /**
   * Another worker run holds the job's lease (its stage may be running now): look again after
   * `retryAfterMs` rather than drop the message, in case that worker has died.
   */
  | { kind: 'deferred'; retryAfterMs: number };

export interface RunOptions {
  /** Checked between stages (a stage in progress is finished first). */
  signal?: AbortSignal;
  /**
   * Called once, when the run has its last model answer and only local work and writes are left (the final
   * write, its events): the consumer hands the run's model-call slot to the next message then, so that
   * message's receive, read and redaction overlap this job's final write and publish. Nothing of the run's
   * ordering changes: the write is still conditional, and run() still returns only once the events are out.
   */
  onModelCallsDone?: () => void;
}

export interface PipelineDeps {
  store: JobStore;
  /** Opens the sealed note for redaction, the only stage that sees the note in clear. */
  sealer: NoteSealer;
  events: EventBus;
  engine: PipelineEngine;
  models: ModelProvider;
  clock: Clock;
  /**
   * This worker run's lease on the jobs it moves: its id and how long a stage may run before another
   * worker may take the job over. Keep it at or below the queue's visibility timeout, so a message
   * redelivered after a crash finds the lease expired. Default: a random id, the default visibility timeout.
   */
  lease?: LeaseRequest;
}

/** The part of the pipeline the consumer drives; a seam for the consumer's unit tests. */
export interface JobProcessor {
  run(ref: JobRef, options?: RunOptions): Promise<PipelineOutcome>;
  markFailed(ref: JobRef, error: JobError): Promise<Job | undefined>;
  /**
   * The consumer's heartbeat for a message still being worked: extend this run's lease on the job with
   * the message's visibility, so a duplicate copy keeps deferring while this worker is alive.
   */
  renewLease?(ref: JobRef, options?: RenewOptions): Promise<void>;
}

export interface RenewOptions {
  /**
   * Write only when this run's lease would lapse within this many ms (the consumer passes the visibility
   * timeout less half a heartbeat interval: a beat that comes just after one of the run's writes, which
   * re-stamp the lease, extends only the visibility). Absent: always write.
   */
  ifExpiringWithinMs?: number;
}

/**
 * When a write's transitions were stored and when their events were out, published on the
 * `chartcoder:transition` diagnostics channel (free when nobody listens; `bench pipeline` does): the
 * stage→subscriber delay of issue 11 §5 split into the write, the publish and the rest.
 */
export interface TransitionTimesMs {
  jobId: string;
  versions: number[];
  /** Epoch ms (comparable with an event's `at` on the same machine). */
  storedAtMs: number;
  publishedAtMs: number;
}
export const TRANSITION_TIMES_CHANNEL = 'chartcoder:transition';
const transitionTimes = channel(TRANSITION_TIMES_CHANNEL);

/** Conflicts while marking FAILED mean another worker wrote in between; re-read this many times. */
const MARK_FAILED_ATTEMPTS = 3;

export class Pipeline implements JobProcessor {
  /**
   * Stage outputs stored during a run, so later stages do not read them back from DynamoDB (the
   * redacted text would otherwise be read up to three times per job). Outputs never change once
   * stored; entries are dropped when the run ends.
   */
  private readonly stored = new Map<string, unknown>();
  /** The sealed note read with the job at the start of a run (one round trip), until redaction uses it. */
  private readonly sealedNotes = new Map<string, SealedNote>();
  /**
   * A paid stage started while the write before it was still in flight (see `step`), by job and stage: the
   * next step takes its result instead of calling the model again. Dropped when that write fails.
   */
  private readonly ahead = new Map<string, { startedMs: number; result: Promise<StageResult> }>();
  /** Per job in a run: its events, published one after another; the first failure is kept. */
  private readonly publishing = new Map<string, Promise<void>>();

  /**
   * The one analysis of each running job's redacted text, made right after redaction and stored with it
   * (compactly, `storeAnalysis`): summarizing, coding and validating use it, and the coder's result kept
   * on it, so a note is analysed and coded once per job; a stage resumed by another worker restores it.
   */
  private readonly analyses = new Map<string, TextAnalysis>();

  private readonly lease: LeaseRequest;
  /** Jobs a run of this process is working on now. */
  private readonly running = new Set<string>();
  /** The job as this process's last write or claim left it, per running job: what a lease renewal is conditional on. */
  private readonly held = new Map<string, Job>();

  constructor(private readonly deps: PipelineDeps) {
    this.lease = deps.lease ?? { owner: `worker-${randomBytes(6).toString('hex')}`, durationMs: DEFAULTS.visibilityTimeoutSeconds * 1000 };
  }

  /**
   * Retryable errors (throttling, timeouts, unknown) are thrown for the consumer to back off on;
   * everything else ends in an outcome.
   */
  async run(ref: JobRef, options: RunOptions = {}): Promise<PipelineOutcome> {
    // A second copy of a message for a job this process is already running (SQS delivers at least once, and both
    // copies can reach one worker): its lease is this run's own, so the claim would not stop it, and running it
    // would repeat the model call and clear the first run's state. It waits, as for another worker's lease.
    const key = jobKey(ref);
    if (this.running.has(key)) return { kind: 'deferred', retryAfterMs: this.lease.durationMs };
    this.running.add(key);
    try {
      return await this.runOnce(ref, options);
    } finally {
      this.running.delete(key);
    }
  }

  private async runOnce(ref: JobRef, options: RunOptions): Promise<PipelineOutcome> {
    let job: Job;
    try {
      // The sealed note comes with the job (it is stored only until redaction): no second read to start.
      const found = await this.deps.store.getWithSealedNote(ref.tenantId, ref.jobId);
      job = found.job;
      if (found.sealedNote) this.sealedNotes.set(jobKey(job), found.sealedNote);
    } catch (err) {
      if (err instanceof NotFoundError) return { kind: 'skipped', reason: 'NOT_FOUND' };
      throw err;
    }
    let outcome: PipelineOutcome;
    try {
      outcome = await this.runFrom(job, options);
    } catch (err) {
      await this.eventsOut(job).catch(() => undefined);
      throw err;
    } finally {
      this.forget(job);
    }
    try {
      await this.eventsOut(job);
    } catch (err) {
      // The job's state is stored; only its events failed. A finished or failed job is retried so the
      // redelivery re-publishes its terminal event; otherwise the next transition's event supersedes these.
      if (outcome.kind === 'finished' || outcome.kind === 'failed') throw err;
    }
    return outcome;
  }

  private async runFrom(job: Job, options: RunOptions): Promise<PipelineOutcome> {
    if (isTerminal(job.status)) {
      // A duplicate delivery of a finished job. Re-publishing the terminal event (idempotent for
      // subscribers, who drop versions they have seen) heals a publish that failed after the write.
      await this.deps.events.publish(eventFromJob(job));
      return { kind: 'skipped', reason: 'ALREADY_TERMINAL', status: job.status };
    }

    if (isPipelineStage(job.status) && !job.stages[job.status]) {
      // Resumed mid-stage (redelivery, a duplicate message, the sweeper): the stage's model call may only
      // start after a conditional write makes this run the job's owner.
      const claimed = await this.claim(job);
      if ('retryAfterMs' in claimed) return { kind: 'deferred', retryAfterMs: claimed.retryAfterMs };
      if ('skipped' in claimed) return { kind: 'skipped', reason: 'CONFLICT' };
      job = claimed.job;
    }

    try {
      while (!isTerminal(job.status)) {
        if (options.signal?.aborted) return { kind: 'interrupted', job };
        job = await this.step(job, options);
      }
      return { kind: 'finished', job };
    } catch (err) {
      const failure = classifyError(err);
      if (failure.kind === 'conflict') return { kind: 'skipped', reason: 'CONFLICT' };
      if (failure.kind === 'retryable') throw err;
      const failed = await this.fail(job, { code: failure.code, reason: reasonFor(err, failure.code) });
      return failed ? { kind: 'failed', job: failed, code: failure.code } : { kind: 'skipped', reason: 'CONFLICT' };
    }
  }

  private async claim(job: Job): Promise<{ job: Job } | { retryAfterMs: number } | { skipped: true }> {
    const waitMs = leaseRemainingMs(job, this.lease.owner, this.deps.clock.nowMs());
    if (waitMs > 0) return { retryAfterMs: waitMs };
    try {
      // The job as this run read it: the claim is conditional on its version, so the store need not read it again.
      const claimed = await this.deps.store.claim(job.tenantId, job.jobId, { expectedVersion: job.version, current: job, ...this.lease });
      this.held.set(jobKey(claimed), claimed);
      return { job: claimed };
    } catch (err) {
      if (err instanceof LeaseHeldError) return { retryAfterMs: err.retryAfterMs };
      if (classifyError(err).kind === 'conflict') return { skipped: true };
      throw err;
    }
  }

  private forget(job: Job): void {
    this.held.delete(jobKey(job));
    for (const stage of PIPELINE_STAGES) {
      this.stored.delete(storedKey(job, stage));
      this.ahead.delete(storedKey(job, stage));
    }
    this.analyses.delete(storedKey(job, 'REDACTING'));
    this.sealedNotes.delete(jobKey(job));
  }

  async renewLease(ref: JobRef, options: RenewOptions = {}): Promise<void> {
    const key = jobKey(ref);
    const held = this.held.get(key);
    if (!held) return; // not between a write and the next one (reading, or the run is ending)
    if (options.ifExpiringWithinMs !== undefined && ownLeaseRemainingMs(held, this.lease.owner, this.deps.clock.nowMs()) > options.ifExpiringWithinMs) return;
    try {
      // The job as this run's last write or renewal left it: conditional on its version, so nothing is read first.
      const renewed = await this.deps.store.renewLease(ref.tenantId, ref.jobId, { expectedVersion: held.version, current: held, ...this.lease });
      // A write of this run may have landed meanwhile: keep whichever is newer.
      if (this.held.get(key)?.version === renewed.version) this.held.set(key, renewed);
    } catch (err) {
      // The job moved on or another run claimed it: this run's next write fails on its version and stops there.
      if (classifyError(err).kind === 'conflict') {
        if (this.held.get(key) === held) this.held.delete(key);
        return;
      }
      throw err;
    }
  }

  /** Waits until every event of this job's run is published; rejects with the first failure. */
  private async eventsOut(job: Job): Promise<void> {
    const key = jobKey(job);
    const pending = this.publishing.get(key);
    if (!pending) return;
    try {
      await pending;
    } finally {
      if (this.publishing.get(key) === pending) this.publishing.delete(key);
    }
  }

  /** Marks a job FAILED (e.g. MAX_RECEIVE_COUNT_EXCEEDED) unless it already reached a terminal state. */
  async markFailed(ref: JobRef, error: JobError): Promise<Job | undefined> {
    for (let attempt = 0; attempt < MARK_FAILED_ATTEMPTS; attempt++) {
      let job: Job;
      try {
        job = await this.deps.store.get(ref.tenantId, ref.jobId);
      } catch (err) {
        if (err instanceof NotFoundError) return undefined;
        throw err;
      }
      if (isTerminal(job.status)) return undefined;
      const failed = await this.fail(job, error);
      await this.eventsOut(job);
      if (failed) return failed;
    }
    return undefined;
  }

  /**
   * One write, and the work before it: runs stages from the job's status until the next stage would call a
   * paid model (or the job is done), then stores every transition and output of the run in one conditional
   * write. So the lease is taken and the previous output stored before each model call, while the local
   * stages cost no write of their own: QUEUED→REDACTING→SUMMARIZING (redaction), SUMMARIZING→CODING
   * (summary), CODING→VALIDATING→COMPLETED|NEEDS_REVIEW (codes and report): 3 writes per job.
   *
   * When the job this write is conditional on already carries this run's live lease (the write after the first,
   * or after a claim), the next paid stage starts beside the write instead of after it: no other worker can
   * claim the job while the lease runs, so nobody else can have stored that stage's output and the call
   * repeats nothing; if the write fails (a cancel, an expired lease), its answer is dropped, a wasted call.
   * The first write (from QUEUED) carries no lease of ours yet, so the first model call still waits for it.
   */
  private async step(job: Job, options: RunOptions): Promise<Job> {
    const { signal } = options;
    const chain: ChainedTransition[] = [];
    // The job as the chain so far leaves it (the pure lifecycle applied in memory), written at the end.
    let projected = job;
    const add = (step: ChainedTransition) => {
      projected = applyTransition(projected, { expectedVersion: projected.version, ...step }, new Date(this.deps.clock.nowMs()).toISOString());
      chain.push(step);
    };
    if (job.status === 'QUEUED') add({ to: PIPELINE_STAGES[0] });
    while (!isTerminal(projected.status)) {
      const stage = projected.status as PipelineStage;
      const next = nextStage(stage);
      if (projected.stages[stage]) {
        // Output already stored (a job put back on the queue by retryJob/redrive keeps its outputs):
        // only walk the status forward; the model call is never repeated.
        add({ to: next ?? (await this.storedReportStatus(projected)) });
        continue;
      }
      // A model call starts only after a write made this run the owner and stored everything before it
      // (or, under this run's live lease, beside that write: startAhead).
      if (callsPaidModel(stage) && chain.length > 0) {
        if (!signal?.aborted) this.startAhead(job, projected, stage);
        break;
      }
      const early = this.ahead.get(storedKey(job, stage));
      this.ahead.delete(storedKey(job, stage));
      const started = early?.startedMs ?? this.deps.clock.nowMs();
      let result: StageResult;
      try {
        result = await (early?.result ?? this.runStage(projected, stage, started));
      } catch (err) {
        // Keep what is done (a paid stage's output above all); the stage then re-runs alone and fails from there.
        if (chain.some((step) => step.completed)) break;
        throw err;
      }
      // Later stages of this chain read it from here (the write below stores it).
      this.stored.set(storedKey(job, stage), result.output);
      add({ to: next ?? result.finalStatus!, completed: { stage, output: result.output, durationMs: this.deps.clock.nowMs() - started, model: result.model } });
    }
    // The chain ends the job: no model call is left in this run, whatever the write does (a failed or conflicting
    // write ends the run too), so the slot may go to the next message while this write and its events are out.
    if (isTerminal(projected.status)) options.onModelCallsDone?.();
    const [first, ...then] = chain;
    try {
      return await this.transition(job, { expectedVersion: job.version, ...first, ...(then.length ? { then } : {}) });
    } catch (err) {
      // The stage started ahead belongs to a write that did not happen: its answer is never used.
      this.ahead.delete(storedKey(job, projected.status as PipelineStage));
      throw err;
    }
  }

  /**
   * Starts paid `stage` of `projected` (the job as the pending write leaves it) now, if `written` (what that
   * write is conditional on) holds this run's lease for at least half its duration: time enough for the call
   * to start long before another worker could claim the job.
   */
  private startAhead(written: Job, projected: Job, stage: PipelineStage): void {
    if (projected.status !== stage || projected.stages[stage]) return;
    // The heartbeat may have renewed the lease since the last write (same version): the later expiry counts.
    const renewed = this.held.get(jobKey(written));
    const lease = renewed?.version === written.version ? renewed : written;
    if (ownLeaseRemainingMs(lease, this.lease.owner, this.deps.clock.nowMs()) < this.lease.durationMs / 2) return;
    const startedMs = this.deps.clock.nowMs();
    const result = this.runStage(projected, stage, startedMs);
    result.catch(() => undefined); // awaited by the next step, or dropped with its failed write
    this.ahead.set(storedKey(written, stage), { startedMs, result });
  }

  private async runStage(job: Job, stage: PipelineStage, startedMs: number): Promise<StageResult> {
    switch (stage) {
      case 'REDACTING':
        return this.redact(job);
      case 'SUMMARIZING':
        return this.summarize(job);
      case 'CODING':
        return this.code(job);
      case 'VALIDATING':
        return this.validate(job, startedMs);
    }
  }

  private async redact(job: Job): Promise<StageResult> {
    let sealed = this.sealedNotes.get(jobKey(job));
    try {
      sealed ??= await this.deps.store.readSealedNote(job.tenantId, job.jobId);
    } catch (err) {
      if (err instanceof NotFoundError) {
        throw new StageFailedError(WORKER_ERROR_CODES.rawNoteUnavailable, 'The encrypted note expired or was deleted before redaction');
      }
      throw err;
    }
    const raw = await this.deps.sealer.open(sealed, { tenantId: job.tenantId, jobId: job.jobId });
    const redaction = this.deps.engine.redact(raw, { mode: job.redactionMode ?? 'TAG' });
    // Provenance is decided here, after redaction: lines the redactor stripped of request words are re-read as written.
    const analysis = this.deps.engine.analyze(redaction.text, { text: raw, redaction });
    this.analyses.set(storedKey(job, 'REDACTING'), analysis);
    const output: RedactionOutput = {
      redactedText: redaction.text,
      phi: redaction.spans,
      offsetMap: redaction.map.toJSON(),
      redaction: redaction.mode,
      analysis: storeAnalysis(analysis),
    };
    return { output, model: ENGINE_STAGE_MODEL };
  }

  private async summarize(job: Job): Promise<StageResult> {
    const redaction = await this.output<RedactionOutput>(job, 'REDACTING');
    const { redactedText } = redaction;
    const analysis = this.analysisOf(job, redaction);
    const response = await this.deps.models.summarizer.summarize({ redactedText, jobId: job.jobId, analysis, noteType: job.noteType });
    const output: SummaryOutput = {
      summary: response.summary,
      model: response.model,
      droppedStatements: response.droppedStatements,
      invocations: response.invocations,
      ...(response.fallbackReason ? { fallbackReason: response.fallbackReason } : {}),
    };
    return { output, model: response.model };
  }

  private async code(job: Job): Promise<StageResult> {
    const redaction = await this.output<RedactionOutput>(job, 'REDACTING');
    const { redactedText } = redaction;
    const { summary } = await this.output<SummaryOutput>(job, 'SUMMARIZING');
    const analysis = this.analysisOf(job, redaction);
    // The note type sets the reporting rules for uncertain diagnoses (inpatient II.H vs outpatient IV.H).
    const candidates = this.deps.engine.propose(analysis, { noteType: job.noteType });
    const nonClinical = analysis.provenance.nonClinical.map(({ start, end, kind }) => ({ start, end, kind }));
    const response = await this.deps.models.coder.code({ redactedText, summary, candidates, nonClinical, jobId: job.jobId, analysis, noteType: job.noteType });
    const output: CodingOutput = {
      candidates,
      proposals: response.proposals,
      model: response.model,
      invocations: response.invocations,
      ...(response.promptVersion ? { promptVersion: response.promptVersion } : {}),
      ...(response.fallbackReason ? { fallbackReason: response.fallbackReason } : {}),
    };
    return { output, model: response.model };
  }

  private async validate(job: Job, startedMs: number): Promise<StageResult> {
    const redaction = await this.output<RedactionOutput>(job, 'REDACTING');
    const summarized = await this.output<SummaryOutput>(job, 'SUMMARIZING');
    const coded = await this.output<CodingOutput>(job, 'CODING');
    const validation = this.deps.engine.validate(this.analysisOf(job, redaction), coded.proposals, { noteType: job.noteType });
    const models: StageModels = {};
    const timingsMs: StageTimingsMs = {};
    for (const [stage, record] of Object.entries(job.stages) as [PipelineStage, NonNullable<Job['stages'][PipelineStage]>][]) {
      if (record.model) models[stage] = record.model;
      timingsMs[stage] = record.durationMs;
    }
    models.VALIDATING = ENGINE_STAGE_MODEL;
    timingsMs.VALIDATING = this.deps.clock.nowMs() - startedMs;

    const report = buildReport({
      redaction: {
        redactedText: redaction.redactedText,
        phi: redaction.phi,
        map: OffsetMap.fromJSON(redaction.offsetMap),
        offsetMapJson: redaction.offsetMap,
      },
      summary: summarized.summary,
      candidates: coded.candidates,
      proposals: coded.proposals,
      validation,
      codeSetVersion: this.deps.engine.codeSet.version,
      fallbackReasons: { summarizer: summarized.fallbackReason, coder: coded.fallbackReason },
      models,
      timingsMs,
      promptVersion: coded.promptVersion,
      droppedSummaryStatements: summarized.droppedStatements ?? 0,
      invocations: [
        ...(summarized.invocations ?? []).map((i) => ({ ...i, stage: 'SUMMARIZING' as const })),
        ...(coded.invocations ?? []).map((i) => ({ ...i, stage: 'CODING' as const })),
      ],
    });
    return { output: report, model: ENGINE_STAGE_MODEL, finalStatus: report.needsReview ? 'NEEDS_REVIEW' : 'COMPLETED' };
  }

  /** The job's analysis: this run's, else the one stored with the redaction, else (older outputs) a new one. */
  private analysisOf(job: Job, redaction: RedactionOutput): TextAnalysis {
    const key = storedKey(job, 'REDACTING');
    let analysis = this.analyses.get(key);
    if (!analysis) {
      analysis = restoreAnalysis(redaction.redactedText, redaction.analysis) ?? this.deps.engine.analyze(redaction.redactedText);
      this.analyses.set(key, analysis);
    }
    return analysis;
  }

  /** Where a job whose VALIDATING output is already stored ends: the report decides. */
  private async storedReportStatus(job: Job): Promise<JobStatus> {
    const report = await this.output<JobReport>(job, 'VALIDATING');
    return report.needsReview ? 'NEEDS_REVIEW' : 'COMPLETED';
  }

  private async output<T>(job: Job, stage: PipelineStage): Promise<T> {
    const cached = this.stored.get(storedKey(job, stage));
    if (cached !== undefined) return cached as T;
    const output = await this.deps.store.getStageOutput<T>(job.tenantId, job.jobId, stage);
    if (output === undefined) {
      throw new StageFailedError(WORKER_ERROR_CODES.stageOutputMissing, `The ${stage} output of the job is missing`);
    }
    return output;
  }

  /**
   * Conditional write, then publish: subscribers only ever hear of stored state. The publish is not
   * awaited here (the next stage starts at once): run() waits for all of them before it reports an outcome.
   */
  private async transition(job: Job, request: Parameters<JobStore['transition']>[2]): Promise<Job> {
    let stored: Job;
    try {
      stored = await this.deps.store.transition(job.tenantId, job.jobId, { ...request, current: job, lease: this.lease });
    } catch (err) {
      // Outputs kept ahead of the write (a chain's later stages read them) are not stored after all.
      for (const completed of completionsOf(request)) this.stored.delete(storedKey(job, completed.stage));
      throw err;
    }
    for (const completed of completionsOf(request)) this.stored.set(storedKey(job, completed.stage), completed.output);
    if (stored.lease?.owner === this.lease.owner) this.held.set(jobKey(stored), stored);
    else this.held.delete(jobKey(stored));
    // One event per transition the write stored, a chained local stage's included, each rendered by subscribers.
    const events = eventsSince(stored, job.version);
    let sent: Promise<void> = Promise.all(events.map((event) => this.deps.events.publish(event))).then(() => undefined);
    if (transitionTimes.hasSubscribers) {
      const storedAtMs = Date.now();
      sent = sent.then(() => {
        transitionTimes.publish({ jobId: job.jobId, versions: events.map((e) => e.version), storedAtMs, publishedAtMs: Date.now() } satisfies TransitionTimesMs);
      });
    }
    const key = jobKey(job);
    const previous = this.publishing.get(key);
    // Each event leaves as soon as its state is stored (subscribers order by version and drop stale ones);
    // a failure does not stop later events, and the first one is what eventsOut reports.
    const all = previous
      ? Promise.allSettled([previous, sent]).then(([a, b]) => {
          if (a.status === 'rejected') throw a.reason;
          if (b.status === 'rejected') throw b.reason;
        })
      : sent;
    all.catch(() => undefined); // observed by eventsOut, never unhandled
    this.publishing.set(key, all);
    return stored;
  }

  /** FAILED from the version we hold; undefined when someone else moved the job first. */
  private async fail(job: Job, error: JobError): Promise<Job | undefined> {
    try {
      return await this.transition(job, { expectedVersion: job.version, to: 'FAILED', error });
    } catch (err) {
      if (classifyError(err).kind === 'conflict') return undefined;
      throw err;
    }
  }
}

interface StageResult {
  output: unknown;
  model: string;
  /** Set by the last stage only: COMPLETED or NEEDS_REVIEW. */
  finalStatus?: JobStatus;
}

/** Operator-facing reason from our own messages only; a foreign error's message might quote the note. */
function reasonFor(err: unknown, code: string): string {
  if (err instanceof StageFailedError) return err.message;
  return `Stage failed with ${code} (not retryable)`;
}

function jobKey(job: Pick<Job, 'tenantId' | 'jobId'>): string {
  return `${job.tenantId}/${job.jobId}`;
}

function storedKey(job: Pick<Job, 'tenantId' | 'jobId'>, stage: PipelineStage): string {
  return `${job.tenantId}/${job.jobId}/${stage}`;
}
