// Owns the ModelProvider port: the two model roles of the pipeline (summarizer, coder). The pipeline
// depends only on this; `local` (the embedded engine) and `bedrock` are adapters behind it.
import type { Summary } from '../engine/summarize';
import type { CodeCandidate } from '../engine/coding';
import type { ProposedCode } from '../engine/validate';
import type { TextAnalysis } from '../engine/text';

export type ModelRole = 'summarizer' | 'coder';

/** Per-invocation accounting; never the prompt or the note. */
export interface ModelInvocation {
  modelId: string;
  region?: string;
  latencyMs: number;
  inputTokens?: number;
  outputTokens?: number;
  stopReason?: string;
  attempts: number;
  guardrailAction?: string;
}

export interface SummarizeRequest {
  /** PHI-redacted note: models never see the raw text. */
  redactedText: string;
  jobId: string;
  /** The job's one analysis of `redactedText`, for a summarizer built on the engine (never sent to a model). */
  analysis?: TextAnalysis;
  /** Note type: sets the coding setting of the engine's salient candidates, as in the coding stage. */
  noteType?: string;
}

export interface SummarizeResponse {
  summary: Summary;
  /** e.g. "local:engine" or a Bedrock model id. */
  model: string;
  invocations: ModelInvocation[];
  /** Statements dropped because their quotes were not in the note. */
  droppedStatements: number;
  /** Set when the model's answer was unusable and the engine's summary was used instead. */
  fallbackReason?: string;
}

export interface CodeRequest {
  redactedText: string;
  summary: Summary;
  /** The engine's candidates (retrieval-augmented coding), offsets into redactedText. */
  candidates: CodeCandidate[];
  /**
   * Passages of the note that are not clinical statements (instructions, questions, templates,
   * pasted or boilerplate text), offsets into redactedText: shown to a model as never-evidence.
   */
  nonClinical?: Array<{ start: number; end: number; kind: string }>;
  jobId: string;
  /** The job's one analysis of `redactedText` (never sent to a model): what the engine rejected is read from it. */
  analysis?: TextAnalysis;
  /** Note type: the coding setting the candidates were built in. */
  noteType?: string;
}

export interface CodeResponse {
  /** Unverified: every proposal still goes through the engine validator. */
  proposals: ProposedCode[];
  model: string;
  invocations: ModelInvocation[];
  fallbackReason?: string;
  /** Versioned prompt used (model providers only). */
  promptVersion?: string;
}

export interface SummarizerModel {
  readonly id: string;
  summarize(request: SummarizeRequest): Promise<SummarizeResponse>;
}

export interface CoderModel {
  readonly id: string;
  code(request: CodeRequest): Promise<CodeResponse>;
}

export interface ModelProvider {
  summarizer: SummarizerModel;
  coder: CoderModel;
}
