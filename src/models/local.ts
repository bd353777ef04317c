// Owns the `local` model provider: both roles answered by the embedded clinical engine
// (deterministic, offline), so the service runs with no AWS account.
import { performance } from 'node:perf_hooks';
import { candidatesToProposals, type ClinicalEngine } from '../engine';
import type { CodeRequest, CodeResponse, CoderModel, ModelProvider, SummarizeRequest, SummarizeResponse, SummarizerModel } from './port';

export const LOCAL_MODEL_ID = 'local:chartcoder-engine';

/** Simulated model latency (LOCAL_MODEL_LATENCY_MS); 0 in normal use. */
function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export class LocalSummarizer implements SummarizerModel {
  readonly id = LOCAL_MODEL_ID;
  constructor(
    private readonly engine: ClinicalEngine,
    private readonly latencyMs = 0,
  ) {}

  async summarize(request: SummarizeRequest): Promise<SummarizeResponse> {
    const started = performance.now();
    await delay(this.latencyMs);
    const analysis = request.analysis ?? this.engine.analyze(request.redactedText);
    const summary = this.engine.summarize(analysis, this.engine.propose(analysis, { noteType: request.noteType }));
    return {
      summary,
      model: this.id,
      droppedStatements: 0,
      invocations: [{ modelId: this.id, latencyMs: performance.now() - started, attempts: 1 }],
    };
  }
}

export class LocalCoder implements CoderModel {
  readonly id = LOCAL_MODEL_ID;
  constructor(private readonly latencyMs = 0) {}

  async code(request: CodeRequest): Promise<CodeResponse> {
    const started = performance.now();
    await delay(this.latencyMs);
    // The engine's candidates are already its answer; the validator still checks each one.
    return {
      proposals: candidatesToProposals(request.candidates),
      model: this.id,
      invocations: [{ modelId: this.id, latencyMs: performance.now() - started, attempts: 1 }],
    };
  }
}

export function localModelProvider(engine: ClinicalEngine, latencyMs = 0): ModelProvider {
  return { summarizer: new LocalSummarizer(engine, latencyMs), coder: new LocalCoder(latencyMs) };
}
