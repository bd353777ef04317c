// Owns the fine-tuning dataset built from reviewed jobs: one Amazon Bedrock model-customization record
// per job (bedrock-conversation-2024: the provider's system prompt, the user turn it sends at inference with
// the redacted note, and the reviewed codes or summary as the assistant's call of the provider's forced
// tool), deduplicated, split train/validation by patient (or encounter) so no patient straddles the split,
// re-scanned for PHI record by record (a record in which the redactor finds PHI is refused, never written),
// and described by a manifest (counts, code distribution, sha256 of each file, source job ids).
// Where it is written (a directory, S3) is a sink; starting a customization job is a separate port.
import { createHash } from 'node:crypto';
import { ValidationError } from '../errors';
import type { Job } from '../domain/job';
import type { JobStore } from '../domain/ports';
import type { ReviewedReportVersion, ReviewStore } from '../domain/review';
import type { CodingOutput, JobReport, RedactionOutput } from '../domain/stageOutputs';
import { placeholderRanges } from '../domain/evidence';
import { OffsetMap } from '../engine/phi/offsetMap';
import { restoreAnalysis, type ClinicalEngine } from '../engine';
import type { Span } from '../engine/types';
import { loadPrompt } from '../models/prompts';
import { coderUserContent } from '../models/bedrock/coder';
import { CoderBriefBuilder, type BriefEngine } from '../models/bedrock/coderBrief';
import { summarizerUserContent } from '../models/bedrock/summarizer';
import { CODES_TOOL, SUMMARY_SECTION_TITLES, SUMMARY_TOOL } from '../models/bedrock/tools';
import type { ModelRole } from '../models/port';

export const TRAINING_ROLES = ['coder', 'summarizer'] as const satisfies readonly ModelRole[];
export const CONVERSATION_SCHEMA_VERSION = 'bedrock-conversation-2024';
/** `tool`: the assistant turn is the provider's forced tool call; `text`: the same input as JSON text, for base models whose customization takes text turns only. */
export type AssistantFormat = 'tool' | 'text';

type TextBlock = { text: string };
type ToolUseBlock = { toolUse: { toolUseId: string; name: string; input: unknown } };

export interface ConversationRecord {
  schemaVersion: typeof CONVERSATION_SCHEMA_VERSION;
  system: TextBlock[];
  messages: [{ role: 'user'; content: TextBlock[] }, { role: 'assistant'; content: Array<TextBlock | ToolUseBlock> }];
}

export interface DatasetFile {
  name: string;
  records: number;
  bytes: number;
  sha256: string;
}

export interface TrainingManifest {
  format: typeof CONVERSATION_SCHEMA_VERSION;
  role: ModelRole;
  tenantId: string;
  since: string;
  until: string;
  createdAt: string;
  assistantFormat: AssistantFormat;
  promptVersion: string;
  validationFraction: number;
  counts: { reviewedJobs: number; records: number; train: number; validation: number; duplicates: number; refusedPhi: number; withoutLabel: number };
  /** Records per redaction mode of their note (SURROGATE where the job was redacted so, TAG otherwise). */
  redaction: Record<string, number>;
  /** Coder: how many records carry each code. */
  codeDistribution: Record<string, number>;
  files: DatasetFile[];
  sourceJobIds: string[];
  /** Set when a customization job was started on the dataset. */
  customization?: { jobArn: string; baseModelId: string; hyperParameters: Record<string, string> };
}

/** Where the files go: a directory (CLI) or S3 (admin mutation). */
export interface DatasetSink {
  write(name: string, body: Buffer): Promise<void>;
  /** How a customization job addresses a file (s3://…), when the sink is one it can read. */
  uriOf?(name: string): string;
}

export interface TrainingExportRequest {
  tenantId: string;
  role: ModelRole;
  since: Date;
  until: Date;
  /** Share of patients/encounters held out for validation (default 0.1). */
  validationFraction?: number;
  assistantFormat?: AssistantFormat;
}

export interface TrainingExportDeps {
  store: JobStore;
  reviews: ReviewStore;
  /**
   * Redacts nothing here: its detector re-scans each record, its code set names the version, and the coder's
   * brief reads the rest (a record's user turn is what inference sends).
   */
  engine: Pick<ClinicalEngine, 'redact'> & BriefEngine;
  clock: { nowMs(): number };
}

export const TRAIN_FILE = 'train.jsonl';
export const VALIDATION_FILE = 'validation.jsonl';
export const MANIFEST_FILE = 'manifest.json';
const DEFAULT_VALIDATION_FRACTION = 0.1;

interface Candidate {
  jobId: string;
  group: string;
  record: ConversationRecord;
  codes: string[];
  redaction: string;
  reviewedAt: string;
}

/** Builds the dataset and writes it to `sink`: train.jsonl, validation.jsonl (when any), manifest.json last. */
export async function exportTrainingData(deps: TrainingExportDeps, request: TrainingExportRequest, sink: DatasetSink): Promise<TrainingManifest> {
  if (!(TRAINING_ROLES as readonly string[]).includes(request.role)) throw new ValidationError(`role must be one of ${TRAINING_ROLES.join(', ')}`, { field: 'role' });
  if (Number.isNaN(request.since.getTime()) || request.since >= request.until) throw new ValidationError('since must be an ISO 8601 time in the past', { field: 'since' });
  const fraction = request.validationFraction ?? DEFAULT_VALIDATION_FRACTION;
  if (!(fraction >= 0 && fraction < 1)) throw new ValidationError('validationFraction must be in [0, 1)', { field: 'validationFraction' });
  const format = request.assistantFormat ?? 'tool';
  const prompt = loadPrompt(request.role);

  const reviewed = latestPerJob(await deps.reviews.reviewsBetween(request.tenantId, request.since.toISOString(), request.until.toISOString()));
  const counts = { reviewedJobs: reviewed.length, records: 0, train: 0, validation: 0, duplicates: 0, refusedPhi: 0, withoutLabel: 0 };
  // One record per distinct user turn: the same note reviewed twice keeps its latest review's label.
  const byUserTurn = new Map<string, Candidate>();
  for (const version of reviewed) {
    const built = await buildRecord(deps, request.role, prompt.text, format, version);
    if (built === 'NO_LABEL') {
      counts.withoutLabel++;
      continue;
    }
    if (built === 'PHI') {
      counts.refusedPhi++;
      continue;
    }
    const key = sha256(JSON.stringify(built.record.messages[0]));
    const seen = byUserTurn.get(key);
    if (seen) counts.duplicates++;
    if (!seen || seen.reviewedAt < built.reviewedAt) byUserTurn.set(key, built);
  }
  const records = [...byUserTurn.values()].sort((a, b) => (a.jobId < b.jobId ? -1 : 1));
  if (records.length === 0) {
    throw new ValidationError(`Nothing to export: no reviewed ${request.role} record since ${request.since.toISOString()} passed the checks`, {
      field: 'since',
      reviewedJobs: counts.reviewedJobs,
      refusedPhi: counts.refusedPhi,
    });
  }

  const train: Candidate[] = [];
  const validation: Candidate[] = [];
  for (const r of records) (splitFraction(request.tenantId, r.group) < fraction ? validation : train).push(r);
  // A dataset with no training records is no dataset: keep the split, but never leave train empty.
  if (train.length === 0) train.push(...validation.splice(0));

  const files: DatasetFile[] = [];
  for (const [name, part] of [[TRAIN_FILE, train], [VALIDATION_FILE, validation]] as const) {
    if (!part.length) continue;
    const body = Buffer.from(part.map((r) => JSON.stringify(r.record)).join('\n') + '\n', 'utf8');
    await sink.write(name, body);
    files.push({ name, records: part.length, bytes: body.length, sha256: sha256(body) });
  }
  const codeDistribution: Record<string, number> = {};
  const redaction: Record<string, number> = {};
  for (const r of records) {
    for (const c of r.codes) codeDistribution[c] = (codeDistribution[c] ?? 0) + 1;
    redaction[r.redaction] = (redaction[r.redaction] ?? 0) + 1;
  }
  return {
    format: CONVERSATION_SCHEMA_VERSION,
    role: request.role,
    tenantId: request.tenantId,
    since: request.since.toISOString(),
    until: request.until.toISOString(),
    createdAt: new Date(deps.clock.nowMs()).toISOString(),
    assistantFormat: format,
    promptVersion: prompt.version,
    validationFraction: fraction,
    counts: { ...counts, records: records.length, train: train.length, validation: validation.length },
    redaction,
    codeDistribution: Object.fromEntries(Object.entries(codeDistribution).sort(([a], [b]) => (a < b ? -1 : 1))),
    files,
    sourceJobIds: records.map((r) => r.jobId),
  };
}

/** Writes the manifest (after the files and any customization job, whose ARN it records). */
export async function writeManifest(sink: DatasetSink, manifest: TrainingManifest): Promise<void> {
  await sink.write(MANIFEST_FILE, Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
}

function latestPerJob(versions: ReviewedReportVersion[]): ReviewedReportVersion[] {
  const latest = new Map<string, ReviewedReportVersion>();
  for (const v of versions) {
    const seen = latest.get(v.jobId);
    if (!seen || seen.version < v.version) latest.set(v.jobId, v);
  }
  return [...latest.values()];
}

async function buildRecord(
  deps: TrainingExportDeps,
  role: ModelRole,
  systemPrompt: string,
  format: AssistantFormat,
  version: ReviewedReportVersion,
): Promise<Candidate | 'NO_LABEL' | 'PHI'> {
  const job = await deps.store.get(version.tenantId, version.jobId);
  const redaction = await deps.store.getStageOutput<RedactionOutput>(version.tenantId, version.jobId, 'REDACTING');
  const coded = await deps.store.getStageOutput<CodingOutput>(version.tenantId, version.jobId, 'CODING');
  if (!redaction || !coded) return 'NO_LABEL';
  const report = version.report;
  const note = redaction.redactedText;
  let user: TextBlock[];
  let toolName: string;
  let input: unknown;
  let codes: string[] = [];
  if (role === 'coder') {
    if (!report.codes.length) return 'NO_LABEL';
    const analysis = restoreAnalysis(note, redaction.analysis);
    const nonClinical = analysis?.provenance.nonClinical.map(({ start, end, kind }) => ({ start, end, kind })) ?? [];
    user = coderUserContent({ redactedText: note, nonClinical, summary: report.summary, candidates: coded.candidates, analysis, noteType: job?.noteType }, deps.engine.codeSet.version, new CoderBriefBuilder(deps.engine));
    toolName = CODES_TOOL;
    input = { codes: report.codes.map((c) => ({ code: c.code, evidenceQuotes: c.evidence.map((e) => e.text), rationale: `Documented: ${c.description}.`, confidence: 1, role: c.role })) };
    codes = report.codes.map((c) => c.code);
  } else {
    const sections = summarySections(report);
    if (!sections.length) return 'NO_LABEL';
    user = summarizerUserContent(note);
    toolName = SUMMARY_TOOL;
    input = { sections };
  }
  const assistant: Array<TextBlock | ToolUseBlock> =
    format === 'tool' ? [{ toolUse: { toolUseId: `tooluse_${version.jobId}`, name: toolName, input } }] : [{ text: JSON.stringify(input) }];
  const record: ConversationRecord = {
    schemaVersion: CONVERSATION_SCHEMA_VERSION,
    system: [{ text: systemPrompt }],
    messages: [{ role: 'user', content: user }, { role: 'assistant', content: assistant }],
  };
  if (carriesPhi(deps.engine, redaction, record)) return 'PHI';
  return { jobId: version.jobId, group: groupOf(job), record, codes, redaction: redaction.redaction ?? 'TAG', reviewedAt: version.createdAt };
}

/** The summarizer's tool input from a reviewed summary: statements need quotes, so a section without any (a reviewer's rewrite) is left out. */
function summarySections(report: JobReport): Array<{ title: string; statements: Array<{ text: string; quotes: string[] }> }> {
  const titles = new Set<string>(SUMMARY_SECTION_TITLES);
  return report.summary.sections
    .filter((s) => titles.has(s.title) && s.sources.length > 0 && s.text.trim())
    // One statement per summary statement with its own quotes, as the summarizer is asked to answer.
    .map((s) => ({
      title: s.title,
      statements: (s.statements ?? [{ text: s.text, sources: s.sources }])
        .filter((st) => st.sources.length > 0 && st.text.trim())
        .map((st) => ({ text: st.text, quotes: st.sources.map((q) => q.text) })),
    }))
    .filter((s) => s.statements.length > 0);
}

/**
 * The redactor re-reads every string of the record. In the note, what it finds must lie inside a range the
 * redaction replaced (a placeholder or surrogate); elsewhere (summary, quotes, candidates) it must be one of
 * those replacements. Anything else is PHI the redaction missed or a reviewer typed: the record is refused.
 */
function carriesPhi(engine: TrainingExportDeps['engine'], redaction: RedactionOutput, record: ConversationRecord): boolean {
  const note = redaction.redactedText;
  const replaced = placeholderRanges(OffsetMap.fromJSON(redaction.offsetMap), redaction.phi, redaction.offsetMap);
  const replacements = new Set(replaced.map((r) => note.slice(r.start, r.end).trim()).filter(Boolean));
  if (engine.redact(note).spans.some((s) => !inside(s, replaced))) return true;
  const others: string[] = [];
  for (const block of record.messages[0].content) if (!block.text.includes(note)) others.push(block.text);
  for (const block of record.messages[1].content) others.push('text' in block ? block.text : JSON.stringify(block.toolUse.input));
  for (const text of others) {
    for (const s of engine.redact(text).spans) {
      const found = text.slice(s.start, s.end).trim();
      if (![...replacements].some((r) => r.includes(found))) return true;
    }
  }
  return false;
}

function inside(span: Span, ranges: readonly Span[]): boolean {
  return ranges.some((r) => span.start >= r.start && span.end <= r.end);
}

/** Patient, else encounter, else the job alone: the unit that must not straddle train and validation. */
function groupOf(job: Job): string {
  if (job.patientRef) return `patient:${job.patientRef}`;
  if (job.encounterId) return `encounter:${job.encounterId}`;
  return `job:${job.jobId}`;
}

/** Deterministic in [0, 1) per group: the same patient lands on the same side in every export. */
export function splitFraction(tenantId: string, group: string): number {
  return createHash('sha256').update(`${tenantId}\u0000${group}`).digest().readUInt32BE(0) / 2 ** 32;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
